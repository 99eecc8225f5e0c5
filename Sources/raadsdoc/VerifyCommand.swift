import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Controleert of ODT-bestanden geldige ODF 1.3-pakketten zijn.",
        discussion: "Controleert de pakketstructuur en valideert content.xml, styles.xml, meta.xml en het manifest tegen de OASIS ODF 1.3 RelaxNG-schema's.")

    @Argument(help: "ODT-bestanden.")
    var files: [String]

    func run() throws {
        var invalid = false
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.read(file)
            } catch {
                Terminal.error(error.description)
                throw ExitCode(2)
            }
            let problems = PackageVerifier.problems(in: bytes)
            if problems.isEmpty {
                print("\(file): geldig ODF 1.3")
            } else {
                invalid = true
                for problem in problems { Terminal.error("\(file): \(problem)") }
            }
        }
        if invalid { throw ExitCode(1) }
    }
}
