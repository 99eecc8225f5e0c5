import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import HashSupport
import XMLSupport

/// DiWoo and MDTO from index.json: valid against the official schemas
/// (Fixtures/publicatie, see its NOTICE), the same fields as meta.xml, every
/// soort with a real Woo category, and nothing made up for Flanders.
@Suite struct PublicationMetadataTests {
    static let fixtures = TestSupport.path("Tests/RaadsDocTests/Fixtures/publicatie")
    static let mdtoSchema = try? XMLSchemaDefinition(path: fixtures + "/MDTO-XML1.0.1.xsd")
    /// DiWoo imports MDTO from the web; the import is pointed at the copy.
    static let diwooSchema = try? XMLSchemaDefinition(
        path: fixtures + "/diwoo-metadata.xsd",
        locations: ["https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd": fixtures + "/MDTO-XML1.0.1.xsd"])

    /// A batch of every example, the VNG profile given a TOOI code and its
    /// rapport a date, so that the rapport has DiWoo too; returns the output
    /// folder.
    static func batch() throws -> String {
        let input = try TestSupport.copyOfExamples(["leidse-regio", "leidschendam-voorburg", "vlaamse-centrumsteden",
                                                    "vng-uvw-ipo", "voorbeeldgemeente"])
        let profile = input + "/vng-uvw-ipo/raadsdoc.yaml"
        let text = try String(contentsOfFile: profile, encoding: .utf8)
        try text.replacingOccurrences(of: "\nland: NL", with: "\ntooi: gm0518\nland: NL").write(toFile: profile, atomically: true, encoding: .utf8)
        let report = input + "/vng-uvw-ipo/investeringsagenda.yaml"
        let source = try String(contentsOfFile: report, encoding: .utf8)
        try source.replacingOccurrences(of: "soort: rapport\n", with: "soort: rapport\ndatum: 2024-05-01\n")
            .write(toFile: report, atomically: true, encoding: .utf8)
        let output = try TestSupport.temporaryDirectory()
        let outcome = BatchRunner(options: BatchOptions(outputDirectory: output, jobs: 2)).run([input]) { _, _, _ in }
        #expect(outcome.succeeded)
        return output
    }

    static func entries(_ output: String) throws -> [IndexEntry] {
        var entries: [IndexEntry] = []
        try IndexEntry.forEach(inIndexAt: output + "/index.json") { entries.append($0) }
        return entries
    }

    @Test func everySoortHasACategoryAndActionFromTheOfficialLists() throws {
        let lists = try String(contentsOfFile: Self.fixtures + "/diwoo-metadata-lijsten.xsd", encoding: .utf8)
        func section(_ name: String) throws -> Substring {
            let start = try #require(lists.range(of: "<xs:simpleType name=\"\(name)\""))
            let end = try #require(lists.range(of: "</xs:simpleType>", range: start.upperBound..<lists.endIndex))
            return lists[start.lowerBound..<end.upperBound]
        }
        let categories = try section("informatiecategorielijst")
        let actions = try section("soorthandelinglijst")
        for soort in KindRegistry.allNames {
            let mapped = try #require(WooMapping.bySoort[soort], "soort \(soort) heeft geen Woo-categorie")
            #expect(categories.contains("value=\"\(mapped.category.uri)\""), "\(soort): \(mapped.category.uri)")
            #expect(actions.contains("value=\"\(mapped.action.uri)\""), "\(soort): \(mapped.action.uri)")
            // The label is the list's own.
            #expect(categories.contains(">\(mapped.category.label)</dita:p>") || categories.contains(">\(mapped.category.label)<"))
        }
        #expect(WooMapping.bySoort["klimaatdeal"]?.category == WooMapping.convenanten)
    }

