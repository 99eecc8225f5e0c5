/// Finding where a defined term (begrip) is used. Seed 001 defines terms
/// "met behoud van betekenis in meervoud", so a use may be plural ("Raden"
/// for "Raad", "Colleges" for "College"); case does not matter, and a term
/// inside a longer word ("gemeenteraad") does not count.
enum DefinedTerms {
    /// Whether `term` stands in `text` as whole words, singular or plural.
    static func isUsed(_ term: String, in text: String) -> Bool {
        let termWords = words(term)
        guard let last = termWords.last else { return false }
        let forms = pluralForms(last)
        let textWords = words(text)
        guard textWords.count >= termWords.count else { return false }
        for start in 0...(textWords.count - termWords.count) {
            let candidate = textWords[start..<start + termWords.count]
            if candidate.dropLast().elementsEqual(termWords.dropLast()), let final = candidate.last, forms.contains(final) {
                return true
            }
        }
        return false
    }

    /// The lowercased words of a text: runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// A word and the Dutch plurals it may take: -s, -es, -en, -n, a doubled
    /// consonant (overleg → overleggen), a shortened long vowel (raad →
    /// raden), f → v and s → z (brief → brieven), -heid → -heden.
    static func pluralForms(_ word: String) -> Set<String> {
        var forms: Set<String> = [word, word + "s", word + "es", word + "en", word + "n"]
        let characters = Array(word)
        guard let last = characters.last else { return forms }
        forms.insert(word + String(last) + "en")
        if word.hasSuffix("heid") { forms.insert(String(word.dropLast(4)) + "heden") }
        let voiced: Character = last == "f" ? "v" : last == "s" ? "z" : last
        forms.insert(String(word.dropLast()) + String(voiced) + "en")
        if characters.count >= 3 {
            let vowel = characters[characters.count - 2]
            if "aeou".contains(vowel), characters[characters.count - 3] == vowel, !"aeiou".contains(last) {
                let shortened = String(characters.dropLast(2)) + String(voiced) + "en"
                forms.insert(shortened)
            }
        }
        return forms
    }
}
