/// Splits Dutch text into sentences.
///
/// A full stop, question mark or exclamation mark followed by a space ends
/// a sentence, except: when the next word starts with a lowercase letter;
/// after an abbreviation that never ends one ("d.d. 1 augustus", "o.a.",
/// "art."); after an abbreviation that may end one ("enz.", "jl.") unless
/// a capital follows; after a single capital (the initial in "J. de
/// Vries"). Numbers such as "1.2" are tokens and hold no stop. Besides,
/// a blank line ends a unit, and a line that starts a list item ("-", "•",
/// "1.", "a)", …) or a Markdown heading ("#") starts one; a heading also
/// ends at its line's end.
public enum SentenceSplitter {
    public static func sentences(in text: String) -> [Sentence] {
        let scalars = ScalarText(text)
        let tokens = Tokenizer.tokens(in: text)
        var splitter = SplitState(text: scalars, tokens: tokens)
        return splitter.split()
    }
}

struct SplitState {
    let text: ScalarText
    let tokens: [Token]
    /// Scalar range of each token.
    let spans: [Range<Int>]
    /// For each scalar, the token covering it, if any.
    let owner: [Int?]
    /// Unit breaks before these scalar indices (list items, blank lines).
    let breaks: Set<Int>
    /// The end of each list marker ("1.", "-"), by its first scalar: the
    /// marker belongs to no sentence.
    let markers: [Int: Int]
    var sentences: [Sentence] = []
    var start: Int?
    var contentEnd = 0
    var nextToken = 0

    init(text: ScalarText, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
        let spans = tokens.map { text.index(ofByte: $0.range.lowerBound)..<text.index(ofByte: $0.range.upperBound) }
        var owner = [Int?](repeating: nil, count: text.count)
        for (index, span) in spans.enumerated() {
            for scalar in span { owner[scalar] = index }
        }
        self.spans = spans
        self.owner = owner
        (self.breaks, self.markers) = SplitState.lineLayout(text)
    }

