import SpellSupport

/// Finds words the dictionary does not know.
///
/// Not checked: numbers, amounts and dates (number tokens), URLs, e-mail
/// addresses, code between backticks, and codes: words with a digit
/// ("RM-2021-WLR-01", "CO2"), in capitals ("ABC", "TVW’s"), or with a
/// capital after a small letter ("eHerkenning"). A word with hyphens the
/// dictionary does not know whole is checked part by part, and only the
/// unknown parts are reported ("wind-" in "wind- en zonne-energie" is
/// "wind"). Extra words (profile words, names of people and documents)
/// are accepted in any case; a name of several words or parts
/// ("Jan de Vries", "Leidschendam-Voorburg") accepts each of them. A
/// capitalized word that does not start its sentence and stands next to
/// another capitalized word is taken for part of a name ("Veerle Stuer",
/// "Ecocity World Summit") and not checked. The first part of a compound
/// before a hyphen or bracket may keep its linking s ("uitvoerings- en
/// beheersfase", "(voortgangs)rapportage").
///
/// With an English dictionary, a word it knows is accepted too: Dutch
/// policy texts use English terms the Dutch dictionary lacks ("ownership",
/// "stakeholder") and quote English sources. The price is that an English
/// word typed for a Dutch one goes unnoticed.
public struct SpellingChecker: Sendable {
    public let dictionary: SpellDictionary
    public let english: SpellDictionary?
    /// Domain words, lowercased, accepted in any case.
    private let domain: Set<String>

    /// Checks with `dictionary`, teaching it `domainWords` (they stay in
    /// that dictionary instance for all its users). Hunspell takes the
    /// words with their borrowed endings, but silently refuses some it
    /// could also build as a compound ("dienstoverschrijdend"), so the
    /// checker accepts the words themselves too.
    public init(dictionary: SpellDictionary, english: SpellDictionary? = nil, domainWords: [DomainWord] = []) {
        self.dictionary = dictionary
        self.english = english
        DomainWords.add(domainWords, to: dictionary)
        self.domain = Set(domainWords.map { $0.word.lowercased() })
    }

    /// Opens Debian's Dutch dictionary, adds the shipped domain words and,
    /// unless `acceptingEnglish` is false, opens the English one.
    public static func dutch(acceptingEnglish: Bool = true) throws(TaalError) -> SpellingChecker {
        let dictionary: SpellDictionary
        let english: SpellDictionary?
        do {
            dictionary = try SpellDictionary.dutch()
            english = acceptingEnglish ? try SpellDictionary.english() : nil
        } catch {
            throw TaalError(error.description)
        }
        return SpellingChecker(dictionary: dictionary, english: english, domainWords: try DomainWords.shipped())
    }

    /// Possible misspellings in `text`, in text order, each with at most
    /// `suggestionLimit` corrections (0 skips hunspell's slow suggestion
    /// search).
    public func findings(in text: String, accepting extraWords: [String] = [], suggestionLimit: Int = 3) -> [Finding] {
        findings(in: text, accepting: AcceptedWords(extraWords), suggestionLimit: suggestionLimit, cache: SuggestionCache())
    }

    /// The same, with the extra words prepared once for many texts, and
    /// suggestions kept in `cache`: hunspell takes 0.1–0.2 s to suggest for
    /// one Dutch word, so a run that meets a misspelling twice should ask
    /// once.
    public func findings(in text: String, accepting extraWords: AcceptedWords, suggestionLimit: Int = 3,
                         cache: SuggestionCache) -> [Finding] {
        let accepted = extraWords.words
        let bytes = Array(text.utf8)
        var findings: [Finding] = []
        for sentence in SentenceSplitter.sentences(in: text) {
            for (index, token) in sentence.tokens.enumerated() where !isNamePart(index, in: sentence.tokens, bytes: bytes) {
                for (word, range) in unknownParts(of: token, bytes: bytes, accepted: accepted) {
                    let suggestions = cache.suggestions(for: word, limit: suggestionLimit) {
                        dictionary.suggestions(for: word, limit: suggestionLimit)
                    }
                    let message = suggestions.isEmpty
                        ? "mogelijk een spelfout: ‘\(word)’"
                        : "mogelijk een spelfout: ‘\(word)’; bedoelde je \(quotedList(suggestions))?"
                    findings.append(Finding(kind: .spelling, range: range, text: word, message: message, suggestions: suggestions))
                }
            }
        }
        return findings
    }

    /// A capitalized word that does not start its sentence, next to
    /// another capitalized word.
    private func isNamePart(_ index: Int, in tokens: [Token], bytes: [UInt8]) -> Bool {
        index > 0 && SpellingChecker.isCapitalized(tokens[index].text)
            && SpellingChecker.hasCapitalizedNeighbour(index, in: tokens, bytes: bytes)
    }

    /// A capital first, and a small letter after it.
    static func isCapitalized(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isUppercaseLetter else { return false }
        return word.unicodeScalars.dropFirst().contains(where: \.isLowercaseLetter)
    }

    /// Whether the word before or after, with only spaces between, starts
    /// with a capital too: "Marjoke Lanckriet", "Ecocity World Summit".
    static func hasCapitalizedNeighbour(_ index: Int, in tokens: [Token], bytes: [UInt8]) -> Bool {
        func adjacent(_ first: Token, _ second: Token) -> Bool {
            bytes[first.range.upperBound..<second.range.lowerBound].allSatisfy { $0 == 0x20 }
        }
        let token = tokens[index]
        if index > 0, tokens[index - 1].kind == .word, isCapitalized(tokens[index - 1].text), adjacent(tokens[index - 1], token) {
            return true
        }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, isCapitalized(tokens[index + 1].text), adjacent(token, tokens[index + 1]) {
            return true
        }
        return false
    }

