import Glibc
import HashSupport
import RaadsDocCore
import RaadsDocKinds
import RaadsDocPipeline
import RaadsDocTaal
import RaadsDocSchema
import Synchronization

/// The work behind the werkplaats' endpoints, in plain synchronous code:
/// every request gets a fresh `Workspace`, so a document is checked,
/// previewed and rendered exactly as `raadsdoc check` and `raadsdoc render`
/// would do it now, with the files as they are on disk.
package final class DocumentDesk: Sendable {
    package let folder: WerkplaatsFolder
    /// Where downloads are written, as `raadsdoc render <map> --uit` would.
    package let outputDirectory: String
    /// Saves and new documents one at a time, so that comparing the file
    /// on disk with the version the page opened and writing it is one step.
    private let writing = Mutex(())

    /// The language check for the page's checks, when the dictionaries
    /// are there: spelling, jargon and long sentences join the diagnostics.
    private let languageReviewer: LanguageReviewer?

    package init(folder: WerkplaatsFolder, outputDirectory: String, languageReviewer: LanguageReviewer? = nil) {
        self.folder = folder
        self.outputDirectory = outputDirectory
        self.languageReviewer = languageReviewer
    }

    /// The version of a document the page sends back when it saves.
    static func version(_ bytes: [UInt8]) -> String {
        SHA256.hex(bytes)
    }

    // MARK: Reading

    /// The folder's documents: name, soort, counts, and the last ODT made.
    func list() -> Reply {
        let workspace = Workspace()
        let found = InputDiscovery.discover([folder.root])
        var entries: [JSONValue] = []
        for input in found.inputs {
            guard let relative = folder.relative(input.path),
                  (try? folder.document(relative, existing: true)) != nil else { continue }
            let document = workspace.load(input.path)
            var members: [(String, JSONValue)] = [
                ("pad", .string(relative)),
                ("soort", document.soort.map(JSONValue.string) ?? .null),
                ("titel", document.summary.map { .string($0.title) } ?? .null),
                ("fouten", .number(document.diagnostics.errorCount)),
                ("waarschuwingen", .number(document.diagnostics.warningCount)),
            ]
            let odt = PathName.join(outputDirectory, input.outputStem + ".odt")
            members.append(("laatsteUitvoer", Self.modificationTime(odt).map(JSONValue.string) ?? .null))
            entries.append(.object(members))
        }
        return .json(.object([("map", .string(folder.root)), ("documenten", .array(entries))]))
    }

    /// A document's text and its version.
    func open(_ relative: String) -> Reply {
        do {
            let path = try folder.document(relative, existing: true)
            let bytes = try FileSystem.read(path, limit: YAMLLoader.maximumFileSize)
            guard bytes.count <= YAMLLoader.maximumFileSize else {
                return .message("\(relative) is groter dan \(YAMLLoader.maximumFileSize / 1024 / 1024) MiB", status: 413)
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .message("\(relative) is geen UTF-8-tekst; de werkplaats kan het niet tonen zonder het te veranderen", status: 422)
            }
            return .json(.object([("pad", .string(relative)), ("tekst", .string(text)), ("versie", .string(Self.version(bytes)))]))
        } catch let refusal as WerkplaatsFolder.Refusal {
            return .message(refusal.description, status: 403)
        } catch {
            return .message("\(error)", status: 500)
        }
    }

    /// The soorten "Nieuw document" offers.
    func kinds() -> Reply {
        .json(.array(KindRegistry.all.map { kind in .string(kind.name) }))
    }

    // MARK: Checking and preview

    /// `text` checked as the document `relative` (which need not exist
    /// yet): the same load as `raadsdoc check`, with the profile of the
    /// document's folder, only the bytes come from the page.
    private func load(_ text: [UInt8], as relative: String, language: Bool = false) throws(WerkplaatsFolder.Refusal)
        -> (LoadedDocument, Workspace, String) {
        let path = try folder.document(relative, existing: false)
        let workspace = Workspace(languageReviewer: language ? languageReviewer : nil)
        let (profile, _) = workspace.profile(forDocumentAt: path)
        return (workspace.load(source: text, path: path, profile: profile), workspace, path)
    }

    func check(_ text: [UInt8], as relative: String) -> Reply {
        do {
            let (document, _, path) = try load(text, as: relative, language: true)
            let diagnostics = document.diagnostics.sorted
            return .json(.object([
                ("fouten", .number(document.diagnostics.errorCount)),
                ("waarschuwingen", .number(document.diagnostics.warningCount)),
                ("meldingen", DiagnosticJSON.array(diagnostics, path: path, folder: folder)),
            ]))
        } catch {
            return .message(error.description, status: 403)
        }
    }

    /// The HTML of `text`, or why there is none (errors in the input).
    func preview(_ text: [UInt8], as relative: String) -> Reply {
        do {
            let (document, workspace, _) = try load(text, as: relative)
            guard !document.diagnostics.hasErrors else {
                return .message("Geen voorbeeld: de tekst bevat \(DiagnosticPrinter.summary(errors: document.diagnostics.errorCount, warnings: 0)).", status: 422)
            }
            return .html(try Renderer().html(document, workspace: workspace))
        } catch let refusal as WerkplaatsFolder.Refusal {
            return .message(refusal.description, status: 403)
        } catch {
            return .message("\(error)", status: 422)
        }
    }

    // MARK: Writing

    /// Saves `text` as `relative`, atomically, when the file on disk is
    /// still the `version` the page opened ("nieuw": there is no file yet).
    /// Otherwise nothing is written and the page is told why.
    func save(_ text: [UInt8], as relative: String, version: String) -> Reply {
        guard String(validating: text, as: UTF8.self) != nil else {
            return .message("De tekst is geen geldige UTF-8; er is niets opgeslagen.", status: 422)
        }
        return writing.withLock { _ in
            do {
                let path = try folder.document(relative, existing: false)
                let current: [UInt8]? = FileSystem.exists(path) ? try FileSystem.read(path, limit: YAMLLoader.maximumFileSize) : nil
                let onDisk = current.map(Self.version) ?? "nieuw"
                guard onDisk == version else {
                    let text = current == nil
                        ? "\(relative) bestaat niet meer op schijf. Kies ‘Opslaan als’ om je tekst onder een naam te bewaren."
                        : version == "nieuw"
                        ? "\(relative) bestaat al. Kies een andere naam, of open het bestaande document."
                        : "\(relative) is op schijf gewijzigd sinds je het opende (in een ander tabblad, of door bijvoorbeeld een git pull). Er is niets opgeslagen. Kies ‘Opnieuw laden’ om de versie op schijf te openen (je wijzigingen gaan dan verloren), of ‘Opslaan als’ om je tekst onder een andere naam te bewaren."
                    return .message(text, status: 409, extra: [("versieOpSchijf", .string(onDisk))])
                }
                try write(text, to: relative)
                return .json(.object([("pad", .string(relative)), ("versie", .string(Self.version(text)))]))
            } catch let refusal as WerkplaatsFolder.Refusal {
                return .message(refusal.description, status: 403)
            } catch {
                return .message("Opslaan is mislukt: \(error)", status: 500)
            }
        }
    }

    /// A new document of `soort` named `name` (".yaml" added when it has
    /// no extension), holding the starter `raadsdoc nieuw` prints.
    func create(soort: String, name: String) -> Reply {
        let relative = PathName.isYAML(name) ? name : name + ".yaml"
        let starter: String
        switch KindRegistry.lookup(soort) {
        case .success(let kind): starter = kind.starter
        case .failure(let unknown): return .message(unknown.description, status: 422)
        }
        guard PathName.lastComponent(of: relative) != ProfileSpec.fileName else {
            return .message("\(ProfileSpec.fileName) is de naam van het profiel; kies een andere naam", status: 422)
        }
        return save(Array(starter.utf8), as: relative, version: "nieuw")
    }

    private func write(_ bytes: [UInt8], to relative: String) throws(FileSystem.Failure) {
        try OpenDirectory(folder.root).subdirectory(PathName.directory(of: relative), creating: false)
            .writeAtomically(bytes, name: PathName.lastComponent(of: relative))
    }

    // MARK: Downloads

    /// The saved document rendered as `raadsdoc render <map> --uit` does:
    /// the same bytes, written to the same place, then sent.
    func odt(_ relative: String) -> Reply {
        switch renderODT(relative) {
        case .success(let (bytes, stem)):
            return .download(bytes, contentType: "application/vnd.oasis.opendocument.text", name: PathName.lastComponent(of: stem) + ".odt")
        case .failure(let failure):
            return failure.reply
        }
    }

    /// The PDF of the saved document, through LibreOffice as `batch --pdf`.
    func pdf(_ relative: String) -> Reply {
        let stem: String
        switch renderODT(relative) {
        case .success(let rendered): stem = rendered.stem
        case .failure(let failure): return failure.reply
        }
        let converter: PDFConverter
        switch PDFConverter.make(format: .pdf, jobs: 1) {
        case .success(let made): converter = made
        case .failure(let failure): return .message(failure.description, status: 503)
        }
        let odt = PathName.join(outputDirectory, stem + ".odt")
        let pdf = PathName.join(outputDirectory, stem + ".pdf")
        if let failure = converter.convert([PDFConverter.Job(odt: odt, pdf: pdf)], workDirectory: PathName.directory(of: odt))[odt] {
            return .message(failure, status: 500)
        }
        guard let bytes = try? FileSystem.read(pdf) else { return .message("de PDF is niet gemaakt", status: 500) }
        return .download(bytes, contentType: "application/pdf", name: PathName.lastComponent(of: stem) + ".pdf")
    }

    struct Failure: Error {
        let reply: Reply
    }

    private func renderODT(_ relative: String) -> Result<(bytes: [UInt8], stem: String), Failure> {
        do {
            let path = try folder.document(relative, existing: true)
            let workspace = Workspace()
            let document = workspace.load(path)
            guard !document.diagnostics.hasErrors else {
                return .failure(Failure(reply: .message(
                    "\(relative) is niet gemaakt: het opgeslagen bestand bevat \(DiagnosticPrinter.summary(errors: document.diagnostics.errorCount, warnings: 0)). Sla eerst een versie zonder fouten op.",
                    status: 422)))
            }
            let stem = String(relative.dropLast(relative.hasSuffix(".yml") ? 4 : 5))
            let bytes = try Renderer().odt(document, workspace: workspace)
            try FileSystem.createDirectories(outputDirectory)
            try FileSystem.writeAtomically(bytes, to: stem + ".odt", below: outputDirectory)
            return .success((bytes, stem))
        } catch let refusal as WerkplaatsFolder.Refusal {
            return .failure(Failure(reply: .message(refusal.description, status: 403)))
        } catch {
            return .failure(Failure(reply: .message("\(error)", status: 500)))
        }
    }

    /// "2026-12-01 22:30 UTC" for a regular file, nil when there is none.
    static func modificationTime(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var seconds = status.st_mtim.tv_sec
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return nil }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min)) UTC"
    }
}
