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

    /// One numbered level of a path.
    package struct Step: Sendable, Equatable {
        package let level: ClauseLevel
        package let ordinal: Int
    }

    /// The numbered levels below the article a citation names, in order:
    /// an unnumbered sole lid is not among them.
    package var levels: [Step] {
        var steps: [Step] = []
        if let member, memberNumbered { steps.append(Step(level: .member, ordinal: member)) }
        if let part { steps.append(Step(level: .part, ordinal: part)) }
        if let subpart { steps.append(Step(level: .subpart, ordinal: subpart)) }
        return steps
    }

    /// The bookmark of the article or clause that holds the clauses of
    /// `level` on this path.
    package func parent(of level: ClauseLevel) -> String {
        let article = AgreementBookmarks.article(article)
        let memberName = member.map { AgreementBookmarks.clause(.member, $0, in: article) }
        switch level {
        case .member: return article
        case .part: return memberName ?? article
        case .subpart: return part.map { AgreementBookmarks.clause(.part, $0, in: memberName ?? article) } ?? memberName ?? article
        }
    }
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
    /// An amending agreement: articles in Roman numerals, onderdelen in
    /// capitals ("artikel I, onderdeel B"), whatever the style.
    package let amending: Bool

    package init(_ style: Overeenkomst.NumberingStyle, amending: Bool = false) {
        self.style = style
        self.amending = amending
    }

    // MARK: Headings

    /// "Artikel 4." (the word processor counts on): the number of an
    /// article heading, the title after it.
    package var articleFormat: NumberFormat {
        let numeral: NumberFormat.Style = amending ? .upperRoman : .arabic
        return switch style {
        case .aanwijzingen: NumberFormat(numeral, prefix: "Artikel ", suffix: ".")
        case .vrij: NumberFormat(numeral, prefix: "Artikel ")
        case .vlaams: NumberFormat(numeral, prefix: "Art. ", suffix: ".")
        }
    }

    /// An article's number as a citation writes it: "4", or "II" in an
    /// amending agreement.
    package func articleNumber(_ number: Int) -> String {
        NumberFormat.numeral(number, amending ? .upperRoman : .arabic)
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
        case .part: amending ? NumberFormat(.upperLetter, suffix: ".") : formats.part
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

    package func citation(_ path: ClausePath, within: ClausePath? = nil) -> String {
        citationInlines(path, within: within).plainText
    }

    /// The citation of `path` as words, with the number of each lid,
    /// onderdeel and subonderdeel as a reference LibreOffice updates
    /// (`Inline.reference`) where it shows that number as the citation
    /// writes it: "lid 3", "onder a", "§ 3", "1°", "a)". The article
    /// number and ordinal words ("derde lid") stay words: LibreOffice would
    /// show "Artikel 4" with its capital, and has no ordinals.
    ///
    /// `within` is where the citing text stands. Inside the same article
    /// the citation leaves out what the reader knows: "het tweede lid,
    /// onderdeel b" (Aanwijzingen), "§ 2, 3°" (Flemish), "lid 2 onder b"
    /// (vrij), and inside the same lid also the lid: "onderdeel b", "3°".
    package func citationInlines(_ path: ClausePath, within: ClausePath? = nil) -> [Inline] {
        let levels = visibleLevels(path, within: within)
        var segments: [[Inline]] = []
        if namesArticle(path, within: within) { segments.append([.text("artikel \(articleNumber(path.article))")]) }
        for step in levels {
            segments.append(segment(step, path: path, opensCitation: segments.isEmpty))
        }
        return joined(segments)
    }

    /// The citation of several paths that differ only in their last
    /// number, as one: "artikel 2, tweede lid, onderdelen b en c",
    /// "artikel 4, tweede en derde lid", "de artikelen 2 en 3". One inline
    /// list per path, to stand between the separators the author wrote: the
    /// first holds the shared words, each its own number. Nil when the
    /// paths cannot be cited together.
    package func combinedCitationInlines(_ paths: [ClausePath], within: ClausePath? = nil) -> [[Inline]]? {
        guard let first = paths.first, paths.count > 1 else { return nil }
        let levels = paths.map(\.levels)
        guard levels.allSatisfy({ $0.map(\.level) == levels[0].map(\.level) }) else { return nil }
        guard let last = levels[0].last else {
            let numbers = paths.map(\.article)
            guard Set(numbers).count == numbers.count else { return nil }
            return numbers.enumerated().map { index, number in
                [.text(index == 0 ? "de artikelen \(articleNumber(number))" : articleNumber(number))]
            }
        }
        let shared = levels[0].dropLast()
        guard paths.allSatisfy({ $0.article == first.article }), levels.allSatisfy({ $0.dropLast() == shared }),
              Set(levels.map { $0.last?.ordinal }).count == paths.count else { return nil }
        let visible = visibleLevels(first, within: within)
        var segments: [[Inline]] = []
        if namesArticle(first, within: within) { segments.append([.text("artikel \(articleNumber(first.article))")]) }
        for step in visible.dropLast() { segments.append(segment(step, path: first, opensCitation: segments.isEmpty)) }
        let opens = segments.isEmpty
        var head = joined(segments)
        if !head.isEmpty { head.append(.text(separator)) }
        let items = paths.map { path in item(path.levels[path.levels.count - 1], path: path, afterPlural: true) }
        var result: [[Inline]] = items.map { Self.merged($0) }
        result[0] = Self.merged(head + [.text(pluralWord(last.level, opensCitation: opens))] + items[0])
        if style == .aanwijzingen, last.level == .member {
            result[result.count - 1] = Self.merged(items[items.count - 1] + [.text(" lid")])
        }
        return result
    }

    /// Whether a citation from `within` names the article of `path`: not
    /// inside that article, unless it cites the article itself.
    private func namesArticle(_ path: ClausePath, within: ClausePath?) -> Bool {
        within?.article != path.article || path.levels.isEmpty
    }

    /// The levels of `path` a citation from `within` names: from the first
    /// one that differs from where the text stands, or all of them outside
    /// the article. The last level always stays.
    private func visibleLevels(_ path: ClausePath, within: ClausePath?) -> ArraySlice<ClausePath.Step> {
        let levels = path.levels[...]
        guard let within, within.article == path.article, !levels.isEmpty else { return levels }
        let here = within.levels
        var dropped = 0
        while dropped < levels.count - 1, dropped < here.count, here[dropped] == levels[levels.startIndex + dropped] {
            dropped += 1
        }
        return levels.dropFirst(dropped)
    }

    /// One level of a citation: "derde lid", "onderdeel b", "§ 3", "lid 3".
    /// A citation that opens with the lid reads "het derde lid" in the
    /// Aanwijzingen.
    private func segment(_ step: ClausePath.Step, path: ClausePath, opensCitation: Bool) -> [Inline] {
        switch (style, step.level) {
        case (.aanwijzingen, .member): [.text((opensCitation ? "het " : "") + "\(DutchNumerals.ordinal(step.ordinal)) lid")]
        default: Self.merged([.text(word(step.level))] + item(step, path: path))
        }
    }

    /// The word before a number of `level`: "lid ", "onderdeel ", "onder ".
    private func word(_ level: ClauseLevel) -> String {
        switch (style, level) {
        case (.vrij, .member): "lid "
        case (.vrij, .part), (.aanwijzingen, .subpart): "onder "
        case (.vrij, .subpart): "sub "
        case (.aanwijzingen, .part): "onderdeel "
        case (.aanwijzingen, .member), (.vlaams, _): ""
        }
    }

    /// The word before several numbers of `level`: "leden ", "onderdelen
    /// ", "§§ ", "het " before the ordinals of the Aanwijzingen' leden.
    private func pluralWord(_ level: ClauseLevel, opensCitation: Bool) -> String {
        switch (style, level) {
        case (.vrij, .member): "leden "
        case (.aanwijzingen, .member): opensCitation ? "het " : ""
        case (.aanwijzingen, .part): "onderdelen "
        case (.vlaams, .member): "§§ "
        default: word(level)
        }
    }

    /// The number of one level: a live reference, or words where no field
    /// can show it (the ordinal of a lid in the Aanwijzingen; the number of
    /// a paragraaf after "§§").
    private func item(_ step: ClausePath.Step, path: ClausePath, afterPlural: Bool = false) -> [Inline] {
        switch (style, step.level) {
        case (.aanwijzingen, .member): return [.text(DutchNumerals.ordinal(step.ordinal))]
        case (.vlaams, .member) where afterPlural: return [.text("\(step.ordinal)")]
        default:
            return [.reference(bookmark: AgreementBookmarks.clause(step.level, step.ordinal, in: path.parent(of: step.level)),
                               text: Self.referenceText(format(step.level), step.ordinal))]
        }
    }

    /// What stands between the levels of a citation.
    private var separator: String { style == .vrij ? " " : ", " }

    private func joined(_ segments: [[Inline]]) -> [Inline] {
        var inlines: [Inline] = []
        for (index, segment) in segments.enumerated() {
            if index > 0 { inlines.append(.text(separator)) }
            inlines += segment
        }
        return Self.merged(inlines)
    }

    /// Adjacent texts as one, empty texts left out.
    private static func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let text) = inline {
                if text.isEmpty { continue }
                if case .text(let last)? = result.last {
                    result[result.count - 1] = .text(last + text)
                    continue
                }
            }
            result.append(inline)
        }
        return result
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
