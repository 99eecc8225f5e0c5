import RaadsDocCore
import RaadsDocSchema

/// The numbered levels below an article.
package enum ClauseLevel: Int, Sendable {
    case member, part, subpart
}

/// Where a citation points: an article, and the lid, onderdeel and
/// subonderdeel inside it, each as an ordinal from 1.
package struct ClausePath: Sendable, Equatable {
    package var article: Int
    package var member: Int?
    /// False for the only lid of an article in a style that leaves a sole
    /// lid unnumbered: the citation then skips it.
    package var memberNumbered = true
    package var part: Int?
    package var subpart: Int?
}

/// How one numbering style labels, heads and cites the parts of an
/// agreement:
/// - `aanwijzingen` (Aanwijzingen voor de regelgeving): "Artikel 1.", leden
///   "1.", onderdelen "a.", subonderdelen "1°."; "artikel 4, derde lid,
///   onderdeel a"; begrippen alphabetical without letters;
/// - `vrij` (as seed 001): "Artikel 1", "1.", "a.", "i."; "artikel 4 lid 3
///   onder a"; begrippen numbered; a sole lid numbered too;
/// - `vlaams`: "Art. 1.", "§ 1.", "1°", "a)"; "artikel 4, § 3, 1°".
package struct NumberingScheme: Sendable {
    package let style: Overeenkomst.NumberingStyle

    package init(_ style: Overeenkomst.NumberingStyle) {
        self.style = style
    }

    // MARK: Headings

    /// "Artikel 4." (the word processor counts on): the number of an
    /// article heading, the title after it.
    package var articleFormat: NumberFormat {
        switch style {
        case .aanwijzingen: NumberFormat(.arabic, prefix: "Artikel ", suffix: ".")
        case .vrij: NumberFormat(.arabic, prefix: "Artikel ")
        case .vlaams: NumberFormat(.arabic, prefix: "Art. ", suffix: ".")
        }
    }

    package var chapterFormat: NumberFormat {
        NumberFormat(.arabic, prefix: "Hoofdstuk ", suffix: style == .vrij ? "" : ".")
    }

    /// "A.", "B.", "C." before "Overwegende dat:" and the other parts.
    package static let partFormat = NumberFormat(.upperLetter, suffix: ".")

    package func articleHeading(_ number: Int, title: String?) -> String {
        join(articleFormat.label(number), title)
    }

    /// The heading of an article's toelichting: "1. Begripsbepaling" as in
    /// seed 001, or the article's own label in the other styles.
    package func explanationHeading(_ number: Int, title: String?) -> String {
        style == .vrij ? join("\(number).", title) : articleHeading(number, title: title)
    }

    private func join(_ label: String, _ title: String?) -> String {
        guard let title, !title.isEmpty else { return label }
        return label + " " + title
    }

    // MARK: Labels

    private var formats: (member: NumberFormat, part: NumberFormat, subpart: NumberFormat) {
        switch style {
        case .aanwijzingen:
            (NumberFormat(.arabic, suffix: "."), NumberFormat(.lowerLetter, suffix: "."), NumberFormat(.arabic, suffix: "°."))
        case .vrij:
            (NumberFormat(.arabic, suffix: "."), NumberFormat(.lowerLetter, suffix: "."), NumberFormat(.lowerRoman, suffix: "."))
        case .vlaams:
            (NumberFormat(.arabic, prefix: "§ ", suffix: "."), NumberFormat(.arabic, suffix: "°"), NumberFormat(.lowerLetter, suffix: ")"))
        }
    }

    package func format(_ level: ClauseLevel) -> NumberFormat {
        switch level {
        case .member: formats.member
        case .part: formats.part
        case .subpart: formats.subpart
        }
    }

    /// The format of the overwegingen (depth 1) or of their onderdelen.
    package func considerationFormat(depth: Int) -> NumberFormat {
        switch (style, depth) {
        case (.vrij, 1): NumberFormat(.lowerLetter, suffix: ")")
        case (.vrij, _): NumberFormat(.lowerRoman, suffix: ".")
        case (.aanwijzingen, 1): NumberFormat(.lowerLetter, suffix: ".")
        case (.aanwijzingen, _): NumberFormat(.arabic, suffix: "°.")
        case (.vlaams, 1): NumberFormat(.arabic, suffix: "°")
        case (.vlaams, _): NumberFormat(.lowerLetter, suffix: ")")
        }
    }

    /// The format of the begrippen; none in the Aanwijzingen.
    package var termFormat: NumberFormat? {
        switch style {
        case .aanwijzingen: nil
        case .vrij: NumberFormat(.arabic, suffix: ".")
        case .vlaams: NumberFormat(.arabic, suffix: "°")
        }
    }

    /// Seed 001 numbers even the only lid of an article; the Aanwijzingen
    /// (3.58) and Flemish practice do not.
    package var numbersSoleMember: Bool { style == .vrij }

    /// Begrippen in alphabetical order (Aanwijzing 5.110) and in Flemish
    /// practice; as written in `vrij`.
    package var sortsTerms: Bool { style != .vrij }

    /// The punctuation after a begrip's meaning: ";" between, "." at the end
    /// of a list; "." after each in `vrij`, as seed 001 writes them.
    package func termTerminator(isLast: Bool) -> String {
        style == .vrij || isLast ? "." : ";"
    }

    // MARK: Citations

    package func citation(_ path: ClausePath) -> String {
        citationInlines(path).plainText
    }

    /// The citation of `path` as words, with the number of each lid,
    /// onderdeel and subonderdeel as a reference LibreOffice updates
    /// (`Inline.reference`) where it shows that number as the citation
    /// writes it: "lid 3", "onder a", "§ 3", "1°", "a)". The article
    /// number and ordinal words ("derde lid") stay words: LibreOffice would
    /// show "Artikel 4" with its capital, and has no ordinals.
    package func citationInlines(_ path: ClausePath) -> [Inline] {
        var inlines: [Inline] = [.text("artikel \(path.article)")]
        func word(_ text: String) {
            if case .text(let last)? = inlines.last {
                inlines[inlines.count - 1] = .text(last + text)
            } else {
                inlines.append(.text(text))
            }
        }
        func number(_ level: ClauseLevel, _ ordinal: Int, in parent: String) {
            inlines.append(.reference(bookmark: AgreementBookmarks.clause(level, ordinal, in: parent),
                                      text: Self.referenceText(format(level), ordinal)))
        }
        let article = AgreementBookmarks.article(path.article)
        let member = path.member.map { AgreementBookmarks.clause(.member, $0, in: article) }
        let partParent = member ?? article
        let subpartParent = path.part.map { AgreementBookmarks.clause(.part, $0, in: partParent) } ?? partParent
        switch style {
        case .vrij:
            if let ordinal = path.member, path.memberNumbered { word(" lid "); number(.member, ordinal, in: article) }
            if let part = path.part { word(" onder "); number(.part, part, in: partParent) }
            if let subpart = path.subpart { word(" sub "); number(.subpart, subpart, in: subpartParent) }
        case .aanwijzingen:
            if let ordinal = path.member, path.memberNumbered { word(", \(DutchNumerals.ordinal(ordinal)) lid") }
            if let part = path.part { word(", onderdeel "); number(.part, part, in: partParent) }
            if let subpart = path.subpart { word(", onder "); number(.subpart, subpart, in: subpartParent) }
        case .vlaams:
            if let ordinal = path.member, path.memberNumbered { word(", "); number(.member, ordinal, in: article) }
            if let part = path.part { word(", "); number(.part, part, in: partParent) }
            if let subpart = path.subpart { word(", "); number(.subpart, subpart, in: subpartParent) }
        }
        return inlines
    }

    /// A label as LibreOffice's "number-no-superior" reference shows it:
    /// without a final full stop ("3." → "3", "1°." → "1°", "a)" stays).
    package static func referenceText(_ format: NumberFormat, _ ordinal: Int) -> String {
        let label = format.label(ordinal)
        return label.hasSuffix(".") ? String(label.dropLast()) : label
    }

    package func chapterCitation(_ number: Int) -> String {
        "hoofdstuk \(number)"
    }

    /// The citeertitel article's sentence. `agreement` is the word for the
    /// agreement, as a begrip may spell it ("Overeenkomst").
    package func citationTitleSentence(_ title: String, agreement: String) -> String {
        style == .vrij
            ? "Deze \(agreement) wordt aangehaald als: “\(title)”."
            : "Deze overeenkomst wordt aangehaald als: \(title)."
    }

    /// The sentence before the begrippen, unless `vrij` uses the article's own.
    package var termsIntroduction: String { "In deze overeenkomst wordt verstaan onder:" }
}