    mutating func split() -> [Sentence] {
        var index = 0
        while index < text.count {
            if breaks.contains(index) { close(at: contentEnd) }
            let scalar = text.scalars[index]
            if scalar.isSpace {
                index += 1
                continue
            }
            if let markerEnd = markers[index] {
                index = markerEnd
                continue
            }
            if start == nil { start = index }
            if let tokenIndex = owner[index] {
                let span = spans[tokenIndex]
                contentEnd = span.upperBound
                index = span.upperBound
                if tokens[tokenIndex].kind == .abbreviation, abbreviationEnds(tokenIndex, at: span.upperBound) {
                    close(at: extendClosers(from: span.upperBound))
                }
                continue
            }
            contentEnd = index + 1
            if ".!?…".unicodeScalars.contains(scalar) {
                var end = index + 1
                while let next = text[end], ".!?…".unicodeScalars.contains(next) { end += 1 }
                end = extendClosers(from: end)
                if isSentenceEnd(stop: index, end: end) {
                    close(at: end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(at: contentEnd)
        return sentences
    }

    private mutating func close(at end: Int) {
        guard let begin = start, end > begin else {
            start = nil
            return
        }
        let range = text.byteRange(begin..<end)
        var included: [Token] = []
        while nextToken < tokens.count, tokens[nextToken].range.lowerBound < range.upperBound {
            if tokens[nextToken].range.lowerBound >= range.lowerBound { included.append(tokens[nextToken]) }
            nextToken += 1
        }
        if !included.isEmpty { sentences.append(Sentence(range: range, tokens: included)) }
        start = nil
        contentEnd = end
    }

    /// Closing quotes and brackets that belong to the sentence they follow.
    private func extendClosers(from index: Int) -> Int {
        var end = index
        while let next = text[end], "’”\"')]»".unicodeScalars.contains(next) { end += 1 }
        return end
    }

    /// The first scalar that is not a space after `index`.
    private func firstContent(after index: Int) -> Int? {
        var position = index
        while let scalar = text[position] {
            if !scalar.isSpace { return position }
            position += 1
        }
        return nil
    }

    /// Whether the next word (past opening quotes and brackets) starts with
    /// a lowercase letter, which a new sentence never does.
    private func nextStartsLowercase(after index: Int) -> Bool {
        guard var position = firstContent(after: index) else { return false }
        while let scalar = text[position], "‘“\"'(«[".unicodeScalars.contains(scalar) { position += 1 }
        return text[position]?.isLowercaseLetter == true
    }

    private func nextStartsUppercase(after index: Int) -> Bool {
        guard var position = firstContent(after: index) else { return true }
        while let scalar = text[position], "‘“\"'(«[".unicodeScalars.contains(scalar) { position += 1 }
        guard let scalar = text[position] else { return true }
        return scalar.isUppercaseLetter || scalar.isDigit || breaks.contains(position)
    }

    private func isSentenceEnd(stop: Int, end: Int) -> Bool {
        if let next = text[end], !next.isSpace { return false }
        guard firstContent(after: end) != nil else { return true }
        if nextStartsLowercase(after: end) { return false }
        guard text.scalars[stop] == "." else { return true }
        guard stop > 0, let tokenIndex = owner[stop - 1], spans[tokenIndex].upperBound == stop else { return true }
        let word = tokens[tokenIndex]
        let key = word.text.lowercased()
        if Abbreviations.neverFinal.contains(key) { return false }
        if Abbreviations.mayBeFinal.contains(key) { return nextStartsUppercase(after: end) }
        // An initial: "J. de Vries".
        if word.kind == .word, word.text.unicodeScalars.count == 1, word.text.unicodeScalars.first?.isUppercaseLetter == true {
            return false
        }
        return true
    }

    /// Whether a dotted abbreviation ("z.s.m.") also ends the sentence.
    private func abbreviationEnds(_ tokenIndex: Int, at end: Int) -> Bool {
        if let next = text[end], !next.isSpace { return false }
        guard firstContent(after: end) != nil else { return true }
        let key = String(tokens[tokenIndex].text.lowercased().dropLast())
        if Abbreviations.neverFinal.contains(key) { return false }
        // Initials ("J.P. Balkenende") and unknown dotted forms go on.
        if !Abbreviations.mayBeFinal.contains(key) { return false }
        return !nextStartsLowercase(after: end) && nextStartsUppercase(after: end)
    }

    /// Scalar indices before which a new unit starts (the first character
    /// of a list item or heading line, and of the line after a heading or
    /// a blank line), and where each list marker ends.
    static func lineLayout(_ text: ScalarText) -> (breaks: Set<Int>, markers: [Int: Int]) {
        var breaks: Set<Int> = []
        var markers: [Int: Int] = [:]
        var lineStart = 0
        var previousWasHeading = false
        var previousWasBlank = false
        while lineStart <= text.count {
            var lineEnd = lineStart
            while let scalar = text[lineEnd], scalar != "\n" { lineEnd += 1 }
            var first = lineStart
            while first < lineEnd, text.scalars[first].isSpace { first += 1 }
            let blank = first == lineEnd
            if !blank {
                let markerEnd = listMarkerEnd(text, at: first, lineEnd: lineEnd)
                if let markerEnd { markers[first] = markerEnd }
                let heading = text.scalars[first] == "#"
                if markerEnd != nil || heading || previousWasHeading || previousWasBlank { breaks.insert(first) }
                previousWasHeading = heading
            }
            previousWasBlank = blank
            lineStart = lineEnd + 1
        }
        return (breaks, markers)
    }

    /// The end of "- ", "* ", "• ", "o ", "1. ", "12) ", "a. ", "b) " at a
    /// line start, or nil when the line starts no list item.
    static func listMarkerEnd(_ text: ScalarText, at index: Int, lineEnd: Int) -> Int? {
        func spaceAt(_ position: Int) -> Bool { position < lineEnd && text.scalars[position].isSpace }
        let first = text.scalars[index]
        if "-*•–·▪o".unicodeScalars.contains(first) { return spaceAt(index + 1) ? index + 1 : nil }
        var position = index
        while position < lineEnd, text.scalars[position].isDigit, position - index < 3 { position += 1 }
        if position == index, first.isLowercaseLetter, first.isASCII { position += 1 }
        guard position > index, position < lineEnd, ".)".unicodeScalars.contains(text.scalars[position]) else { return nil }
        return spaceAt(position + 1) ? position + 1 : nil
    }
}
