import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocPipeline

/// `batch --shard i/n` and `index samenvoegen`: every input in exactly one
/// part, bundles kept together, stable assignment, and a merged index that
/// is byte for byte the index of a single run.
@Suite struct ShardTests {
    @Test(arguments: ["2/4", "1/1", "4/4"])
    func aFractionIsAPart(text: String) throws {
        let shard = try Shard.parse(text, environment: [:]).get()
        #expect("\(shard.number)/\(shard.count)" == text)
    }

    @Test(arguments: ["0/4", "5/4", "2", "a/b", "2/0", "-1/3", ""])
    func aWrongFractionGetsADutchMessage(text: String) {
        guard case .failure(let problem) = Shard.parse(text, environment: [:]) else {
            Issue.record("'\(text)' is aangenomen")
            return
        }
        #expect(problem.description.contains("--shard"))
    }

    @Test func autoReadsTheJobEngines() throws {
        let kubernetes = try Shard.parse("auto", environment: ["JOB_COMPLETION_INDEX": "0", "RAADSDOC_SHARDS": "3"]).get()
        #expect(kubernetes == Shard(number: 1, count: 3))
        let slurm = try Shard.parse("auto", environment: ["SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_MIN": "1",
                                                          "SLURM_ARRAY_TASK_COUNT": "4"]).get()
        #expect(slurm == Shard(number: 4, count: 4))
        let parallel = try Shard.parse("auto", environment: ["RAADSDOC_SHARD": "2/5", "JOB_COMPLETION_INDEX": "0"]).get()
        #expect(parallel == Shard(number: 2, count: 5))
    }

