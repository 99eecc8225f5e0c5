/// The character rules of XML 1.0 (section 2.2, production [2] Char).
public enum XMLText {
    /// Whether XML 1.0 allows this scalar anywhere in a document.
    /// Swift strings cannot hold surrogates, so only the C0 controls other
    /// than tab, line feed and carriage return, and U+FFFE/U+FFFF remain.
    @inline(__always)
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x9 || value == 0xA || value == 0xD }
        return value != 0xFFFE && value != 0xFFFF
    }

    /// The first scalar XML 1.0 forbids, with its offset in scalars.
    public static func firstForbidden(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        guard mayContainForbidden(text) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isAllowed(scalar) {
            return (offset, scalar)
        }
        return nil
    }

    /// The text without the scalars XML 1.0 forbids.
    public static func removingForbiddenCharacters(_ text: String) -> String {
        guard mayContainForbidden(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            result.append(scalar)
        }
        return String(result)
    }

    /// A fast byte scan: a control byte, or the lead byte 0xEF that starts
    /// U+FFFE and U+FFFF in UTF-8, means the slow path must look closer.
    @inline(__always)
    private static func mayContainForbidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == 0xEF {
                if byte == 0x9 || byte == 0xA || byte == 0xD { continue }
                return true
            }
            return false
        }
    }
}
