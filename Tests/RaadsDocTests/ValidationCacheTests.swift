import Foundation
import HashSupport
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF

/// The on-disk cache of schema validations: an outcome is reused only by
/// the same raadsdoc version for the same schema and bytes, and storing
/// cleans up what other versions left, never anything it did not write.
@Suite struct ValidationCacheTests {
    static let parts: [[UInt8]] = [Array("<inhoud/>".utf8), Array("<stijlen/>".utf8)]
    static let schemaHash = String(repeating: "a", count: 64)
    static let otherSchemaHash = String(repeating: "b", count: 64)
    static let problems = ["content.xml: fout een", "styles.xml: fout twee"]

    /// `parts` looked up in `cache`; `validated` counts the times the
    /// schema had to be consulted.
    static func lookUp(_ parts: [[UInt8]] = parts, in cache: ValidationCache, validated: inout Int) -> [String] {
        cache.problems(of: parts) {
            validated += 1
            return problems
        }
    }

    static func hex(_ character: Character, _ count: Int) -> String {
        String(repeating: character, count: count)
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func contents(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test func theSameBytesAreValidatedOnceAndStoredAtomically() throws {
        let cache = ValidationCache(base: try TestSupport.temporaryDirectory(), version: "1.0.0", schemaHash: Self.schemaHash)
        var validated = 0
        #expect(Self.lookUp(in: cache, validated: &validated) == Self.problems)
        #expect(Self.lookUp(in: cache, validated: &validated) == Self.problems)
        #expect(validated == 1)
        #expect(cache.folderName == "odf13-1.0.0-" + Self.hex("a", 16))
        #expect(Self.contents(cache.folder) == [cache.key(of: Self.parts) + ".txt"])
        _ = Self.lookUp([Array("<ander/>".utf8)], in: cache, validated: &validated)
        #expect(validated == 2)
    }

    @Test func anotherVersionOrSchemaMissesTheCache() throws {
        let base = try TestSupport.temporaryDirectory()
        let caches = [
            ValidationCache(base: base, version: "1.0.0", schemaHash: Self.schemaHash),
            ValidationCache(base: base, version: "1.0.1", schemaHash: Self.schemaHash),
            ValidationCache(base: base, version: "1.0.0", schemaHash: Self.otherSchemaHash),
        ]
        var validated = 0
        for cache in caches { _ = Self.lookUp(in: cache, validated: &validated) }
        #expect(validated == 3)
        #expect(Set(caches.map { $0.key(of: Self.parts) }).count == 3)
        #expect(Set(caches.map(\.folderName)).count == 3)
    }

    @Test func theShippedCacheIsKeyedByThisVersionAndTheShippedSchema() throws {
        let cache = try #require(ValidationCache.standard)
        let schemas = try #require(ODFSchemas.directory)
        #expect(cache.version == RaadsDocVersion.number)
        #expect(cache.schemaHash == SHA256.hex(try FileSystem.read(schemas + "/" + ODFSchemas.documentSchemaFile)),
                "the schema file changed: put its SHA-256 in ODFSchemas.documentSchemaSHA256")
    }

    @Test func storingRemovesOtherVersionsEntriesAndLeavesForeignFilesAlone() throws {
        let base = try TestSupport.temporaryDirectory()
        let outside = try TestSupport.temporaryDirectory()
        let manager = FileManager.default
        let entry = Self.hex("c", 64) + ".txt"
        // Entries of an older version, one folder with a file of someone else's in it.
        let older = base + "/odf13-0.9.0-" + Self.hex("d", 16)
        let oldest = base + "/odf13-0.8.0-" + Self.hex("e", 16)
        for folder in [older, oldest] {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Self.write("", to: folder + "/" + entry)
            try Self.write("", to: folder + "/." + entry + ".raadsdoc-tmp-123")
        }
        try Self.write("mijn aantekeningen", to: older + "/notities.txt")
        // An entry from before entries were kept per version; foreign files.
        try Self.write("", to: base + "/odf13-" + entry)
        try Self.write("lees mij", to: base + "/leesmij.txt")
        try manager.createDirectory(atPath: base + "/odf13-eigen", withIntermediateDirectories: true)
        try Self.write("", to: base + "/odf13-eigen/" + entry)
        // Links named like a version folder and like an entry, to files elsewhere.
        try Self.write("buiten", to: outside + "/" + entry)
        try manager.createSymbolicLink(atPath: base + "/odf13-0.7.0-" + Self.hex("f", 16), withDestinationPath: outside)
        try manager.createSymbolicLink(atPath: base + "/odf13-" + Self.hex("9", 64) + ".txt",
                                       withDestinationPath: outside + "/" + entry)

        let cache = ValidationCache(base: base, version: "1.0.0", schemaHash: Self.schemaHash)
        var validated = 0
        _ = Self.lookUp(in: cache, validated: &validated)

        #expect(Self.contents(base) == [
            "leesmij.txt", "odf13-" + Self.hex("9", 64) + ".txt", "odf13-0.7.0-" + Self.hex("f", 16),
            "odf13-0.9.0-" + Self.hex("d", 16), cache.folderName, "odf13-eigen",
        ].sorted())
        #expect(Self.contents(older) == ["notities.txt"])
        #expect(Self.contents(base + "/odf13-eigen") == [entry])
        #expect(Self.contents(outside) == [entry])
        #expect(try String(contentsOfFile: outside + "/" + entry, encoding: .utf8) == "buiten")
        #expect(Self.contents(cache.folder) == [cache.key(of: Self.parts) + ".txt"])
    }

    @Test func theFolderInUseKeepsItsNewestEntriesWithinTheBound() throws {
        let base = try TestSupport.temporaryDirectory()
        let roomy = ValidationCache(base: base, version: "1.0.0", schemaHash: Self.schemaHash, maximumEntries: 10)
        var validated = 0
        let older = (0..<5).map { [Array("<deel nummer=\"\($0)\"/>".utf8)] }
        for parts in older { _ = Self.lookUp(parts, in: roomy, validated: &validated) }
        // Written in this order, a second apart, the first longest ago.
        for (number, parts) in older.enumerated() {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000 + Double(number))],
                                                  ofItemAtPath: roomy.folder + "/" + roomy.key(of: parts) + ".txt")
        }
        try Self.write("van iemand anders", to: roomy.folder + "/notities.txt")

        let bounded = ValidationCache(base: base, version: "1.0.0", schemaHash: Self.schemaHash, maximumEntries: 3)
        let newest = [Array("<nieuw/>".utf8)]
        _ = Self.lookUp(newest, in: bounded, validated: &validated)

        let kept = [newest, older[3], older[4]].map { bounded.key(of: $0) + ".txt" } + ["notities.txt"]
        #expect(Self.contents(bounded.folder) == kept.sorted())
        #expect(validated == 6)
    }

    @Test func theFolderInUseStaysWithinItsSizeBound() throws {
        let base = try TestSupport.temporaryDirectory()
        let entrySize = Self.problems.joined(separator: "\n").utf8.count
        let cache = ValidationCache(base: base, version: "1.0.0", schemaHash: Self.schemaHash,
                                    maximumBytes: 2 * entrySize + entrySize / 2)
        var validated = 0
        for number in 0..<6 { _ = Self.lookUp([Array("<deel nummer=\"\(number)\"/>".utf8)], in: cache, validated: &validated) }
        #expect(Self.contents(cache.folder).count == 2)
    }
}
