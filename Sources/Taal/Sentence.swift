/// A sentence, a heading or a list item: the unit readability counts in.
public struct Sentence: Sendable, Equatable {
    /// UTF-8 byte offsets into the split string, from the first character
    /// to the closing punctuation (quotes and brackets after it included).
    public let range: Range<Int>
    public let tokens: [Token]

    public init(range: Range<Int>, tokens: [Token]) {
        self.range = range
        self.tokens = tokens
    }

    /// The tokens made of letters, as readability counts words.
    public var words: [Token] { tokens.filter(\.isWord) }
}
