import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// A batch's memory stays flat in the number of documents: per document it
/// holds one fixed-size record (the rest is in a spool on disk), keeps
/// diagnostics only for documents that have any, and streams index.json
/// to disk entry by entry.
@Suite struct BatchMemoryTests {
    @Test func aDocumentCostsOneSmallRecordWithoutReferences() {
        // A String, an array or a class in the record would make it
        // non-trivial (and larger): per-document memory would be back.
        #expect(_isPOD(BatchRecord.self))
        #expect(MemoryLayout<BatchRecord>.stride <= 16)
    }

    @Test func everyDocumentReadBackFromTheSpoolIsWhatIndexJSONSays() throws {
        let input = try BatchTests.meetingFolder(broken: true)
        let (outcome, output) = try BatchTests.run(input)
        #expect(outcome.items.count > 2)
        let index = try String(contentsOfFile: output + "/" + BatchIndex.fileName, encoding: .utf8)
        let lines = Set(index.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for item in outcome.items {
            let entry = BatchIndex.entry(item)
            #expect(lines.contains(entry) || lines.contains(entry + ","), "\(item.input.path)")
        }
        // Only documents with diagnostics keep them in memory.
        let withDiagnostics = outcome.items.indices.filter { !outcome.items[$0].diagnostics.isEmpty }
        #expect(!withDiagnostics.isEmpty)
        #expect(outcome.items.diagnosticsByIndex.keys.sorted() == withDiagnostics)
        #expect(outcome.items.diagnosticsByIndex.values.allSatisfy { !$0.isEmpty })
        // The spool leaves no name behind in the output folder.
        let hidden = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.contains(FileSystem.temporaryMarker) }
        #expect(hidden == [])
    }

    @Test func aChangedItemLandsInTheSpoolWithEverythingItHolds() throws {
        let directory = try OpenDirectory(try TestSupport.temporaryDirectory())
        let spool = try BatchSpool(in: directory)
        #expect(directory.entries().isEmpty)
        let parts = BatchIndex.Parts(source: #""bron":"a.yaml","bron-sha256":"00""#, described: #""afhankelijk-van":[]"#,
                                     warnings: #""waarschuwingen":[]"#, closing: #""vingerafdruk":"ff""#)
        var item = BatchItem(input: InputDiscovery.Input(path: "a.yaml", outputStem: "a"), status: .gemaakt, soort: "brief",
                             diagnostics: [], outputs: [("a.odt", "11")], fingerprint: "ff", failure: nil,
                             stagedPath: ".a.odt.raadsdoc-klaar-ff", indexParts: parts)
        var results = BatchResults(inputs: InputList([item.input]), records: [BatchResults.record(of: item, in: spool)],
                                   diagnostics: [:], spool: spool)
        #expect(results.records[0].staged)
        item.stagedPath = nil
        item.status = .mislukt
        item.outputs.append(("a.pdf", "22"))
        item.failure = "kan \"a.pdf\" niet plaatsen"
        item.pdfaCheck = PDFAInspection(part: "2", conformance: nil, findings: ["geen uitvoerprofiel", "ü"])
        results.update(0, to: item)
        let back = results[0]
        #expect(!results.records[0].staged && back.status == .mislukt)
        #expect(back.soort == "brief" && back.fingerprint == "ff" && back.failure == item.failure && back.stagedPath == nil)
        #expect(back.outputs.map(\.path) == ["a.odt", "a.pdf"] && back.outputs.map(\.hash) == ["11", "22"])
        #expect(back.pdfaCheck == item.pdfaCheck && back.indexParts == parts)
        #expect(BatchIndex.entry(back) == #"{"bron":"a.yaml","bron-sha256":"00","status":"mislukt","afhankelijk-van":[],"#
            + #""uitvoer":[{"pad":"a.odt","sha256":"11"},{"pad":"a.pdf","sha256":"22"}],"#
            + #""pdfa":{"deel":"2b","controle":"raadsdoc-pdfa-inspectie","uitkomst":"ongeldig","bevindingen":["geen uitvoerprofiel","ü"]},"#
            + #""waarschuwingen":[],"fout":"kan \"a.pdf\" niet plaatsen","vingerafdruk":"ff"}"#)
        #expect(spool.problem == nil)
    }

    @Test func packedInputsUnpackAsTheyWere() {
        let inputs = [InputDiscovery.Input(path: "in/één.yaml", outputStem: "één"), InputDiscovery.Input(path: "b.yml", outputStem: ""),
                      InputDiscovery.Input(path: "map/c.yaml", outputStem: "map/c")]
        #expect(Array(InputList(inputs)) == inputs)
        #expect(InputList([]).isEmpty)
    }

    @Test func theIndexGoesOutOneEntryAtATime() throws {
        var pieces: [String] = []
        BatchIndex.write(entries: ["{\"bron\":\"a\"}", "{\"bron\":\"b\"}"], part: nil) { pieces.append($0) }
        #expect(pieces.count == 3)
        #expect(pieces.joined() == "{\n  \"generator\": \"raadsdoc/\(RaadsDocVersion.number)\",\n  \"documenten\": [\n"
            + "    {\"bron\":\"a\"},\n    {\"bron\":\"b\"}\n  ]\n}\n")
        #expect(BatchIndex.text(entries: [], part: nil)
            == "{\n  \"generator\": \"raadsdoc/\(RaadsDocVersion.number)\",\n  \"documenten\": []\n}\n")
    }

    @Test func anAtomicFileWrittenInPiecesAppearsOnlyOnCommit() throws {
        let path = try TestSupport.temporaryDirectory()
        let directory = try OpenDirectory(path)
        try directory.writeAtomically(Array("oud".utf8), name: "index.json")
        let file = try AtomicFile("index.json", in: directory)
        let piece = String(repeating: "x", count: 40_000)
        for _ in 0..<5 { try file.write(piece) }
        #expect(try FileSystem.read(path + "/index.json") == Array("oud".utf8))
        try file.commit()
        #expect(try FileSystem.read(path + "/index.json").count == 200_000)
        #expect(directory.entries().map(\.name) == ["index.json"])

        let abandoned = try AtomicFile("index.json", in: directory)
        try abandoned.write("nieuw")
        abandoned.abandon()
        #expect(try FileSystem.read(path + "/index.json").count == 200_000)
        #expect(directory.entries().map(\.name) == ["index.json"])
    }
}
