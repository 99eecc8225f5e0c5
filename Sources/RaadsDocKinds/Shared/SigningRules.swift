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

    public static let partnerMissing = Rule(
        "RD-ONDERTEKENING-003", .waarschuwing, "Een partij tekent zonder de medeondertekenaar die haar soort vereist.",
        help: "Wie samen tekenen hangt af van de soort partij. Een Nederlandse gemeente: wat het college verstuurt, "
            + "tekent de burgemeester en tekent de secretaris mee (artikel 59a, eerste lid, Gemeentewet); een overeenkomst "
            + "tekent de burgemeester of wie hij daartoe machtigt alleen (artikel 171 Gemeentewet). Een Vlaamse stad of "
            + "gemeente: de burgemeester en de algemeen directeur (artikel 279 Decreet over het lokaal bestuur; wie bij "
            + "delegatie tekent, vermeldt dat onder 'mandaat'). Een waterschap: de dijkgraaf, die het waterschap "
            + "vertegenwoordigt (artikel 95 Waterschapswet), met de secretaris-directeur. Een provincie: de commissaris "
            + "van de Koning (artikel 176 Provinciewet) met de secretaris (stukken van gedeputeerde staten, artikel 59a "
            + "Provinciewet) of de griffier (stukken van provinciale staten, artikel 32a Provinciewet). Voeg de ontbrekende "
            + "ondertekenaar toe, met 'mandaat' als een ander voor hem tekent; voor de eigen gemeente vult raadsdoc hem "
            + "aan uit 'burgemeester', 'secretaris' of 'algemeen-directeur' in raadsdoc.yaml.")

    public static let all = [nameMissing, functionMissing, partnerMissing, attachmentEmpty, attachmentTitleConflict]

    /// The signatories of `party`, completed to the pair its kind of body
    /// requires in `capacity`. An office nobody holds (in person or by
    /// mandate) is filled from the profile when the party is the profile's
    /// own gemeente and the profile names the holder; otherwise it is
    /// reported at `position`. Nobody signing at all is left to the caller,
    /// and so is a signatory without a function (RD-ONDERTEKENING-002),
    /// whose office cannot be told.
    package static func completePair(_ signatories: [SignatoryInput], of party: String, body: PublicBody,
                                     capacity: PublicBody.Capacity, at position: SourcePosition,
                                     context: KindContext) -> [SignatoryInput] {
        guard !signatories.isEmpty, signatories.allSatisfy({ $0.function != nil }) else { return signatories }
        let profile = context.profile
        let own = profile.isOwn(party)
        var completed = signatories
        for (index, office) in body.pair(capacity).enumerated()
        where !signatories.contains(where: { !Set($0.roles).isDisjoint(with: office.roles) }) {
            if own, let holder = office.holder(in: profile) {
                let signatory = SignatoryInput(name: Located(holder, at: position), function: Located(office.function, at: position),
                                               position: position)
                completed.insert(signatory, at: index == 0 ? 0 : completed.count)
                continue
            }
            let signing = signatories.compactMap { $0.function?.value }.map { "'\($0)'" }.joined(separator: " en ")
            var message = "\(party) tekent als \(body.description) met \(signing.isEmpty ? "een ondertekenaar" : signing), "
                + "maar niet met \(office.title); voeg een ondertekenaar toe met functie '\(office.function)' "
                + "(of met 'mandaat' als een ander voor \(office.title) tekent)"
            if own, let key = office.profileKey {
                message += ", of vul '\(key)' in \(profile.path ?? "raadsdoc.yaml") in"
            }
            context.report(partnerMissing, at: position, message)
        }
        return completed
    }

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

    /// The signatories of a letter, completed to the college's pair when it
    /// is signed on behalf of the college ('namens' names the college or
    /// "burgemeester en wethouders/schepenen").
    package static func completeCollegeLetter(_ signing: Signing, context: KindContext) -> [SignatoryInput] {
        let profile = context.profile
        guard let onBehalfOf = signing.onBehalfOf?.lowercased(),
              onBehalfOf.contains("college") || onBehalfOf.contains("burgemeester en ") else { return signing.signatories }
        let body: PublicBody = profile.country == .be ? .vlaamseGemeente : .gemeente
        return completePair(signing.signatories, of: profile.organisationName ?? "de gemeente", body: body,
                            capacity: .collegeLetter, at: signing.position, context: context)
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
