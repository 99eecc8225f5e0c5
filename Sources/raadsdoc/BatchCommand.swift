import ArgumentParser
import Foundation
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Maakt alle documenten in een of meer mappen in één keer, parallel.",
        discussion: """
            Leest en controleert elk document één keer (verwijzingen tussen documenten inbegrepen) en maakt \
            het meteen als het zonder fouten is; pas als alle invoer is gecontroleerd, komt de uitvoer op zijn \
            plaats. Een document dat mislukt wordt gemeld en overgeslagen; de rest gaat door. \
            De uitvoer volgt de indeling van de invoer onder --uit en komt met index.json. Exitcode 0 als alles \
            is gemaakt, 1 bij fouten in de invoer, 2 bij gebruiks-, lees- of schrijffouten (ook als een document \
            niet kon worden weggeschreven). Twee batches tegelijk in dezelfde --uit kan niet: de tweede wacht \
            even en stopt dan met een melding.
            """)

    @Argument(help: "Mappen (of bestanden) met invoer.")
    var paths: [String]

    @Option(name: .customLong("uit"), help: "Map voor de resultaten.")
    var outputDirectory = "out"

    @Flag(name: .customLong("pdf"), help: "Maak ook PDF (met LibreOffice).")
    var pdf = false

    @Flag(name: .customLong("pdfa"), help: "Maak ook PDF/A-2b (met LibreOffice); elke PDF/A wordt gecontroleerd, de uitkomst staat in index.json (docs/publicatie.md).")
    var pdfa = false

    @Option(name: .customLong("jobs"), help: "Aantal documenten tegelijk (standaard: aantal kernen).")
    var jobs = WorkerPool.processorCount

    @Flag(name: .customLong("bundel"), help: "Brieven met bijlagen als één document: elke bijlage vanaf een nieuwe pagina.")
    var bundle = false

    @Flag(name: .customLong("alleen-gewijzigd"), help: "Sla documenten over waarvan invoer, profiel en sjabloon niet zijn veranderd.")
    var onlyChanged = false

    @Option(name: .customLong("shard"), help: "Alleen deel i van n (zoals 2/4), of 'auto' uit de omgeving (Kubernetes, Slurm, RAADSDOC_SHARD); zie docs/schaal.md.")
    var shard: String?

    @Flag(name: .customLong("statistieken"), help: "Toon de tijd per stap en de deflate-ondergrens (voor de benchmark).")
    var statistics = false

    @OptionGroup var options: CheckOptions

    @OptionGroup var templateOptions: TemplateOptions

    func validate() throws {
        if pdf && pdfa { throw ValidationError("kies --pdf of --pdfa, niet allebei") }
        if let shard, case .failure(let problem) = Shard.parse(shard, environment: ProcessInfo.processInfo.environment) {
            throw ValidationError(problem.description)
        }
        if jobs < 1 { throw ValidationError("--jobs moet minstens 1 zijn") }
    }

    func run() throws {
        try CheckOptions.requireFiles(profile: options.profile, template: templateOptions.template)
        let batchOptions = BatchOptions(
            outputDirectory: outputDirectory, jobs: jobs, pdf: pdfa ? .pdfa : pdf ? .pdf : nil, bundle: bundle,
            onlyChanged: onlyChanged, strict: options.strict, profileOverride: options.profile,
            runSettings: options.runSettings, templateOverride: templateOptions.template,
            measuresFloor: statistics,
            languageReviewer: options.language ? try CheckOptions.languageReviewer() : nil,
            shard: try shard.map { try Shard.parse($0, environment: ProcessInfo.processInfo.environment).get() })
        let progress = ProgressDisplay(onTerminal: Terminal.standardErrorIsTerminal && options.format == .tekst)
        let start = StageClock.now()
        let outcome = BatchRunner(options: batchOptions).run(paths) { phase, done, total in
            progress.update(phase: phase, done: done, total: total)
        }
        progress.finish()
        let wallSeconds = Double(StageClock.now() - start) / 1e9
        for warning in outcome.skipped { Terminal.error("waarschuwing: \(warning)") }
        if let fatal = outcome.fatal {
            Terminal.error(fatal)
            throw ExitCode(2)
        }
        switch options.format {
        case .json:
            for item in outcome.items { print(BatchSummary.json(item).compact) }
        case .tekst:
            let diagnostics = DiagnosticList.sortedUnique(outcome.items.diagnostics)
            let text = DiagnosticPrinter.text(diagnostics, sources: outcome.workspace.sources)
            if !text.isEmpty { Terminal.error(text) }
            BatchSummary.table(outcome.items, outputDirectory: outputDirectory) { print($0, terminator: "") }
        }
        if statistics {
            Terminal.write(BatchStatistics.report(items: outcome.items, clock: outcome.workspace.clock, wallSeconds: wallSeconds))
        }
        // A document that could not be written, or a file that could not be
        // read, is an I/O error (2) like in render; an input with errors is 1.
        if let failure = outcome.indexFailure { Terminal.error(failure) }
        if outcome.items.count(of: .mislukt) > 0 || outcome.workspace.hadReadFailure
            || outcome.indexFailure != nil { throw ExitCode(2) }
        if !outcome.succeeded { throw ExitCode(1) }
    }
}
