import SpellSupport

/// Everything the language check does, set up once: spelling (with the
/// shipped domain words), jargon for one variant, and readability.
/// Opening the dictionaries takes a moment, so a process keeps one.
///
/// Thread safety: the dictionaries serialize their calls with a lock, so
/// one instance may serve several threads; for parallel speed give each
/// thread its own.
public struct LanguageCheck: Sendable {
    public let spelling: SpellingChecker
    public let jargon: JargonList
    public let readability: Readability

    public init(spelling: SpellingChecker, jargon: JargonList, readability: Readability) {
        self.spelling = spelling
        self.jargon = jargon
        self.readability = readability
    }

    /// Opens Debian's Dutch dictionaries and the shipped lists. Fails with
    /// a Dutch message when hunspell-nl, hyphen-nl or (when English words
    /// are accepted, see `SpellingChecker`) hunspell-en-us is not installed.
    public static func dutch(_ variant: Variant = .netherlands, acceptingEnglish: Bool = true) throws(TaalError) -> LanguageCheck {
        let spelling = try SpellingChecker.dutch(acceptingEnglish: acceptingEnglish)
        let hyphenation: HyphenationDictionary
        do {
            hyphenation = try HyphenationDictionary.dutch()
        } catch {
            throw TaalError(error.description)
        }
        return LanguageCheck(
            spelling: spelling, jargon: try JargonList.shipped(variant),
            readability: Readability(hyphenation: hyphenation, dictionary: spelling.dictionary))
    }

    /// All findings for `text`, in text order. `extraWords` are accepted
    /// as spelled (profile words, names of people and documents).
    public func findings(in text: String, accepting extraWords: [String] = [], suggestionLimit: Int = 3) -> [Finding] {
        let all = spelling.findings(in: text, accepting: extraWords, suggestionLimit: suggestionLimit)
            + jargon.findings(in: text) + readability.findings(in: text)
        return all.sortedByPosition()
    }
}
