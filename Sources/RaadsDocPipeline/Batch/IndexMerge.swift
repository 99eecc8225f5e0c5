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
/// exactly one of them. The parts are read side by side a line at a time
/// and merged by source path (each is sorted by it, as a batch writes it),
/// so that merging the parts of 100,000 documents holds a line per part.
public enum IndexMerge {
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes the merged index.json piece by piece to `sink` and returns
    /// nil, or returns what is wrong with the parts; then what reached
    /// `sink` is to be thrown away. A failing `sink` ends the merge.
    public static func merge<Failure: Error>(_ paths: [String], to sink: (String) throws(Failure) -> Void)
        throws(Failure) -> Problem? {
        var parts: [PartStream] = []
        for path in paths {
            switch PartStream.open(path) {
            case .success(let part): parts.append(part)
            case .failure(let problem): return problem
            }
        }
        if let problem = completeness(parts.map { ($0.file, $0.part) }) { return problem }
        guard let first = parts.first else { return Problem(description: "geen delen opgegeven") }
        var problem: Problem?
        var count = 0
        var last: (source: String, part: Int)?
        let entries = AnyIterator<String> {
            guard problem == nil else { return nil }
            do throws(Problem) {
                for part in parts { try part.load() }
                // The parts are few (one per machine or job), so the
                // smallest is found by looking at each.
                guard let (next, entry) = parts.compactMap({ part in part.current.map { (part, $0) } })
                    .min(by: { $0.1.source < $1.1.source }) else { return nil }
                if let last, last.source == entry.source {
                    throw Problem(description: "\(entry.source) staat in deel \(last.part) en in deel \(next.part.number)")
                }
                last = (entry.source, next.part.number)
                next.current = nil
                count += 1
                return entry.line
            } catch {
                problem = error
                return nil
            }
        }
        try BatchIndex.write(entries: IteratorSequence(entries), part: nil, to: sink)
        if let problem { return problem }
        guard count == first.part.inputCount else {
            return Problem(description: "de delen bevatten \(count) documenten, maar de run had \(first.part.inputCount) invoerbestanden")
        }
        return nil
    }

    /// Whether the parts are of one run, each once, none missing.
    private static func completeness(_ parts: [(file: String, part: IndexPart)]) -> Problem? {
        guard let first = parts.first else { return Problem(description: "geen delen opgegeven") }
        for part in parts where part.part.differsInRun(from: first.part) {
            return Problem(description: "\(PathName.displayed(part.file)) hoort niet bij dezelfde run als \(PathName.displayed(first.file)): ander aantal delen of andere invoer")
        }
        var byNumber: [Int: String] = [:]
        for part in parts {
            if let other = byNumber[part.part.number] {
                return Problem(description: "deel \(part.part.number) van \(first.part.count) komt twee keer voor: \(PathName.displayed(other)) en \(PathName.displayed(part.file))")
            }
            byNumber[part.part.number] = part.file
        }
        let missing: [Int] = (1...first.part.count).filter { byNumber[$0] == nil }
        if let only = missing.first, missing.count == 1 {
            return Problem(description: "deel \(only) van \(first.part.count) ontbreekt")
        }
        if !missing.isEmpty {
            let numbers = missing.map { String($0) }.joined(separator: ", ")
            return Problem(description: "delen \(numbers) van \(first.part.count) ontbreken")
        }
        return nil
    }
}
