import RaadsDocCore
import RaadsDocSchema

/// An outgoing letter to an external body, such as the antwoordbrief to
/// Gedeputeerde Staten at the end of seed 001.
public enum Brief: DocumentKind {
    public static let names = ["brief"]

    public struct Model: Sendable {
        public var gemeente: String?
        public var title: String?
        public var version: Located<Datum>?
        public var date: Located<DateEntry>?
        public var reference: String?
        public var yourReference: String?
        public var addressee: String
        public var address: [String]
        public var subject: String
        public var salutation: String
        public var text: RichText?
        public var attentionIntro: String?
        public var attentionPoints: [RichText]
        public var conclusion: RichText?
        public var closing: String
        public var signing: Signing
        public var attachments: [AttachmentReference]
        /// Who receives a copy (cc).
        public var copies: [String]
        /// `status: concept`: what a letter that is not sent yet may lack.
        public var isDraft: Bool
        /// The titles of the bijlagen, filled in when the references are resolved.
        public var attachmentTitles: [String] = []
        public var bundle: Bool
        public var position: SourcePosition
    }

    public static func decode(_ input: ObjectReader, soort: String, profile: Profile) -> Model {
        let points = input.object("aandachtspunten")
        return Model(
            gemeente: input.text("gemeente")?.value ?? profile.gemeente,
            title: input.text("titel")?.value,
            version: input.date("versie"),
            date: input.dateEntry("datum"),
            reference: input.text("kenmerk")?.value,
            yourReference: input.text("uw-kenmerk")?.value,
            addressee: input.text("geadresseerde")?.value ?? "",
            address: input.texts("adres").map(\.value),
            subject: input.text("onderwerp")?.value ?? "",
            salutation: input.text("aanhef")?.value ?? "",
            text: input.richText("tekst"),
            attentionIntro: points?.text("inleiding")?.value,
            attentionPoints: points?.list("punten").compactMap { node in
                node.scalar.map { RichText($0.text, at: node.position) }
            } ?? [],
            conclusion: input.richText("afsluiting"),
            closing: input.text("slot")?.value ?? "",
            signing: input.object("ondertekening").map(Signing.init) ?? Signing.empty(at: input.position),
            attachments: input.list("bijlagen").map(AttachmentReference.init),
            copies: input.texts("afschrift-aan").map(\.value),
            isDraft: input.text("status")?.value == "concept",
            bundle: input.boolean("bundel") ?? false,
            position: input.position)
    }

    public static func resolve(_ model: inout Model, context: KindContext) {
        model.attachmentTitles = SigningRules.resolveAttachments(model.attachments, context: context)
    }

    public static let noDate = Rule(
        "RD-BRIEF-001", .fout, "Een brief heeft geen datum en geen versiedatum.",
        help: "Vul 'datum' in (of 'versie' voor een conceptversie).")
    public static let versionAfterDate = Rule(
        "RD-BRIEF-002", .waarschuwing, "De versiedatum van een brief ligt na de verzenddatum.",
        help: "Een verzonden brief kan geen latere versie hebben; controleer beide datums.")

    public static let noSendDate = Rule(
        "RD-BRIEF-003", .waarschuwing, "Een brief heeft geen verzenddatum.",
        help: "Vul 'datum' in voordat de brief de deur uitgaat, of zet 'status: concept' zolang hij dat nog niet doet.")
    public static let noReference = Rule(
        "RD-BRIEF-004", .waarschuwing, "Een brief heeft geen kenmerk.",
        help: "Vul 'kenmerk' in (het kenmerk uit het zaaksysteem), zodat een antwoord ernaar kan verwijzen.")
    public static let noAddress = Rule(
        "RD-BRIEF-005", .waarschuwing, "Een brief heeft geen postadres.",
        help: "Zet de adresregels onder 'adres', zoals '- Postbus 90602' en '- 2509 LP Den Haag'.")
    public static let noSignatories = Rule(
        "RD-BRIEF-006", .waarschuwing, "Een brief heeft geen ondertekenaars.",
        help: "Noem onder 'ondertekening' de 'ondertekenaars' met naam en functie, of vul burgemeester en secretaris in het profiel in.")

    public static let rules = [noDate, versionAfterDate, noSendDate, noReference, noAddress, noSignatories] + SigningRules.all

