import RaadsDocCore
import RaadsDocSchema

extension Klimaatakkoord {
    public static let signedBeforeDeal = Rule(
        "RD-AKKOORD-003", .fout, "Het akkoord wordt ondertekend vóór de datum van een van zijn klimaatdeals.",
        help: "Een deal moet klaar zijn voordat het akkoord wordt getekend; controleer 'datum' van het akkoord en van de deal.")
    public static let noDeals = Rule(
        "RD-AKKOORD-004", .waarschuwing, "Het akkoord bundelt (nog) geen klimaatdeals.",
        help: "Noem onder 'deals' de bestanden van de klimaatdeals; hun deelnemers ondertekenen het akkoord.")

    public static let rules = DealCollection.rules
        + [signedBeforeDeal, noDeals, otherRepresentative, otherSpelling, extraAlreadyParticipant]
        + [SigningRules.nameMissing, SigningRules.functionMissing, SigningRules.partnerMissing]

    /// The checked akkoord carries its signatories: every deelnemer once,
    /// then the extra ondertekenaars (Cosigning.swift).
    public static func check(_ model: Model, context: KindContext) -> Model {
        var checked = model
        checked.signatories = cosignatories(model.deals.entries, extra: model.extraSignatories.signatories,
                                            place: model.place, date: model.date.value, context: context)
        if model.deals.isEmpty {
            let named = model.deals.references.count
            context.report(noDeals, at: model.dealsPosition, named == 0
                ? "het akkoord noemt geen klimaatdeals onder 'deals'"
                : "geen van de \(named == 1 ? "genoemde klimaatdeal" : "\(named) genoemde klimaatdeals") onder 'deals' kon gebruikt worden; zie de meldingen daarbij")
        }
        for entry in model.deals.entries where model.date.value.known.map({ $0 < entry.deal.date.value }) == true {
            context.report(signedBeforeDeal, at: model.date.position,
                           "de ondertekening op \(model.date.value.dutch) ligt vóór de datum van \(entry.deal.label.lowercased()) "
                               + "(\(entry.deal.date.value.dutch), \(entry.reference.value))")
        }
        SigningRules.check(model.extraSignatories, context: context)
        return checked
    }
}
