import MarkdownSupport

/// Something in a text field that raadsdoc cannot render faithfully, at
/// its place in the text: `refused` when the document is not made at all
/// (RD-INVOER-023, -024), otherwise a warning that it is shown as plain
/// text (RD-INVOER-019).
package struct RichTextProblem: Equatable {
    package enum Kind: Equatable {
        /// Rendered, but not as written: a warning.
        case approximated
        /// Not rendered: a fout.
        case refused
        /// A picture that cannot be taken in: a fout.
        case picture
    }

    package let position: MarkdownPosition
    package let kind: Kind
    package let message: String

    /// The rule the input check reports it under.
    package var rule: Rule {
        switch kind {
        case .approximated: InputRules.unsupportedMarkup
        case .refused: InputRules.refusedMarkup
        case .picture: InputRules.unusablePicture
        }
    }
}

extension RichText {
    /// Every construct of the text that is refused or shown otherwise than
    /// written, in the order of the text; pictures are read from beside
    /// the input file to see that they can be taken in.
    package var problems: [RichTextProblem] {
        RichTextProblems(self).all
    }
}

extension RichText {
    /// The paths of the pictures the text shows as figures, as they are
    /// read: files the output depends on besides the input.
    package var picturePaths: [String] {
        // A picture is written "![…]": a text without that holds none.
        guard source.containsBytes(of: "![") else { return [] }
        func paths(_ nodes: [MarkdownNode]) -> [String] {
            nodes.flatMap { node -> [String] in
                if case .paragraph = node.kind, let image = RichTextConversion.soleImage(node), case .image(let url, _) = image.kind {
                    return (try? PictureFile.resolve(url, besides: position.path).get()).map { [$0] } ?? []
                }
                return paths(node.children)
            }
        }
        return paths(nodes)
    }
}

/// Walks the parsed text and its source for `RichText.problems`.
struct RichTextProblems {
    private let text: RichText
    private var found: [RichTextProblem] = []
    /// Labels (in lower case) of the footnotes cited so far.
    private var cited: Set<String> = []
    private var quoteDepth = 0
    private var pictureCount = 0

    init(_ text: RichText) {
        self.text = text
    }

    var all: [RichTextProblem] {
        var walker = self
        walker.walk(text.nodes, block: nil, inNote: false)
        walker.findUnresolvedFootnotes()
        return walker.found.sorted { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }
    }

    private mutating func report(_ position: MarkdownPosition, _ kind: RichTextProblem.Kind, _ message: String) {
        found.append(RichTextProblem(position: position, kind: kind, message: message))
    }

