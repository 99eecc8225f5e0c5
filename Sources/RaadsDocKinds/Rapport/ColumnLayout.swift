import RaadsDocCore
import RaadsDocSchema

/// Column widths for wide tables, so that no word has to break in the
/// middle: LibreOffice has no Dutch hyphenation patterns here and would
/// split "Regelgeving" into "Regelgevin" and "g". Every column gets at least
/// the width of its widest word; what is left of the text width is shared
/// in proportion to the preferred weights.
package enum ColumnLayout {
    /// The text width of the built-in house style, in centimetres.
    package static let available = Double(PageGeometry().textWidth) / 1000
    /// Cell padding on both sides plus a margin for the estimate, in cm.
    package static let padding = 0.3

    /// The narrowest width, in cm, at which every word of `texts` fits on a
    /// line at `points`, plus `indent` (for list labels).
    package static func minimumWidth(_ texts: [String], points: Double, indent: Double = 0) -> Double {
        let widest = texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(emWidth).max() ?? 0
        return widest * points * 2.54 / 72 + padding + indent
    }

    /// Weights: `minimum[i]` at least, the rest of the width in proportion
    /// to `preferred[i]`. When the minimums alone exceed the width, they are
    /// the weights and the table is as good as it can be.
    package static func weights(minimum: [Double], preferred: [Double]) -> [Double] {
        guard minimum.reduce(0, +) < available, !preferred.isEmpty else { return minimum }
        func widths(_ scale: Double) -> [Double] {
            zip(minimum, preferred).map { max($0, $1 * scale) }
        }
        var low = 0.0, high = available / max(preferred.min() ?? 1, 0.01)
        for _ in 0..<50 {
            let middle = (low + high) / 2
            if widths(middle).reduce(0, +) > available { high = middle } else { low = middle }
        }
        return widths(low)
    }

    /// The advance width of a word in Liberation Sans Bold, in em, from
    /// classes of characters (narrow, wide, capitals, the rest); bold is
    /// assumed throughout so that the estimate errs on the wide side.
    package static func emWidth(_ word: Substring) -> Double {
        word.reduce(0) { total, character in
            let width: Double = switch character {
            case "i", "j", "l", "I", "'", "’", ".", ",", ":", ";", "!", "|": 0.28
            case "f", "t", "r", "-", "(", ")", "/", " ": 0.36
            case "m", "w", "M", "W", "%", "@": 0.92
            case "&": 0.72
            default: character.isUppercase ? 0.74 : 0.62
            }
            return total + width
        }
    }
}
