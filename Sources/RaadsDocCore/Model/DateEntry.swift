/// A date as the input gives it: a real date, or "in te vullen", which a
/// concept (`status: concept`) may write for the dates that are not known
/// yet, such as the date of the letter or of a council decision. The
/// checks accept the placeholder only in a concept; the page shows it in
/// brackets, as drafters mark a blank, so that nobody mistakes it for text
/// of the document.
public enum DateEntry: Sendable, Hashable {
    case date(Datum)
    case toBeFilledIn

    /// What the author writes.
    public static let placeholder = "in te vullen"

    /// The date, when it is known.
    public var known: Datum? {
        if case .date(let date) = self { return date }
        return nil
    }

    /// "13 juli 2021", or "[in te vullen]".
    public var dutch: String {
        known?.dutch ?? "[\(DateEntry.placeholder)]"
    }
}

extension Located where Value == DateEntry {
    /// The date at its position, when it is known; checks that compare
    /// dates pass over a date that is still to be filled in.
    public var known: Located<Datum>? {
        value.known.map { Located<Datum>($0, at: position) }
    }
}
