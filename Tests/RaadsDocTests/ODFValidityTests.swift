import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import ZipSupport

/// Every document raadsdoc produces from the example inputs is a valid ODF
/// 1.3 package, the same input gives the same bytes, and the package
/// follows the rules LibreOffice and other readers rely on.
@Suite struct ODFValidityTests {
    @Test(arguments: TestSupport.exampleInputs)
    func exampleInputRendersValidODF(_ input: String) throws {
        let odt = try TestSupport.render(input)
        #expect(PackageVerifier.problems(in: odt) == [])
    }

    @Test(arguments: TestSupport.exampleInputs)
    func renderingTwiceGivesIdenticalBytes(_ input: String) throws {
        #expect(try TestSupport.render(input) == TestSupport.render(input))
    }

    @Test func mimetypeIsFirstStoredAndHasNoExtraField() throws {
        let odt = try TestSupport.render(TestSupport.path("inputs/leidse-regio/raadsmededeling-warmte.yaml"))
        let archive = try ZipArchiveReader(bytes: odt)
        let first = try #require(archive.entries.first)
        #expect(first.name == "mimetype")
        #expect(first.isStored)
        #expect(first.extraFieldCount == 0)
        #expect(try TestSupport.part("mimetype", of: odt) == Array("application/vnd.oasis.opendocument.text".utf8))
        // The letter uses templates/standaard, whose settings are copied along.
        #expect(archive.entries.map(\.name) == ["mimetype", "content.xml", "styles.xml", "meta.xml", "settings.xml",
                                                "META-INF/manifest.xml"])
    }

    @Test func verifierRejectsACompressedMimetype() throws {
        let writer = try ZipArchiveWriter()
        let timestamp = DOSTimestamp(year: 2021, month: 7, day: 13)
        try writer.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), compression: .deflate(level: 6), timestamp: timestamp)
        let problems = PackageVerifier.problems(in: try writer.finish())
        #expect(problems.contains { $0.contains("gecomprimeerd") })
        #expect(problems.contains { $0.contains("manifest.xml ontbreekt") })
    }

    @Test func verifierReportsSchemaViolations() throws {
        let odt = try TestSupport.render(TestSupport.path("inputs/leidse-regio/antwoordbrief-pip-wlq.yaml"))
        let archive = try ZipArchiveReader(bytes: odt)
        let writer = try ZipArchiveWriter()
        let timestamp = DOSTimestamp(year: 2021, month: 7, day: 13)
        for entry in archive.entries {
            var bytes = try archive.read(entry, limit: 1 << 24)
            if entry.name == "content.xml" {
                let text = String(decoding: bytes, as: UTF8.self)
                    .replacingOccurrences(of: "<office:text>", with: "<office:text><text:bogus/>")
                bytes = Array(text.utf8)
            }
            try writer.add(entry.name, bytes, compression: entry.isStored ? .store : .deflate(level: 6), timestamp: timestamp)
        }
        let invalid = try writer.finish()
        let problems = PackageVerifier.problems(in: invalid)
        #expect(problems.contains { $0.hasPrefix("content.xml") })
        // A memo gives the same verdicts, for the valid package and then
        // for the one that differs only in content.xml, from memory or not.
        let memo = PartValidationMemo()
        #expect(PackageVerifier.problems(in: odt, memo: memo) == [])
        #expect(PackageVerifier.problems(in: invalid, memo: memo) == problems)
        #expect(PackageVerifier.problems(in: invalid, memo: memo) == problems)
        #expect(PackageVerifier.problems(in: odt, memo: memo) == [])
    }

    /// The memo validates a part once per distinct bytes and name, and
    /// forgets everything when full rather than growing.
    @Test func partValidationMemoValidatesEachDistinctPartOnce() {
        let memo = PartValidationMemo(maximumEntries: 2)
        var calls = 0
        let validate = { () -> [String] in calls += 1; return ["probleem \(calls)"] }
        #expect(memo.problems(of: "styles.xml", Array("<a/>".utf8), validate: validate) == ["probleem 1"])
        #expect(memo.problems(of: "styles.xml", Array("<a/>".utf8), validate: validate) == ["probleem 1"])
        #expect(memo.problems(of: "content.xml", Array("<a/>".utf8), validate: validate) == ["probleem 2"])
        #expect(calls == 2)
        #expect(memo.problems(of: "styles.xml", Array("<b/>".utf8), validate: validate) == ["probleem 3"])
        #expect(memo.problems(of: "styles.xml", Array("<a/>".utf8), validate: validate) == ["probleem 4"])
        #expect(calls == 4)
    }

    @Test func metadataComesFromTheDocumentNotTheClock() throws {
        let odt = try TestSupport.render(TestSupport.path("inputs/leidse-regio/raadsmededeling-warmte.yaml"))
        let meta = String(decoding: try TestSupport.part("meta.xml", of: odt), as: UTF8.self)
        #expect(meta.contains("<meta:creation-date>2021-07-13T00:00:00</meta:creation-date>"))
        #expect(meta.contains("<dc:language>nl-NL</dc:language>"))
        #expect(meta.contains("<meta:generator>raadsdoc/\(RaadsDocVersion.number)</meta:generator>"))
        #expect(meta.contains("<dc:subject>Samenwerking warmtetransitie Leidse regio</dc:subject>"))
        #expect(meta.contains("office:version=\"1.3\""))
    }

    @Test func everyReferencedParagraphStyleIsDefined() throws {
        for input in TestSupport.exampleInputs {
            let odt = try TestSupport.render(input)
            let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
            let styles = String(decoding: try TestSupport.part("styles.xml", of: odt), as: UTF8.self)
            for name in Self.attributeValues("text:style-name", in: content) {
                let defined = styles.contains("style:name=\"\(name)\"") || content.contains("style:name=\"\(name)\"")
                #expect(defined, "\(input): stijl \(name) is niet gedefinieerd")
            }
        }
    }

    @Test func houseStyleDefinesEveryStyleOnce() {
        let names = KindRegistry.styles.map(\.name)
        #expect(Set(names).count == names.count, "dubbel: \(names.filter { name in names.count { $0 == name } > 1 })")
    }

    static func attributeValues(_ attribute: String, in xml: String) -> Set<String> {
        var values = Set<String>()
        var rest = Substring(xml)
        while let range = rest.range(of: attribute + "=\"") {
            rest = rest[range.upperBound...]
            if let end = rest.firstIndex(of: "\"") {
                values.insert(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return values
    }
}
