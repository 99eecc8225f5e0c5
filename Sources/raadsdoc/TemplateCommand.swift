import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjabloon",
        abstract: "Schrijft de ingebouwde huisstijl als beginpunt voor een eigen sjabloon.",
        discussion: "Het bestand bevat alle blokplaatshouders en {{organisatie}} in de koptekst. Open het in LibreOffice Writer, pas de stijlen, kop- en voettekst aan en sla het op als sjabloon (.ott). Zie docs/huisstijl.md.")

    @Argument(help: "Het te schrijven bestand (.odt).")
    var file: String

    func run() throws {
        do {
            try FileSystem.writeAtomically(try ODFWriter(styles: KindRegistry.styles).odt(StandardTemplate.document), to: file)
        } catch let error as FileSystem.Failure {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        print(file)
    }
}
