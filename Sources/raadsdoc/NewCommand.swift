import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nieuw",
        abstract: "Geeft een ingevuld voorbeeld van een soort document, met uitleg.",
        discussion: "Het voorbeeld komt zonder meldingen door 'raadsdoc check'. Bijvoorbeeld: raadsdoc nieuw brief > brief.yaml. 'profiel' geeft een voorbeeld van raadsdoc.yaml.")

    @Argument(help: "De soort, zoals raadsmededeling (zie 'raadsdoc schema --lijst'), of 'profiel'.")
    var soort: String

    func run() throws {
        print(try InputForm.lookup(soort).starter, terminator: "")
    }
}
