import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regels",
        abstract: "Toont alle regels waarop raadsdoc controleert.")

    @Flag(name: .customLong("markdown"), help: "Als Markdown, zoals docs/regels.md.")
    var markdown = false

    func run() {
        if markdown {
            print(RuleCatalogue.markdown, terminator: "")
            return
        }
        for rule in RuleCatalogue.all {
            print("\(rule.code)  \(rule.severity.rawValue.padded(13))\(rule.title)")
        }
    }
}
