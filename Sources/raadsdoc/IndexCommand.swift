import ArgumentParser
import RaadsDocCore
import RaadsDocPipeline

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Werkt met index.json van batch.",
        subcommands: [MergeCommand.self, DiWooCommand.self, MDTOCommand.self])

    struct MergeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "samenvoegen",
            abstract: "Voegt de index.json van de delen van een gedeelde batch (--shard) samen tot één.",
            discussion: "Controleert dat elk deel er één keer is en elk invoerbestand in precies één deel staat. De uitkomst is byte voor byte de index.json van dezelfde batch op één machine. Exitcode 0, 1 als de delen niet kloppen, 2 bij lees- of schrijffouten.")

        @Argument(help: "De index.json van elk deel, of de uitvoermap waarin hij staat.")
        var parts: [String]

        @Option(name: .customLong("uit"), help: "Map voor de samengevoegde index.json (waar ook de uitvoer van de delen samenkomt).")
        var outputDirectory = "out"

        /// The merged index goes straight into a temporary file in the
        /// output folder, which gets its name only once every check passed.
        func run() throws {
            let problem: IndexMerge.Problem?
            do throws(FileSystem.Failure) {
                try FileSystem.createDirectories(outputDirectory)
                let file = try AtomicFile(BatchIndex.fileName, in: OpenDirectory(outputDirectory))
                problem = try IndexMerge.merge(parts) { (text) throws(FileSystem.Failure) in try file.write(text) }
                if problem == nil { try file.commit() }
            } catch {
                Terminal.error(error.description)
                throw ExitCode(2)
            }
            if let problem {
                Terminal.error(problem.description)
                throw ExitCode(1)
            }
        }
    }

    struct DiWooCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diwoo",
            abstract: "Schrijft de DiWoo-metadata voor de Woo-publicatie van elk document in index.json.",
            discussion: "Naast elk document komt <naam>.diwoo.xml (DiWoo 0.9.8): de gemeente als TOOI-code (tooi: in raadsdoc.yaml), de officiële titel, de Woo-informatiecategorie van de soort, de datum en de documenthandeling (docs/publicatie.md). Vlaamse documenten (land: BE) krijgen geen DiWoo: het is een Nederlandse standaard. Exitcode 0 als elk document DiWoo kreeg, 1 als er documenten zijn overgeslagen (met de reden), 2 bij lees- of schrijffouten.")

        @Argument(help: "De uitvoermap van de batch, of zijn index.json.")
        var index = "out"

        func run() throws {
            try PublicationRun.run(.diwoo, index: index)
        }
    }

    struct MDTOCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mdto",
            abstract: "Schrijft de MDTO-metagegevens voor het archief van elk document in index.json.",
            discussion: "Naast elk document komt <naam>.mdto.xml (het informatieobject) en naast elk uitvoerbestand <bestand>.bestand.mdto.xml met omvang, SHA-256 en bestandsformaat (PDF/A-2b: PRONOM fmt/477), volgens MDTO-XML 1.0.1 (docs/publicatie.md). De SHA-256 van elk bestand moet nog die in index.json zijn. checksumDatum is SOURCE_DATE_EPOCH als die is gezet, anders het moment waarop de batch index.json schreef. Exitcode 0 als alles is geschreven, 1 als er documenten zijn overgeslagen, 2 bij lees- of schrijffouten.")

        @Argument(help: "De uitvoermap van de batch, of zijn index.json.")
        var index = "out"

        func run() throws {
            try PublicationRun.run(.mdto, index: index)
        }
    }
}

/// Runs an export and reports what it skipped.
private enum PublicationRun {
    static func run(_ standard: PublicationExport.Standard, index: String) throws {
        switch PublicationExport.run(standard, index: index, checksumTime: PublicationExport.checksumTime(index: index)) {
        case .failure(let problem):
            Terminal.error(problem.description)
            throw ExitCode(2)
        case .success(let report):
            for skipped in report.skipped {
                Terminal.error("\(skipped.source): overgeslagen: \(skipped.reason)")
            }
            print("\(report.written.count) bestanden geschreven, \(report.skipped.count) documenten overgeslagen")
            if !report.skipped.isEmpty { throw ExitCode(1) }
        }
    }
}
