import SpellSupport

/// A passive construction: a form of "worden" or "zijn" with a past
/// participle in the same clause ("wordt besloten", "is vastgesteld",
/// "dat het plan vastgesteld wordt").
public struct PassiveConstruction: Sendable, Equatable {
    public let auxiliary: Token
    public let participle: Token

    /// From the first of the two words to the end of the second.
    public var range: Range<Int> {
        min(auxiliary.range.lowerBound, participle.range.lowerBound)..<max(auxiliary.range.upperBound, participle.range.upperBound)
    }
}

/// Finds passive constructions in sentences.
///
/// A participle is recognised by its shape and checked with the
/// dictionary: a separable particle ("vast", "op", …) may come first, then
/// "ge" or an inseparable prefix (be-, ver-, ont-, her-, er-). A weak
/// participle ends in -d or -t and must lead back to an infinitive the
/// dictionary knows ("vastgesteld" → "vaststellen", "gemaakt" → "maken");
/// a strong one ends in a known strong form ("besproken", "verzonden",
/// "opgenomen"). To keep false alarms low, words that behave as adjectives
/// ("bekend", "bevoegd") never count, nor, after a form of "zijn", the
/// participles of verbs that form their perfect with "zijn" ("is
/// gestegen", "is ontstaan"), which are active. A "zijn" after a
/// preposition is the possessive ("met zijn besluit"), and a word after
/// an article or possessive is a noun ("er is een besluit genomen").
struct PassiveDetector {
    let dictionary: SpellDictionary

    private static let worden: Set<String> = ["word", "wordt", "worden", "werd", "werden"]
    private static let zijn: Set<String> = ["is", "zijn", "was", "waren", "ben", "bent"]
    private static let window = 12

    func passives(in sentence: Sentence, text: [UInt8]) -> [PassiveConstruction] {
        let words = sentence.tokens
        var found: [PassiveConstruction] = []
        var used: Set<Int> = []
        for (index, auxiliary) in words.enumerated() where auxiliary.kind == .word {
            let form = auxiliary.text.lowercased()
            let isWorden = PassiveDetector.worden.contains(form)
            guard isWorden || PassiveDetector.zijn.contains(form) else { continue }
            if form == "zijn", index > 0, PassiveWords.prepositions.contains(words[index - 1].text.lowercased()) { continue }
            var match: Int?
            var position = index + 1
            while position < words.count, position - index <= PassiveDetector.window,
                  !PassiveDetector.clauseBreak(between: words[position - 1], and: words[position], in: text) {
                if PassiveWords.subordinators.contains(words[position].text.lowercased()) { break }
                let afterDeterminer = position - 1 != index && PassiveWords.determiners.contains(words[position - 1].text.lowercased())
                if !used.contains(position), !afterDeterminer, isParticiple(words[position], afterZijn: !isWorden) {
                    match = position
                    break
                }
                position += 1
            }
            // "dat het plan vastgesteld wordt": participle, then the verb
            // that closes the clause.
            if match == nil, index > 0, !used.contains(index - 1),
               !PassiveDetector.clauseBreak(between: words[index - 1], and: auxiliary, in: text),
               index + 1 == words.count || PassiveDetector.clauseBreak(between: auxiliary, and: words[index + 1], in: text),
               isParticiple(words[index - 1], afterZijn: !isWorden) {
                match = index - 1
            }
            if let match {
                used.insert(match)
                found.append(PassiveConstruction(auxiliary: auxiliary, participle: words[match]))
            }
        }
        return found
    }

    /// Punctuation between two tokens that ends a clause.
    static func clauseBreak(between first: Token, and second: Token, in text: [UInt8]) -> Bool {
        guard first.range.upperBound < second.range.lowerBound, second.range.lowerBound <= text.count else { return false }
        let gap = String(decoding: text[first.range.upperBound..<second.range.lowerBound], as: UTF8.self)
        return gap.contains { ",;:()[]–—.!?".contains($0) }
    }

    func isParticiple(_ token: Token, afterZijn: Bool) -> Bool {
        guard token.kind == .word else { return false }
        let word = token.text.lowercased()
        guard word.count >= 5, word.allSatisfy(\.isLetter) else { return false }
        if PassiveWords.adjectives.contains(word) || PassiveWords.nouns.contains(word) { return false }
        if afterZijn, PassiveWords.withZijn.contains(where: { word.hasSuffix($0) }) { return false }
        for (particle, rest) in PassiveDetector.splits(word) {
            if let prefix = PassiveWords.prefixes.first(where: { rest.hasPrefix($0) && rest.count > $0.count + 2 }) {
                let tail = String(rest.dropFirst(prefix.count))
                if PassiveWords.strongTails.contains(tail) { return dictionary.isCorrect(word) }
                if (rest.hasSuffix("d") || rest.hasSuffix("t")), leadsToInfinitive(particle: particle, rest: rest, prefix: prefix) {
                    return dictionary.isCorrect(word)
                }
            }
        }
        return false
    }

    /// The word whole, and split after each separable particle it starts
    /// with.
    private static func splits(_ word: String) -> [(particle: String, rest: String)] {
        var result = [("", word)]
        for particle in PassiveWords.particles where word.hasPrefix(particle) && word.count > particle.count + 4 {
            result.append((particle, String(word.dropFirst(particle.count))))
        }
        return result
    }

    /// Whether a weak participle leads back to an infinitive the
    /// dictionary knows: "ge" + "steld" with "vast" → "vaststellen".
    private func leadsToInfinitive(particle: String, rest: String, prefix: String) -> Bool {
        var stems: [String] = [rest]
        if prefix == "ge" {
            var bare = String(rest.dropFirst(2))
            if let first = bare.first, let plain = PassiveWords.withoutTrema[first] {
                bare = String(plain) + bare.dropFirst()
            }
            stems.append(bare)
        }
        for stem in stems {
            for candidate in PassiveDetector.infinitives(ofParticipleStem: stem) where dictionary.isCorrect(particle + candidate) {
                return true
            }
        }
        return false
    }

    /// Infinitives a weak participle stem may come from: "steld" →
    /// "stellen", "maakt" → "maken", "besteed" → "besteden", "leefd" →
    /// "leven", "meld" → "melden".
    static func infinitives(ofParticipleStem stem: String) -> [String] {
        var bases = [String(stem.dropLast()), stem]
        bases = bases.filter { $0.count >= 2 }
        var result: [String] = []
        for base in bases {
            result.append(base + "en")
            if let last = base.last, !"aeiou".contains(last) {
                result.append(base + String(last) + "en")
            }
            let letters = Array(base)
            if letters.count >= 3, letters[letters.count - 2] == letters[letters.count - 3],
               "aeou".contains(letters[letters.count - 2]), let last = letters.last, !"aeiou".contains(last) {
                let shortened = String(letters.dropLast(2)) + String(last)
                result.append(shortened + "en")
                if last == "f" { result.append(String(letters.dropLast(2)) + "ven") }
                if last == "s" { result.append(String(letters.dropLast(2)) + "zen") }
            }
            if base.hasSuffix("f") { result.append(base.dropLast() + "ven") }
            if base.hasSuffix("s") { result.append(base.dropLast() + "zen") }
            if base.hasSuffix("ee") { result.append(base.dropLast() + "n") }
        }
        return result
    }
}
