import RaadsDocCore
import RaadsDocSchema

/// Builds the agreement's model from checked input. Accessors return nil
/// for what the structural check already reported, so decoding never fails.
extension Overeenkomst {
    public static func decode(_ input: ObjectReader, soort: String, profile: Profile) -> Model {
        let chaptersGiven = input.has("hoofdstukken")
        let chapters = chaptersGiven
            ? input.objects("hoofdstukken").map(Chapter.init)
            : [Chapter(id: nil, title: nil, articles: input.objects("artikelen").map(Article.init), position: input.position)]
        let documentNumbering = input.text("nummering").flatMap { Overeenkomst.NumberingStyle(rawValue: $0.value) }
        let signing = input.object("ondertekening")
        return Model(
            soort: soort,
            title: input.text("titel") ?? Located("", at: input.position),
            version: input.text("versie")?.value,
            reference: input.text("kenmerk")?.value,
            versionDate: input.dateEntry("versiedatum"),
            numbering: NumberingStyle.chosen(document: documentNumbering, profile: profile),
            parties: input.objects("partijen").map { Party($0, country: profile.country) },
            partiesPosition: input.value("partijen")?.position ?? input.position,
            collectiveName: input.text("samen-te-noemen")?.value,
            considerations: input.list("overwegingen").map { Clause($0, childKeys: ["onderdelen"]) },
            legalBasis: input.object("gelet-op").map(LegalBasis.init),
            chapters: chapters,
            hasChapters: chaptersGiven,
            entryIntoForce: input.date("inwerkingtreding"),
            endDate: input.date("einddatum"),
            term: SourceText(input.value("looptijd")),
            evaluations: input.list("evaluatie").compactMap(Evaluation.init),
            citationTitle: input.text("citeertitel"),
            explanation: input.object("toelichting").map(Explanation.init),
            signing: CommonSigning(place: signing?.text("plaats")?.value, date: signing?.date("datum"),
                                   copies: signing?.integer("exemplaren")),
            position: input.position,
            articlesPosition: input.keyPosition(chaptersGiven ? "hoofdstukken" : "artikelen"),
            articlesAndChapters: chaptersGiven && input.has("artikelen") ? input.keyPosition("artikelen") : nil,
            isAmendment: input.boolean("wijziging") ?? false)
    }
}

extension ObjectReader {
    /// The id of a numbered part, if given.
    fileprivate var id: Located<String>? { text("id") }
}

extension Overeenkomst.Clause {
    /// A clause from a list item: a text, or a group with `id`, `tekst`
    /// and its child clauses under the first of `childKeys` (theirs under
    /// the next, and so on).
    package init(_ node: YAMLNode, childKeys: ArraySlice<String>) {
        position = node.position
        guard node.pairs != nil else {
            id = nil
            text = SourceText(node)
            children = []
            return
        }
        let input = ObjectReader(node)
        id = input.id
        text = SourceText(input.value("tekst"))
        children = childKeys.first.map { key in
            input.list(key).map { Self($0, childKeys: childKeys.dropFirst()) }
        } ?? []
    }
}

extension Overeenkomst.Article {
    package init(_ input: ObjectReader) {
        let members = input.list("leden")
        let parts = input.list("onderdelen")
        id = input.id
        title = SourceText(input.value("titel"))
        text = SourceText(input.value("tekst"))
        clausesAreMembers = !members.isEmpty
        clauses = members.isEmpty
            ? parts.map { Overeenkomst.Clause($0, childKeys: ["subonderdelen"]) }
            : members.map { Overeenkomst.Clause($0, childKeys: ["onderdelen", "subonderdelen"]) }
        terms = input.objects("begrippen").compactMap { term in
            guard let name = term.text("begrip"), let meaning = SourceText(term.value("betekenis")) else { return nil }
            return Overeenkomst.Term(term: name, meaning: meaning)
        }
        position = input.position
        membersAndParts = !members.isEmpty && !parts.isEmpty ? input.keyPosition("onderdelen") : nil
    }
}

extension Overeenkomst.Chapter {
    package init(_ input: ObjectReader) {
        self.init(id: input.id, title: SourceText(input.value("titel")),
                  articles: input.objects("artikelen").map(Overeenkomst.Article.init), position: input.position)
    }
}

extension Overeenkomst.Party {
    /// `country` is the profile's: whether "Gemeente …" is Dutch or Flemish.
    package init(_ input: ObjectReader, country: Profile.Country) {
        name = input.text("naam") ?? Located("", at: input.position)
        legalForm = input.text("rechtsvorm")?.value
        seat = input.text("vestigingsplaats")?.value
        shortName = input.text("hierna-te-noemen")?.value
        representative = input.object("vertegenwoordiger").map { person in
            Overeenkomst.Representative(name: person.text("naam"), salutation: person.text("aanhef")?.value,
                                        function: person.text("functie"), position: person.position)
        }
        mandatedBy = input.text("gemachtigd-door")?.value
        mandateGround = input.text("grondslag")?.value
        decision = input.object("besluit").flatMap { decision in
            guard let body = decision.text("orgaan").flatMap({ Overeenkomst.Decision.Body(rawValue: $0.value) }),
                  let date = decision.dateEntry("datum") else { return nil }
            return Overeenkomst.Decision(body: body, date: date, reference: decision.text("kenmerk")?.value)
        }
        body = input.text("soort-partij").flatMap { PublicBody(rawValue: $0.value) }
            ?? PublicBody.judged(name: name.value, country: country)
        let signing = input.object("ondertekening")
        let single = signing.map { $0.has("naam") || $0.has("functie") } ?? false
        let list = signing?.objects("ondertekenaars").map(SignatoryInput.init) ?? []
        self.signing = Overeenkomst.PartySigning(
            name: signing?.text("naam"), function: signing?.text("functie"),
            signatories: list, place: signing?.text("plaats")?.value, date: signing?.date("datum"),
            bothForms: single && !list.isEmpty ? signing?.keyPosition("ondertekenaars") : nil,
            position: signing?.position ?? input.position)
        position = input.position
    }
}

extension Overeenkomst.LegalBasis {
    package init(_ input: ObjectReader) {
        introduction = SourceText(input.value("inleiding"))
        councilDecisions = input.objects("raadsbesluiten").compactMap { decision in
            guard let municipality = decision.text("gemeente"), let date = decision.dateEntry("datum") else { return nil }
            return Overeenkomst.CouncilDecision(municipality: municipality, date: date,
                                                reference: decision.text("kenmerk")?.value)
        }
        councilDecisionsPosition = input.value("raadsbesluiten")?.position ?? input.position
        closing = SourceText(input.value("slot"))
    }
}

extension Overeenkomst.Evaluation {
    package init?(_ node: YAMLNode) {
        let input = node.pairs == nil ? nil : ObjectReader(node)
        guard let moment = SourceText(input?.value("uiterlijk") ?? node) else { return nil }
        self.init(id: input?.id, moment: moment)
    }
}

extension Overeenkomst.Explanation {
    package init(_ input: ObjectReader) {
        general = SourceText(input.value("algemeen"))
        articles = input.objects("artikelen").compactMap { entry in
            guard let article = entry.text("artikel"), let text = SourceText(entry.value("tekst")) else { return nil }
            return Overeenkomst.ArticleExplanation(article: article, heading: SourceText(entry.value("kop")), text: text)
        }
    }
}
