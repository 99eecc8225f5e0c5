import RaadsDocCore
import RaadsDocSchema

/// A table with declared columns, such as the werkpakketten of seed 004:
/// each column has a key, a heading and a kind; each row gives a value per
/// key. The kind says what a value must be.
public struct DataTable: Sendable {
    public var columns: [Column]
    public var rows: [Row]

    public struct Column: Sendable {
        public var key: Located<String>
        public var heading: String
        public var kind: Kind
        public var minimum: Located<Int>?
        public var maximum: Located<Int>?
        public var weight: Double
    }

    public enum Kind: String, Sendable, CaseIterable {
        /// Text with Markdown.
        case tekst
        /// A list, written as Markdown items ("- Gent"); shown as bullets.
        case lijst
        /// A whole number, within `minimum` and `maximum` when given.
        case getal
        /// One or more themes of the report's score matrix, joined with
        /// "&" ("Strategie & Monitoring"); names and aliases both count.
        case thema
    }

    public struct Row: Sendable {
        public var cells: [(key: Located<String>, value: RichText)]
        public var position: SourcePosition

        public func value(_ key: String) -> RichText? {
            cells.first { $0.key.value == key }?.value
        }
    }
}

/// Matching the themes a table cell names against a matrix's columns.
package enum ThemeReference {
    /// The parts of `text` that are no column name or alias of the
    /// matrices: empty when the text names one theme, or several joined by
    /// "&".
    package static func unknownParts(of text: String, columns: [ScoreMatrix.Column]) -> [String] {
        let known = Set(columns.flatMap { [$0.name.value] + $0.aliases }.map(normalized))
        if known.contains(normalized(text)) { return [] }
        return text.split(separator: "&").map { String($0.trimmingSpaces) }.filter { !known.contains(normalized($0)) }
    }

    private static func normalized(_ text: String) -> String {
        String(text.trimmingSpaces).lowercased()
    }
}
