import RaadsDocCore
import RaadsDocSchema

/// Rules on signatories and attachments, shared by the letter kinds.
public enum SigningRules {
    public static let nameMissing = Rule(
        "RD-ONDERTEKENING-001", .fout, "Een ondertekenaar heeft geen naam.",
        help: "Vul 'naam' in, zoals die onder het document moet staan.")
    public static let functionMissing = Rule(
        "RD-ONDERTEKENING-002", .fout, "Een ondertekenaar heeft geen functie.",
        help: "Vul 'functie' in, zoals 'burgemeester' of 'gemeentesecretaris'.")
    public static let attachmentEmpty = Rule(
        "RD-BIJLAGE-001", .fout, "Een bijlage heeft geen titel en geen bestand.",
        help: "Geef de bijlage een 'titel', of verwijs met 'bestand' naar het invoerbestand ervan.")
    public static let attachmentTitleConflict = Rule(
        "RD-BIJLAGE-002", .waarschuwing, "Een bijlage met een bestand noemt ook een andere titel dan dat bestand.",
        help: "Laat 'titel' weg: de titel komt uit het bestand zelf, zodat er één bron is.")

    public static let all = [nameMissing, functionMissing, attachmentEmpty, attachmentTitleConflict]

    /// Checks every signatory for a name and a function.
    public static func check(_ signing: Signing, context: KindContext) {
        for (index, signatory) in signing.signatories.enumerated() {
            if signatory.name == nil {
                context.report(nameMissing, at: signatory.position, "ondertekenaar \(index + 1) heeft geen naam; vul 'naam:' in zoals die onder het document moet staan")
            }
            if signatory.function == nil {
                let who = signatory.name.map { "'\($0.value)'" } ?? "\(index + 1)"
                context.report(functionMissing, at: signatory.position, "ondertekenaar \(who) heeft geen functie; vul 'functie:' in, zoals 'burgemeester' of 'gemeentesecretaris'")
            }
        }
    }

    /// Checks the bijlagen and loads those that are input files; returns
    /// the title of each, in order (the file's own title where there is one).
    public static func resolveAttachments(_ attachments: [AttachmentReference], context: KindContext) -> [String] {
        attachments.compactMap { attachment in
            if let file = attachment.file {
                guard let loaded = context.load(file, asAttachment: true), let summary = loaded.summary else {
                    return attachment.title?.value
                }
                if let title = attachment.title, title.value != summary.title {
                    context.report(attachmentTitleConflict, at: title.position,
                                   "de titel '\(title.value)' wijkt af van de titel in \(file.value): '\(summary.title)'; laat 'titel' weg, de titel komt uit dat bestand")
                }
                return summary.title
            }
            guard let title = attachment.title else {
                context.report(attachmentEmpty, at: attachment.position, "deze bijlage heeft geen titel en geen bestand; geef een 'titel', of verwijs met 'bestand' naar het invoerbestand ervan")
                return nil
            }
            return title.value
        }
    }
}
