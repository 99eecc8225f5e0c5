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
        discussion: "Elk bestand wordt eerst gecontroleerd; alleen bestanden zonder fouten worden gemaakt. Het resultaat komt in <map>/<naam>.odt (met --html <map>/<naam>.html) (bij een map als invoer met dezelfde indeling eronder) en wordt in één keer op zijn plaats gezet. Exitcode 0 als alles is gemaakt, 1 bij fouten in de invoer, 2 bij gebruiks-, lees- of schrijffouten.")

    @Argument(help: "Invoerbestanden (.yaml) of mappen.")
    var files: [String]

    @Option(name: .customLong("uit"), help: "Map voor de resultaten.")
    var outputDirectory = "out"

    @Flag(name: .customLong("bundel"), help: "Brieven met bijlagen als één document: elke bijlage vanaf een nieuwe pagina.")
    var bundle = false

    @Flag(name: .customLong("html"), help: "Maakt één HTML-bestand per document (afbeeldingen erin), om te publiceren naast de PDF, in plaats van ODT.")
    var html = false

    @OptionGroup var options: CheckOptions
    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
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
            } catch let error as FileSystem.Failure {
                Terminal.error(error.description)
                ioFailed = true
            } catch {
                Terminal.error("\(error)")
                ioFailed = true
            }
        }
        if ioFailed || workspace.hadReadFailure { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }
}
