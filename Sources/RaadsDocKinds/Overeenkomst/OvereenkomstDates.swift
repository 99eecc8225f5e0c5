import RaadsDocCore
import RaadsDocSchema

/// The dates of an agreement: the ones given, the einddatum that follows
/// from a looptijd, and evaluation moments given relative to other dates
/// ("11 maanden na inwerkingtreding"), computed so that rules can check
/// them and texts can cite them with [[datum:…]].
package struct OvereenkomstDates {
    /// A problem in a looptijd or evaluation text, at a word inside it.
    package struct Problem {
        package let text: SourceText
        package let index: String.Index
        package let message: String
    }

    /// A computed evaluation moment.
    package struct Moment {
        package let evaluation: Overeenkomst.Evaluation
        package let date: Datum
        /// How it was computed, for messages: "11 maanden na inwerkingtreding".
        package let derivation: String?
    }

    private(set) var named: [String: Datum] = [:]
    private(set) var endDate: Datum?
    private(set) var moments: [Moment] = []
    private(set) var problems: [Problem] = []
    /// Whether a concept leaves the versiedatum "in te vullen".
    private var versionDateToBeFilledIn = false

    package static let anchors = ["versiedatum", "inwerkingtreding", "einddatum"]

    package init(_ model: Overeenkomst.Model) {
        if let date = model.versionDate?.value.known { named["versiedatum"] = date }
        versionDateToBeFilledIn = model.versionDate?.value == .toBeFilledIn
        if let date = model.entryIntoForce?.value { named["inwerkingtreding"] = date }
        endDate = model.endDate?.value
        if let term = model.term, model.endDate == nil {
            endDate = computeEnd(term, start: model.entryIntoForce?.value)
        }
        if let endDate { named["einddatum"] = endDate }
        for (index, evaluation) in model.evaluations.enumerated() {
            guard let moment = computeMoment(evaluation) else { continue }
            moments.append(moment)
            named[evaluation.id?.value ?? (model.evaluations.count == 1 ? "evaluatie" : "evaluatie-\(index + 1)")] = moment.date
        }
    }

    /// The dates a text may cite with [[datum:…]]: the named ones, and a
    /// versiedatum that a concept leaves to be filled in.
    package var citable: [String: DateEntry] {
        var dates = named.mapValues(DateEntry.date)
        if versionDateToBeFilledIn { dates["versiedatum"] = .toBeFilledIn }
        return dates
    }

    private mutating func computeEnd(_ term: SourceText, start: Datum?) -> Datum? {
        let words = Self.words(term.text)
        guard let duration = parseSpan(words[...], in: term) else { return nil }
        if let extra = words.dropFirst(2).first {
            problems.append(Problem(text: term, index: extra.lowerBound, message: "na de looptijd hoort niets meer te staan; schrijf bijvoorbeeld '2 jaar'"))
            return nil
        }
        guard let start else {
            problems.append(Problem(text: term, index: words.first?.lowerBound ?? term.text.startIndex,
                                    message: "een looptijd telt vanaf de inwerkingtreding; vul 'inwerkingtreding' in of geef een 'einddatum'"))
            return nil
        }
        guard let end = duration.added(to: start, forward: true) else {
            problems.append(Problem(text: term, index: term.text.startIndex, message: Self.outsideCalendar))
            return nil
        }
        return end
    }

    private static let outsideCalendar = "deze termijn valt buiten de jaren 1 tot en met 9999"

    /// "2022-12-01", or "[uiterlijk] <aantal> <eenheid> na|voor [de datum van] <anker>".
    private mutating func computeMoment(_ evaluation: Overeenkomst.Evaluation) -> Moment? {
        let text = evaluation.moment
        var words = Self.words(text.text)[...]
        if let first = words.first, text.text[first].lowercased() == "uiterlijk" { words = words.dropFirst() }
        guard let first = words.first else {
            problems.append(Problem(text: text, index: text.text.startIndex, message: "geef een datum of een termijn, zoals '11 maanden na inwerkingtreding'"))
            return nil
        }
        if Datum.hasISOShape(String(text.text[first])) {
            guard let date = Datum(iso: String(text.text[first])) else {
                problems.append(Problem(text: text, index: first.lowerBound, message: "de datum \(text.text[first]) bestaat niet"))
                return nil
            }
            return words.count == 1 ? Moment(evaluation: evaluation, date: date, derivation: nil) : extraWords(words.dropFirst(), in: text)
        }
        guard let duration = parseSpan(words, in: text) else { return nil }
        words = words.dropFirst(2)
        guard let direction = words.first, ["na", "voor", "vóór"].contains(text.text[direction].lowercased()) else {
            problems.append(Problem(text: text, index: words.first?.lowerBound ?? text.text.endIndex,
                                    message: "verwacht 'na' of 'voor' na de termijn, zoals '11 maanden na inwerkingtreding'"))
            return nil
        }
        words = words.dropFirst().drop { ["de", "datum", "van"].contains(text.text[$0].lowercased()) }
        guard let anchor = words.first else {
            problems.append(Problem(text: text, index: text.text.endIndex,
                                    message: "noem waarna of waarvoor: \(knownAnchors.joined(separator: ", "))"))
            return nil
        }
        let anchorName = text.text[anchor].lowercased()
        guard let base = named[anchorName] else {
            let message = Self.anchors.contains(anchorName)
                ? "er is geen \(anchorName) om vanaf te rekenen; vul die in of geef een datum"
                : "'\(text.text[anchor])' is geen bekende datum"
                    + OvereenkomstOutline.suggestion(anchorName, among: knownAnchors).orFullStop
                    + " Kies uit: \(knownAnchors.joined(separator: ", "))."
            problems.append(Problem(text: text, index: anchor.lowerBound, message: message))
            return nil
        }
        guard words.count == 1 else { return extraWords(words.dropFirst(), in: text) }
        let forward = text.text[direction].lowercased() == "na"
        guard let date = duration.added(to: base, forward: forward) else {
            problems.append(Problem(text: text, index: first.lowerBound, message: Self.outsideCalendar))
            return nil
        }
        let derivation = "\(duration.description) \(forward ? "na" : "voor") \(anchorName) op \(base.dutch)"
        return Moment(evaluation: evaluation, date: date, derivation: derivation)
    }

    private var knownAnchors: [String] {
        Self.anchors + named.keys.filter { !Self.anchors.contains($0) }.sorted()
    }

    private mutating func extraWords(_ words: ArraySlice<Range<String.Index>>, in text: SourceText) -> Moment? {
        if let extra = words.first {
            problems.append(Problem(text: text, index: extra.lowerBound, message: "'\(text.text[extra])' hoort hier niet; schrijf een datum of bijvoorbeeld '11 maanden na inwerkingtreding'"))
        }
        return nil
    }

    /// "<aantal> <eenheid>" at the start of `words`.
    private mutating func parseSpan(_ words: ArraySlice<Range<String.Index>>, in text: SourceText) -> CalendarSpan? {
        guard let countWord = words.first, let count = DutchNumerals.parse(text.text[countWord]) else {
            problems.append(Problem(text: text, index: words.first?.lowerBound ?? text.text.startIndex,
                                    message: "verwacht een aantal, zoals '11 maanden' of 'twee jaar'"))
            return nil
        }
        guard count <= CalendarSpan.maximumCount else {
            problems.append(Problem(text: text, index: countWord.lowerBound,
                                    message: "\(count) is geen aannemelijke termijn; raadsdoc rekent met ten hoogste \(CalendarSpan.maximumCount)"))
            return nil
        }
        guard let unitWord = words.dropFirst().first, let unit = CalendarSpan.Unit(word: text.text[unitWord]) else {
            problems.append(Problem(text: text, index: words.dropFirst().first?.lowerBound ?? text.text.endIndex,
                                    message: "verwacht dagen, weken, maanden of jaar na het aantal"))
            return nil
        }
        return CalendarSpan(count: count, unit: unit)
    }

    /// The ranges of the words of a text, split at white space.
    package static func words(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard !text[index].isWhitespace else {
                index = text.index(after: index)
                continue
            }
            let end = text[index...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            ranges.append(index..<end)
            index = end
        }
        return ranges
    }
}

/// A span of calendar time: "11 maanden", "2 jaar".
package struct CalendarSpan: Sendable, CustomStringConvertible {
    package enum Unit: Sendable {
        case day, week, month, year

        package init?(word: Substring) {
            switch word.lowercased() {
            case "dag", "dagen": self = .day
            case "week", "weken": self = .week
            case "maand", "maanden": self = .month
            case "jaar", "jaren": self = .year
            default: return nil
            }
        }
    }

    /// Larger counts are typing errors, and would overflow date arithmetic.
    package static let maximumCount = 9999

    package let count: Int
    package let unit: Unit

    package func added(to date: Datum, forward: Bool) -> Datum? {
        let sign = forward ? 1 : -1
        switch unit {
        case .day: return date.adding(days: sign * count)
        case .week: return date.adding(days: sign * 7 * count)
        case .month: return date.adding(months: sign * count)
        case .year: return date.adding(months: sign * 12 * count)
        }
    }

    package var description: String {
        let one = count == 1
        switch unit {
        case .day: return "\(count) \(one ? "dag" : "dagen")"
        case .week: return "\(count) \(one ? "week" : "weken")"
        case .month: return "\(count) \(one ? "maand" : "maanden")"
        case .year: return "\(count) jaar"
        }
    }
}
