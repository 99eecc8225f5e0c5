import RaadsDocCore
import RaadsDocSchema

/// The sentence above an agreement's signatures, with place, date and the
/// number of copies:
/// - Dutch: "Aldus overeengekomen en in drievoud ondertekend te Leiden op
///   1 juli 2021.";
/// - Flemish (profile with `land: BE`): "Opgemaakt te Mechelen op
///   15 september 2025 in drie exemplaren, waarvan elke partij erkent er
///   één te hebben ontvangen."
package enum ClosingSentence {
    /// Room to write a place or date by hand, as in the signing grid.
    package static let blank = "……………………"

    package static func text(_ model: Overeenkomst.Model, profile: Profile) -> String {
        let copies = model.signing.copies?.value ?? model.parties.count
        guard profile.country == .be else {
            var sentence = "Aldus overeengekomen en in \(DutchNumerals.multiplicative(copies)) ondertekend"
            if let place = model.signing.place { sentence += " te \(place)" }
            if let date = model.signing.date { sentence += " op \(date.value.dutch)" }
            return sentence + "."
        }
        var sentence = "Opgemaakt"
        // Where every party signs at its own place or date, the grid holds
        // them and the sentence leaves them out; else a blank to fill in.
        if let place = place(model, profile: profile) {
            sentence += " te \(place)"
        } else if !model.parties.allSatisfy({ $0.signing.place != nil }) {
            sentence += " te \(blank)"
        }
        if let date = model.signing.date {
            sentence += " op \(date.value.dutch)"
        } else if !model.parties.allSatisfy({ $0.signing.date != nil }) {
            sentence += " op \(blank)"
        }
        sentence += copies == 1 ? " in één exemplaar" : " in \(DutchNumerals.cardinal(copies)) exemplaren"
        if copies >= model.parties.count, copies > 1 {
            sentence += ", waarvan elke partij erkent er één te hebben ontvangen"
        }
        return sentence + "."
    }

    /// Where all parties sign unless they name their own place: the
    /// input's, or in Flanders the profile's own stad or gemeente.
    package static func place(_ model: Overeenkomst.Model, profile: Profile) -> String? {
        model.signing.place ?? (profile.country == .be ? ownPlace(model, profile: profile) : nil)
    }

    /// The profile's gemeente, when it is the place of one of the parties:
    /// "Stad Mechelen" or "Gemeente Mechelen" for gemeente Mechelen. A
    /// profile of another organisation names no place.
    private static func ownPlace(_ model: Overeenkomst.Model, profile: Profile) -> String? {
        guard let gemeente = profile.gemeente else { return nil }
        let own = model.parties.contains { party in
            let name = party.name.value
            let bare = ["stad ", "gemeente "].first(where: name.lowercased().hasPrefix).map { String(name.dropFirst($0.count)) }
            return bare.map { PersonName.same($0, gemeente) } ?? false
        }
        return own ? gemeente : nil
    }
}
