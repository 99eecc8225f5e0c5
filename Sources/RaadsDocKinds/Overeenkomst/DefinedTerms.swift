import RaadsDocCore
import RaadsDocSchema

/// Finds where defined terms (begrippen) are used in a set of texts. Seed
/// 001 defines terms "met behoud van betekenis in meervoud", so a use may
/// be plural ("Raden" for "Raad", "Colleges" for "College"); case does not
/// matter, and a term inside a longer word ("gemeenteraad") does not count.
/// The texts are scanned once, and only the words a term can end in are
/// indexed, so that checking many terms against long texts stays cheap.
package struct DefinedTerms {
    private struct Term {
        let words: [String]
        let lastForms: Set<String>
    }

    private let terms: [String: Term]
    private let texts: [String]
    private let textsByWord: [String: [Int]]

    package init(_ texts: [String], terms: [String]) {
        var known: [String: Term] = [:]
        for term in terms where known[term] == nil {
            let words = Self.words(term)
            known[term] = Term(words: words, lastForms: words.last.map(Self.pluralForms) ?? [])
        }
        let wanted = known.values.reduce(into: Set<String>()) { $0.formUnion($1.lastForms) }
        // A word's length rules most words out before a string is made of it.
        let wantedLengths = wanted.reduce(UInt64(0)) { $0 | (1 << min($1.utf8.count, 63)) }
        var byWord: [String: [Int]] = [:]
        for (index, text) in texts.enumerated() {
            Self.forEachWord(in: text) { bytes, isASCII in
                guard !isASCII || wantedLengths & (1 << min(bytes.count, 63)) != 0 else { return }
                let word = Self.lowercased(bytes, isASCII: isASCII)
                if wanted.contains(word) && byWord[word]?.last != index { byWord[word, default: []].append(index) }
            }
        }
        self.terms = known
        self.texts = texts
        textsByWord = byWord
    }

    /// Whether `term` (one of the terms given at the start) stands, as
    /// whole words, singular or plural, in one of the texts other than the
    /// one at `excluded` (its own definition).
    package func isUsed(_ term: String, outside excluded: Int?) -> Bool {
        guard let found = terms[term], !found.words.isEmpty else { return false }
        var candidates = found.lastForms.reduce(into: Set<Int>()) { $0.formUnion(textsByWord[$1] ?? []) }
        if let excluded { candidates.remove(excluded) }
        guard found.words.count > 1 else { return !candidates.isEmpty }
        return candidates.contains { Self.contains(found.words, lastForms: found.lastForms, in: Self.words(texts[$0])) }
    }

    /// Whether the words of a term stand in a row in `words`, the last in
    /// one of `lastForms`.
    private static func contains(_ termWords: [String], lastForms: Set<String>, in words: [String]) -> Bool {
        guard words.count >= termWords.count else { return false }
        return (0...(words.count - termWords.count)).contains { start in
            let candidate = words[start..<start + termWords.count]
            return candidate.dropLast().elementsEqual(termWords.dropLast()) && candidate.last.map(lastForms.contains) == true
        }
    }

    /// The lowercased words of a text: runs of letters, digits and the
    /// marks that go with letters.
    package static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { bytes, isASCII in words.append(lowercased(bytes, isASCII: isASCII)) }
        return words
    }

    /// Calls `body` with the UTF-8 bytes of every word in `text`, and
    /// whether they are all ASCII. Works on the bytes: ASCII, nearly all of
    /// a Dutch text, is judged by its code alone; Unicode properties are
    /// only consulted for the other characters.
    private static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            var ascii = true
            func finish() {
                if index > start { body(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if isASCIIWordByte(byte) {
                        index += 1
                    } else {
                        finish()
                        index += 1
                        start = index
                        ascii = true
                    }
                    continue
                }
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                let end = min(index + length, bytes.count)
                var value = UInt32(byte & (0xFF >> (length + 1)))
                for offset in index + 1..<end { value = value << 6 | UInt32(bytes[offset] & 0x3F) }
                if let scalar = Unicode.Scalar(value), isWordScalar(scalar) {
                    ascii = false
                    index = end
                } else {
                    finish()
                    index = end
                    start = index
                    ascii = true
                }
            }
            finish()
        }
    }

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard isASCII else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // Latin-1 and Latin Extended letters (é, ë, ĳ), the non-ASCII
        // characters of nearly every Dutch text, without a property lookup.
        if scalar.value >= 0xC0 && scalar.value <= 0x24F { return scalar.value != 0xD7 && scalar.value != 0xF7 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber: return true
        default: return properties.isAlphabetic
        }
    }

    /// A word and the Dutch plurals it may take: -s, -es, -en, -n, a doubled
    /// consonant (overleg → overleggen), a shortened long vowel (raad →
    /// raden), f → v and s → z (brief → brieven), -heid → -heden.
    package static func pluralForms(_ word: String) -> Set<String> {
        var forms: Set<String> = [word, word + "s", word + "es", word + "en", word + "n"]
        let characters = Array(word)
        guard let last = characters.last else { return forms }
        forms.insert(word + String(last) + "en")
        if word.hasSuffix("heid") { forms.insert(String(word.dropLast(4)) + "heden") }
        let voiced: Character = last == "f" ? "v" : last == "s" ? "z" : last
        forms.insert(String(word.dropLast()) + String(voiced) + "en")
        if characters.count >= 3 {
            let vowel = characters[characters.count - 2]
            if "aeou".contains(vowel), characters[characters.count - 3] == vowel, !"aeiou".contains(last) {
                forms.insert(String(characters.dropLast(2)) + String(voiced) + "en")
            }
        }
        return forms
    }
}
