import ArgumentParser
import RaadsDocCore
import RaadsDocPipeline

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Werkt met index.json van batch.",
        subcommands: [MergeCommand.self])

    struct MergeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "samenvoegen",
            abstract: "Voegt de index.json van de delen van een gedeelde batch (--shard) samen tot één.",
            discussion: "Controleert dat elk deel er één keer is en elk invoerbestand in precies één deel staat. De uitkomst is byte voor byte de index.json van dezelfde batch op één machine. Exitcode 0, 1 als de delen niet kloppen, 2 bij lees- of schrijffouten.")

        @Argument(help: "De index.json van elk deel, of de uitvoermap waarin hij staat.")
        var parts: [String]

        @Option(name: .customLong("uit"), help: "Map voor de samengevoegde index.json (waar ook de uitvoer van de delen samenkomt).")
        var outputDirectory = "out"

        func run() throws {
            switch IndexMerge.merge(parts) {
            case .failure(let problem):
                Terminal.error(problem.description)
                throw ExitCode(1)
            case .success(let text):
                do {
                    try FileSystem.createDirectories(outputDirectory)
                    try FileSystem.writeAtomically(Array(text.utf8), to: BatchIndex.fileName, below: outputDirectory)
                } catch {
                    Terminal.error(error.description)
                    throw ExitCode(2)
                }
            }
        }
    }
}