    /// The parts of a token to report, with their byte ranges.
    private func unknownParts(of token: Token, bytes: [UInt8], accepted: Set<String>) -> [(String, Range<Int>)] {
        guard token.kind == .word, !SpellingChecker.isCode(token.text) else { return [] }
        let followedByStop = token.range.upperBound < bytes.count && bytes[token.range.upperBound] == UInt8(ascii: ".")
        if isKnown(token.text, accepted: accepted, followedByStop: followedByStop) { return [] }
        // "(voortgangs)rapportage", "(uitvoerings)programma".
        let followedByBracket = token.range.upperBound < bytes.count && bytes[token.range.upperBound] == UInt8(ascii: ")")
        if followedByBracket, isLinkingPart(token.text, accepted: accepted) { return [] }
        guard token.text.unicodeScalars.contains(where: \.isHyphen) else { return [(token.text, token.range)] }
        let hangingHyphen = token.text.unicodeScalars.last?.isHyphen == true
        let parts = SpellingChecker.hyphenParts(of: token)
        return parts.enumerated().filter { index, element in
            let (part, range) = element
            let atEnd = range.upperBound == token.range.upperBound
            if SpellingChecker.isCode(part) || isKnown(part, accepted: accepted, followedByStop: atEnd && followedByStop) {
                return false
            }
            // "uitvoerings- en beheersfase", "klimaatbeleids-opvolging".
            let beforeHyphen = index < parts.count - 1 || hangingHyphen
            return !(beforeHyphen && isLinkingPart(part, accepted: accepted))
        }.map(\.element)
    }

    /// The first part of a compound with its linking s: known without it.
    private func isLinkingPart(_ word: String, accepted: Set<String>) -> Bool {
        word.hasSuffix("s") && word.count > 3 && isKnown(String(word.dropLast()), accepted: accepted, followedByStop: false)
    }

    private func isKnown(_ word: String, accepted: Set<String>, followedByStop: Bool) -> Bool {
        let lowered = word.lowercased()
        if accepted.contains(lowered) || domain.contains(lowered) { return true }
        if dictionary.isCorrect(word) { return true }
        // "bijv." and "nr." are in the dictionary with their stop.
        if followedByStop && dictionary.isCorrect(word + ".") { return true }
        if word.contains("’") && dictionary.isCorrect(word.replacingOccurrences(of: "’", with: "'")) { return true }
        // A capital at a sentence or heading start: "Juni 2025". Hunspell
        // refuses it for words it keeps in lowercase.
        if let first = word.unicodeScalars.first, first.isUppercaseLetter, word.dropFirst() == lowered.dropFirst(),
           dictionary.isCorrect(lowered) {
            return true
        }
        if let english, english.isCorrect(word.replacingOccurrences(of: "’", with: "'")) { return true }
        return false
    }

    /// A word with a digit, in capitals (an optional "’s" or "'en" after
    /// them), with two capitals or more and no hyphen ("TWh", "UvW", but
    /// not "Noord-Holland", whose parts are checked), with a capital
    /// after a small letter ("eHerkenning"), or a Roman numeral of two
    /// letters or more ("ii", "XIV").
    static func isCode(_ word: String) -> Bool {
        if word.unicodeScalars.contains(where: \.isDigit) { return true }
        if word.count >= 2, word.lowercased().allSatisfy({ "ivx".contains($0) }) { return true }
        let stem = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? word
        let letters = stem.unicodeScalars.filter(\.isLetterLike)
        if letters.count >= 2 && letters.allSatisfy(\.isUppercaseLetter) { return true }
        let joined = word.unicodeScalars.contains(where: \.isHyphen)
        if !joined && word.unicodeScalars.filter(\.isUppercaseLetter).count >= 2 { return true }
        var previousLower = false
        for scalar in word.unicodeScalars {
            if scalar.isUppercaseLetter && previousLower { return true }
            previousLower = scalar.isLowercaseLetter
        }
        return false
    }

    /// The parts between hyphens, empty ones left out, with byte ranges.
    static func hyphenParts(of token: Token) -> [(String, Range<Int>)] {
        var parts: [(String, Range<Int>)] = []
        var current = String.UnicodeScalarView()
        var start = token.range.lowerBound
        var offset = token.range.lowerBound
        for scalar in token.text.unicodeScalars {
            if scalar.isHyphen {
                if !current.isEmpty { parts.append((String(current), start..<offset)) }
                current = String.UnicodeScalarView()
                offset += UTF8.width(scalar)
                start = offset
            } else {
                current.append(scalar)
                offset += UTF8.width(scalar)
            }
        }
        if !current.isEmpty { parts.append((String(current), start..<offset)) }
        return parts
    }

    /// Every extra word lowercased, whole and by its words and parts.
    static func acceptedWords(_ extraWords: [String]) -> Set<String> {
        var accepted: Set<String> = []
        for name in extraWords {
            accepted.insert(name.lowercased())
            for token in Tokenizer.tokens(in: name) {
                accepted.insert(token.text.lowercased())
                for (part, _) in hyphenParts(of: token) { accepted.insert(part.lowercased()) }
            }
        }
        return accepted
    }
}
