extension StyleDefinition {
    /// The styles every kind may use, base style first. A kind adds its own
    /// (`DocumentKind.styles`); `KindRegistry.styles` collects them all.
    public static let shared: [StyleDefinition] = {
        var styles: [StyleDefinition] = [
            StyleDefinition(name: "Tekst", parent: nil,
                            paragraph: [("fo:margin-top", "0cm"), ("fo:margin-bottom", "0.212cm"),
                                        ("fo:line-height", "125%"), ("fo:orphans", "2"), ("fo:widows", "2"),
                                        ("fo:hyphenation-ladder-count", "2")],
                            // 10 pt, as most municipal letters set their text: at
                            // 10.5 pt seed 000's first page lost its last option
                            // and its notes to page 2, where the seed keeps them.
                            // The language is the document's, from the default style.
                            // Dutch hyphenation (hyphen-nl): at least three letters
                            // on either side, at most two hyphenated lines in a row.
                            text: [("style:font-name", bodyFont), ("fo:font-size", "10pt"),
                                   ("fo:hyphenate", "true"), ("fo:hyphenation-remain-char-count", "3"),
                                   ("fo:hyphenation-push-char-count", "3")]),
            StyleDefinition(name: "Titel", paragraph: [("fo:margin-bottom", "0.400cm"), ("fo:keep-with-next", "always")],
                            text: [("fo:font-size", "18pt"), ("fo:font-weight", "bold"), ("fo:hyphenate", "false")]),
            StyleDefinition(name: "Ondertitel", paragraph: [("fo:margin-bottom", "0.400cm"), ("fo:keep-with-next", "always")],
                            text: [("fo:font-size", "11pt"), ("fo:color", "#404040"), ("fo:hyphenate", "false")]),
            StyleDefinition(name: "Aanhef", paragraph: [("fo:margin-top", "0.400cm"), ("fo:margin-bottom", "0.300cm")]),
            StyleDefinition(name: "Slot", paragraph: [("fo:margin-top", "0.400cm"), ("fo:margin-bottom", "0cm"),
                                                          ("fo:keep-with-next", "always")]),
            StyleDefinition(name: "Ondertekening", paragraph: [("fo:margin-bottom", "0cm"), ("fo:keep-with-next", "always")]),
            StyleDefinition(name: "Noot", paragraph: [("fo:margin-top", "0.300cm")],
                            text: [("fo:font-size", "9pt"), ("fo:font-style", "italic")]),
            StyleDefinition(name: "Kleine tekst", text: [("fo:font-size", "8.5pt")]),
            StyleDefinition(name: ParagraphStyle.draftMark.name, paragraph: [("fo:margin-bottom", "0.300cm")],
                            text: [("fo:font-size", "16pt"), ("fo:font-weight", "bold"), ("fo:color", "#c00000"),
                                   ("fo:hyphenate", "false")]),
            // LibreOffice writes a footnote's number at the start of its first
            // paragraph; the hanging indent sets the text apart from it.
            StyleDefinition(name: ParagraphStyle.footnote.name, parent: "Kleine tekst",
                            paragraph: [("fo:margin-left", "0.400cm"), ("fo:text-indent", "-0.400cm"),
                                        ("fo:margin-bottom", "0cm"), ("fo:line-height", "100%")],
                            text: [("fo:font-size", "8pt")]),
            StyleDefinition(name: "Adres", paragraph: [("fo:margin-bottom", "0cm")], text: [("fo:hyphenate", "false")]),
            StyleDefinition(name: "Tabel tekst", paragraph: [("fo:margin-bottom", "0cm"), ("fo:line-height", "115%")],
                            text: [("fo:font-size", "9.5pt")]),
            StyleDefinition(name: "Tabel kop", parent: "Tabel tekst", text: [("fo:font-weight", "bold")]),
            StyleDefinition(name: "Tabel totaal", parent: "Tabel tekst", text: [("fo:font-weight", "bold")]),
            StyleDefinition(name: "Bedrag", parent: "Tabel tekst", paragraph: [("fo:text-align", "end")]),
            StyleDefinition(name: "Bedrag totaal", parent: "Bedrag", text: [("fo:font-weight", "bold")]),
            StyleDefinition(name: "Naam ondertekenaar", paragraph: [("fo:margin-top", "1.200cm"), ("fo:margin-bottom", "0cm")],
                            text: [("fo:hyphenate", "false")]),
            StyleDefinition(name: "Functie ondertekenaar", paragraph: [("fo:margin-bottom", "0cm")], text: [("fo:hyphenate", "false")]),
            StyleDefinition(name: "Handtekeningregel", paragraph: [
                ("fo:margin-top", "1.500cm"), ("fo:margin-bottom", "0.100cm"), ("fo:margin-right", "1.000cm"),
                ("fo:border-bottom", "0.5pt solid #000000"), ("fo:padding", "0cm")]),
            // Based on LibreOffice's "Heading 2", the level of articles in an
            // agreement without chapters (with chapters they are written at 3).
            StyleDefinition(name: "Artikelkop", parent: ParagraphStyle.builtInHeading(level: 2).name, next: "Lid",
                            paragraph: [("fo:margin-top", "0.500cm"), ("fo:margin-bottom", "0.150cm"),
                                        ("fo:keep-with-next", "always")],
                            text: [("fo:font-weight", "bold"), ("fo:hyphenate", "false")], outlineLevel: 2),
            StyleDefinition(name: ParagraphStyle.header.name, text: [("fo:font-size", "9pt"), ("fo:color", "#404040"), ("fo:hyphenate", "false")]),
            StyleDefinition(name: ParagraphStyle.footer.name, paragraph: [("fo:text-align", "end")],
                            text: [("fo:font-size", "8.5pt"), ("fo:color", "#404040"), ("fo:hyphenate", "false")]),
            StyleDefinition(name: ParagraphStyle.letterheadName.name, paragraph: [("fo:margin-top", "0.100cm"), ("fo:margin-bottom", "0.100cm")],
                            text: [("fo:font-size", "15pt"), ("fo:font-weight", "bold")]),
            StyleDefinition(name: ParagraphStyle.letterheadLine.name, paragraph: [("fo:margin-bottom", "0cm"), ("fo:line-height", "115%")],
                            text: [("fo:font-size", "8.5pt"), ("fo:color", "#404040"), ("fo:hyphenate", "false")]),
        ]
        let headingSizes = ["14pt", "12pt", "10.5pt", "10.5pt"]
        for level in 1...4 {
            // LibreOffice's own "Heading N" (style:name "Heading_20_N"), so
            // that its Navigator, tables of contents and PDF outline treat
            // "Kop N" as the heading it is.
            styles.append(StyleDefinition(name: ParagraphStyle.builtInHeading(level: level).name, next: "Tekst",
                                          outlineLevel: level))
            styles.append(StyleDefinition(
                name: "Kop \(level)", parent: ParagraphStyle.builtInHeading(level: level).name, next: "Tekst",
                paragraph: [("fo:margin-top", level == 1 ? "0.500cm" : "0.350cm"), ("fo:margin-bottom", "0.150cm"),
                            ("fo:keep-with-next", "always")],
                text: [("fo:font-size", headingSizes[level - 1]), ("fo:font-weight", "bold"), ("fo:hyphenate", "false")]
                    + (level == 4 ? [("fo:font-style", "italic")] : []),
                outlineLevel: level))
        }
        styles.append(StyleDefinition(name: ParagraphStyle.contentsHeading.name,
                                      paragraph: [("fo:margin-bottom", "0.300cm"), ("fo:keep-with-next", "always")],
                                      text: [("fo:font-size", "14pt"), ("fo:font-weight", "bold"), ("fo:hyphenate", "false")]))
        for level in 1...4 {
            styles.append(StyleDefinition(name: ParagraphStyle.contents(level: level).name,
                                          paragraph: [("fo:margin-left", PageGeometry.centimetres((level - 1) * 500)),
                                                      ("fo:margin-bottom", "0.100cm")]))
        }
        for (name, indent, label) in hangingIndents {
            let margin = [("fo:margin-left", PageGeometry.centimetres(indent))]
            styles.append(StyleDefinition(
                name: name, paragraph: margin + [("fo:text-indent", "-" + PageGeometry.centimetres(label))],
                tabStops: [0]))
            styles.append(StyleDefinition(name: name + " vervolg", paragraph: margin))
        }
        return styles
    }()

    /// The paragraph styles of list items: the left margin of the text and
    /// the width of the label before it, in thousandths of a centimetre.
    /// The list styles of the writer use the same figures.
    public static let hangingIndents: [(style: String, indent: Int, label: Int)] = [
        ("Lijst 1", 750, 750), ("Lijst 2", 1_500, 750), ("Lijst 3", 2_250, 750), ("Lijst 4", 3_000, 750),
        ("Lid", 900, 900), ("Onderdeel", 1_700, 800), ("Subonderdeel", 2_600, 900),
    ]

    /// The styles of a signing grid (`SignatureBlock.Layout.signingGrid`):
    /// the name right under the line, room below before the next party.
    /// Declared by each kind that signs in a grid.
    public static let signingGrid: [StyleDefinition] = [
        StyleDefinition(name: ParagraphStyle.gridSignatureName.name,
                        paragraph: [("fo:margin-top", "0.100cm"), ("fo:margin-bottom", "0cm")]),
        StyleDefinition(name: ParagraphStyle.gridSignatureFunction.name, paragraph: [("fo:margin-bottom", "0.700cm")]),
    ]
}
