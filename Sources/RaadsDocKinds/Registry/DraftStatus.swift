import RaadsDocCore
import RaadsDocSchema

/// `status: concept`, which every kind takes: a draft shows a CONCEPT mark
/// at the top and in every page header and carries no signatures, so it
/// cannot pass for the signed document; a run with --strikt refuses it
/// (RD-INVOER-028 is a waarschuwing).
package enum DraftStatus {
    package static let field = Field.optional(
        "status", .choice(["concept", "definitief"]),
        "concept: een zichtbare CONCEPT-markering en geen handtekeningen; de datum van het document, van een besluit en van de ondertekening mag 'in te vullen' zijn (op de pagina: [in te vullen]). Met --strikt geweigerd. Standaard definitief.")

    /// The word on the page.
    package static let mark = "CONCEPT"
    package static let generatedText = GeneratedText(
        mark, when: "bij 'status: concept': bovenaan en in de kop van elke pagina (de handtekeningen vervallen dan)")

    /// Whether the input says `status: concept`, reported as the draft it is.
    package static func isDraft(_ input: ObjectReader, context: KindContext) -> Bool {
        guard let status = input.text("status"), status.value == "concept" else { return false }
        context.report(InputRules.draft, at: status.position, "dit document is een concept: het krijgt een CONCEPT-markering en geen handtekeningen")
        return true
    }

    /// `document` marked as a draft, its signatures left out.
    package static func marked(_ document: Document) -> Document {
        var document = document
        document.header.insert(.text(mark, style: .draftMark), at: 0)
        document.page.headerText = document.page.headerText.isEmpty ? mark : mark + " · " + document.page.headerText
        document.header = document.header.filter(\.isNotSignatures)
        document.body = document.body.filter(\.isNotSignatures)
        document.signature = document.signature.filter(\.isNotSignatures)
        document.attachments = document.attachments.filter(\.isNotSignatures)
        return document
    }
}

extension Block {
    fileprivate var isNotSignatures: Bool {
        if case .signatures = self { return false }
        return true
    }
}