    @Test func autoWithoutAnEngineOrCountIsRefused() {
        #expect(throws: ShardProblem.self) { try Shard.parse("auto", environment: [:]).get() }
        #expect(throws: ShardProblem.self) { try Shard.parse("auto", environment: ["JOB_COMPLETION_INDEX": "1"]).get() }
        #expect(throws: ShardProblem.self) {
            try Shard.parse("auto", environment: ["SLURM_ARRAY_TASK_ID": "9", "SLURM_ARRAY_TASK_COUNT": "4"]).get()
        }
    }

    static func run(_ input: String, shard: Shard?) throws -> (BatchRunner.Outcome, String) {
        let output = try TestSupport.temporaryDirectory()
        let options = BatchOptions(outputDirectory: output, jobs: 2, shard: shard)
        return (BatchRunner(options: options).run([input]) { _, _, _ in }, output)
    }

    @Test func thePartsCoverTheInputsOnceAndMergeIntoTheSingleRunsIndex() throws {
        let input = try TestSupport.copyOfExamples(["leidse-regio", "leidschendam-voorburg", "voorbeeldgemeente"])
        let (single, singleOutput) = try Self.run(input, shard: nil)
        #expect(single.succeeded)
        var partOutputs: [String] = []
        var seen: [String: Int] = [:]
        for number in 1...3 {
            let (part, output) = try Self.run(input, shard: Shard(number: number, count: 3))
            #expect(part.succeeded)
            for item in part.items {
                #expect(seen[item.input.path] == nil, "\(item.input.path) in twee delen")
                seen[item.input.path] = number
                #expect(try FileSystem.read(output + "/" + item.input.outputStem + ".odt")
                        == FileSystem.read(singleOutput + "/" + item.input.outputStem + ".odt"))
            }
            partOutputs.append(output)
        }
        #expect(Set(seen.keys) == Set(single.items.map(\.input.path)))
        #expect(Set(seen.values).count > 1, "alles in één deel")
        var merged = ""
        #expect(IndexMerge.merge(partOutputs) { merged += $0 } == nil)
        #expect(Array(merged.utf8) == (try FileSystem.read(singleOutput + "/index.json")))
    }

    @Test func aLetterAndItsBijlagenShareAPart() throws {
        let input = try TestSupport.copyOfExamples(["leidse-regio"])
        let letter = input + "/leidse-regio/raadsmededeling-warmte.yaml"
        let found = InputDiscovery.discover([input]).inputs
        let keys = ShardGroups.keys(of: found)
        let group = found.filter { keys[$0.path] == keys[letter] }.map { PathName.lastComponent(of: $0.path) }
        #expect(Set(group).isSuperset(of: ["raadsmededeling-warmte.yaml", "plan-van-aanpak-warmte.yaml",
                                           "antwoordbrief-pip-wlq.yaml", "samenwerkingsovereenkomst-warmte.yaml"]))
    }

    @Test func addingAFileMovesOnlyThatFile() throws {
        let input = try TestSupport.copyOfExamples(["leidse-regio", "leidschendam-voorburg", "voorbeeldgemeente"])
        func assignment() -> [String: Int] {
            let found = InputDiscovery.discover([input]).inputs
            let keys = ShardGroups.keys(of: found)
            return Dictionary(uniqueKeysWithValues: found.map { ($0.path, Shard.part(ofKey: keys[$0.path] ?? $0.outputStem, count: 4)) })
        }
        let before = assignment()
        try FileSystem.writeAtomically(try FileSystem.read(input + "/voorbeeldgemeente/brief-waterschap.yaml"),
                                       to: input + "/voorbeeldgemeente/brief-waterschap-2.yaml")
        let after = assignment()
        #expect(after.count == before.count + 1)
        for (path, part) in before { #expect(after[path] == part, "\(path) verhuisde") }
    }

    @Test func mergeRefusesMissingDoubleAndForeignParts() throws {
        let input = try TestSupport.copyOfExamples(["voorbeeldgemeente"])
        let parts = try (1...2).map { try Self.run(input, shard: Shard(number: $0, count: 2)).1 }
        let message = { (paths: [String]) -> String in
            IndexMerge.merge(paths) { _ in }?.description ?? ""
        }
        #expect(message([parts[0]]).contains("deel 2 van 2 ontbreekt"))
        #expect(message([parts[0], parts[0]]).contains("komt twee keer voor"))
        let (_, single) = try Self.run(input, shard: nil)
        #expect(message([single]).contains("geen index van een gedeelde run"))
        let other = try TestSupport.copyOfExamples(["leidse-regio"])
        let foreign = try Self.run(other, shard: Shard(number: 2, count: 2)).1
        #expect(message([parts[0], foreign]).contains("hoort niet bij dezelfde run"))
        #expect(message([parts[0], parts[1]]).isEmpty)
    }

    /// The entry lines of a part's index.json, and the file with other ones.
    static func entryLines(_ output: String) throws -> (head: [String], entries: [String]) {
        let lines = String(decoding: try FileSystem.read(output + "/index.json"), as: UTF8.self).split(separator: "\n").map(String.init)
        let open = try #require(lines.firstIndex(of: "  \"documenten\": ["))
        return (Array(lines[...open]), lines[(open + 1)..<(lines.count - 2)].map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 })
    }

    static func rewrite(_ output: String, head: [String], entries: [String]) throws {
        let text = head.joined(separator: "\n") + "\n" + entries.joined(separator: ",\n") + "\n  ]\n}\n"
        try FileSystem.writeAtomically(Array(text.utf8), to: output + "/index.json")
    }

    /// Merging reads the parts side by side, so a part out of order or an
    /// input in two parts is refused, and the command then leaves no index.
    @Test func mergeRefusesAnUnsortedPartAndAnInputInTwoParts() throws {
        let input = try TestSupport.copyOfExamples(["voorbeeldgemeente", "leidse-regio"])
        let parts = try (1...2).map { try Self.run(input, shard: Shard(number: $0, count: 2)).1 }
        let message = { IndexMerge.merge(parts) { _ in }?.description ?? "" }
        #expect(message() == "")
        let (head, entries) = try Self.entryLines(parts[0])
        try #require(entries.count >= 2)
        try Self.rewrite(parts[0], head: head, entries: entries.reversed())
        #expect(message().contains("is niet op bron gesorteerd"))

        let (otherHead, otherEntries) = try Self.entryLines(parts[1])
        try Self.rewrite(parts[0], head: head, entries: entries)
        try Self.rewrite(parts[1], head: otherHead, entries: (otherEntries + [entries[0]]).sorted { source(of: $0) < source(of: $1) })
        #expect(message().contains("staat in deel 1 en in deel 2") || message().contains("staat in deel 2 en in deel 1"))

        let merged = try TestSupport.temporaryDirectory()
        let run = try CommandLineTests.raadsdoc("index", "samenvoegen", parts[0], parts[1], "--uit", merged)
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: merged + "/index.json"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: merged)) == [])
    }

    private func source(of entry: String) -> String {
        let object = try? JSONSerialization.jsonObject(with: Data(entry.utf8)) as? [String: Any]
        return object?["bron"] as? String ?? ""
    }
}
