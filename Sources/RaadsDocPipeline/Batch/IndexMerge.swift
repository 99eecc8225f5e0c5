import Foundation
import HashSupport
import RaadsDocCore

/// What a shard's index.json records about the run it is part of.
package struct IndexPart: Sendable, Equatable {
    package let number: Int
    package let count: Int
    /// How many inputs the whole run has, and the SHA-256 of their paths,
    /// sorted, one per line: shards of one run agree on both.
    package let inputCount: Int
    package let inputHash: String

    package init(shard: Shard, inputs: [String]) {
        number = shard.number
        count = shard.count
        inputCount = inputs.count
        inputHash = SHA256.hex(Array(inputs.sorted().joined(separator: "\n").utf8))
    }

    package init(number: Int, count: Int, inputCount: Int, inputHash: String) {
        self.number = number
        self.count = count
        self.inputCount = inputCount
        self.inputHash = inputHash
    }

    /// Whether two parts come from different runs.
    func differsInRun(from other: IndexPart) -> Bool {
        count != other.count || inputCount != other.inputCount || inputHash != other.inputHash
    }

    var json: JSONValue {
        .object([
            ("nummer", .number(number)), ("van", .number(count)),
            ("invoer", .number(inputCount)), ("invoer-sha256", .string(inputHash)),
        ])
    }
}

/// `raadsdoc index samenvoegen`: the index.json of the shards of one run
/// as one, byte for byte the index a single machine would have written,
/// after checking that every part is there once and every input appears in
/// exactly one of them.
public enum IndexMerge {
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// One shard's index, read.
    struct PartIndex {
        let path: String
        let part: IndexPart
        /// Each document's line, with its source path.
        let entries: [(source: String, line: String)]
    }

    /// The merged index.json, or what is wrong with the parts.
    public static func merge(_ paths: [String]) -> Result<String, Problem> {
        var parts: [PartIndex] = []
        for path in paths {
            switch read(path) {
            case .success(let part): parts.append(part)
            case .failure(let problem): return .failure(problem)
            }
        }
        guard let first = parts.first else { return .failure(Problem(description: "geen delen opgegeven")) }
        for part in parts where part.part.differsInRun(from: first.part) {
            return .failure(Problem(description: "\(PathName.displayed(part.path)) hoort niet bij dezelfde run als \(PathName.displayed(first.path)): ander aantal delen of andere invoer"))
        }
        var byNumber: [Int: String] = [:]
        for part in parts {
            if let other = byNumber[part.part.number] {
                return .failure(Problem(description: "deel \(part.part.number) van \(first.part.count) komt twee keer voor: \(PathName.displayed(other)) en \(PathName.displayed(part.path))"))
            }
            byNumber[part.part.number] = part.path
        }
        let missing: [Int] = (1...first.part.count).filter { byNumber[$0] == nil }
        if let only = missing.first, missing.count == 1 {
            return .failure(Problem(description: "deel \(only) van \(first.part.count) ontbreekt"))
        }
        if !missing.isEmpty {
            let numbers = missing.map { String($0) }.joined(separator: ", ")
            return .failure(Problem(description: "delen \(numbers) van \(first.part.count) ontbreken"))
        }
        var seen: [String: Int] = [:]
        var entries: [(source: String, line: String)] = []
        for part in parts {
            for entry in part.entries {
                if let other = seen[entry.source] {
                    return .failure(Problem(description: "\(entry.source) staat in deel \(other) en in deel \(part.part.number)"))
                }
                seen[entry.source] = part.part.number
                entries.append(entry)
            }
        }
        guard entries.count == first.part.inputCount else {
            return .failure(Problem(description: "de delen bevatten \(entries.count) documenten, maar de run had \(first.part.inputCount) invoerbestanden"))
        }
        let sorted = entries.sorted { $0.source < $1.source }.map(\.line)
        return .success(BatchIndex.text(entries: sorted, part: nil))
    }

    /// A shard's index: `path` is the file or the output folder holding it.
    static func read(_ path: String) -> Result<PartIndex, Problem> {
        let file = FileSystem.isDirectory(path) ? PathName.join(path, BatchIndex.fileName) : path
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(file)
        } catch {
            return .failure(Problem(description: error.description))
        }
        let notAPart = Problem(description: "\(PathName.displayed(file)) is geen index van een gedeelde run (raadsdoc batch --shard)")
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let part = root["deel"] as? [String: Any],
              let number = part["nummer"] as? Int, let count = part["van"] as? Int,
              let inputCount = part["invoer"] as? Int, let inputHash = part["invoer-sha256"] as? String,
              let documents = root["documenten"] as? [[String: Any]] else { return .failure(notAPart) }
        let indexPart = IndexPart(number: number, count: count, inputCount: inputCount, inputHash: inputHash)
        // The documents as written, one per line between the brackets.
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var entryLines: [String] = []
        if let open = lines.firstIndex(of: "  \"documenten\": ["), let close = lines.lastIndex(of: "  ]"), open < close {
            entryLines = lines[(open + 1)..<close].map { line in
                let entry = line.dropFirst(4)
                return String(entry.hasSuffix(",") ? entry.dropLast() : entry)
            }
        }
        guard entryLines.count == documents.count else { return .failure(notAPart) }
        var entries: [(source: String, line: String)] = []
        for (line, document) in zip(entryLines, documents) {
            guard let source = document["bron"] as? String else { return .failure(notAPart) }
            entries.append((source, line))
        }
        return .success(PartIndex(path: file, part: indexPart, entries: entries))
    }
}
