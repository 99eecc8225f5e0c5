/// The language figures of one document, as `raadsdoc taal` prints them
/// and index.json records them. Averages are kept in tenths, so that no
/// floating point reaches a file and the same text gives the same bytes.
public struct LanguageScores: Sendable, Equatable {
    /// The readability figures of one text.
    public struct Figures: Sendable, Equatable {
        public var words = 0
        public var sentences = 0
        public var syllables = 0
        public var longSentences = 0
        public var longWords = 0
        public var passives = 0

        public init() {}

        /// Words per sentence, in tenths.
        public var averageSentenceLengthTenths: Int {
            sentences == 0 ? 0 : Int((Double(words) / Double(sentences) * 10).rounded())
        }

        /// Flesch-Douma (206.835 − 0.93 × words per sentence − 77 ×
        /// syllables per word), in tenths; 0 without words.
        public var fleschDoumaTenths: Int {
            guard words > 0, sentences > 0 else { return 0 }
            let score = 206.835 - 0.93 * Double(words) / Double(sentences) - 77 * Double(syllables) / Double(words)
            return Int((score * 10).rounded())
        }

        public static func + (left: Figures, right: Figures) -> Figures {
            var sum = Figures()
            sum.words = left.words + right.words
            sum.sentences = left.sentences + right.sentences
            sum.syllables = left.syllables + right.syllables
            sum.longSentences = left.longSentences + right.longSentences
            sum.longWords = left.longWords + right.longWords
            sum.passives = left.passives + right.passives
            return sum
        }

        public var json: JSONValue {
            .object([
                ("woorden", .number(words)),
                ("zinnen", .number(sentences)),
                ("gemiddelde-zinslengte", .fixed(averageSentenceLengthTenths, decimals: 1)),
                ("flesch-douma", .fixed(fleschDoumaTenths, decimals: 1)),
                ("lange-zinnen", .number(longSentences)),
                ("lange-woorden", .number(longWords)),
                ("lijdende-vormen", .number(passives)),
            ])
        }
    }

    /// A part of the document with its own heading.
    public struct Section: Sendable, Equatable {
        public let title: String
        public let position: SourcePosition
        public var figures: Figures

        public init(title: String, position: SourcePosition, figures: Figures) {
            self.title = title
            self.position = position
            self.figures = figures
        }
    }

    /// A sentence among the hardest of the document.
    public struct HardSentence: Sendable, Equatable {
        public let text: String
        public let position: SourcePosition
        public let words: Int
        public let fleschDoumaTenths: Int

        public init(text: String, position: SourcePosition, words: Int, fleschDoumaTenths: Int) {
            self.text = text
            self.position = position
            self.words = words
            self.fleschDoumaTenths = fleschDoumaTenths
        }
    }

    public var total = Figures()
    public var sections: [Section] = []
    public var spellingWarnings = 0
    public var jargonWarnings = 0
    /// Whether the profile holds this soort to the B1 target.
    public var plainLanguageTarget = false
    /// The hardest sentences, hardest first (lowest Flesch-Douma of the
    /// sentence on its own, then the longest), at most `hardestLimit`.
    public var hardest: [HardSentence] = []

    public static let hardestLimit = 10
    /// Shorter sentences are not ranked: a salutation scores low on
    /// Flesch-Douma without being hard to read.
    public static let hardestMinimumWords = 8

    /// Tenths as Dutch writes them: 523 is "52,3".
    public static func dutch(_ tenths: Int) -> String {
        JSONValue.fixedText(tenths, decimals: 1, separator: ",")
    }

    public init() {}

    /// For index.json: the figures of the document and of each section.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if case .object(let figures) = total.json { members = figures }
        members += [
            ("spelling", .number(spellingWarnings)),
            ("jargon", .number(jargonWarnings)),
            ("b1-doel", .bool(plainLanguageTarget)),
            ("secties", .array(sections.map { section in
                var entry: [(String, JSONValue)] = [("titel", .string(section.title))]
                if case .object(let figures) = section.figures.json { entry += figures }
                return .object(entry)
            })),
        ]
        return .object(members)
    }
}

/// The B1 target: Flesch-Douma of 60 or more and at most 15 words per
/// sentence on average, the figures Dutch plain-language guides give for
/// texts most residents read with ease.
public enum PlainLanguageTarget {
    public static let minimumFleschDoumaTenths = 600
    public static let maximumAverageSentenceTenths = 150
    /// A section shorter than this is not judged on its own: three
    /// sentences say too little about a text's level.
    public static let minimumSectionWords = 50

    /// What misses the target, in Dutch; nil when the figures meet it.
    public static func shortfall(of figures: LanguageScores.Figures) -> String? {
        guard figures.words > 0 else { return nil }
        var misses: [String] = []
        if figures.fleschDoumaTenths < minimumFleschDoumaTenths {
            misses.append("Flesch-Douma \(LanguageScores.dutch(figures.fleschDoumaTenths)) (doel: 60 of meer)")
        }
        if figures.averageSentenceLengthTenths > maximumAverageSentenceTenths {
            misses.append("gemiddeld \(LanguageScores.dutch(figures.averageSentenceLengthTenths)) woorden per zin (doel: hoogstens 15)")
        }
        return misses.isEmpty ? nil : misses.joined(separator: " en ")
    }
}
