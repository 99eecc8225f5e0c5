/// Characters that change how a text reads, sorts or is found without
/// showing: the bidi embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), the zero-width characters (U+200B–U+200D, U+2060, and
/// U+FEFF inside a text) and the noncharacters U+FFFE and U+FFFF. In a name
/// or subject they make "Jansen" differ from "Jansen" or show it reversed.
public enum InvisibleText {
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// The first invisible character in `text`, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isInvisible)
    }

    /// Whether `text` holds nothing but white space and invisible
    /// characters, so that it counts as empty.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || isInvisible($0) }
    }

    /// "U+202E (leesrichting omkeren)": the code and what it does, in Dutch.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: return "\(code) (stuurt de leesrichting)"
        case 0xFFFE, 0xFFFF: return "\(code) (geen teken)"
        default: return "\(code) (teken zonder breedte)"
        }
    }
}
