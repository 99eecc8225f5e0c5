import Testing
@testable import RaadsDocCore
@testable import RaadsDocKinds
@testable import RaadsDocODF
@testable import RaadsDocPipeline

/// A writer's shared parts: kept from their second use, bounded, dropped
/// least recently used first, and never shared with another writer.
@Suite struct SharedPartsTests {
    /// A letter in the built-in house style whose header names `header`.
    static func letter(header: String) -> Document {
        Document(metadata: DocumentMetadata(title: "Brief", subject: header, date: Datum.epoch),
                 page: PageSetup(headerText: header), body: [.text("Tekst voor \(header).")])
    }

    /// Asks `shared` for the styles.xml of `key` and records in `made` when
    /// it had to be written, i.e. was not kept.
    static func use(_ key: String, in shared: SharedParts, made: inout [String]) throws {
        _ = try shared.styles(key: key) {
            made.append(key)
            return Array("<styles naam=\"\(key)\"/>".utf8)
        }
    }

    @Test func stylesAreKeptFromTheirSecondUseOn() throws {
        let shared = SharedParts()
        var made: [String] = []
        for _ in 0..<4 { try Self.use("a", in: shared, made: &made) }
        #expect(made == ["a", "a"])
        #expect(shared.counts.styles == 1)
    }

    @Test func aFullStoreDropsOnlyTheLeastRecentlyUsedStyles() throws {
        let shared = SharedParts(stylesCapacity: 4)
        var made: [String] = []
        for key in ["k0", "k1", "k2", "k3"] {
            try Self.use(key, in: shared, made: &made)
            try Self.use(key, in: shared, made: &made)
        }
        try Self.use("k0", in: shared, made: &made)
        try Self.use("k4", in: shared, made: &made)
        try Self.use("k4", in: shared, made: &made)
        #expect(shared.counts.styles == 4)
        made = []
        for key in ["k0", "k2", "k3", "k4"] { try Self.use(key, in: shared, made: &made) }
        #expect(made == [], "what is still in use stays when the store is full")
        try Self.use("k1", in: shared, made: &made)
        #expect(made == ["k1"], "the least recently used styles.xml made room")
    }

    @Test func stylesStayWithinTheirBoundOverALongRun() throws {
        let shared = SharedParts(stylesCapacity: 8)
        var made: [String] = []
        for number in 0..<500 {
            try Self.use("k\(number)", in: shared, made: &made)
            try Self.use("k\(number)", in: shared, made: &made)
            #expect(shared.counts.styles <= 8)
        }
        #expect(shared.counts.styles == 8)
    }

    @Test func houseStylesStayWithinTheirBoundAndDropTheLeastRecentlyUsed() throws {
        let shared = SharedParts(templatePartsCapacity: 2)
        var made: [String] = []
        func use(_ key: String) throws {
            _ = try shared.templateParts(key: key) {
                made.append(key)
                return []
            }
        }
        for key in ["a", "b", "a", "c"] { try use(key) }
        #expect(made == ["a", "b", "c"])
        #expect(shared.counts.templateParts == 2)
        try use("a")
        try use("c")
        try use("b")
        #expect(made == ["a", "b", "c", "b"])
    }

    @Test func twoWritersKeepTheirPartsApart() throws {
        let first = ODFWriter(styles: KindRegistry.styles)
        let second = ODFWriter(styles: KindRegistry.styles, shared: SharedParts(templatePartsCapacity: 1, stylesCapacity: 1))
        let letter = Self.letter(header: "Gemeente Eerstedorp")
        _ = try first.odt(letter)
        _ = try first.odt(letter)
        #expect(first.shared.counts.styles == 1)
        #expect(first.shared.counts.templateParts == 1)
        #expect(second.shared.counts.styles == 0)
        #expect(second.shared.counts.templateParts == 0)
        for number in 0..<20 {
            let other = Self.letter(header: "Gemeente \(number)")
            _ = try second.odt(other)
            _ = try second.odt(other)
        }
        #expect(second.shared.counts.styles == 1)
        #expect(first.shared.counts.styles == 1)
        #expect(ODFWriter(styles: KindRegistry.styles).shared !== first.shared)
    }

    /// Two writers, each on four threads at once and one of them with room
    /// for a single part (so that it evicts all the time), make exactly the
    /// bytes a fresh writer makes for each letter.
    @Test func writersOnManyThreadsAtOnceMakeTheSameBytes() throws {
        let letters = (0..<6).map { Self.letter(header: "Gemeente \($0 % 3)") }
        let expected = try letters.map { try ODFWriter(styles: KindRegistry.styles).odt($0) }
        let writers = [ODFWriter(styles: KindRegistry.styles), ODFWriter(styles: KindRegistry.styles, shared: SharedParts(templatePartsCapacity: 1, stylesCapacity: 1))]
        let outcomes = WorkerPool.map(8, jobs: 8) { task -> Bool in
            let writer = writers[task % writers.count]
            for round in 0..<10 {
                for offset in letters.indices {
                    let index = (offset + round + task) % letters.count
                    guard (try? writer.odt(letters[index])) == expected[index] else { return false }
                }
            }
            return true
        }
        #expect(outcomes == Array(repeating: true, count: 8))
        #expect(writers[0].shared.counts.styles == 3)
        #expect(writers[1].shared.counts.styles == 1)
    }
}
