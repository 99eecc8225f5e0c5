import RaadsDocCore
import RaadsDocSchema

/// The rules on an agreement's texts and structure: numbers written by
/// hand, references that point nowhere, begrippen, ids and empty articles.
extension Overeenkomst {
    public static let handNumbering = Rule(
        "RD-OVK-014", .fout, "Een lid, onderdeel, overweging, begrip of titel is met de hand genummerd.",
        help: "raadsdoc nummert artikelen, leden en onderdelen zelf, in de gekozen stijl; haal het nummer uit de tekst.")
    public static let brokenReference = Rule(
        "RD-OVK-015", .fout, "Een verwijzing wijst naar iets dat niet bestaat.",
        help: "Verwijs met [[artikel-id]] of het artikelnummer ([[7]]), met lid en onderdeel erachter ([[artikel-id/lid/onderdeel]], "
            + "[[7/2/1]]: per stap een id of volgnummer), of met [[datum:inwerkingtreding]].")
    public static let unusedTerm = Rule(
        "RD-OVK-016", .waarschuwing, "Een begrip wordt buiten zijn eigen definitie nergens gebruikt.",
        help: "Gebruik het begrip in de tekst, of schrap de begripsbepaling.")
    public static let duplicateID = Rule(
        "RD-OVK-017", .fout, "Een id komt twee keer voor of is voorbehouden.",
        help: "Geef elk artikel en hoofdstuk een eigen id, en elk lid of onderdeel een id dat binnen zijn artikel uniek is.")
    public static let invalidID = Rule(
        "RD-OVK-018", .fout, "Een id heeft een vorm die in een verwijzing niet werkt.",
        help: "Gebruik kleine letters, cijfers en streepjes, met minstens één letter, zoals 'governance' of 'lid-3a'.")
    public static let articlesMissing = Rule(
        "RD-OVK-021", .fout, "De overeenkomst heeft geen artikelen, of zowel 'artikelen' als 'hoofdstukken'.",
        help: "Zet de artikelen onder 'artikelen', of onder 'hoofdstukken' als de overeenkomst hoofdstukken heeft.")
    public static let emptyArticle = Rule(
        "RD-OVK-022", .fout, "Een artikel is leeg, of heeft zowel leden als eigen onderdelen.",
        help: "Een artikel heeft 'tekst', 'leden', 'onderdelen' of 'begrippen'; onderdelen horen bij een lid als het artikel leden heeft.")
    public static let handCitationNowhere = Rule(
        "RD-OVK-025", .waarschuwing, "Een met de hand getypte verwijzing noemt een artikel of lid dat de overeenkomst niet heeft.",
        help: "Controleer het nummer in 'artikel 12, tweede lid' of 'artikel 4, § 3'. Verwijs liever met [[artikel-id]], "
            + "[[artikel-id/lid]] of het volgnummer ([[7]], [[7/2]]): dan zet raadsdoc het nummer zelf. Een verwijzing naar een "
            + "andere regeling ('artikel 171, eerste lid, Gemeentewet', 'artikel 12 van de statuten') controleert raadsdoc niet.")
    public static let duplicateTerm = Rule(
        "RD-OVK-023", .fout, "Een begrip is twee keer gedefinieerd.",
        help: "Definieer elk begrip één keer.")

    package static func checkTexts(_ model: Model, outline: OvereenkomstOutline, context: KindContext) {
        checkStructure(model, context: context)
        checkIDs(model, context: context)
        checkHandNumbering(model, context: context)
        for text in model.referenceTexts {
            for (index, message) in CrossReferences.failures(in: text.text, outline: outline) {
                context.report(brokenReference, at: text.position(of: index, in: context.file), message)
            }
        }
        for text in model.referenceTexts {
            checkHandCitations(text, outline: outline, context: context)
        }
        for entry in model.explanation?.articles ?? [] {
            let id = entry.article.value
            if outline.article(withID: id) == nil && !(id == OvereenkomstOutline.citationTitleID && outline.citationArticle != nil) {
                context.report(brokenReference, at: entry.article.position,
                               "de toelichting hoort bij artikel '\(id)', maar er is geen artikel met dat id"
                                   + OvereenkomstOutline.suggestion(id, among: model.articles.compactMap(\.id?.value)))
            }
        }
        checkTerms(model, context: context)
    }

