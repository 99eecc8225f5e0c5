import SpellSupport

/// A part of a document to measure on its own: a heading and its text.
public struct Section: Sendable, Equatable {
    public let title: String
    public let text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

/// Readability figures of one text. Words are tokens made of letters
/// (numbers, codes in backticks, URLs and e-mail addresses do not count);
/// sentences are the units `SentenceSplitter` finds that hold a word.
public struct ReadabilityReport: Sendable, Equatable {
    public let wordCount: Int
    public let sentenceCount: Int
    public let syllableCount: Int
    /// Sentences of more than `Readability.longSentenceLimit` words.
    public let longSentences: [Sentence]
    /// Words of `Readability.longWordSyllables` syllables or more, or of
    /// more than `Readability.longWordLetters` letters.
    public let longWords: [Token]
    public let passives: [PassiveConstruction]

    /// Words per sentence; 0 without sentences.
    public var averageSentenceLength: Double {
        sentenceCount == 0 ? 0 : Double(wordCount) / Double(sentenceCount)
    }

    public var averageSyllablesPerWord: Double {
        wordCount == 0 ? 0 : Double(syllableCount) / Double(wordCount)
    }

    /// Flesch-Douma, the Dutch Flesch reading ease: 206.835 − 0.93 ×
    /// words per sentence − 77 × syllables per word. Higher is easier;
    /// 60–70 suits a general audience. 0 for a text without words.
    public var fleschDouma: Double {
        wordCount == 0 ? 0 : 206.835 - 0.93 * averageSentenceLength - 77 * averageSyllablesPerWord
    }
}

/// The readability of each section, and of them together.
public struct SectionsReport: Sendable, Equatable {
    public let sections: [(title: String, report: ReadabilityReport)]
    /// The sections counted as one text.
    public let total: ReadabilityReport

    public static func == (left: SectionsReport, right: SectionsReport) -> Bool {
        left.total == right.total && left.sections.map(\.title) == right.sections.map(\.title)
            && left.sections.map(\.report) == right.sections.map(\.report)
    }
}

/// Measures texts: counts, Flesch-Douma, long sentences and words, passives.
public struct Readability: Sendable {
    /// Sentences longer than this many words are flagged (Dutch plain
    /// language guides put the limit at 20–25).
    public static let longSentenceLimit = 25
    /// A word is long from this many syllables on. Four would flag every
    /// everyday compound ("ge-meen-te-raad"); five flags "ver-ant-woor-de-lijk".
    public static let longWordSyllables = 5
    /// …or when it has more letters than this, whatever its syllables.
    public static let longWordLetters = 15

    let syllables: Syllables
    private let passiveDetector: PassiveDetector

    public init(hyphenation: HyphenationDictionary, dictionary: SpellDictionary) {
        self.syllables = Syllables(hyphenation: hyphenation)
        self.passiveDetector = PassiveDetector(dictionary: dictionary)
    }

    /// Opens Debian's Dutch hyphenation patterns and dictionary.
    public static func dutch() throws(TaalError) -> Readability {
        do {
            return Readability(hyphenation: try HyphenationDictionary.dutch(), dictionary: try SpellDictionary.dutch())
        } catch {
            throw TaalError(error.description)
        }
    }

    public func report(for text: String) -> ReadabilityReport {
        let bytes = Array(text.utf8)
        var words = 0
        var sentences = 0
        var syllableTotal = 0
        var longSentences: [Sentence] = []
        var longWords: [Token] = []
        var passives: [PassiveConstruction] = []
        var cache: [String: Int] = [:]
        for sentence in SentenceSplitter.sentences(in: text) {
            let sentenceWords = sentence.words
            guard !sentenceWords.isEmpty else { continue }
            sentences += 1
            words += sentenceWords.count
            if sentenceWords.count > Readability.longSentenceLimit { longSentences.append(sentence) }
            for word in sentenceWords {
                let count: Int
                if let known = cache[word.text] {
                    count = known
                } else {
                    count = syllables.count(word.text)
                    cache[word.text] = count
                }
                syllableTotal += count
                if word.kind == .word, count >= Readability.longWordSyllables || Readability.letterCount(word.text) > Readability.longWordLetters {
                    longWords.append(word)
                }
            }
            passives += passiveDetector.passives(in: sentence, text: bytes)
        }
        return ReadabilityReport(
            wordCount: words, sentenceCount: sentences, syllableCount: syllableTotal,
            longSentences: longSentences, longWords: longWords, passives: passives)
    }

    /// Each section on its own, and all of them as one text. Ranges in a
    /// section's report point into that section's text.
    public func report(for sections: [Section]) -> SectionsReport {
        let reports = sections.map { (title: $0.title, report: report(for: $0.text)) }
        let all = reports.map(\.report)
        let total = ReadabilityReport(
            wordCount: all.reduce(0) { $0 + $1.wordCount },
            sentenceCount: all.reduce(0) { $0 + $1.sentenceCount },
            syllableCount: all.reduce(0) { $0 + $1.syllableCount },
            longSentences: all.flatMap(\.longSentences),
            longWords: all.flatMap(\.longWords),
            passives: all.flatMap(\.passives))
        return SectionsReport(sections: reports, total: total)
    }

    /// The findings of a report on `text`: long sentences, long words and
    /// passives, with Dutch messages.
    public func findings(in text: String) -> [Finding] {
        findings(from: report(for: text), in: text)
    }

    /// The findings of `report`, made from `text`, without measuring again.
    public func findings(from report: ReadabilityReport, in text: String) -> [Finding] {
        let bytes = Array(text.utf8)
        func slice(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var findings: [Finding] = []
        for sentence in report.longSentences {
            findings.append(Finding(
                kind: .longSentence, range: sentence.range, text: slice(sentence.range),
                message: "lange zin: \(sentence.words.count) woorden (meer dan \(Readability.longSentenceLimit)); splits de zin"))
        }
        for word in report.longWords {
            findings.append(Finding(
                kind: .longWord, range: word.range, text: word.text,
                message: "lang woord: ‘\(word.text)’ (\(syllables.count(word.text)) lettergrepen, \(Readability.letterCount(word.text)) letters)"))
        }
        for passive in report.passives {
            let adjacent = slice(passive.range).split(whereSeparator: \.isWhitespace).count == 2
            let shown = adjacent ? slice(passive.range) : "\(passive.auxiliary.text) … \(passive.participle.text)"
            findings.append(Finding(
                kind: .passive, range: passive.range, text: slice(passive.range),
                message: "lijdende vorm: ‘\(shown)’; schrijf liever wie wat doet"))
        }
        return findings.sortedByPosition()
    }

    static func letterCount(_ word: String) -> Int {
        word.unicodeScalars.filter(\.isLetterLike).count
    }
}