    public static func check(_ model: Model, context: KindContext) -> Model {
        var model = model
        if model.date == nil && model.version == nil && !model.isDraft {
            context.report(noDate, at: model.position, "de brief heeft geen 'datum' en geen 'versie'; vul de verzenddatum in als 'datum: JJJJ-MM-DD'")
        }
        if let date = model.date?.known, let version = model.version, date.value < version.value {
            context.report(versionAfterDate, at: version.position,
                           "versie \(version.value.dutch) ligt na de verzenddatum \(date.value.dutch); controleer beide datums")
        }
        SigningRules.check(model.signing, context: context)
        model.signing.signatories = SigningRules.completeCollegeLetter(model.signing, context: context)
        checkCompleteness(model, context: context)
        return model
    }

    public static func summary(_ model: Model, profile: Profile) -> DocumentSummary {
        DocumentSummary(title: model.title ?? model.subject, soort: "brief",
                        date: model.date?.value.known ?? model.version?.value, reference: model.reference,
                        gemeente: model.gemeente)
    }

    public static func compose(_ model: Model, context: ComposeContext) -> Document {
        var parts = LetterParts(title: model.title ?? "Brief")
        parts.subtitle = model.version.map { "Versie \($0.value.dutch)" }
        parts.addressee = model.address.isEmpty ? [] : [model.addressee] + model.address
        parts.letterhead = [("Aan", model.addressee)]
        if let date = model.date { parts.letterhead.append(("Datum", date.value.dutch)) }
        if let reference = model.reference { parts.letterhead.append(("Ons kenmerk", reference)) }
        if let yours = model.yourReference { parts.letterhead.append(("Uw kenmerk", yours)) }
        parts.letterhead.append(("Onderwerp", model.subject))
        parts.salutation = model.salutation
        var body = model.text?.blocks() ?? []
        if !model.attentionPoints.isEmpty {
            if let intro = model.attentionIntro { body.append(.text(intro)) }
            body.append(.list(ListBlock(.dash, items: model.attentionPoints.map { ListItem($0.blocks()) })))
        }
        body += model.conclusion?.blocks() ?? []
        parts.body = body
        parts.closing = model.closing
        parts.signing = model.signing
        parts.attachments = model.attachmentTitles
        parts.copies = model.copies
        parts.attachmentNumber = context.attachmentNumber
        if model.bundle || context.bundlesAttachments { parts.bundledAttachments = context.bundle(model.attachments) }
        let date = model.date?.value.known ?? model.version?.value
        return LetterComposer.document(
            parts,
            metadata: DocumentMetadata(title: parts.title, subject: model.subject, date: date, keywords: ["brief"]),
            page: PageSetup(headerText: context.organisation(fallback: model.gemeente),
                            letterhead: context.letterhead(fallback: model.gemeente), 
                            initials: context.profile.initialsLine ? max(model.signing.treeSignatories.count, 1) : 0),
            fields: context.fields(gemeente: model.gemeente, [
                "onderwerp": model.subject, "datum": model.date?.value.dutch ?? "", "kenmerk": model.reference ?? "",
                "uw-kenmerk": model.yourReference ?? "", "aan": model.addressee,
                "geadresseerde": ([model.addressee] + model.address).joined(separator: "\n"),
                "versie": model.version?.value.dutch ?? "",
            ]))
    }

    /// What a letter that goes out must have: a send date, a kenmerk, a
    /// postal address and signatories. A concept may lack the first two
    /// and signs nothing yet.
    private static func checkCompleteness(_ model: Model, context: KindContext) {
        if !model.isDraft {
            if model.date == nil, let version = model.version {
                context.report(noSendDate, at: version.position, "de brief heeft alleen een versiedatum; vul 'datum' in met de verzenddatum")
            }
            if model.reference == nil {
                context.report(noReference, at: model.position, "de brief heeft geen 'kenmerk'")
            }
            if model.signing.treeSignatories.isEmpty {
                context.report(noSignatories, at: model.signing.position,
                               "de brief heeft geen ondertekenaars met naam en functie; noem ze onder 'ondertekenaars'")
            }
        }
        if model.address.isEmpty {
            context.report(noAddress, at: model.position, "de brief heeft geen 'adres' onder de geadresseerde")
        }
    }
}
