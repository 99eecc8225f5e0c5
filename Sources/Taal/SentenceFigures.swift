/// One sentence with what makes it hard: its words and their syllables.
public struct SentenceFigures: Sendable, Equatable {
    public let sentence: Sentence
    public let syllableCount: Int

    public var wordCount: Int { sentence.words.count }

    /// Flesch-Douma of the sentence on its own; the lower, the harder.
    public var fleschDouma: Double {
        let words = Double(wordCount)
        return words == 0 ? 0 : 206.835 - 0.93 * words - 77 * Double(syllableCount) / words
    }
}

extension Readability {
    /// Every sentence of `text` that holds a word, with its figures, in
    /// text order; the sentences `report(for:)` counts.
    public func sentenceFigures(in text: String) -> [SentenceFigures] {
        var cache: [String: Int] = [:]
        return SentenceSplitter.sentences(in: text).compactMap { sentence in
            let words = sentence.words
            guard !words.isEmpty else { return nil }
            let total = words.reduce(0) { sum, word in
                if let known = cache[word.text] { return sum + known }
                let count = syllables.count(word.text)
                cache[word.text] = count
                return sum + count
            }
            return SentenceFigures(sentence: sentence, syllableCount: total)
        }
    }
}
