import SpellSupport

/// A word of local government that the Dutch dictionary does not know,
/// optionally with a dictionary word whose endings it shares
/// ("warmtetransitie/transitie" also accepts "warmtetransities").
public struct DomainWord: Sendable, Equatable {
    public let word: String
    public let example: String?

    public init(word: String, example: String? = nil) {
        self.word = word
        self.example = example
    }
}

/// The domain word list shipped with the library
/// (Resources/woorden-domein.txt: one word a line, `woord/voorbeeld`
/// to borrow the endings of a dictionary word).
public enum DomainWords {
    public static func shipped() throws(TaalError) -> [DomainWord] {
        try ResourceFile.lines("woorden-domein").map { line in
            let sides = line.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return DomainWord(word: sides[0], example: sides.count == 2 && !sides[1].isEmpty ? sides[1] : nil)
        }
    }

    /// Teaches `dictionary` the words; returns those it refused.
    @discardableResult
    public static func add(_ words: [DomainWord], to dictionary: SpellDictionary) -> [DomainWord] {
        words.filter { !dictionary.add($0.word, like: $0.example) }
    }
}
