import RaadsDocCore
import RaadsDocSchema

/// A letter from the college to the council: raadsmededeling or
/// raadsinformatiebrief (seed 000, and the first letter of seed 001).
public enum Raadsmededeling: DocumentKind {
    public static let names = ["raadsmededeling", "raadsinformatiebrief"]

    public struct Model: Sendable {
        public var soort: String
        public var gemeente: String?
        public var date: Located<DateEntry>
        public var reference: Located<String>
        public var subject: Located<String>
        public var addressedTo: String
        public var portfolioHolder: String?
        public var contact: String?
        public var salutation: String?
        public var text: RichText?
        public var sections: [Section]
        public var numberedHeadings: Bool
        public var attachments: [AttachmentReference]
        /// The titles of the bijlagen, filled in when the references are resolved.
        public var attachmentTitles: [String] = []
        /// Klimaatdeals whose overview ends the body.
        public var deals: DealCollection
        public var closing: String?
        public var signing: Signing
        public var adoptedDigitally: Bool
        public var bundle: Bool
        public var position: SourcePosition
    }

    public static func decode(_ input: ObjectReader, soort: String, profile: Profile) -> Model {
        let fallback = Located("", at: input.position)
        return Model(
            soort: soort,
            gemeente: input.text("gemeente")?.value ?? profile.gemeente,
            date: input.dateEntry("datum") ?? Located(DateEntry.toBeFilledIn, at: input.position),
            reference: input.text("kenmerk") ?? fallback,
            subject: input.text("onderwerp") ?? fallback,
            addressedTo: input.text("aan")?.value ?? "de gemeenteraad",
            portfolioHolder: input.text("portefeuillehouder")?.value,
            contact: input.text("contactpersoon")?.value,
            salutation: input.text("aanhef")?.value,
            text: input.richText("tekst"),
            sections: input.objects("secties").compactMap(Section.init),
            numberedHeadings: input.boolean("koppen-nummeren") ?? false,
            attachments: input.list("bijlagen").map(AttachmentReference.init),
            deals: DealCollection(input.texts("klimaatdeals")),
            closing: input.text("slot")?.value,
            signing: input.object("ondertekening").map(Signing.init) ?? Signing.empty(at: input.position),
            adoptedDigitally: input.boolean("digitaal-vastgesteld") ?? false,
            bundle: input.boolean("bundel") ?? false,
            position: input.position)
    }

    public static func resolve(_ model: inout Model, context: KindContext) {
        model.attachmentTitles = SigningRules.resolveAttachments(model.attachments, context: context)
        model.deals.resolve(context: context)
    }

    public static func summary(_ model: Model, profile: Profile) -> DocumentSummary {
        DocumentSummary(title: model.subject.value, soort: model.soort, date: model.date.value.known,
                        reference: model.reference.value, gemeente: model.gemeente)
    }

    public static func compose(_ model: Model, context: ComposeContext) -> Document {
        var parts = LetterParts(title: model.soort == "raadsinformatiebrief" ? "Raadsinformatiebrief" : "Raadsmededeling")
        parts.letterhead = [("Aan", model.addressedTo), ("Datum", model.date.value.dutch),
                            ("Kenmerk", model.reference.value), ("Onderwerp", model.subject.value)]
        if let holder = model.portfolioHolder { parts.letterhead.append(("Portefeuillehouder", holder)) }
        if let contact = model.contact { parts.letterhead.append(("Contactpersoon", contact)) }
        parts.salutation = model.salutation
        parts.body = (model.text?.blocks() ?? []) + Section.blocks(model.sections, numbered: model.numberedHeadings)
            + model.deals.overview(profile: context.profile)
        parts.closing = model.closing
        parts.signing = model.signing
        if model.adoptedDigitally {
            parts.signatureNote = "Deze brief is digitaal vastgesteld. Hierdoor staat er geen fysieke handtekening in de brief."
        }
        parts.attachments = model.attachmentTitles
        parts.attachmentNumber = context.attachmentNumber
        if model.bundle || context.bundlesAttachments { parts.bundledAttachments = context.bundle(model.attachments) }
        return LetterComposer.document(
            parts,
            metadata: DocumentMetadata(title: "\(parts.title): \(model.subject.value)", subject: model.subject.value,
                                       date: model.date.value.known, keywords: [model.soort, model.reference.value]),
            page: PageSetup(headerText: context.organisation(fallback: model.gemeente),
                            letterhead: context.letterhead(fallback: model.gemeente), 
                            initials: context.profile.initialsLine ? max(model.signing.treeSignatories.count, 1) : 0),
            fields: context.fields(gemeente: model.gemeente, [
                "onderwerp": model.subject.value, "datum": model.date.value.dutch, "kenmerk": model.reference.value,
                "aan": model.addressedTo, "portefeuillehouder": model.portfolioHolder ?? "",
                "contactpersoon": model.contact ?? "",
            ]))
    }
}
