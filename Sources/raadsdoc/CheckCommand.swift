import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleert invoerbestanden zonder iets te maken.",
        discussion: "Mappen worden doorzocht op .yaml-bestanden. Exitcode 0 zonder fouten, 1 bij fouten, 2 bij gebruiks- of leesfouten.")

    @Argument(help: "Invoerbestanden of mappen.")
    var paths: [String]

    @OptionGroup var options: CheckOptions

    func run() throws {
        let workspace = try options.workspace(rendersNothing: true)
        let files = try CheckOptions.discover(paths).map(\.path)
        var diagnostics = DiagnosticList()
        for file in files { diagnostics.append(contentsOf: workspace.load(file).diagnostics) }
        let failed = options.report(diagnostics.sorted, workspace: workspace)
        if options.format == .tekst && diagnostics.items.isEmpty {
            Terminal.error("\(files.count == 1 ? "1 bestand" : "\(files.count) bestanden") gecontroleerd: geen problemen gevonden")
        }
        if workspace.hadReadFailure { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }
}
