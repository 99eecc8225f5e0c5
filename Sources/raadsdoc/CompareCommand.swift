import ArgumentParser
import Foundation
import RaadsDocCore
import RaadsDocKinds
import RaadsDocPipeline
import RaadsDocVergelijk

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vergelijk",
        abstract: "Vergelijkt twee versies van een document en maakt een ODT met bijgehouden wijzigingen.",
        discussion: "Beide versies worden eerst gecontroleerd. Artikelen, leden en onderdelen worden gekoppeld op hun id, anders op gelijkenis; wijzigingen in een lid woord voor woord. Het resultaat <map>/<NIEUW>.vergelijking.odt begint met een wijzigingsoverzicht; in LibreOffice geeft 'Alles accepteren' NIEUW en 'Alles verwerpen' OUD. Met --git REV wordt bestand.yaml vergeleken met zijn versie in git-revisie REV. Exitcode 0 als het gelukt is, 1 bij fouten in de invoer, 2 bij gebruiks-, lees- of schrijffouten.")

    @Argument(help: "OUD.yaml NIEUW.yaml, of met --git één bestand.")
    var files: [String]

    @Option(name: .customLong("git"), help: "Vergelijk het bestand met zijn versie in deze git-revisie (bijvoorbeeld HEAD of v1.0).")
    var gitRevision: String?

    @Option(name: .customLong("uit"), help: "Map voor het resultaat.")
    var outputDirectory = "out"

    @Option(name: .customLong("format"), help: "tekst: schrijf de ODT; json: druk de lijst van wijzigingen af.")
    var format: OutputFormat = .tekst

    @Option(name: .customLong("auteur"), help: "Naam bij de wijzigingen; standaard de organisatie uit het profiel.")
    var author: String?

    @Option(name: .customLong("profiel"), help: "Profiel (raadsdoc.yaml) dat in plaats van het gevonden profiel geldt.")
    var profile: String?

    @Flag(name: .customLong("pdf"), help: "Maak ook een PDF (met LibreOffice), met de wijzigingen zichtbaar.")
    var pdf = false

    @Flag(name: .customLong("wijziging"), help: "Maak ook de wijzigingsovereenkomst (Aanwijzingen voor de regelgeving, hoofdstuk 6): <NIEUW>.wijziging.yaml en .odt.")
    var amendment = false

    @Flag(name: .customLong("vernummeren"), help: "Met --wijziging: vernummer de artikelen en leden na een ingevoegde of vervallen bepaling, in plaats van letters (4a).")
    var renumbers = false

    func validate() throws {
        if gitRevision != nil, files.count != 1 { throw ValidationError("geef bij --git precies één bestand") }
        if gitRevision == nil, files.count != 2 { throw ValidationError("geef twee bestanden: OUD.yaml NIEUW.yaml") }
        if renumbers, !amendment { throw ValidationError("--vernummeren hoort bij --wijziging") }
    }

    func run() throws {
        if let profile, !FileSystem.exists(profile) {
            Terminal.error("profiel \(PathName.displayed(profile)) bestaat niet")
            throw ExitCode(2)
        }
        let workspace = Workspace(profileOverride: profile)
        let newPath = files[files.count - 1]
        let old: LoadedDocument
        if let gitRevision {
            let bytes = try GitRevision.read(newPath, at: gitRevision)
            let (profile, _) = workspace.profile(forDocumentAt: newPath)
            old = workspace.load(source: bytes, path: "\(gitRevision):\(newPath)", profile: profile)
        } else {
            old = workspace.load(files[0])
        }
        let new = workspace.load(newPath)
        let failedOld = report(old, workspace: workspace)
        let failedNew = report(new, workspace: workspace)
        if workspace.hadReadFailure { throw ExitCode(2) }
        if failedOld || failedNew { throw ExitCode(1) }
        guard let redline = Comparison.redline(old: old, new: new, workspace: workspace, author: author) else {
            Terminal.error("de versies kunnen niet worden opgemaakt")
            throw ExitCode(1)
        }
        if format == .json {
            print(Comparison.json(redline.changes), terminator: "")
            return
        }
        let stem = PathName.lastComponent(of: newPath).replacing(/\.ya?ml$/, with: "")
        let name = stem + ".vergelijking.odt"
        do {
            let bytes = try Comparison.odt(redline, new: new, workspace: workspace)
            try FileSystem.createDirectories(outputDirectory)
            try FileSystem.writeAtomically(bytes, to: name, below: outputDirectory)
        } catch let error as FileSystem.Failure {
            Terminal.error(error.description)
            throw ExitCode(2)
        } catch {
            Terminal.error("schrijven van de vergelijking mislukt: \(error)")
            throw ExitCode(2)
        }
        print(PathName.join(outputDirectory, name))
        if pdf { try makePDF(name) }
        if amendment {
            try writeAmendment(old: old, new: new, stem: stem, workspace: workspace)
            let outside = Set(redline.changes.map(\.provision).filter { provision in
                !["artikel", "aanhef", "ondertekening", "titel"].contains { provision.hasPrefix($0) }
            }).sorted()
            if !outside.isEmpty {
                Terminal.error("let op: deze wijzigingen staan niet in de wijzigingsovereenkomst, die alleen artikelen wijzigt: "
                    + outside.joined(separator: "; "))
            }
        }
    }

    /// The wijzigingsovereenkomst: its input next to the redline, then
    /// checked and rendered like any agreement.
    private func writeAmendment(old: LoadedDocument, new: LoadedDocument, stem: String, workspace: Workspace) throws {
        let source: String
        do {
            source = String(decoding: try FileSystem.read(files[files.count - 1]), as: UTF8.self)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
        guard let yaml = Comparison.amendmentInput(old: old, new: new, newSource: source, workspace: workspace,
                                                   renumbers: renumbers) else {
            Terminal.error("de wijzigingsovereenkomst kan niet worden opgemaakt")
            throw ExitCode(1)
        }
        let yamlName = stem + ".wijziging.yaml", odtName = stem + ".wijziging.odt"
        let yamlPath = PathName.join(outputDirectory, yamlName)
        do {
            try FileSystem.writeAtomically(Array(yaml.utf8), to: yamlName, below: outputDirectory)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
        print(yamlPath)
        let document = workspace.load(source: Array(yaml.utf8), path: yamlPath, profile: new.profile)
        if report(document, workspace: workspace) { throw ExitCode(1) }
        do {
            try Renderer().render(document, workspace: workspace, to: odtName, below: outputDirectory)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        print(PathName.join(outputDirectory, odtName))
        if pdf { try makePDF(odtName) }
    }

    /// Prints the diagnostics of one version; whether it has errors.
    private func report(_ document: LoadedDocument, workspace: Workspace) -> Bool {
        let diagnostics = document.diagnostics.sorted
        let text = DiagnosticPrinter.text(diagnostics, sources: workspace.sources)
        if !text.isEmpty { Terminal.error(text) }
        let failed = diagnostics.contains { $0.severity == .fout }
        if failed { Terminal.error("\(PathName.displayed(document.path)): niet vergeleken vanwege fouten") }
        return failed
    }

    private func makePDF(_ name: String) throws {
        let converter: PDFConverter
        switch PDFConverter.make(format: .pdf, jobs: 1) {
        case .success(let made): converter = made
        case .failure(let failure):
            Terminal.error(failure.description)
            throw ExitCode(2)
        }
        let odt = PathName.join(outputDirectory, name)
        let pdfPath = odt.replacing(/\.odt$/, with: ".pdf")
        let failures = converter.convert([PDFConverter.Job(odt: odt, pdf: pdfPath)], workDirectory: outputDirectory)
        if let failure = failures.values.first {
            Terminal.error(failure)
            throw ExitCode(2)
        }
        print(pdfPath)
    }
}

/// The bytes of a file at a git revision, through `git show REV:path` run
/// in the file's folder.
enum GitRevision {
    static func read(_ path: String, at revision: String) throws -> [UInt8] {
        guard let git = Subprocess.find("git") else {
            Terminal.error("git is niet gevonden; installeer git om met --git te vergelijken")
            throw ExitCode(2)
        }
        if revision.hasPrefix("-") || revision.contains(":") {
            Terminal.error("--git \(revision): geen geldige revisie")
            throw ExitCode(2)
        }
        let folder = PathName.directory(of: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["show", "\(revision):./\(PathName.lastComponent(of: path))"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.isEmpty ? "." : folder)
        // git's own messages in English, so that the Dutch one can be chosen.
        process.environment = ProcessInfo.processInfo.environment.merging(["LC_ALL": "C"]) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            Terminal.error("git kan niet worden gestart: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).lowercased()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if message.contains("not a git repository") {
                Terminal.error("\(PathName.displayed(path)) staat niet in een git-map; --git vergelijkt met een versie uit git")
            } else if message.contains("invalid object name") || message.contains("unknown revision") || message.contains("bad revision") {
                Terminal.error("git-revisie \(revision) bestaat niet")
            } else {
                Terminal.error("\(PathName.displayed(path)) bestaat niet in git-revisie \(revision)")
            }
            throw ExitCode(2)
        }
        return [UInt8](data)
    }
}
