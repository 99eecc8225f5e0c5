import RaadsDocCore
import RaadsDocSchema

/// An agreement between a gemeente and its partners: a
/// samenwerkingsovereenkomst (seed 001) or an intentieovereenkomst (seed
/// 002). Articles, leden and onderdelen are numbered and cited by raadsdoc
/// in the numbering style of the profile, the document or the run.
public enum Overeenkomst: DocumentKind {
    public static let names = ["samenwerkingsovereenkomst", "intentieovereenkomst"]

    public static func summary(_ model: Model, context: KindContext) -> DocumentSummary {
        DocumentSummary(title: model.title.value, soort: model.soort, date: model.versionDate?.value,
                        reference: model.version.map { "versie \($0)" }, gemeente: context.profile.gemeente)
    }

    public static func compose(_ model: Model, context: ComposeContext) -> Document {
        AgreementComposer(model).document(context: context)
    }
}
