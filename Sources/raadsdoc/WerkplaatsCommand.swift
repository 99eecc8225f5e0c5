import ArgumentParser
import Dispatch
import Glibc
import RaadsDocCore
import RaadsDocKinds
import RaadsDocTaal
import RaadsDocWerkplaats
import Synchronization

struct WerkplaatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkplaats",
        abstract: "Start een webpagina op deze computer om documenten te schrijven, te controleren, te bekijken en te downloaden.",
        discussion: "De werkplaats luistert alleen op 127.0.0.1 en toont bij het starten een link met een geheim token voor deze keer; open die link in de browser. Alleen documenten binnen MAP worden gelezen en opgeslagen. Downloads komen ook in --uit, zoals bij 'raadsdoc render MAP --uit'. Stoppen met Ctrl-C.")

    @Argument(help: "De map met documenten.")
    var folder = "."

    @Option(name: .customLong("poort"), help: "De poort op 127.0.0.1 (0: een vrije poort).")
    var port = 8080

    @Option(name: .customLong("uit"), help: "Map voor de gedownloade ODT- en PDF-bestanden.")
    var outputDirectory = "out"

    func run() throws {
        guard (0...65535).contains(port) else {
            Terminal.error("--poort moet tussen 0 en 65535 liggen")
            throw ExitCode(2)
        }
        let werkplaats: Werkplaats
        let reviewer: LanguageReviewer?
        do {
            reviewer = try LanguageReviewer(knownSoorten: KindRegistry.allNames)
        } catch {
            Terminal.error("waarschuwing: zonder taalcontrole: \(error.description)")
            reviewer = nil
        }
        do {
            werkplaats = Werkplaats(folder: try WerkplaatsFolder(folder), outputDirectory: outputDirectory,
                                    languageReviewer: reviewer)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        let failure = Mutex<String?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Task {
            do {
                try await werkplaats.run(port: port) { bound in
                    print("De werkplaats voor \(PathName.displayed(werkplaats.desk.folder.root)) staat klaar op:")
                    print(werkplaats.link(port: bound))
                    print("Open deze link in de browser; stoppen met Ctrl-C.")
                    fflush(nil)
                }
            } catch {
                failure.withLock { $0 = "de werkplaats kon niet starten op 127.0.0.1:\(port): \(error)" }
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.withLock({ $0 }) {
            Terminal.error(message)
            throw ExitCode(2)
        }
    }
}
