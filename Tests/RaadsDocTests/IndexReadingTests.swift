import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocPipeline
import HashSupport

/// Reading a file a line at a time in bounded memory, and the records of
/// an earlier run read back from index.json that way (or whole, when the
/// file was laid out anew).
@Suite struct IndexReadingTests {
    static func lines(of text: String, maximumLength: Int = 1 << 20, stopAfter: Int = .max) throws -> [String] {
        let path = try TestSupport.temporaryDirectory() + "/regels.txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var lines: [String] = []
        try FileSystem.readLines(path, maximumLength: maximumLength) { line in
            lines.append(String(decoding: line, as: UTF8.self))
            return lines.count < stopAfter
        }
        return lines
    }

    @Test func linesAcrossChunksComeWholeAndTheLastNeedsNoLineFeed() throws {
        // Lines of 1 to 200,000 bytes, so that some span two or more 64 KB chunks.
        let expected = [1, 70_000, 0, 65_535, 65_536, 200_000, 3].enumerated().map { index, length in
            String(repeating: Character(String(UnicodeScalar(UInt8(97 + index)))), count: length)
        }
        #expect(try Self.lines(of: expected.joined(separator: "\n")) == expected)
        #expect(try Self.lines(of: "a\nb\n") == ["a", "b"])
        #expect(try Self.lines(of: "") == [])
    }

    @Test func readingStopsWhenAsked() throws {
        #expect(try Self.lines(of: "a\nb\nc\n", stopAfter: 2) == ["a", "b"])
    }

    @Test(arguments: ["kort\n" + String(repeating: "x", count: 101) + "\nkort",
                      String(repeating: "y", count: 70_000) + "\n" + String(repeating: "z", count: 200_000)])
    func aLineBeyondTheBoundIsRefused(_ text: String) throws {
        let bound = text.hasPrefix("kort") ? 100 : 100_000
        #expect(throws: FileSystem.Failure.self) { try Self.lines(of: text, maximumLength: bound) }
    }

    @Test func aDigestReadsBackAsItsHex() throws {
        let hex = SHA256.hex(Array("abc".utf8))
        #expect(SHA256Digest(hex: hex)?.hex == hex)
        #expect(SHA256Digest(hex: hex.uppercased())?.hex == hex)
        #expect(SHA256Digest(hex: String(repeating: "0", count: 64))?.hex == String(repeating: "0", count: 64))
        #expect(SHA256Digest(hex: String(hex.dropLast())) == nil)
        #expect(SHA256Digest(hex: String(hex.dropLast()) + "g") == nil)
        #expect(SHA256Digest(hex: "") == nil)
    }

    /// The records read line by line equal those of the whole file parsed
    /// at once, and a reformatted index.json gives them too.
    @Test func previousRecordsComeFromEachLayout() throws {
        let input = try BatchTests.meetingFolder(broken: true)
        let (outcome, output) = try BatchTests.run(input)
        let records = BatchIndex.previousRecords(in: output)
        let made = outcome.items.filter { $0.status == .gemaakt }
        #expect(records.count == made.count && !made.isEmpty)
        for item in made {
            let record = try #require(records[item.input.path])
            #expect(record.fingerprint.hex == item.fingerprint && record.hasFingerprint(item.fingerprint))
            #expect(record.outputsWithHexHashes.map(\.path) == item.outputs.map(\.path))
            #expect(record.outputsWithHexHashes.map(\.hash) == item.outputs.map(\.hash))
        }
        let index = output + "/" + BatchIndex.fileName
        let tree = try JSONSerialization.jsonObject(with: Data(try FileSystem.read(index)))
        try JSONSerialization.data(withJSONObject: tree, options: [.prettyPrinted]).write(to: URL(fileURLWithPath: index))
        let reformatted = BatchIndex.previousRecords(in: output)
        #expect(reformatted.count == records.count)
        for item in made {
            #expect(reformatted[item.input.path]?.fingerprint == records[item.input.path]?.fingerprint)
        }
    }

    @Test func aDigestReadsBackFromItsBytes() {
        let hex = SHA256.hex(Array("abc".utf8))
        let digest = SHA256Digest(hex: hex)
        #expect(digest?.bytes.count == SHA256Digest.byteCount)
        #expect(digest.map { SHA256Digest(bytes: $0.bytes) } == digest)
        #expect(digest?.bytes.first == 0xba && digest?.bytes.last == 0xad)
    }

    /// Thousands of records (the table grows many times over, the records
    /// fill more than one chunk, one record is larger than a chunk), each
    /// found again whole; a later record for a path replaces the earlier one.
    @Test func packedRecordsGiveBackWhatWasPut() throws {
        func digest(_ text: String) -> SHA256Digest? { SHA256Digest(hex: SHA256.hex(Array(text.utf8))) }
        var records = PreviousRecords()
        let count = 12_000
        for index in 0..<count {
            let outputs = try (0..<(index % 3)).map { output in
                ("uit/brief-\(index)-\(output).odt", try #require(digest("\(index)/\(output)")))
            }
            records.insert(source: "brieven/ë-\(index).yaml", fingerprint: try #require(digest("\(index)")), outputs: outputs)
        }
        let long = String(repeating: "lang/", count: PreviousRecords.chunkSize / 4) + "brief.yaml"
        records.insert(source: long, fingerprint: try #require(digest("lang")), outputs: [(long + ".odt", try #require(digest("l")))])
        records.insert(source: "na-lang.yaml", fingerprint: try #require(digest("na")), outputs: [])
        #expect(records[long]?.outputs.map(\.path) == [long + ".odt"] && records["na-lang.yaml"]?.fingerprint == digest("na"))
        #expect(records.count == count + 2)
        for index in stride(from: 0, to: count, by: 7) {
            let record = try #require(records["brieven/ë-\(index).yaml"])
            #expect(record.fingerprint == digest("\(index)"))
            #expect(record.outputs.map(\.path) == (0..<(index % 3)).map { "uit/brief-\(index)-\($0).odt" })
            #expect(record.outputs.map(\.hash) == (0..<(index % 3)).map { digest("\(index)/\($0)") })
        }
        #expect(records["brieven/ë-\(count).yaml"] == nil && records["brieven/e-1.yaml"] == nil && records[""] == nil)

        records.insert(source: "brieven/ë-1.yaml", fingerprint: try #require(digest("nieuw")), outputs: [])
        #expect(records.count == count + 2)
        #expect(records["brieven/ë-1.yaml"]?.fingerprint == digest("nieuw"))
        #expect(records["brieven/ë-1.yaml"]?.outputs.isEmpty == true)
        #expect(records["brieven/ë-2.yaml"]?.fingerprint == digest("2"))
    }
}
