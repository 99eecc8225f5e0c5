import HashSupport
import RaadsDocCore
import RaadsDocKinds
import RaadsDocSchema

/// One part of a batch spread over machines (`--shard i/n`): part `number`
/// of `count`, numbered from 1.
public struct Shard: Sendable, Equatable {
    public let number: Int
    public let count: Int

    public init?(number: Int, count: Int) {
        guard count >= 1, (1...count).contains(number) else { return nil }
        self.number = number
        self.count = count
    }

    /// "2/4", or "auto": the index and count of the job engine that runs
    /// this process. A Dutch message says what is wrong.
    public static func parse(_ text: String, environment: [String: String]) -> Result<Shard, ShardProblem> {
        text == "auto" ? fromEnvironment(environment) : parseFraction(text, source: "--shard")
    }

    /// Kubernetes Indexed Jobs (JOB_COMPLETION_INDEX from 0, with the count
    /// in RAADSDOC_SHARDS, which the Job sets to its completions), Slurm
    /// arrays (SLURM_ARRAY_TASK_ID from SLURM_ARRAY_TASK_MIN, with
    /// SLURM_ARRAY_TASK_COUNT), or RAADSDOC_SHARD="i/n" as GNU parallel sets it.
    static func fromEnvironment(_ environment: [String: String]) -> Result<Shard, ShardProblem> {
        if let explicit = environment["RAADSDOC_SHARD"] { return parseFraction(explicit, source: "RAADSDOC_SHARD") }
        if let index = environment["JOB_COMPLETION_INDEX"] {
            guard let count = environment["RAADSDOC_SHARDS"] else {
                return .failure(ShardProblem("JOB_COMPLETION_INDEX is gezet, maar het aantal delen niet: zet RAADSDOC_SHARDS op het aantal completions van de Job"))
            }
            return fromIndex(index, base: "0", count: count, source: "JOB_COMPLETION_INDEX")
        }
        if let task = environment["SLURM_ARRAY_TASK_ID"] {
            guard let count = environment["SLURM_ARRAY_TASK_COUNT"] else {
                return .failure(ShardProblem("SLURM_ARRAY_TASK_ID is gezet, maar SLURM_ARRAY_TASK_COUNT niet"))
            }
            return fromIndex(task, base: environment["SLURM_ARRAY_TASK_MIN"] ?? "0", count: count, source: "SLURM_ARRAY_TASK_ID")
        }
        return .failure(ShardProblem("--shard auto vindt geen deelnummer: zet RAADSDOC_SHARD (bijvoorbeeld 2/4), of draai als Kubernetes Indexed Job (JOB_COMPLETION_INDEX met RAADSDOC_SHARDS) of als Slurm-array (SLURM_ARRAY_TASK_ID)"))
    }

    private static func fromIndex(_ index: String, base: String, count: String, source: String) -> Result<Shard, ShardProblem> {
        guard let index = Int(index), let base = Int(base), let count = Int(count),
              let shard = Shard(number: index - base + 1, count: count) else {
            return .failure(ShardProblem("\(source) en het aantal delen geven geen geldig deel: \(index) van \(count)"))
        }
        return .success(shard)
    }

    private static func parseFraction(_ text: String, source: String) -> Result<Shard, ShardProblem> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]) else {
            return .failure(ShardProblem("\(source) '\(text)' is geen deel: schrijf nummer/aantal, zoals 2/4"))
        }
        guard let shard = Shard(number: number, count: count) else {
            return .failure(ShardProblem("\(source) '\(text)': het nummer moet van 1 tot en met het aantal lopen (\(count) delen)"))
        }
        return .success(shard)
    }

    /// The part a group of documents belongs to, by the SHA-256 of its key:
    /// stable across runs and machines, and independent of other groups.
    static func part(ofKey key: String, count: Int) -> Int {
        let digest = SHA256.hex(Array(key.utf8))
        let prefix = UInt64(digest.prefix(15), radix: 16) ?? 0
        return Int(prefix % UInt64(count)) + 1
    }
}

public struct ShardProblem: Error, CustomStringConvertible, Equatable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Which inputs go together: a document and the documents it refers to
/// (bijlagen, deals) form one group, so that a bundle never spans two
/// shards. A group is assigned by the smallest path among its documents,
/// relative to the input folder (as the output mirrors it), so that adding
/// a file that joins no group moves nothing else, and machines that mount
/// the input elsewhere still agree.
enum ShardGroups {
    /// The key of each input's group, by input path.
    static func keys(of inputs: [InputDiscovery.Input]) -> [String: String] {
        var parent: [String: String] = [:]
        func root(_ path: String) -> String {
            var current = path
            while let next = parent[current], next != current { current = next }
            return current
        }
        func union(_ left: String, _ right: String) {
            let (a, b) = (root(left), root(right))
            guard a != b else { return }
            if a < b { parent[b] = a } else { parent[a] = b }
        }
        var byCanonical: [String: String] = [:]
        for input in inputs {
            parent[input.path] = input.path
            byCanonical[FileSystem.canonical(input.path) ?? PathName.normalize(input.path)] = input.path
        }
        for input in inputs {
            for reference in references(of: input.path) {
                if let other = byCanonical[reference] { union(input.path, other) }
            }
        }
        var groupKey: [String: String] = [:]
        for input in inputs {
            let group = root(input.path)
            groupKey[group] = min(groupKey[group] ?? input.outputStem, input.outputStem)
        }
        var keys: [String: String] = [:]
        for input in inputs { keys[input.path] = groupKey[root(input.path)] ?? input.outputStem }
        return keys
    }

    /// The canonical paths of the files an input names in its file-path
    /// fields. Read without the rules: an input that does not parse refers
    /// to nothing, and its own shard reports it.
    private static func references(of path: String) -> [String] {
        guard let bytes = try? FileSystem.read(path, limit: YAMLLoader.maximumFileSize) else { return [] }
        var diagnostics = DiagnosticList()
        guard let root = YAMLLoader.parse(bytes, path: path, diagnostics: &diagnostics).root,
              let soort = root["soort"]?.scalar?.text.trimmingSpaces,
              case .success(let kind) = KindRegistry.lookup(String(soort)) else { return [] }
        var found: [String] = []
        SpecWalk.scalars(root, spec: kind.spec) { visit in
            guard case .filePath = visit.type else { return }
            let target = PathName.join(PathName.directory(of: path), String(visit.scalar.text.trimmingSpaces))
            found.append(FileSystem.canonical(target) ?? PathName.normalize(target))
        }
        return found
    }
}
