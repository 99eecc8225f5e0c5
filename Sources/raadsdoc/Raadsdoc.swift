import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

@main
struct Raadsdoc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "raadsdoc",
        abstract: "Maakt raadsstukken, overeenkomsten en brieven als ODF uit YAML-invoer.",
        version: RaadsDocVersion.number,
        subcommands: [RenderCommand.self, CheckCommand.self, BatchCommand.self, VerifyCommand.self, RulesCommand.self, SchemaCommand.self,
                      NewCommand.self, FieldsCommand.self, TemplateCommand.self, TaalCommand.self, IndexCommand.self,
                      WerkplaatsCommand.self, CompareCommand.self])

    /// Exit codes: 0 ok, 1 input or validation error, 2 usage or I/O error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            terminate(code.rawValue)
        } catch {
            let exitCode = Self.exitCode(for: error)
            let message = Self.fullMessage(for: error)
            if exitCode == .success {
                print(message)
                terminate(0)
            }
            Terminal.error(message)
            terminate(2)
        }
    }
}
