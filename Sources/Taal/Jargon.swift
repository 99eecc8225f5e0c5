/// Which jargon list applies: officialese differs between the
/// Netherlands and Flanders ("gelet op", "desgevallend").
public enum Variant: String, Sendable, Equatable, CaseIterable {
    case netherlands = "nl"
    case belgium = "be"
}

/// One entry of a jargon list: the phrase to avoid and plainer words.
public struct JargonEntry: Sendable, Equatable {
    public let phrase: String
    public let alternatives: [String]
    /// The phrase as the tokenizer splits it, lowercased.
    let words: [String]
}

/// A jargon list ("liever niet | maar wel"), matched on whole words and
/// case-insensitively; a phrase of several words matches only when just
/// white space separates them in the text.
public struct JargonList: Sendable {
    public let entries: [JargonEntry]
    /// Entries by their first word, longest phrase first.
    private let byFirstWord: [String: [JargonEntry]]

    /// The list shipped for `variant` (Resources/jargon-nl.txt or jargon-be.txt).
    public static func shipped(_ variant: Variant) throws(TaalError) -> JargonList {
        let lines = try ResourceFile.lines("jargon-\(variant.rawValue)")
        var entries: [JargonEntry] = []
        for line in lines {
            let sides = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2, !sides[0].isEmpty else {
                throw TaalError("Ongeldige regel in jargon-\(variant.rawValue).txt: ‘\(line)’ (verwacht: liever niet | maar wel)")
            }
            let alternatives = sides[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            entries.append(JargonEntry(phrase: sides[0], alternatives: alternatives))
        }
        return JargonList(entries: entries)
    }

    public init(entries: [JargonEntry]) {
        self.entries = entries
        var index: [String: [JargonEntry]] = [:]
        for entry in entries where !entry.words.isEmpty {
            index[entry.words[0], default: []].append(entry)
        }
        self.byFirstWord = index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// Jargon in `text`, in text order, without overlaps.
    public func findings(in text: String) -> [Finding] {
        let tokens = Tokenizer.tokens(in: text).filter { $0.kind != .code && $0.kind != .url && $0.kind != .email }
        let bytes = Array(text.utf8)
        let lowered = tokens.map { $0.text.lowercased() }
        var findings: [Finding] = []
        var index = 0
        while index < tokens.count {
            guard let candidates = byFirstWord[lowered[index]],
                  let entry = candidates.first(where: { matches($0, at: index, lowered: lowered, tokens: tokens, bytes: bytes) })
            else {
                index += 1
                continue
            }
            let last = tokens[index + entry.words.count - 1]
            let range = tokens[index].range.lowerBound..<last.range.upperBound
            let found = String(decoding: bytes[range], as: UTF8.self)
            let message = entry.alternatives.isEmpty
                ? "liever niet ‘\(found)’"
                : "liever niet ‘\(found)’, maar wel \(quotedList(entry.alternatives))"
            findings.append(Finding(kind: .jargon, range: range, text: found, message: message, suggestions: entry.alternatives))
            index += entry.words.count
        }
        return findings
    }

    private func matches(_ entry: JargonEntry, at index: Int, lowered: [String], tokens: [Token], bytes: [UInt8]) -> Bool {
        guard index + entry.words.count <= tokens.count else { return false }
        for offset in 0..<entry.words.count {
            guard lowered[index + offset] == entry.words[offset] else { return false }
            if offset > 0 {
                let gap = bytes[tokens[index + offset - 1].range.upperBound..<tokens[index + offset].range.lowerBound]
                guard gap.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return false }
            }
        }
        return true
    }
}

extension JargonEntry {
    public init(phrase: String, alternatives: [String]) {
        self.phrase = phrase
        self.alternatives = alternatives
        self.words = Tokenizer.tokens(in: phrase).map { $0.text.lowercased() }
    }
}
