import RaadsDocCore
import RaadsDocSchema

/// A klimaatdeal (seed 000): a "zo SMART mogelijk" agreement between
/// parties on one of the municipality's themes, led by a trekker that need
/// not be the municipality, and signed by every deelnemer. Deals are
/// bundled into a `Klimaatakkoord`.
public enum Klimaatdeal: DocumentKind {
    public static let names = ["klimaatdeal"]

    public static func summary(_ model: Model, profile: Profile) -> DocumentSummary {
        DocumentSummary(title: "\(model.label): \(model.title)", soort: "klimaatdeal", date: model.date.value,
                        reference: model.label, gemeente: model.gemeente)
    }

    public static func compose(_ model: Model, context: ComposeContext) -> Document {
        let theme = KlimaatdealComposer.displayTheme(model.theme.value, profile: context.profile)
        return Document(
            metadata: DocumentMetadata(title: "\(model.label): \(model.title)", subject: model.title, date: model.date.value,
                                       keywords: ["klimaatdeal", theme]),
            page: PageSetup(headerText: context.organisation(fallback: model.gemeente),
                            footerText: model.label + (model.isExample ? " · fictief voorbeeld" : "")),
            fields: context.fields(gemeente: model.gemeente, [
                "titel": model.title, "nummer": String(model.number.value), "datum": model.date.value.dutch,
                "thema": theme, "trekker": model.leadingParticipant?.name.value ?? model.leader.value,
                "aard": model.nature.value, "status": model.status, "looptijd": model.term?.dutch ?? "",
            ]),
            header: KlimaatdealComposer.header(model, profile: context.profile),
            body: KlimaatdealComposer.body(model),
            signature: KlimaatdealComposer.signature(model))
    }
}
