import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
@testable import RaadsDocWerkplaats

/// The werkplaats' server over real HTTP on 127.0.0.1, without a browser:
/// who gets in (token, Host, Origin), which paths are refused, saving
/// without losing work, the body limit, and downloads equal to `render`.
@Suite struct WerkplaatsServerTests {
    static let token = String(repeating: "ab12", count: 16)

    /// A werkplaats on a free port, serving a copy of inputs/leidse-regio
    /// (below `<tmp>/inputs/leidse-regio`), with a secret file beside the
    /// served folder that nothing may reveal.
    final class Server: Sendable {
        let werkplaats: Werkplaats
        let port: Int
        let folder: String
        let outside: String
        let output: String
        private let task: Task<Void, Never>

        init(werkplaats: Werkplaats, port: Int, folder: String, outside: String, output: String, task: Task<Void, Never>) {
            self.werkplaats = werkplaats
            self.port = port
            self.folder = folder
            self.outside = outside
            self.output = output
            self.task = task
        }

        static func start() async throws -> Server {
            let inputs = try TestSupport.copyOfExamples(["leidse-regio"])
            let folder = inputs + "/leidse-regio"
            let outside = inputs + "/geheim.yaml"
            try "soort: brief\ngeheim: GEHEIM-BUITEN-DE-MAP\n".write(toFile: outside, atomically: true, encoding: .utf8)
            let output = PathName.directory(of: inputs) + "/uit"
            let werkplaats = Werkplaats(folder: try WerkplaatsFolder(folder), outputDirectory: output, token: WerkplaatsServerTests.token)
            let (ports, continuation) = AsyncStream<Int>.makeStream()
            let task = Task {
                do {
                    try await werkplaats.run(port: 0) { continuation.yield($0) }
                } catch {
                    continuation.yield(-1)
                }
            }
            var port = -1
            for await bound in ports {
                port = bound
                break
            }
            guard port > 0 else { throw TestFailure("de werkplaats is niet gestart") }
            return Server(werkplaats: werkplaats, port: port, folder: folder, outside: outside, output: output, task: task)
        }

        func stop() { task.cancel() }

        var host: String { "127.0.0.1:\(port)" }
        var cookie: (String, String) { ("Cookie", "werkplaats=\(WerkplaatsServerTests.token)") }

        func get(_ target: String, headers: [(String, String)]? = nil) async throws -> RawHTTP.Answer {
            try await RawHTTP.send(port: port, "GET", target, headers: headers ?? [("Host", host), cookie])
        }

        func post(_ target: String, _ body: String, headers: [(String, String)]? = nil) async throws -> RawHTTP.Answer {
            try await RawHTTP.send(port: port, "POST", target, headers: headers ?? [("Host", host), cookie], body: Array(body.utf8))
        }

        static func query(_ value: String) -> String {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
        }

