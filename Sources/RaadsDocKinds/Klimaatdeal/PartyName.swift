import RaadsDocCore
import RaadsDocSchema

/// Comparing the names of parties (organisations, groups of residents) as
/// written in different places. Two names are the same party when they are
/// equal up to case, spaces and full stops, the way `PersonName` compares
/// people: "Sportvereniging X" and "sportvereniging X " are one party.
public enum PartyName {
    public static func same(_ a: String, _ b: String) -> Bool {
        PersonName.same(a, b)
    }

    /// The form under which names of the same party collide.
    package static func key(_ name: String) -> String {
        PersonName.normalized(name)
    }
}
