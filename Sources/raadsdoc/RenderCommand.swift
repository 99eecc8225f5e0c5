import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Controleert invoerbestanden en maakt er ODT-bestanden (of met --html HTML-bestanden) van.",
        discussion: "Elk bestand wordt eerst gecontroleerd; alleen bestanden zonder fouten worden gemaakt. Het resultaat komt in <map>/<naam>.odt (met --html <map>/<naam>.html) (bij een map als invoer met dezelfde indeling eronder) en wordt in één keer op zijn plaats gezet; met --pdf of --pdfa komt er <map>/<naam>.pdf naast. Exitcode 0 als alles is gemaakt, 1 bij fouten in de invoer, 2 bij gebruiks-, lees- of schrijffouten.")

    @Argument(help: "Invoerbestanden (.yaml) of mappen.")
    var files: [String]

    @Option(name: .customLong("uit"), help: "Map voor de resultaten.")
    var outputDirectory = "out"

    @Flag(name: .customLong("bundel"), help: "Brieven met bijlagen als één document: elke bijlage vanaf een nieuwe pagina.")
    var bundle = false

    @Flag(name: .customLong("html"), help: "Maakt één HTML-bestand per document (afbeeldingen erin), om te publiceren naast de PDF, in plaats van ODT.")
    var html = false

    @Flag(name: .customLong("pdf"), help: "Maakt van elk ODT-bestand ook een PDF (met LibreOffice), met bijgewerkte inhoudsopgave.")
    var pdf = false

    @Flag(name: .customLong("pdfa"), help: "Maakt van elk ODT-bestand ook een PDF/A-2b (met LibreOffice), om te archiveren.")
    var pdfa = false

    @OptionGroup var options: CheckOptions
    @OptionGroup var templateOptions: TemplateOptions

    func validate() throws {
        if pdf && pdfa { throw ValidationError("kies --pdf of --pdfa, niet allebei") }
        if html && (pdf || pdfa) { throw ValidationError("--html en --pdf/--pdfa gaan niet samen; PDF wordt van het ODT-bestand gemaakt") }
    }

    func run() throws {
        let converter = try pdfConverter()
        let workspace = try options.workspace(template: templateOptions.template)
        let inputs = try CheckOptions.discover(files)
        let fileExtension = html ? ".html" : ".odt"
        var targets: [String: String] = [:]
        for input in inputs {
            let target = PathName.join(outputDirectory, input.outputStem + fileExtension)
            if let other = targets[target] {
                Terminal.error("\(PathName.displayed(input.path)) en \(PathName.displayed(other)) zouden allebei \(PathName.displayed(target)) worden; geef ze een andere naam")
                throw ExitCode(2)
            }
            targets[target] = input.path
        }
        var failed = false
        var ioFailed = false
        var made: [PDFConverter.Job] = []
        let renderer = Renderer()
        for input in inputs {
            let document = workspace.load(input.path)
            if options.report(document.diagnostics.sorted, workspace: workspace, summary: false) {
                Terminal.error("\(PathName.displayed(input.path)): niet gemaakt vanwege fouten")
                failed = true
                continue
            }
            let target = PathName.join(outputDirectory, input.outputStem + fileExtension)
            do {
                try FileSystem.createDirectories(outputDirectory)
                try renderer.render(document, workspace: workspace, to: input.outputStem + fileExtension, below: outputDirectory,
                                    bundle: bundle, html: html)
                print(target)
                made.append(PDFConverter.Job(odt: target, pdf: PathName.join(outputDirectory, input.outputStem + ".pdf")))
            } catch let error as FileSystem.Failure {
                Terminal.error(error.description)
                ioFailed = true
            } catch {
                Terminal.error("\(error)")
                ioFailed = true
            }
        }
        if let converter, !made.isEmpty, !convert(made, with: converter) { ioFailed = true }
        if ioFailed || workspace.hadReadFailure { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }

    /// The converter --pdf or --pdfa asks for, made before anything is
    /// rendered so that a missing LibreOffice is reported at once.
    private func pdfConverter() throws -> PDFConverter? {
        guard pdf || pdfa else { return nil }
        switch PDFConverter.make(format: pdfa ? .pdfa : .pdf, jobs: WorkerPool.processorCount) {
        case .success(let converter): return converter
        case .failure(let failure):
            Terminal.error(failure.description)
            throw ExitCode(2)
        }
    }

    /// Converts what was made; prints each PDF, or why it was not made. A
    /// PDF/A is inspected as in batch (`PDFAInspection`): one that does not
    /// conform is reported and counts as not made.
    private func convert(_ jobs: [PDFConverter.Job], with converter: PDFConverter) -> Bool {
        let failures = converter.convert(jobs, workDirectory: outputDirectory)
        var succeeded = failures.isEmpty
        for job in jobs {
            if let reason = failures[job.odt] {
                Terminal.error("\(PathName.displayed(job.pdf)): geen PDF: \(reason)")
            } else if converter.format == .pdfa, let problem = pdfaProblem(job.pdf) {
                Terminal.error("\(PathName.displayed(job.pdf)): \(problem)")
                succeeded = false
            } else {
                print(job.pdf)
            }
        }
        return succeeded
    }

    /// Why the PDF/A at `path` cannot go to the archive, or nil.
    private func pdfaProblem(_ path: String) -> String? {
        guard let bytes = try? FileSystem.read(path) else { return "de PDF/A is niet te lezen" }
        let check = PDFAInspection.inspect(bytes)
        return check.conforms ? nil : "de PDF/A-2b voldoet niet: " + check.findings.joined(separator: "; ")
    }
}
