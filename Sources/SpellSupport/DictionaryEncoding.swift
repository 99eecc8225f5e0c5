import Foundation

/// Converts between Swift strings and the byte encoding a dictionary file
/// declares (hunspell's `SET` line, the first line of a hyphenation file).
/// Dutch dictionaries are UTF-8 (hunspell-nl) or ISO-8859-1 (hyphen-nl).
struct DictionaryEncoding: Sendable {
    let name: String
    let encoding: String.Encoding

    /// The encoding for a name as dictionaries write it ("UTF-8",
    /// "ISO8859-1", "microsoft-cp1252"); nil when we cannot convert it.
    init?(name: String) {
        let key = name.uppercased().filter { $0.isLetter || $0.isNumber }
        let known: [String: String.Encoding] = [
            "UTF8": .utf8,
            "ISO88591": .isoLatin1,
            "ISO88592": .isoLatin2,
            "MICROSOFTCP1250": .windowsCP1250, "CP1250": .windowsCP1250,
            "MICROSOFTCP1251": .windowsCP1251, "CP1251": .windowsCP1251,
            "MICROSOFTCP1252": .windowsCP1252, "CP1252": .windowsCP1252,
            "MICROSOFTCP1253": .windowsCP1253, "CP1253": .windowsCP1253,
            "MICROSOFTCP1254": .windowsCP1254, "CP1254": .windowsCP1254,
        ]
        guard let encoding = known[key] else { return nil }
        self.name = name
        self.encoding = encoding
    }

    var isUTF8: Bool { encoding == .utf8 }

    /// The word as NUL-terminated bytes in this encoding, or nil when the
    /// encoding cannot hold one of its characters (a "€" in Latin-1).
    func cString(_ word: String) -> [CChar]? {
        let composed = word.precomposedStringWithCanonicalMapping
        guard let data = composed.data(using: encoding, allowLossyConversion: false) else { return nil }
        return data.map { CChar(bitPattern: $0) } + [0]
    }

    /// A NUL-terminated string from the C library, read in this encoding.
    func string(_ pointer: UnsafePointer<CChar>) -> String? {
        let length = strlen(pointer)
        let data = Data(bytes: pointer, count: length)
        return String(data: data, encoding: encoding)
    }
}
