import RaadsDocCore
import RaadsDocSchema

/// The numbers raadsdoc gives an agreement's parts, chapters and articles,
/// and what a reference path such as `governance/3/a` points to. Numbers
/// follow from the order in the input, so when articles move, every
/// reference moves with them.
package struct OvereenkomstOutline: Sendable {
    package struct NumberedArticle: Sendable {
        package let number: Int
        package let article: Overeenkomst.Article
    }

    package struct NumberedChapter: Sendable {
        package let number: Int
        package let chapter: Overeenkomst.Chapter
        package let articles: [NumberedArticle]
    }

    /// Ids that name a part of the agreement rather than an article.
    package static let partIDs = ["overwegingen", "gelet-op", "afspraken"]
    /// The id of the article raadsdoc makes from the citeertitel.
    package static let citationTitleID = "citeertitel"

    package let scheme: NumberingScheme
    package let chapters: [NumberedChapter]
    /// The number of the article made from the citeertitel.
    package let citationArticle: Int?
    /// "A", "B", "C" for overwegingen, gelet-op and the articles, as present.
    package let partLetters: [String: String]
    /// The dates a text may cite with [[datum:…]], by name.
    package let dates: [String: DateEntry]
    /// Articles and chapters by id; the first wins where ids repeat (the
    /// checks report the repeat).
    private let articlesByID: [String: NumberedArticle]
    private let chaptersByID: [String: NumberedChapter]

    package init(_ model: Overeenkomst.Model, dates: [String: DateEntry]) {
        scheme = NumberingScheme(model.numbering, amending: model.isAmendment)
        var number = 0
        chapters = model.chapters.enumerated().map { index, chapter in
            let articles = chapter.articles.map { article in
                number += 1
                return NumberedArticle(number: number, article: article)
            }
            return NumberedChapter(number: index + 1, chapter: chapter, articles: articles)
        }
        citationArticle = model.citationTitle == nil ? nil : number + 1
        var letters: [String: String] = [:]
        let present = [("overwegingen", !model.considerations.isEmpty), ("gelet-op", model.legalBasis != nil), ("afspraken", true)]
        for (id, _) in present.filter(\.1) {
            letters[id] = NumberFormat.numeral(letters.count + 1, .upperLetter)
        }
        partLetters = letters
        self.dates = dates
        articlesByID = Dictionary(chapters.flatMap(\.articles).compactMap { numbered in numbered.article.id.map { ($0.value, numbered) } },
                                  uniquingKeysWith: { first, _ in first })
        chaptersByID = Dictionary(chapters.compactMap { chapter in chapter.chapter.id.map { ($0.value, chapter) } },
                                  uniquingKeysWith: { first, _ in first })
    }

    package var articles: [NumberedArticle] { chapters.flatMap(\.articles) }

    package func article(withID id: String) -> NumberedArticle? {
        articlesByID[id]
    }

    /// Whether the leden of `article` carry numbers in this style.
    package func numbersMembers(of article: Overeenkomst.Article) -> Bool {
        article.clausesAreMembers && (article.clauses.count > 1 || scheme.numbersSoleMember)
    }

    /// What a reference stands for ("artikel 4 lid 3", "1 augustus 2021",
    /// "B"), or why it points nowhere.
    package func resolve(_ reference: Substring) -> Result<Citation, ReferenceFailure> {
        let content = reference.trimmingSpaces
        if content.hasPrefix("datum:") {
            let name = String(content.dropFirst("datum:".count).trimmingSpaces)
            guard let date = dates[name] else {
                guard !name.isEmpty else {
                    return .failure(ReferenceFailure("de verwijzing noemt geen datum; schrijf bijvoorbeeld [[datum:inwerkingtreding]]"))
                }
                let hint = Self.suggestion(name, among: Array(dates.keys))
                return .failure(ReferenceFailure(
                    "de datum '\(name)' bestaat niet\(hint.orFullStop) Bekend: \(dates.keys.sorted().joined(separator: ", "))."))
            }
            return .success(Citation(inlines: [.text(date.dutch)], target: nil))
        }
        let steps = content.split(separator: "/", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        guard let first = steps.first, !steps.contains(where: \.isEmpty) else {
            return .failure(ReferenceFailure("de verwijzing '[[\(content)]]' is leeg of heeft een lege stap; schrijf [[artikel-id]] of [[artikel-id/lid/onderdeel]]"))
        }
        if let letter = partLetters[first] {
            return steps.count == 1
                ? .success(Citation(inlines: [.reference(bookmark: AgreementBookmarks.part(letter), text: letter)],
                                    target: AgreementBookmarks.part(letter)))
                : .failure(ReferenceFailure("onderdeel '\(first)' heeft geen genummerde delen"))
        }
        if let chapter = chaptersByID[first] {
            return steps.count == 1
                ? .success(Citation(inlines: [.text(scheme.chapterCitation(chapter.number))],
                                    target: AgreementBookmarks.chapter(chapter.number)))
                : .failure(ReferenceFailure("verwijs naar een artikel binnen hoofdstuk '\(first)' met zijn eigen id"))
        }
        if first == Self.citationTitleID, let number = citationArticle {
            return steps.count == 1
                ? .success(Citation(ClausePath(article: number), scheme: scheme))
                : .failure(ReferenceFailure("het artikel met de citeertitel heeft geen leden"))
        }
        if first.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(first) {
            return articleByNumber(number, steps: steps.dropFirst())
        }
        guard let numbered = article(withID: first) else {
            let known = Array(articlesByID.keys) + Array(chaptersByID.keys)
            return .failure(ReferenceFailure("er is geen artikel of hoofdstuk met id '\(first)'\(Self.suggestion(first, among: known))"))
        }
        return descend(numbered, steps: steps.dropFirst()).map { Citation($0, scheme: scheme) }
    }

    /// `[[7]]`, `[[7/2/1]]`: an article by its number, the first step a
    /// position like the others. Ids always hold a letter, so a number
    /// never means an id.
    private func articleByNumber(_ number: Int, steps: ArraySlice<String>) -> Result<Citation, ReferenceFailure> {
        if number == citationArticle {
            return steps.isEmpty
                ? .success(Citation(ClausePath(article: number), scheme: scheme))
                : .failure(ReferenceFailure("het artikel met de citeertitel heeft geen leden"))
        }
        let all = articles
        guard number >= 1, number <= all.count else {
            let count = all.count + (citationArticle == nil ? 0 : 1)
            return .failure(ReferenceFailure("er is geen artikel \(number); de overeenkomst heeft \(count) artikelen"))
        }
        return descend(all[number - 1], steps: steps).map { Citation($0, scheme: scheme) }
    }

    /// Follows the steps after the article id through leden, onderdelen and
    /// subonderdelen; a step is an id or a position (1, 2, …).
    private func descend(_ numbered: NumberedArticle, steps: ArraySlice<String>) -> Result<ClausePath, ReferenceFailure> {
        let article = numbered.article
        var path = ClausePath(article: numbered.number)
        var clauses = article.clauses
        var level: ClauseLevel? = article.clausesAreMembers ? .member : .part
        var described = "artikel \(numbered.number)"
        for step in steps {
            guard let current = level, !clauses.isEmpty else {
                let missing = level.map(Self.pluralName) ?? "verdere onderdelen"
                return .failure(ReferenceFailure("\(described) heeft geen \(missing), dus '\(step)' bestaat niet"))
            }
            let index: Int
            if let position = Int(step) {
                guard (1...clauses.count).contains(position) else {
                    return .failure(ReferenceFailure("\(described) heeft \(clauses.count) \(Self.pluralName(current)), geen \(position)e"))
                }
                index = position - 1
            } else if let found = clauses.firstIndex(where: { $0.id?.value == step }) {
                index = found
            } else {
                let known = clauses.compactMap(\.id?.value)
                return .failure(ReferenceFailure(
                    "\(described) heeft geen \(Self.singularName(current)) met id '\(step)'\(Self.suggestion(step, among: known))"))
            }
            switch current {
            case .member:
                path.member = index + 1
                path.memberNumbered = numbersMembers(of: article)
            case .part: path.part = index + 1
            case .subpart: path.subpart = index + 1
            }
            described = scheme.citation(path)
            clauses = clauses[index].children
            level = ClauseLevel(rawValue: current.rawValue + 1)
        }
        return .success(path)
    }

    /// " — bedoelde je 'x'?" for a likely typo of one of `candidates`, or "".
    package static func suggestion(_ word: String, among candidates: [String]) -> String {
        Suggestions.closest(to: word, among: candidates.sorted()).map { " — bedoelde je '\($0)'?" } ?? ""
    }

    package static func singularName(_ level: ClauseLevel) -> String {
        switch level {
        case .member: "lid"
        case .part: "onderdeel"
        case .subpart: "subonderdeel"
        }
    }

    package static func pluralName(_ level: ClauseLevel) -> String {
        switch level {
        case .member: "leden"
        case .part: "onderdelen"
        case .subpart: "subonderdelen"
        }
    }
}

extension String {
    /// A suggestion, or the full stop that ends the sentence without one.
    package var orFullStop: String { isEmpty ? "." : self }
}

/// What a reference stands for: words and live numbers, and the bookmark
/// of what it cites (none for a date).
package struct Citation: Sendable, Equatable {
    package var inlines: [Inline]
    package var target: String?
    /// What it cites inside the articles; nil for a date, a part or a chapter.
    package var path: ClausePath?

    package init(inlines: [Inline], target: String?) {
        self.inlines = inlines
        self.target = target
    }

    package init(_ path: ClausePath, scheme: NumberingScheme) {
        self.init(inlines: scheme.citationInlines(path), target: AgreementBookmarks.target(path))
        self.path = path
    }

    package var words: String { inlines.plainText }
}

/// Why a reference points nowhere, in Dutch.
package struct ReferenceFailure: Error, Sendable {
    package let message: String

    package init(_ message: String) {
        self.message = message
    }
}