    @Test func diwooOfEverySoortIsValidAgainstTheOfficialSchema() throws {
        let schema = try #require(Self.diwooSchema, "het DiWoo-schema compileert niet")
        let output = try Self.batch()
        let report = try PublicationExport.run(.diwoo, index: output, checksumTime: "2026-01-01T00:00:00Z").get()
        var soorten = Set<String>()
        for entry in try Self.entries(output) where entry.publication?.tooi != nil {
            let stem = try #require(entry.stem)
            let bytes = try FileSystem.read(output + "/" + stem + ".diwoo.xml")
            #expect(schema.validate(bytes, name: stem).map(\.description) == [], "\(stem)")
            soorten.insert(try #require(entry.soort))
        }
        #expect(soorten == Set(KindRegistry.allNames))
        // Voorbeeldstad has no TOOI code, and Flanders has no DiWoo.
        #expect(report.skipped.count == 4)
        #expect(report.skipped.filter { $0.reason.contains("geen TOOI-code") }.count == 2)
        #expect(report.skipped.filter { $0.reason.contains("Nederlandse standaard") }.map(\.source).allSatisfy { $0.contains("vlaamse-centrumsteden") })
    }

    @Test func schemaValidationCatchesAnUnknownPublisher() throws {
        let schema = try #require(Self.diwooSchema)
        let output = try Self.batch()
        _ = try PublicationExport.run(.diwoo, index: output, checksumTime: "2026-01-01T00:00:00Z").get()
        let good = try FileSystem.read(output + "/leidse-regio/raadsmededeling-warmte.diwoo.xml")
        #expect(schema.validate(good, name: "goed").map(\.description) == [])
        let unknown = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "gm0626", with: "gm9999")
        #expect(!schema.validate(Array(unknown.utf8), name: "onbekend").isEmpty)
        let untitled = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "officieleTitel", with: "titel")
        #expect(!schema.validate(Array(untitled.utf8), name: "zonder titel").isEmpty)
    }

    @Test func mdtoRecordsSizeAndChecksumAndIsValidAgainstTheOfficialSchema() throws {
        let schema = try #require(Self.mdtoSchema, "het MDTO-schema compileert niet")
        let output = try Self.batch()
        let report = try PublicationExport.run(.mdto, index: output, checksumTime: "2026-01-01T00:00:00Z").get()
        #expect(report.skipped.isEmpty)
        let entries = try Self.entries(output)
        #expect(report.written.count == entries.reduce(0) { $0 + 1 + $1.outputs.count })
        for entry in entries {
            let stem = try #require(entry.stem)
            #expect(schema.validate(try FileSystem.read(output + "/" + stem + ".mdto.xml"), name: stem).map(\.description) == [], "\(stem)")
            for file in entry.outputs {
                let record = try FileSystem.read(output + "/" + file.path + ".bestand.mdto.xml")
                #expect(schema.validate(record, name: file.path).map(\.description) == [], "\(file.path)")
                let text = String(decoding: record, as: UTF8.self)
                let bytes = try FileSystem.read(output + "/" + file.path)
                #expect(text.contains("<omvang>\(bytes.count)</omvang>"))
                #expect(text.contains("<checksumWaarde>\(SHA256.hex(bytes))</checksumWaarde>"))
                #expect(text.contains("<checksumDatum>2026-01-01T00:00:00Z</checksumDatum>"))
            }
        }
    }

    @Test func mdtoRefusesAnOutputChangedSinceTheIndex() throws {
        let output = try Self.batch()
        try FileSystem.writeAtomically(Array("anders".utf8), to: output + "/leidse-regio/antwoordbrief-pip-wlq.odt")
        let report = try PublicationExport.run(.mdto, index: output, checksumTime: "2026-01-01T00:00:00Z").get()
        #expect(report.skipped.count == 1)
        #expect(report.skipped.first?.source.hasSuffix("leidse-regio/antwoordbrief-pip-wlq.yaml") == true)
        #expect(report.skipped.first?.reason.contains("SHA-256 klopt niet") == true)
        #expect(!FileSystem.exists(output + "/leidse-regio/antwoordbrief-pip-wlq.mdto.xml"))
    }

    /// meta.xml carries what DiWoo says, and the source's SHA-256 of index.json.
    @Test func metaXMLCarriesTheSameFieldsAsIndexJSON() throws {
        let output = try Self.batch()
        for entry in try Self.entries(output) {
            let stem = try #require(entry.stem)
            let meta = String(decoding: try TestSupport.part("meta.xml", of: FileSystem.read(output + "/" + stem + ".odt")), as: UTF8.self)
            let fields = Self.userDefined(meta)
            #expect(fields["raadsdoc:bron-sha256"] == entry.sourceHash)
            let publication = try #require(entry.publication)
            if publication.country == .nl {
                #expect(fields["diwoo:publisher"] == publication.tooiURI)
                #expect(fields["diwoo:officieleTitel"] == entry.title)
                #expect(fields["diwoo:informatiecategorie"] == publication.category?.uri)
                #expect(fields["diwoo:creatiedatum"] == entry.date)
                #expect(fields["diwoo:soortHandeling"] == publication.action?.uri)
            } else {
                #expect(fields.keys.sorted() == ["raadsdoc:bron-sha256"])
            }
        }
    }

    @Test func aTOOICodeMustBeAMunicipalityCodeAndIsNotForFlanders() throws {
        let letter = try #require(KindRegistry.kind(named: "brief")).starter
        for (profile, message) in [("gemeente: Voorschoten\ntooi: 0626\n", "geen TOOI-code van een gemeente"),
                                   ("gemeente: Gent\nland: BE\ntooi: gm0626\n", "Vlaams profiel")] {
            let (document, _) = TestSupport.load(try TestSupport.writeInput(letter, profile: profile))
            let found = document.diagnostics.items.filter { $0.code == "RD-INVOER-029" }
            #expect(found.count == 1, "\(profile)")
            #expect(found.first?.message.contains(message) == true)
            #expect(found.first?.position.line == (profile.contains("land") ? 3 : 2))
        }
        let (good, _) = TestSupport.load(try TestSupport.writeInput(letter, profile: "gemeente: Voorschoten\ntooi: gm0626\n"))
        #expect(good.profile.tooi == "gm0626")
        #expect(!good.diagnostics.items.contains { $0.code == "RD-INVOER-029" })
    }

    @Test func theIndexCommandsReportWhatTheySkipAndExitAccordingly() throws {
        let input = try TestSupport.copyOfExamples(["leidse-regio", "vlaamse-centrumsteden"])
        let output = try TestSupport.temporaryDirectory()
        #expect(try CommandLineTests.raadsdoc("batch", input, "--uit", output).status == 0)
        let diwoo = try CommandLineTests.raadsdoc("index", "diwoo", output)
        #expect(diwoo.status == 1)
        #expect(diwoo.errors.contains("klimaatgovernance.yaml: overgeslagen: Vlaams document (land: BE)"))
        #expect(diwoo.output.contains("4 bestanden geschreven, 2 documenten overgeslagen"))
        let mdto = try CommandLineTests.raadsdoc("index", "mdto", output + "/index.json")
        #expect(mdto.status == 0, "\(mdto.errors)")
        let first = try FileSystem.read(output + "/leidse-regio/raadsmededeling-warmte.mdto.xml")
        #expect(try CommandLineTests.raadsdoc("index", "mdto", output).status == 0)
        #expect(try FileSystem.read(output + "/leidse-regio/raadsmededeling-warmte.mdto.xml") == first)
        #expect(try CommandLineTests.raadsdoc("index", "mdto", output + "/ontbreekt").status == 2)
    }

    @Test func checksumTimeIsSourceDateEpochWhenSet() {
        #expect(PublicationExport.checksumTime(environment: ["SOURCE_DATE_EPOCH": "1700000000"], index: "/bestaat/niet")
            == "2023-11-14T22:13:20Z")
        #expect(PublicationExport.checksumTime(environment: [:], written: { 86399 }) == "1970-01-01T23:59:59Z")
    }

    static func userDefined(_ meta: String) -> [String: String] {
        var fields: [String: String] = [:]
        var rest = meta[...]
        while let start = rest.range(of: "<meta:user-defined meta:name=\"") {
            rest = rest[start.upperBound...]
            guard let nameEnd = rest.firstIndex(of: "\""), let open = rest.firstIndex(of: ">"),
                  let close = rest.range(of: "</meta:user-defined>") else { break }
            fields[String(rest[..<nameEnd])] = String(rest[rest.index(after: open)..<close.lowerBound])
            rest = rest[close.upperBound...]
        }
        return fields
    }
}
