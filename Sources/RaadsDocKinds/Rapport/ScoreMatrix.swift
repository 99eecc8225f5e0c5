import RaadsDocCore
import RaadsDocSchema

/// A score matrix such as the maturity matrix of seed 004: rows (cities),
/// columns (themes), and per cell a score from 1 to 5 in steps of 0,25, a
/// short label, or "onbekend".
///
/// How cells are coloured (documented in the legend note and the spec):
/// - a whole score takes its legend colour: 1 rood, 2 oranje, 3 geel,
///   4 lichtgroen, 5 donkergroen;
/// - a score in between (2,25, 2,5, 2,75) takes the colour that lies that
///   far between its two neighbours, mixed per sRGB channel;
/// - a label "tussen <kleur> en <kleur>" naming two neighbouring legend
///   colours is read as the score halfway between them (so "tussen geel en
///   groen" is 3,5; "groen" or "licht" stand for the green next to the
///   other colour) and coloured as such;
/// - "onbekend" and any other label stay neutral grey.
public struct ScoreMatrix: Sendable {
    public var rowHeading: String
    public var columns: [Column]
    public var rows: [Row]
    public var legend: [LegendEntry]
    /// Whether the note on how in-between scores are coloured stands under
    /// the legend ('uitleg-kleuren: ja').
    public var explainsColours: Bool
    public var position: SourcePosition

    public struct Column: Sendable {
        public var name: Located<String>
        /// Other names the report uses for the theme, such as "Financiële
        /// middelen" for "Middelen".
        public var aliases: [String]
    }

    public struct Row: Sendable {
        public var name: Located<String>
        /// The cells in written order, with the column they name.
        public var cells: [(column: Located<String>, cell: Located<ScoreCell>)]
        /// The whole row is explicitly unknown.
        public var unknown: Bool
        public var note: String?
        public var scoresPosition: SourcePosition
    }

    public struct LegendEntry: Sendable {
        public var score: Located<Int>
        public var name: String?
        public var description: RichText?
    }

    /// The cell of `row` in `column`, if the row names it.
    package func cell(of row: Row, in column: Column) -> ScoreCell? {
        row.cells.first { $0.column.value == column.name.value }?.cell.value
    }
}

/// The content of one cell of a score matrix.
public enum ScoreCell: Sendable, Equatable {
    case score(ExactDecimal)
    case label(String)
    case unknown
    /// A number that is no score on the 0,25 grid, or outside 1 to 5.
    case invalid(String, Problem)

    public enum Problem: Sendable, Equatable {
        case outOfRange, offGrid
    }

    /// Reads a cell: "onbekend", a number such as "2,75", or a label (any
    /// text with a letter in it).
    public static func parse(_ text: String) -> ScoreCell {
        let trimmed = String(text.trimmingSpaces)
        if trimmed.lowercased() == "onbekend" { return .unknown }
        if trimmed.contains(where: \.isLetter) { return .label(trimmed) }
        guard let value = ExactDecimal.parse(trimmed, decimals: 2) else { return .invalid(trimmed, .offGrid) }
        if value < ExactDecimal(units: 1, decimals: 0) || ExactDecimal(units: 5, decimals: 0) < value {
            return .invalid(trimmed, .outOfRange)
        }
        return value.units % 25 == 0 ? .score(value) : .invalid(trimmed, .offGrid)
    }

    /// The score the cell stands for: its number, or the score a "tussen
    /// … en …" label names.
    public var score: ExactDecimal? {
        switch self {
        case .score(let value): value
        case .label(let text): ScoreScale.score(between: text)
        case .unknown, .invalid: nil
        }
    }

    /// The cell's background colour; neutral grey when it has no score.
    public var colour: Color {
        score.map(ScoreScale.colour) ?? ScoreScale.neutral
    }

    /// The text in the cell: "2,5", the label, or "onbekend".
    public var text: String {
        switch self {
        case .score(let value): value.dutch
        case .label(let text), .invalid(let text, _): text
        case .unknown: "onbekend"
        }
    }
}

/// The legend's colours and names, and the colours in between.
public enum ScoreScale {
    /// The colour names of scores 1 to 5.
    public static let names = ["rood", "oranje", "geel", "lichtgroen", "donkergroen"]
    /// sRGB colours of scores 1 to 5, light enough for black text.
    package static let colours: [(Int, Int, Int)] = [
        (0xE0, 0x66, 0x66), (0xF6, 0xB2, 0x6B), (0xFF, 0xD9, 0x66), (0xB6, 0xD7, 0xA8), (0x6A, 0xA8, 0x4F),
    ]
    public static let neutral = Color("#e7e6e6")

    /// The colour of a score from 1 to 5; scores in between mix their two
    /// neighbours in proportion, per channel, in integer arithmetic.
    public static func colour(for score: ExactDecimal) -> Color {
        let hundredths = min(max(score.units * 100 / max(scale(score.decimals), 1), 100), 500)
        let lower = hundredths / 100 - 1
        let fraction = hundredths % 100
        let from = colours[lower]
        let to = colours[min(lower + 1, colours.count - 1)]
        func mix(_ a: Int, _ b: Int) -> Int { (a * (100 - fraction) + b * fraction + 50) / 100 }
        return Color(hex(mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2)))
    }

    /// The colour name of a whole score: "geel" for 3.
    public static func name(of score: Int) -> String? {
        names.indices.contains(score - 1) ? names[score - 1] : nil
    }

    /// The score halfway between the two neighbouring colours a label names,
    /// as in "Tussen geel en groen" (3,5); nil for other labels.
    public static func score(between label: String) -> ExactDecimal? {
        let words = label.lowercased().filter { $0.isLetter || $0 == " " }.split(separator: " ").map(String.init)
        guard words.count == 4, words[0] == "tussen", words[2] == "en" else { return nil }
        let first = matching(words[1]), second = matching(words[3])
        for a in first {
            for b in second where abs(a - b) == 1 {
                return ExactDecimal(units: min(a, b) * 100 + 50, decimals: 2)
            }
        }
        return nil
    }

    /// Whether a label means to name two colours ("tussen …"), so that a
    /// failure to read it deserves a warning.
    public static func namesColours(_ label: String) -> Bool {
        label.lowercased().hasPrefix("tussen ")
    }

    /// The scores whose colour name is `word` or starts or ends with it
    /// ("groen" matches lichtgroen and donkergroen, "licht" lichtgroen).
    private static func matching(_ word: String) -> [Int] {
        names.indices.filter { names[$0] == word || names[$0].hasPrefix(word) || names[$0].hasSuffix(word) }.map { $0 + 1 }
    }

    private static func scale(_ decimals: Int) -> Int {
        (0..<decimals).reduce(1) { result, _ in result * 10 }
    }

    private static func hex(_ red: Int, _ green: Int, _ blue: Int) -> String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { String([digits[($0 >> 4) & 15], digits[$0 & 15]]) }.joined()
    }
}
