import SpellSupport
import Synchronization

/// Counts syllables with the hyphenation patterns, and looks inside each
/// part they give for vowels the patterns could not separate.
///
/// The Dutch patterns never break off a single letter at either end of a
/// word or compound part ("idee", "avond", "over" stay whole), and they
/// cannot read a word outside their Latin-1 encoding ("ĳs"). So each part
/// counts as one syllable, or as the number of vowel sounds in it when
/// that is higher: "i-dee" is two, "bel-gië" three. Vowel sounds are runs
/// of vowels read as Dutch digraphs (aa, ie, ui, ij, …) and trigraphs
/// (aai, ooi, oei, eeu, ieu); a vowel with a trema starts a new one.
/// English loanwords with a silent e ("governance") count one too many.
///
/// Counts are kept per word for the life of the instance (up to
/// `cacheCapacity` words): the patterns are slow to apply, and a run's
/// documents share most of their words.
public struct Syllables: Sendable {
    private let hyphenation: HyphenationDictionary
    private let cache = CountCache()
    private static let cacheCapacity = 50_000

    public init(hyphenation: HyphenationDictionary) {
        self.hyphenation = hyphenation
    }

    /// The syllables of a word; at least 1 for a word with letters.
    public func count(_ word: String) -> Int {
        if let known = cache.counts.withLock({ $0[word] }) { return known }
        let parts = hyphenation.parts(of: word) ?? [word.lowercased()]
        let total = max(parts.reduce(0) { $0 + max(1, Syllables.vowelSounds(in: $1)) }, 1)
        cache.counts.withLock { cache in
            if cache.count >= Syllables.cacheCapacity { cache.removeAll(keepingCapacity: true) }
            cache[word] = total
        }
        return total
    }

    private static let trigraphs: Set<String> = ["aai", "ooi", "oei", "eeu", "ieu"]
    private static let digraphs: Set<String> = ["aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "ou", "au"]

    /// The vowel sounds in a lowercase stretch of a word.
    static func vowelSounds(in part: String) -> Int {
        var count = 0
        var run: [Character] = []
        func flush() {
            var index = 0
            while index < run.count {
                let rest = run[index...]
                if rest.count >= 3, trigraphs.contains(String(rest.prefix(3))) {
                    index += 3
                } else if rest.count >= 2, digraphs.contains(String(rest.prefix(2))) {
                    index += 2
                } else {
                    index += 1
                }
                count += 1
            }
            run.removeAll()
        }
        let letters = Array(part.lowercased())
        for (index, letter) in letters.enumerated() {
            let (base, trema) = fold(letter)
            let isVowel = "aeiouy".contains(base) || (base == "j" && index > 0 && fold(letters[index - 1]).base == "i")
            if isVowel {
                if trema { flush() }
                run.append(base)
            } else {
                flush()
            }
        }
        flush()
        return count
    }

    /// The letter without its accent, and whether the accent was a trema.
    private static func fold(_ letter: Character) -> (base: Character, trema: Bool) {
        switch letter {
        case "ä": ("a", true)
        case "ë": ("e", true)
        case "ï": ("i", true)
        case "ö": ("o", true)
        case "ü": ("u", true)
        case "á", "à", "â": ("a", false)
        case "é", "è", "ê": ("e", false)
        case "í", "ì", "î": ("i", false)
        case "ó", "ò", "ô": ("o", false)
        case "ú", "ù", "û": ("u", false)
        case "ĳ": ("y", false)
        default: (letter, false)
        }
    }
}

/// The counts a `Syllables` has worked out, shared by its copies.
private final class CountCache: Sendable {
    let counts = Mutex<[String: Int]>([:])
}
