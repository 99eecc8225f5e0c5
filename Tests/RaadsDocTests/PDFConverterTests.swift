import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// LibreOffice as a dependency that can be missing or hang: a clear message
/// naming the package, and a hung process killed so the batch goes on.
@Suite struct PDFConverterTests {
    @Test func missingLibreOfficeNamesThePackageToInstall() throws {
        let empty = try TestSupport.temporaryDirectory()
        guard case .failure(let failure) = PDFConverter.make(format: .pdf, jobs: 1, searchPath: empty) else {
            Issue.record("zonder soffice op het zoekpad hoort het maken te mislukken")
            return
        }
        #expect(failure.description.contains("libreoffice-writer-nogui"))
    }

    @Test func hungLibreOfficeIsKilledAndItsDocumentsFail() throws {
        let directory = try TestSupport.temporaryDirectory()
        let fake = directory + "/soffice"
        try "#!/bin/sh\nsleep 60\n".write(toFile: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        let converter = try PDFConverter.make(format: .pdf, jobs: 2, timeout: 1, searchPath: directory).get()
        let odt = directory + "/brief.odt"
        try FileSystem.writeAtomically(try TestSupport.render(TestSupport.path("inputs/leidse-regio/antwoordbrief-pip-wlq.yaml")), to: odt)
        let start = Date()
        let failures = converter.convert([PDFConverter.Job(odt: odt, pdf: directory + "/brief.pdf")], workDirectory: directory)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(failures[odt]?.contains("reageerde niet") == true)
        #expect(!FileSystem.exists(directory + "/brief.pdf"))
        #expect(FileSystem.contents(of: directory).allSatisfy { !$0.contains(FileSystem.temporaryMarker) })
    }
}
