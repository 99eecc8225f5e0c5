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
        #expect(reformatted.mapValues(\.fingerprint) == records.mapValues(\.fingerprint))
    }
}