        func json(_ answer: RawHTTP.Answer) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any] ?? [:]
        }
    }

    static let agreement = "samenwerkingsovereenkomst-warmte.yaml"

    // MARK: Who gets in

    @Test func withoutTheTokenNothingIsServed() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        for target in ["/", "/api/documenten", "/api/document?pad=" + Self.agreement, "/static/werkplaats.js"] {
            let answer = try await server.get(target, headers: [("Host", server.host)])
            #expect(answer.status == 403, "\(target)")
            #expect(answer.text.contains("Geen toegang"))
        }
        let posted = try await server.post("/api/controle?pad=" + Self.agreement, "soort: brief\n", headers: [("Host", server.host)])
        #expect(posted.status == 403)
    }

    @Test func aWrongTokenIsRefusedInTheLinkAndInTheCookie() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        #expect(try await server.get("/?token=" + String(repeating: "0", count: 64), headers: [("Host", server.host)]).status == 403)
        #expect(try await server.get("/?token=", headers: [("Host", server.host)]).status == 403)
        #expect(try await server.get("/", headers: [("Host", server.host), ("Cookie", "werkplaats=fout")]).status == 403)
        // The token is only exchanged for a cookie on a GET.
        #expect(try await server.post("/api/controle?pad=\(Self.agreement)&token=\(Self.token)", "soort: brief\n",
                                headers: [("Host", server.host)]).status == 403)
    }

    @Test func theLinkSetsAStrictHttpOnlyCookieAndDropsTheToken() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let first = try await server.get("/?token=" + Self.token, headers: [("Host", server.host)])
        #expect(first.status == 302)
        #expect(first.header("Location") == "/")
        let cookie = first.header("Set-Cookie") ?? ""
        #expect(cookie.contains("werkplaats=\(Self.token)") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        let page = try await server.get("/")
        #expect(page.status == 200)
        #expect(page.text.contains("<html lang=\"nl\">") && page.text.contains("Werkplaats"))
        #expect(page.header("Content-Security-Policy")?.contains("default-src 'self'") == true)
        #expect(server.werkplaats.link(port: server.port) == "http://127.0.0.1:\(server.port)/?token=\(Self.token)")
    }

    @Test func aForeignHostIsRefusedAgainstDNSRebinding() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        for host in ["evil.example:\(server.port)", "evil.example", "127.0.0.1:\(server.port + 1)", "127.0.0.1", "0.0.0.0:\(server.port)"] {
            let answer = try await server.get("/api/documenten", headers: [("Host", host), server.cookie])
            #expect(answer.status == 421, "\(host)")
            #expect(!answer.text.contains("documenten\""))
        }
        #expect(try await server.get("/api/documenten", headers: [("Host", "localhost:\(server.port)"), server.cookie]).status == 200)
    }

    @Test func aForeignOriginIsRefused() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let target = "/api/controle?pad=" + Self.agreement
        for origin in ["http://evil.example", "null", "http://127.0.0.1:\(server.port + 1)", "https://127.0.0.1:\(server.port)"] {
            let answer = try await server.post(target, "soort: brief\n", headers: [("Host", server.host), server.cookie, ("Origin", origin)])
            #expect(answer.status == 403, "\(origin)")
        }
        let same = try await server.post(target, "soort: brief\n", headers: [("Host", server.host), server.cookie, ("Origin", "http://\(server.host)")])
        #expect(same.status == 200)
    }

    // MARK: Paths

    @Test func noPathLeavesTheFolder() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let attempts = [
            "../geheim.yaml", "../../inputs/geheim.yaml", "sub/../../geheim.yaml", server.outside, "/etc/passwd",
            "./" + Self.agreement, "leeg//\(Self.agreement)", ".verborgen.yaml", "..", "%2e%2e/geheim.yaml",
            "..%2fgeheim.yaml", "%2E%2E%2Fgeheim.yaml", "..\\geheim.yaml", "geheim.yaml\u{0}.yaml", "",
        ]
        for attempt in attempts {
            let answer = try await server.get("/api/document?pad=" + Server.query(attempt))
            #expect(answer.status == 403, "\(attempt)")
            #expect(!answer.text.contains("GEHEIM-BUITEN"), "\(attempt)")
        }
        // Encoded once more, as a second decoding would turn them into `..`.
        for raw in ["%252e%252e%252fgeheim.yaml", "%2e%2e%2fgeheim.yaml", "..%2F..%2Fgeheim.yaml", "%2F..%2Fgeheim.yaml"] {
            let answer = try await server.get("/api/document?pad=" + raw)
            #expect(answer.status == 403, "\(raw)")
            #expect(!answer.text.contains("GEHEIM-BUITEN"))
        }
        // Saving and new documents are refused the same way, and nothing
        // appears outside.
        let saved = try await server.post("/api/opslaan?versie=nieuw&pad=" + Server.query("../nieuw-buiten.yaml"), "soort: brief\n")
        #expect(saved.status == 403)
        #expect(!FileManager.default.fileExists(atPath: PathName.directory(of: server.folder) + "/nieuw-buiten.yaml"))
        let created = try await server.post("/api/nieuw?soort=brief&pad=" + Server.query("../nieuw-buiten"), "")
        #expect(created.status == 403)
        #expect(!FileManager.default.fileExists(atPath: PathName.directory(of: server.folder) + "/nieuw-buiten.yaml"))
        // The page's own files and CodeMirror's are served by fixed names.
        for target in ["/static/..%2f..%2fPackage.swift", "/codemirror/../../../etc/passwd", "/codemirror/lib%2f..%2f..%2f..%2fetc%2fpasswd",
                       "/static/index.html%00"] {
            let answer = try await server.get(target)
            #expect(answer.status == 404 || answer.status == 400, "\(target)")
            #expect(!answer.text.contains("root:"))
        }
        #expect(try await server.get("/api/document?pad=" + Self.agreement).status == 200)
    }

    @Test func aSymbolicLinkIsNeverFollowedOutOfTheFolder() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let files = FileManager.default
        try files.createSymbolicLink(atPath: server.folder + "/koppeling.yaml", withDestinationPath: server.outside)
        let outsideFolder = PathName.directory(of: server.folder) + "/elders"
        try files.createDirectory(atPath: outsideFolder, withIntermediateDirectories: true)
        try "soort: brief\ngeheim: GEHEIM-BUITEN-DE-MAP\n".write(toFile: outsideFolder + "/brief.yaml", atomically: true, encoding: .utf8)
        try files.createSymbolicLink(atPath: server.folder + "/mapkoppeling", withDestinationPath: outsideFolder)
        // A link inside pointing inside is refused too: links are not followed at all.
        try files.createSymbolicLink(atPath: server.folder + "/binnen.yaml", withDestinationPath: server.folder + "/" + Self.agreement)
        for path in ["koppeling.yaml", "mapkoppeling/brief.yaml", "binnen.yaml"] {
            let opened = try await server.get("/api/document?pad=" + Server.query(path))
            #expect(opened.status == 403, "\(path)")
            #expect(!opened.text.contains("GEHEIM-BUITEN"))
            #expect(opened.text.contains("symbolische koppeling"))
            #expect(try await server.get("/api/odt?pad=" + Server.query(path)).status == 403)
        }
        let before = try String(contentsOfFile: server.outside, encoding: .utf8)
        let version = DocumentDesk.version(Array(before.utf8))
        #expect(try await server.post("/api/opslaan?pad=koppeling.yaml&versie=\(version)", "soort: brief\noverschreven: ja\n").status == 403)
        #expect(try await server.post("/api/opslaan?pad=mapkoppeling/nieuw.yaml&versie=nieuw", "soort: brief\n").status == 403)
        #expect(try String(contentsOfFile: server.outside, encoding: .utf8) == before)
        #expect(!files.fileExists(atPath: outsideFolder + "/nieuw.yaml"))
        // The list shows no document it would refuse to open.
        let listed = try await server.get("/api/documenten").text
        #expect(!listed.contains("koppeling") && !listed.contains("binnen.yaml"))
    }

    // MARK: Saving

    @Test func savingRefusesWhenTheFileChangedOnDiskSinceItWasOpened() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let opened = try server.json(try await server.get("/api/document?pad=" + Self.agreement))
        let version = try #require(opened["versie"] as? String)
        let text = try #require(opened["tekst"] as? String)
        // Another tab, or a git pull, changes the file.
        let theirs = text + "# van een ander\n"
        try theirs.write(toFile: server.folder + "/" + Self.agreement, atomically: true, encoding: .utf8)
        let refused = try await server.post("/api/opslaan?pad=\(Self.agreement)&versie=\(version)", text + "# mijn wijziging\n")
        #expect(refused.status == 409)
        let message = try server.json(refused)["melding"] as? String ?? ""
        #expect(message.contains("gewijzigd") && message.contains("Opnieuw laden") && message.contains("Opslaan als"))
        #expect(try String(contentsOfFile: server.folder + "/" + Self.agreement, encoding: .utf8) == theirs)
        // Save as another name keeps the work.
        let savedAs = try await server.post("/api/opslaan?pad=kopie.yaml&versie=nieuw", text + "# mijn wijziging\n")
        #expect(savedAs.status == 200)
        #expect(try String(contentsOfFile: server.folder + "/kopie.yaml", encoding: .utf8) == text + "# mijn wijziging\n")
        // …but never over an existing file.
        #expect(try await server.post("/api/opslaan?pad=kopie.yaml&versie=nieuw", "soort: brief\n").status == 409)
        // With the version on disk, saving works, and returns the new version.
        let current = DocumentDesk.version(Array(theirs.utf8))
        let saved = try await server.post("/api/opslaan?pad=\(Self.agreement)&versie=\(current)", text)
        #expect(saved.status == 200)
        #expect(try server.json(saved)["versie"] as? String == DocumentDesk.version(Array(text.utf8)))
        #expect(try String(contentsOfFile: server.folder + "/" + Self.agreement, encoding: .utf8) == text)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: server.folder).filter { $0.contains(FileSystem.temporaryMarker) }
        #expect(leftovers.isEmpty)
    }

    @Test func aBodyOverTheLimitIsRefused() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let large = [UInt8](repeating: UInt8(ascii: "a"), count: Werkplaats.maximumBody + 1)
        let answer = try await RawHTTP.send(port: server.port, "POST", "/api/controle?pad=" + Self.agreement,
                                      headers: [("Host", server.host), server.cookie], body: large)
        #expect(answer.status == 413)
        #expect(answer.text.contains("groter dan"))
        let declared = try await RawHTTP.send(port: server.port, "POST", "/api/opslaan?versie=nieuw&pad=groot.yaml",
                                        headers: [("Host", server.host), server.cookie], body: [], contentLength: 1 << 40)
        #expect(declared.status == 413)
        #expect(!FileManager.default.fileExists(atPath: server.folder + "/groot.yaml"))
    }

    // MARK: Checking, preview, new documents, downloads

    @Test func aCheckGivesTheDiagnosticsAtLineAndColumnWithHelpAndQuickFix() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let text = try String(contentsOfFile: server.folder + "/" + Self.agreement, encoding: .utf8)
        let clean = try server.json(try await server.post("/api/controle?pad=" + Self.agreement, text))
        #expect(clean["fouten"] as? Int == 0)
        // The same text through the command line's check agrees.
        let (loaded, _) = TestSupport.load(server.folder + "/" + Self.agreement)
        #expect(clean["waarschuwingen"] as? Int == loaded.diagnostics.warningCount)

        let broken = "soort: raadsmededelng\n"
        let answer = try server.json(try await server.post("/api/controle?pad=nieuw.yaml", broken))
        let diagnostics = try #require(answer["meldingen"] as? [[String: Any]])
        let first = try #require(diagnostics.first)
        #expect(first["regel"] as? Int == 1 && first["kolom"] as? Int == 8)
        #expect(first["code"] as? String == "RD-INVOER-003" || (first["code"] as? String)?.hasPrefix("RD-INVOER") == true)
        #expect(first["voorstel"] as? String == "raadsmededeling")
        #expect((first["hulp"] as? String)?.isEmpty == false)

        let typo = text.replacingOccurrences(of: "\ntitel:", with: "\ntitl:")
        let line = typo.components(separatedBy: "\n").firstIndex { $0.hasPrefix("titl:") }.map { $0 + 1 }
        let typoDiagnostics = try #require(try server.json(try await server.post("/api/controle?pad=" + Self.agreement, typo))["meldingen"] as? [[String: Any]])
        let unknown = try #require(typoDiagnostics.first { ($0["bericht"] as? String)?.contains("titl") == true })
        #expect(unknown["regel"] as? Int == line && unknown["kolom"] as? Int == 1)
        #expect(unknown["voorstel"] as? String == "titel")
    }

    @Test func thePreviewIsTheHTMLWriterOfThePostedText() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let text = try String(contentsOfFile: server.folder + "/" + Self.agreement, encoding: .utf8)
        let preview = try await server.post("/api/voorbeeld?pad=" + Self.agreement, text)
        #expect(preview.status == 200)
        #expect(preview.header("Content-Type")?.hasPrefix("text/html") == true)
        let (document, workspace) = TestSupport.load(server.folder + "/" + Self.agreement)
        #expect(preview.body == (try Renderer().html(document, workspace: workspace)))
        #expect(try await server.post("/api/voorbeeld?pad=" + Self.agreement, "soort: onzin\n").status == 422)
    }

    @Test func aNewDocumentGetsTheStarterOfItsKind() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let created = try await server.post("/api/nieuw?soort=brief&pad=" + Server.query("nieuwe brief"), "")
        #expect(created.status == 200)
        let starter = try #require(KindRegistry.kind(named: "brief")).starter
        #expect(try String(contentsOfFile: server.folder + "/nieuwe brief.yaml", encoding: .utf8) == starter)
        #expect(try await server.post("/api/nieuw?soort=brief&pad=" + Server.query("nieuwe brief"), "").status == 409)
        #expect(try await server.post("/api/nieuw?soort=onbekend&pad=iets", "").status == 422)
        #expect(try await server.post("/api/nieuw?soort=brief&pad=raadsdoc", "").status == 422)
        let listed = try server.json(try await server.get("/api/documenten"))
        let documents = try #require(listed["documenten"] as? [[String: Any]])
        let entry = try #require(documents.first { $0["pad"] as? String == "nieuwe brief.yaml" })
        #expect(entry["soort"] as? String == "brief" && entry["fouten"] as? Int == 0)
        #expect(documents.contains { $0["pad"] as? String == Self.agreement && $0["soort"] as? String != nil })
    }

    @Test func theDownloadedODTIsTheOneRenderMakes() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let answer = try await server.get("/api/odt?pad=" + Self.agreement)
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "application/vnd.oasis.opendocument.text")
        #expect(answer.header("Content-Disposition")?.contains("filename=\"samenwerkingsovereenkomst-warmte.odt\"") == true)
        let rendered = try TestSupport.temporaryDirectory()
        let run = try CommandLineTests.raadsdoc("render", server.folder + "/" + Self.agreement, "--uit", rendered)
        #expect(run.status == 0)
        let expected = try FileSystem.read(rendered + "/samenwerkingsovereenkomst-warmte.odt")
        #expect(answer.body == expected)
        // Written where `render <map> --uit` puts it, and listed as the last output.
        #expect(try FileSystem.read(server.output + "/samenwerkingsovereenkomst-warmte.odt") == expected)
        let listed = try server.json(try await server.get("/api/documenten"))["documenten"] as? [[String: Any]] ?? []
        #expect(listed.first { $0["pad"] as? String == Self.agreement }?["laatsteUitvoer"] as? String != nil)
        // A saved file with errors is not rendered.
        try "soort: brief\n".write(toFile: server.folder + "/kapot.yaml", atomically: true, encoding: .utf8)
        #expect(try await server.get("/api/odt?pad=kapot.yaml").status == 422)
    }

    @Test(.enabled(if: try Tool.require(.soffice)))
    func theDownloadedPDFComesFromLibreOffice() async throws {
        let server = try await Server.start()
        defer { server.stop() }
        let answer = try await server.get("/api/pdf?pad=raadsmededeling-warmte.yaml")
        #expect(answer.status == 200)
        #expect(answer.body.starts(with: Array("%PDF-".utf8)))
        #expect(FileSystem.exists(server.output + "/raadsmededeling-warmte.pdf"))
    }

    @Test func theFolderMustExist() {
        #expect(throws: WerkplaatsFolder.Refusal.self) { try WerkplaatsFolder("/bestaat/niet") }
    }
}