    /// `block` is the nearest enclosing position cmark-gfm recorded: it
    /// records none (0:0) for some nodes, such as the table the GFM
    /// extension cuts from a paragraph, and what they hold, and column 0
    /// for some that open their line (taken as column 1); failing that,
    /// the start of the text.
    private mutating func walk(_ nodes: [MarkdownNode], block: MarkdownPosition?, inNote: Bool) {
        for node in nodes {
            let start = node.start
            let known = start.line > 0 ? MarkdownPosition(line: start.line, column: max(start.column, 1)) : block
            let position = known ?? MarkdownPosition(line: 1, column: 1)
            switch node.kind {
            case .htmlBlock, .htmlInline:
                report(position, .approximated, "HTML-opmaak wordt niet uitgevoerd; de tekst komt er letterlijk te staan")
            case .image:
                report(position, .refused, "een afbeelding moet als alinea op zichzelf staan, met een witregel ervoor en erna; "
                    + "binnen een zin, kop, link of tabelcel kan zij niet")
            case .heading:
                report(position, .approximated, "een kop binnen een tekstveld wordt als vette alinea weergegeven; gebruik 'secties' voor koppen")
                walk(node.children, block: known, inNote: inNote)
            case .thematicBreak:
                report(position, .refused, "een horizontale lijn kan raadsdoc niet weergeven; haal haar weg")
            case .codeBlock:
                report(position, .approximated, "een codeblok wordt als gewone tekst weergegeven (let op inspringing van vier spaties)")
            case .tooDeep:
                report(position, .refused, "de opmaak is te diep genest om weer te geven; maak de opsomming of het citaat minder diep")
            case .paragraph:
                if let image = RichTextConversion.soleImage(node), case .image(let url, _) = image.kind {
                    // cmark-gfm may record column 0 for an image too (found by FuzzRichText).
                    checkPicture(url, at: image.start.line > 0
                        ? MarkdownPosition(line: image.start.line, column: max(image.start.column, 1)) : position)
                } else {
                    walk(node.children, block: known, inNote: inNote)
                }
            case .footnoteDefinition:
                walk(node.children, block: known, inNote: true)
            case .footnoteReference(let label, _):
                if inNote {
                    report(position, .refused, "voetnoot [^\(label)] staat in een andere voetnoot; een voetnoot kan geen voetnoot bevatten")
                } else if !cited.insert(label.lowercased()).inserted {
                    report(position, .refused, "voetnoot [^\(label)] wordt een tweede keer aangehaald; "
                        + "een voetnoot staat op één plek in de tekst, maak een tweede voetnoot")
                }
            case .item(let task):
                if task != nil {
                    report(position, .refused, "een afvinkvakje ([ ] of [x]) kan raadsdoc niet weergeven; "
                        + "schrijf de opsomming zonder vakjes, of zet er tekst als 'gereed:' voor")
                }
                walk(node.children, block: known, inNote: inNote)
            case .blockQuote:
                // Once per quote, not again for the quotes it holds.
                if quoteDepth == 0 {
                    report(position, .approximated, "een citaat (>) wordt als gewone tekst weergegeven, zonder inspringing")
                }
                quoteDepth += 1
                walk(node.children, block: known, inNote: inNote)
                quoteDepth -= 1
            case .table, .list, .tableRow, .tableCell, .document, .customBlock:
                walk(node.children, block: known, inNote: inNote)
            case .emphasis, .strong, .link, .customInline, .strikethrough:
                walk(node.children, block: block, inNote: inNote)
            case .text, .softBreak, .lineBreak, .code:
                break
            }
        }
    }

    private mutating func checkPicture(_ url: String, at position: MarkdownPosition) {
        pictureCount += 1
        guard pictureCount <= PictureFile.maximumCount else {
            report(position, .picture, "een tekstveld heeft hoogstens \(PictureFile.maximumCount) afbeeldingen; "
                + "verdeel ze over meer secties of bijlagen")
            return
        }
        if case .failure(let problem) = PictureFile.load(url, besides: text.position.path) {
            report(position, .picture, problem.description)
        }
    }

    /// cmark-gfm leaves a `[^label]` without definition as text and drops a
    /// definition nobody cites, so both are found in the source: every
    /// `[^label]` is a citation, or a definition when `:` follows it.
    private mutating func findUnresolvedFootnotes() {
        guard text.source.containsByte(UInt8(ascii: "^")) else { return }
        var defined: Set<String> = []
        for node in text.nodes {
            if case .footnoteDefinition(let label) = node.kind { defined.insert(label.lowercased()) }
        }
        // One pass over the bytes, counting lines as cmark-gfm does: LF,
        // CR LF and CR each end one.
        let bytes = Array(text.source.utf8)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                index += 1
                line += 1
                lineStart = index
                continue
            case UInt8(ascii: "[") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "^"):
                break
            default:
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, !Self.endsFootnoteLabel(bytes[end]) { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "]"), end > index + 2 else { index = max(end, index + 1); continue }
            let label = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            let isDefinition = end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: ":")
            let position = MarkdownPosition(line: line, column: index - lineStart + 1)
            if isDefinition, !defined.contains(label.lowercased()) {
                report(position, .refused, "voetnoot [^\(label)] wordt nergens in de tekst aangehaald; "
                    + "zet [^\(label)] in de zin waar zij bij hoort, of haal haar weg")
            } else if !isDefinition, !defined.contains(label.lowercased()) {
                report(position, .refused, "voetnoot [^\(label)] heeft geen tekst; "
                    + "schrijf onder de alinea een regel '[^\(label)]: tekst van de voetnoot'")
            }
            index = end + 1
        }
    }

    /// What ends a footnote label: its `]`, or what a label cannot hold
    /// (a space, a tab, a line break or another `[`).
    private static func endsFootnoteLabel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "]") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