    private static func checkStructure(_ model: Model, context: KindContext) {
        if let position = model.articlesAndChapters {
            context.report(articlesMissing, at: position,
                           "de overeenkomst heeft 'hoofdstukken' en ook 'artikelen'; zet alle artikelen in de hoofdstukken")
        } else if model.articles.isEmpty {
            context.report(articlesMissing, at: model.articlesPosition, "de overeenkomst heeft geen 'artikelen'")
        }
        for article in model.articles {
            let name = article.title.map { "artikel '\($0.trimmed)'" } ?? "dit artikel"
            if let position = article.membersAndParts {
                context.report(emptyArticle, at: position,
                               "\(name) heeft leden én eigen onderdelen; zet de onderdelen onder het lid waar ze bij horen")
            } else if article.text == nil && article.clauses.isEmpty && article.terms.isEmpty {
                context.report(emptyArticle, at: article.position, "\(name) heeft geen tekst, leden, onderdelen of begrippen")
            }
        }
    }

    /// Reports each hand-typed citation in `text` of an article or lid
    /// that does not exist, at its "artikel".
    private static func checkHandCitations(_ text: SourceText, outline: OvereenkomstOutline, context: KindContext) {
        let articles = outline.articles
        let count = articles.count + (outline.citationArticle == nil ? 0 : 1)
        for found in HandCitations.find(in: text.text).prefix(CrossReferences.reportLimit) {
            let typed = text.text[found.range]
            let problem: String
            if found.article < 1 || found.article > count {
                problem = "de overeenkomst heeft \(count == 1 ? "één artikel" : "\(count) artikelen"), geen artikel \(found.article)"
            } else if let member = found.member, found.article <= articles.count {
                let article = articles[found.article - 1].article
                let members = article.clausesAreMembers ? article.clauses.count : 1
                guard member < 1 || member > members else { continue }
                problem = "artikel \(found.article) heeft \(members == 1 ? "één lid" : "\(members) leden"), geen \(DutchNumerals.ordinal(member))"
            } else if let member = found.member, member != 1 {
                problem = "artikel \(found.article) (de citeertitel) heeft één lid, geen \(DutchNumerals.ordinal(member))"
            } else {
                continue
            }
            context.report(handCitationNowhere, at: text.position(of: found.range.lowerBound, in: context.file),
                           "'\(typed)' bestaat niet: \(problem); verwijs met [[artikel-id]] of [[artikel-id/lid]], dan zet raadsdoc het nummer")
        }
    }

    // MARK: Ids

    private static func checkIDs(_ model: Model, context: KindContext) {
        var taken: [String: String] = [:]
        for id in OvereenkomstOutline.partIDs { taken[id] = "het onderdeel '\(id)' van de overeenkomst" }
        taken[OvereenkomstOutline.citationTitleID] = "het artikel met de citeertitel"
        let topLevel = model.chapters.compactMap { chapter in chapter.id.map { ($0, "hoofdstuk") } }
            + model.articles.compactMap { article in article.id.map { ($0, "artikel") } }
        for (id, kind) in topLevel.sorted(by: { $0.0.position < $1.0.position }) {
            claim(id, as: "een \(kind)", in: &taken, context: context)
        }
        for article in model.articles { checkClauseIDs(article.clauses, context: context) }
        checkClauseIDs(model.considerations, context: context)
        var dates: [String: String] = [:]
        for anchor in OvereenkomstDates.anchors { dates[anchor] = "de datum '\(anchor)'" }
        for evaluation in model.evaluations {
            if let id = evaluation.id { claim(id, as: "een evaluatie", in: &dates, context: context) }
        }
    }

    private static func checkClauseIDs(_ clauses: [Clause], context: KindContext) {
        var taken: [String: String] = [:]
        for clause in clauses {
            if let id = clause.id { claim(id, as: "een ander onderdeel op dit niveau", in: &taken, context: context) }
            checkClauseIDs(clause.children, context: context)
        }
    }

