import Foundation
internal import CHunspell

/// A hunspell dictionary: checks words, suggests corrections, and accepts
/// words added at run time.
///
/// Thread safety: hunspell keeps scratch state per handle (suggestions and
/// `add` both change it), so every call takes the instance's lock. One
/// instance may be shared between threads; calls are then serialized. For
/// parallel checking give each thread its own instance.
public final class SpellDictionary: @unchecked Sendable {
    /// Where Debian's hunspell packages put their dictionaries. Dutch is
    /// nl.aff/nl.dic (hunspell-nl; nl_NL and nl_BE link to the same
    /// files), American English en_US.aff/en_US.dic (hunspell-en-us).
    public static let debianFolder = "/usr/share/hunspell"

    private let handle: OpaquePointer
    private let encoding: DictionaryEncoding
    private let lock = NSLock()

    /// Opens the dictionary at `affixPath` and `dictionaryPath`.
    public init(affixPath: String, dictionaryPath: String) throws(SpellError) {
        for path in [affixPath, dictionaryPath] where !FileManager.default.isReadableFile(atPath: path) {
            throw SpellError("Het woordenboek \(path) ontbreekt of is niet leesbaar")
        }
        guard let handle = Hunspell_create(affixPath, dictionaryPath) else {
            throw SpellError("hunspell kon het woordenboek \(dictionaryPath) niet openen")
        }
        let name = Hunspell_get_dic_encoding(handle).map { String(cString: $0) } ?? "ISO8859-1"
        guard let encoding = DictionaryEncoding(name: name) else {
            Hunspell_destroy(handle)
            throw SpellError("De tekenset \(name) van het woordenboek \(dictionaryPath) wordt niet ondersteund")
        }
        self.handle = handle
        self.encoding = encoding
    }

    /// Opens the Dutch dictionary of Debian's hunspell-nl package, or the
    /// nl.aff/nl.dic in `folder`.
    public static func dutch(folder: String = debianFolder) throws(SpellError) -> SpellDictionary {
        try installed(folder: folder, name: "nl", description: "Het Nederlandse woordenboek", package: "hunspell-nl")
    }

    /// Opens the English dictionary of Debian's hunspell-en-us package, or
    /// the en_US.aff/en_US.dic in `folder`.
    public static func english(folder: String = debianFolder) throws(SpellError) -> SpellDictionary {
        try installed(folder: folder, name: "en_US", description: "Het Engelse woordenboek", package: "hunspell-en-us")
    }

    private static func installed(folder: String, name: String, description: String, package: String) throws(SpellError) -> SpellDictionary {
        let affix = folder + "/" + name + ".aff"
        let dictionary = folder + "/" + name + ".dic"
        if let path = [affix, dictionary].first(where: { !FileManager.default.isReadableFile(atPath: $0) }) {
            throw SpellError(
                "\(description) (\(package)) is niet geïnstalleerd: \(path) ontbreekt. "
                    + "Installeer het pakket \(package) (apt-get install \(package)).")
        }
        return try SpellDictionary(affixPath: affix, dictionaryPath: dictionary)
    }

    deinit {
        Hunspell_destroy(handle)
    }

    /// The encoding the dictionary declares on its SET line.
    public var encodingName: String { encoding.name }

    /// Whether hunspell accepts the word. A word the dictionary's encoding
    /// cannot hold is not accepted.
    public func isCorrect(_ word: String) -> Bool {
        guard let bytes = encoding.cString(word) else { return false }
        return lock.withLock { Hunspell_spell(handle, bytes) != 0 }
    }

    /// At most `limit` corrections, best first as hunspell ranks them.
    public func suggestions(for word: String, limit: Int = 5) -> [String] {
        guard limit > 0, let bytes = encoding.cString(word) else { return [] }
        return lock.withLock {
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_suggest(handle, &list, bytes)
            defer { Hunspell_free_list(handle, &list, count) }
            guard let list, count > 0 else { return [] }
            return (0..<Int(count)).prefix(limit).compactMap { index in
                list[index].flatMap { encoding.string($0) }
            }
        }
    }

    /// Accepts `word` from now on (hunspell's run-time add). With `example`,
    /// the word also takes the affixes of that dictionary word, so
    /// "warmtetransitie" added like "transitie" accepts "warmtetransities".
    /// Returns false when the word cannot be added (not in the encoding).
    @discardableResult
    public func add(_ word: String, like example: String? = nil) -> Bool {
        guard let bytes = encoding.cString(word) else { return false }
        if let example {
            guard let exampleBytes = encoding.cString(example) else { return false }
            return lock.withLock { Hunspell_add_with_affix(handle, bytes, exampleBytes) == 0 }
        }
        return lock.withLock { Hunspell_add(handle, bytes) == 0 }
    }
}
