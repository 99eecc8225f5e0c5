import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct FieldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "velden",
        abstract: "Toont de plaatshouders die een huisstijlsjabloon per soort document kan gebruiken.",
        discussion: "Zonder soort voor alle soorten. Zie docs/huisstijl.md voor het maken van een sjabloon.")

    @Argument(help: "De soort document, zoals raadsmededeling.")
    var soort: String?

    @Flag(name: .customLong("markdown"), help: "Alle soorten als Markdown, zoals docs/velden.md.")
    var markdown = false

    func run() throws {
        if markdown {
            print(TemplateFields.markdown, terminator: "")
            return
        }
        guard let soort else {
            print(KindRegistry.all.map(TemplateFields.listing(for:)).joined(separator: "\n"), terminator: "")
            return
        }
        guard let kind = KindRegistry.kind(named: soort) else {
            let suggestion = Suggestions.closest(to: soort, among: KindRegistry.allNames).map { " — bedoelde je '\($0)'?" } ?? ""
            Terminal.error("onbekende soort '\(soort)'\(suggestion); bekend: \(KindRegistry.allNames.joined(separator: ", "))")
            throw ExitCode(2)
        }
        print(TemplateFields.listing(for: kind), terminator: "")
    }
}
