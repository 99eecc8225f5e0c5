import Foundation
import Testing
@testable import RaadsDocCore

/// The werkplaats in a real headless Chromium, driven by Selenium
/// (Scripts/werkplaats_browser.py): the built `raadsdoc werkplaats` on a
/// copy of inputs/, an error typed and its diagnostic at its line, the quick
/// fix, the preview changing, saving, the downloaded ODT equal to `render`'s,
/// unsaved text surviving a reload. The screenshots stay in the folder the
/// test prints (WERKPLAATS_SCHERMAFDRUKKEN chooses another).
@Suite struct WerkplaatsBrowserTests {
    @Test(.enabled(if: try Tool.require(.chromium)), .timeLimit(.minutes(5)))
    func aClerkWritesChecksPreviewsSavesAndDownloads() throws {
        let inputs = try TestSupport.copyOfExamples(["leidse-regio", "voorbeeldgemeente"])
        let root = PathName.directory(of: inputs)
        let screenshots = ProcessInfo.processInfo.environment["WERKPLAATS_SCHERMAFDRUKKEN"] ?? root + "/schermafdrukken"
        let document = "leidse-regio/samenwerkingsovereenkomst-warmte.yaml"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [TestSupport.path("Tests/RaadsDocTests/Scripts/werkplaats_browser.py"), CommandLineTests.executable,
                             inputs, document, root + "/uit", screenshots]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        for name in ["1-fout.png", "2-voorbeeld.png", "3-na-herladen.png"] {
            #expect((FileSystem.size(of: screenshots + "/" + name) ?? 0) > 10_000, "\(name)")
        }
        #expect(try String(contentsOfFile: inputs + "/" + document, encoding: .utf8).contains("BROWSERTEST"))
        print("schermafdrukken van de werkplaats: \(screenshots)")
    }
}
