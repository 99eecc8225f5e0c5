import RaadsDocCore
import RaadsDocSchema

/// A lokaal klimaatakkoord (seed 000): "het totaal aan klimaatdeals" that
/// every deelnemer co-signs. The deals are separate input files; the list
/// of signatories is derived from their deelnemers.
public enum Klimaatakkoord: DocumentKind {
    public static let names = ["klimaatakkoord"]
    /// Its signing grid.
    public static let styles = StyleDefinition.signingGrid

    public struct Model: Sendable {
        public var gemeente: String?
        public var title: String
        public var subtitle: String?
        public var date: Located<DateEntry>
        public var place: String?
        public var introduction: RichText?
        public var sections: [Section]
        public var deals: DealCollection
        public var dealsPosition: SourcePosition
        public var extraSignatories: Signing
        /// Every deelnemer once, then the extra ondertekenaars; worked out
        /// by the check.
        public var signatories: [SigningParty] = []
        public var isExample: Bool
    }

    public static func decode(_ input: ObjectReader, soort: String, profile: Profile) -> Model {
        let date = input.dateEntry("datum") ?? Located(DateEntry.toBeFilledIn, at: input.position)
        let place = input.text("plaats")?.value
        let extra = Signing(onBehalfOf: nil, signatories: input.objects("extra-ondertekenaars").map(SignatoryInput.init),
                            position: input.keyPosition("extra-ondertekenaars"))
        return Model(
            gemeente: input.text("gemeente")?.value ?? profile.gemeente,
            title: input.text("titel")?.value ?? "",
            subtitle: input.text("ondertitel")?.value,
            date: date,
            place: place,
            introduction: input.richText("inleiding"),
            sections: input.objects("secties").compactMap(Section.init),
            deals: DealCollection(input.texts("deals")),
            dealsPosition: input.keyPosition("deals"),
            extraSignatories: extra,
            isExample: input.boolean("voorbeeld") ?? false)
    }

    public static func resolve(_ model: inout Model, context: KindContext) {
        model.deals.resolve(context: context)
    }

    public static func summary(_ model: Model, profile: Profile) -> DocumentSummary {
        DocumentSummary(title: model.title, soort: "klimaatakkoord", date: model.date.value.known, gemeente: model.gemeente)
    }

    public static func compose(_ model: Model, context: ComposeContext) -> Document {
        Document(
            metadata: DocumentMetadata(title: model.title, subject: model.subtitle ?? model.title, date: model.date.value.known,
                                       keywords: ["klimaatakkoord"]),
            page: PageSetup(headerText: context.organisation(fallback: model.gemeente),
                            footerText: model.title + (model.isExample ? " · fictief voorbeeld" : "")),
            fields: context.fields(gemeente: model.gemeente, [
                "titel": model.title, "ondertitel": model.subtitle ?? "", "datum": model.date.value.dutch,
                "plaats": model.place ?? "",
            ]),
            header: KlimaatakkoordComposer.coverPage(model),
            body: KlimaatakkoordComposer.body(model, profile: context.profile),
            signature: KlimaatakkoordComposer.signaturePages(model))
    }
}
