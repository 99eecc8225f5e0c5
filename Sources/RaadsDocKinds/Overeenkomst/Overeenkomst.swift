import RaadsDocCore
import RaadsDocSchema

/// An agreement between a gemeente and its partners: a
/// samenwerkingsovereenkomst (seed 001) or an intentieovereenkomst (seed
/// 002). Articles, leden and onderdelen are numbered and cited by raadsdoc
/// in the numbering style of the profile, the document or the run.
public enum Overeenkomst: DocumentKind {
    public static let names = ["samenwerkingsovereenkomst", "intentieovereenkomst"]
    /// Its signing grid.
    public static let styles = StyleDefinition.signingGrid + [
        StyleDefinition(name: ParagraphStyle.signaturePageReference.name,
                        paragraph: [("fo:margin-top", "0.600cm"), ("fo:margin-bottom", "0cm"), ("fo:keep-with-next", "always")],
                        text: [("fo:font-size", "9pt"), ("fo:font-style", "italic")]),
    ]

    /// A checked agreement: the model with the outline the rules worked
    /// out (every number and citation, and the dates they name), which
    /// compose uses as is.
    public struct Checked: Sendable {
        public let model: Model
        package let outline: OvereenkomstOutline
    }

    public static func summary(_ model: Model, profile: Profile) -> DocumentSummary {
        DocumentSummary(title: model.title.value, soort: model.soort, date: model.versionDate?.value.known,
                        reference: model.version.map { "versie \($0)" }, gemeente: profile.gemeente)
    }

    public static func compose(_ checked: Checked, context: ComposeContext) -> Document {
        OvereenkomstComposer(checked).document(context: context)
    }
}

extension ParagraphStyle {
    /// "Behorend bij de …": the line that ties the signatures to the
    /// agreement.
    public static let signaturePageReference = ParagraphStyle("Behorend bij")
}
