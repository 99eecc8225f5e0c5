/// One remark of the language check, as a plain value.
public struct Finding: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable {
        case spelling
        case longSentence
        case longWord
        case passive
        case jargon
    }

    public let kind: Kind
    /// UTF-8 byte offsets into the checked string.
    public let range: Range<Int>
    /// The text the remark is about, as it stands in the input.
    public let text: String
    /// The remark in Dutch, ready to show.
    public let message: String
    /// Replacements to offer: spelling corrections, or plainer words.
    public let suggestions: [String]

    public init(kind: Kind, range: Range<Int>, text: String, message: String, suggestions: [String] = []) {
        self.kind = kind
        self.range = range
        self.text = text
        self.message = message
        self.suggestions = suggestions
    }
}

extension Array where Element == Finding {
    /// In text order; at one offset, the longer remark first, then by kind.
    func sortedByPosition() -> [Finding] {
        let order = Finding.Kind.allCases
        return sorted { left, right in
            if left.range.lowerBound != right.range.lowerBound { return left.range.lowerBound < right.range.lowerBound }
            if left.range.upperBound != right.range.upperBound { return left.range.upperBound > right.range.upperBound }
            return (order.firstIndex(of: left.kind) ?? 0) < (order.firstIndex(of: right.kind) ?? 0)
        }
    }
}

/// "‘a’", "‘a’ of ‘b’", "‘a’, ‘b’ of ‘c’".
func quotedList(_ words: [String]) -> String {
    let quoted = words.map { "‘\($0)’" }
    guard let last = quoted.last else { return "" }
    if quoted.count == 1 { return last }
    return quoted.dropLast().joined(separator: ", ") + " of " + last
}
