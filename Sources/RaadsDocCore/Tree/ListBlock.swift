/// An ordered or unordered list. The writer makes it a list of the word
/// processor, numbered by `marker`, so that adding an item renumbers the
/// rest, and stores each label as computed here (the numbers
/// cross-references cite). Items with labels of their own that the marker
/// cannot produce keep them as typed text.
public struct ListBlock: Sendable, Equatable {
    public var marker: ListMarker
    public var items: [ListItem]
    /// The paragraph style of every item, e.g. "Lid"; by default "Lijst N"
    /// for the nesting depth N.
    public var itemStyle: ParagraphStyle?
    /// A tight list, as Markdown calls one whose items no blank line
    /// separates: its items follow each other without the space between
    /// paragraphs; the list as a whole keeps it.
    public var isTight: Bool

    public init(_ marker: ListMarker, items: [ListItem], itemStyle: ParagraphStyle? = nil, isTight: Bool = false) {
        self.marker = marker
        self.items = items
        self.itemStyle = itemStyle
        self.isTight = isTight
    }

    /// The label of the item at `index` (0-based).
    public func label(at index: Int) -> String {
        items[index].label ?? marker.label(for: index + 1)
    }

    /// Whether every label is the one `marker` gives, so that the word
    /// processor's numbering shows the same labels.
    public var labelsFollowMarker: Bool {
        items.indices.allSatisfy { index in
            items[index].label.map { $0 == marker.label(for: index + 1) } ?? true
        }
    }
}

public struct ListItem: Sendable, Equatable {
    public var blocks: [Block]
    /// A label that replaces the generated one.
    public var label: String?
    /// The name a cross-reference points at, e.g. "art-4-lid-3".
    public var bookmark: String?
    /// In a redline: the item inserted or deleted as a whole.
    public var change: TrackedChange?

    public init(_ blocks: [Block], label: String? = nil, bookmark: String? = nil, change: TrackedChange? = nil) {
        self.blocks = blocks
        self.label = label
        self.bookmark = bookmark
        self.change = change
    }
}

public enum ListMarker: Sendable, Equatable {
    case bullet(String)
    case numbered(NumberFormat, start: Int)

    public static let dash = ListMarker.bullet("–")
    public static let decimal = ListMarker.numbered(NumberFormat(.arabic, suffix: "."), start: 1)

    public func label(for ordinal: Int) -> String {
        switch self {
        case .bullet(let symbol): symbol
        case .numbered(let format, let start): format.label(start + ordinal - 1)
        }
    }
}

/// How a number is written in a label or a citation: "3.", "c)", "iv.", "2°".
public struct NumberFormat: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case arabic, lowerLetter, upperLetter, lowerRoman, upperRoman
    }

    public var style: Style
    public var prefix: String
    public var suffix: String

    public init(_ style: Style, prefix: String = "", suffix: String = "") {
        self.style = style
        self.prefix = prefix
        self.suffix = suffix
    }

    public func label(_ number: Int) -> String {
        prefix + Self.numeral(number, style) + suffix
    }

    public static func numeral(_ number: Int, _ style: Style) -> String {
        switch style {
        case .arabic: String(number)
        case .lowerLetter: letters(number)
        case .upperLetter: letters(number).uppercased()
        case .lowerRoman: roman(number)
        case .upperRoman: roman(number).uppercased()
        }
    }

    /// a … z, then aa, ab, … as legal drafting does past the 26th onderdeel.
    private static func letters(_ number: Int) -> String {
        guard number > 0 else { return String(number) }
        var remaining = number
        var result = ""
        while remaining > 0 {
            remaining -= 1
            let scalar = Unicode.Scalar(UInt8(ascii: "a") + UInt8(remaining % 26))
            result = String(Character(scalar)) + result
            remaining /= 26
        }
        return result
    }

    private static func roman(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return String(number) }
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var remaining = number
        var result = ""
        for (value, numeral) in table {
            while remaining >= value {
                result += numeral
                remaining -= value
            }
        }
        return result
    }
}
