import Synchronization

/// Words the spelling check accepts besides its dictionaries (profile
/// words, names of people and documents), prepared once: each name is
/// taken whole, word by word and part by part ("Leidschendam-Voorburg").
public struct AcceptedWords: Sendable {
    let words: Set<String>

    public init(_ extraWords: [String]) {
        words = SpellingChecker.acceptedWords(extraWords)
    }
}

/// Spelling suggestions already asked of hunspell, by word and limit;
/// safe to share between threads. It holds at most `capacity` words and
/// starts afresh when full, which keeps a long run's memory flat.
public final class SuggestionCache: Sendable {
    private let entries = Mutex<[String: [String]]>([:])
    private let capacity: Int

    public init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    func suggestions(for word: String, limit: Int, make: () -> [String]) -> [String] {
        let key = "\(limit)|\(word)"
        if let known = entries.withLock({ $0[key] }) { return known }
        let made = make()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = made
        }
        return made
    }
}
