import Foundation
internal import CHyphen

/// A libhyphen pattern file: where a word may be broken, and so how many
/// syllables it has.
///
/// Thread safety: libhyphen only reads the loaded patterns, but it does not
/// promise so; every call takes the instance's lock. One instance may be
/// shared between threads, or each thread may open its own.
public final class HyphenationDictionary: @unchecked Sendable {
    /// Debian's hyphen-nl; hyph_nl_BE.dic links to the same file.
    public static let dutchPath = "/usr/share/hyphen/hyph_nl_NL.dic"

    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private let encoding: DictionaryEncoding
    private let lock = NSLock()

    public init(path: String) throws(SpellError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw SpellError("Het afbreekwoordenboek \(path) ontbreekt of is niet leesbaar")
        }
        guard let dictionary = hnj_hyphen_load(path) else {
            throw SpellError("libhyphen kon het afbreekwoordenboek \(path) niet lezen")
        }
        let name = dictionary.pointee.utf8 != 0
            ? "UTF-8"
            : withUnsafeBytes(of: dictionary.pointee.cset) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
        guard let encoding = DictionaryEncoding(name: name) else {
            hnj_hyphen_free(dictionary)
            throw SpellError("De tekenset \(name) van het afbreekwoordenboek \(path) wordt niet ondersteund")
        }
        self.dictionary = dictionary
        self.encoding = encoding
    }

    /// Opens the Dutch patterns of Debian's hyphen-nl package, or the file at `path`.
    public static func dutch(path: String = dutchPath) throws(SpellError) -> HyphenationDictionary {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw SpellError(
                "De Nederlandse afbreekpatronen (hyphen-nl) zijn niet geïnstalleerd: \(path) ontbreekt. "
                    + "Installeer het pakket hyphen-nl (apt-get install hyphen-nl).")
        }
        return try HyphenationDictionary(path: path)
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// The encoding named on the first line of the pattern file.
    public var encodingName: String { encoding.name }

    /// The word, lowercased and in composed form, cut at every point where
    /// the patterns allow a break: "gemeenteraad" gives ["ge", "meen",
    /// "te", "raad"]. A word the patterns cannot break comes back whole.
    /// Nil when the file's encoding cannot hold one of the word's
    /// characters (a "ĳ" or "€" in a Latin-1 file).
    public func parts(of word: String) -> [String]? {
        let normalized = word.lowercased().precomposedStringWithCanonicalMapping
        let scalars = Array(normalized.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        // The byte where each scalar ends, to read libhyphen's per-byte marks.
        var lastByte: [Int] = []
        var bytes: [CChar] = []
        for scalar in scalars {
            guard let encoded = encoding.cString(String(scalar)) else { return nil }
            bytes += encoded.dropLast()
            lastByte.append(bytes.count - 1)
        }
        let marks = hyphenMarks(bytes)
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            current.append(scalar)
            if index < scalars.count - 1 && marks[lastByte[index]] & 1 == 1 {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        result.append(String(current))
        return result
    }

    /// Breaks the patterns allow plus one, or nil as for `parts(of:)`.
    /// The Dutch patterns never leave one letter alone at either end, so
    /// "idee" and "avond" come back as one part: callers that need exact
    /// counts look inside the parts (Taal's `Syllables` does).
    public func syllableCount(of word: String) -> Int? {
        parts(of: word).map(\.count)
    }

    /// libhyphen's mark per byte: odd means a break is allowed after it.
    private func hyphenMarks(_ bytes: [CChar]) -> [CChar] {
        var marks = [CChar](repeating: 0, count: bytes.count + 5)
        lock.withLock {
            var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            var positions: UnsafeMutablePointer<Int32>?
            var cuts: UnsafeMutablePointer<Int32>?
            _ = hnj_hyphen_hyphenate2(
                dictionary, bytes, Int32(bytes.count), &marks, nil, &replacements, &positions, &cuts)
            if let replacements {
                for index in 0..<bytes.count { free(replacements[index]) }
                free(replacements)
            }
            free(positions)
            free(cuts)
        }
        return marks
    }
}
