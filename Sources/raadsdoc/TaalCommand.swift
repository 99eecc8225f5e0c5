import ArgumentParser
import RaadsDocCore
import RaadsDocPipeline
import RaadsDocTaal

struct TaalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taal",
        abstract: "Toont de leesbaarheid van documenten: cijfers per document en per sectie, en de moeilijkste zinnen.",
        discussion: "Bij meer dan één document volgen de cijfers naast elkaar. De waarschuwingen zelf geeft 'raadsdoc check --taal'. Exitcode 0, 1 als een document niet te controleren is, 2 bij gebruiks- of leesfouten.")

    @Argument(help: "Invoerbestanden of mappen.")
    var paths: [String]

    @Option(name: .customLong("profiel"), help: "Profiel (raadsdoc.yaml) dat in plaats van het gevonden profiel geldt.")
    var profile: String?

    @Option(name: .customLong("format"), help: "Uitvoer: tekst of json (één object per document, per regel).")
    var format: OutputFormat = .tekst

    func run() throws {
        try CheckOptions.requireFiles(profile: profile, template: nil)
        let reviewer = try CheckOptions.languageReviewer(ranksHardestSentences: true)
        let workspace = Workspace(profileOverride: profile, languageReviewer: reviewer)
        let files = try CheckOptions.discover(paths).map(\.path)
        var reports: [(path: String, scores: LanguageScores)] = []
        var unchecked = DiagnosticList()
        for file in files {
            let document = workspace.load(file)
            guard let scores = document.languageScores, let soort = document.soort else {
                for diagnostic in document.diagnostics.items where diagnostic.severity == .fout { unchecked.append(diagnostic) }
                continue
            }
            reports.append((file, scores))
            switch format {
            case .tekst: print(LanguageReportText.report(path: file, soort: soort, scores: scores))
            case .json: print(LanguageReportText.json(path: file, soort: soort, scores: scores).compact)
            }
        }
        if format == .tekst && reports.count > 1 { print(LanguageReportText.sideBySide(reports), terminator: "") }
        if !unchecked.items.isEmpty {
            Terminal.error(DiagnosticPrinter.text(unchecked.sorted, sources: workspace.sources))
            Terminal.error("niet alle documenten zijn te meten: verbeter eerst de fouten hierboven (raadsdoc check)")
        }
        if workspace.hadReadFailure { throw ExitCode(2) }
        if !unchecked.items.isEmpty { throw ExitCode(1) }
    }
}