    /// Checks the form of `id` and records it, reporting a clash with an
    /// id taken before.
    private static func claim(_ id: Located<String>, as owner: String, in taken: inout [String: String], context: KindContext) {
        let value = id.value
        let allowed = value.allSatisfy { ("a"..."z").contains($0) || $0.isASCII && $0.isNumber || $0 == "-" }
        if !allowed || !value.contains(where: \.isLetter) || value.hasPrefix("-") {
            context.report(invalidID, at: id.position,
                           "het id '\(value)' werkt niet in een verwijzing; gebruik kleine letters, cijfers en streepjes, met minstens één letter")
            return
        }
        if let earlier = taken[value] {
            context.report(duplicateID, at: id.position, "het id '\(value)' is al in gebruik voor \(earlier)")
        } else {
            taken[value] = "\(owner) (regel \(id.position.line))"
        }
    }

    // MARK: Hand numbering

    private static func checkHandNumbering(_ model: Model, context: KindContext) {
        func report(_ text: SourceText, range: Range<String.Index>, what: String) {
            context.report(handNumbering, at: text.position(of: range.lowerBound, in: context.file),
                           "\(what) begint met '\(text.text[range])'; raadsdoc nummert zelf, haal het nummer weg")
        }
        func checkClauses(_ clauses: [Clause], names: ArraySlice<String>) {
            for clause in clauses {
                if let text = clause.text, let range = HandNumbering.label(in: text.text) {
                    report(text, range: range, what: "dit \(names.first ?? "onderdeel")")
                }
                checkClauses(clause.children, names: names.dropFirst())
            }
        }
        func checkTitle(_ title: SourceText?, what: String) {
            guard let title, let range = HandNumbering.titleLabel(in: title.text) ?? HandNumbering.label(in: title.text) else { return }
            report(title, range: range, what: what)
        }
        checkClauses(model.considerations, names: ["overweging", "onderdeel"])
        for chapter in model.chapters { checkTitle(chapter.title, what: "de titel van dit hoofdstuk") }
        for article in model.articles {
            checkTitle(article.title, what: "de titel van dit artikel")
            checkClauses(article.clauses, names: article.clausesAreMembers ? ["lid", "onderdeel", "subonderdeel"] : ["onderdeel", "subonderdeel"])
            for term in article.terms {
                if let range = HandNumbering.label(in: term.term.value) {
                    context.report(handNumbering, at: term.term.position,
                                   "dit begrip begint met '\(term.term.value[range])'; raadsdoc nummert zelf, haal het nummer weg")
                }
            }
        }
        for entry in model.explanation?.articles ?? [] { checkTitle(entry.heading, what: "de kop van deze toelichting") }
    }

    // MARK: Begrippen

    private static func checkTerms(_ model: Model, context: KindContext) {
        var defined: [String: Located<String>] = [:]
        for term in model.terms {
            let key = term.term.value.lowercased()
            if let earlier = defined[key] {
                context.report(duplicateTerm, at: term.term.position,
                               "het begrip '\(term.term.value)' is al gedefinieerd op regel \(earlier.position.line)")
            } else {
                defined[key] = term.term
            }
        }
        let texts = model.referenceTexts
        let titles = model.chapters.compactMap(\.title) + model.articles.compactMap(\.title)
            + (model.explanation?.articles.compactMap(\.heading) ?? [])
        let other = titles.map(\.text) + [model.citationTitle?.value, model.collectiveName].compactMap { $0 }
        let index = DefinedTerms(texts.map(\.text) + other, terms: model.terms.map(\.term.value))
        let definitions = Dictionary(texts.enumerated().map { ($1.position, $0) }, uniquingKeysWith: { first, _ in first })
        for term in model.terms {
            let used = index.isUsed(term.term.value, outside: definitions[term.meaning.position])
            if !used {
                context.report(unusedTerm, at: term.term.position,
                               "het begrip '\(term.term.value)' wordt buiten zijn definitie nergens gebruikt; gebruik het of schrap het")
            }
        }
    }
}

extension Overeenkomst.Model {
    /// Every text that may hold references or use begrippen, in order:
    /// overwegingen, gelet op, articles (begrippen included) and toelichting.
    package var referenceTexts: [SourceText] {
        var texts = considerations.flatMap(\.texts)
        texts += [legalBasis?.introduction, legalBasis?.closing].compactMap { $0 }
        for article in articles {
            texts += [article.text].compactMap { $0 } + article.terms.map(\.meaning) + article.clauses.flatMap(\.texts)
        }
        texts += [explanation?.general].compactMap { $0 } + (explanation?.articles.map(\.text) ?? [])
        return texts
    }
}
