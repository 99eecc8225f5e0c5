/// One unit the tokenizer found, with where it sits in the input.
public struct Token: Sendable, Equatable, Hashable {
    public enum Kind: Sendable, Equatable, Hashable {
        /// Letters, possibly joined by hyphens or apostrophes and mixed
        /// with digits: "gemeente", "zo'n", "Noord-Holland", "CO2-uitstoot".
        case word
        /// Single letters each followed by a full stop: "d.d.", "t.a.v.".
        /// The final stop belongs to the token.
        case abbreviation
        /// Digits with separators: "2021", "1.000,50", "1/1/2023", "2023-2026".
        case number
        case url
        case email
        /// A span between backticks, backticks included: code, not prose.
        case code
    }

    public let text: String
    /// UTF-8 byte offsets into the tokenized string.
    public let range: Range<Int>
    public let kind: Kind

    public init(text: String, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
    }

    /// Whether the token is prose made of letters: what readability counts
    /// as a word.
    public var isWord: Bool { kind == .word || kind == .abbreviation }
}
