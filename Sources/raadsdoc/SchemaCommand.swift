import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Geeft het JSON Schema van een soort document, voor hulp in de editor.",
        discussion: """
            Het schema (draft 2020-12) geeft een editor met yaml-language-server aanvulling en controle; \
            zie docs/invoer.md. 'profiel' geeft het schema van raadsdoc.yaml.
            """)

    @Argument(help: "De soort, zoals raadsmededeling, of 'profiel'.")
    var soort: String?

    @Flag(name: .customLong("lijst"), help: "Noemt alle soorten.")
    var list = false

    @Flag(name: .customLong("markdown"), help: "De beschrijving van alle invoer als Markdown, zoals docs/invoer.md.")
    var markdown = false

    @Option(name: .customLong("uit"), help: "Schrijft het schema van elke soort als <soort>.schema.json in deze map.")
    var outputDirectory: String?

    func validate() throws {
        let modes = [soort != nil, list, markdown, outputDirectory != nil].filter { $0 }.count
        guard modes == 1 else {
            throw ValidationError("geef één soort, of --lijst, --markdown of --uit <map>")
        }
    }

    func run() throws {
        if list {
            for form in InputForm.all {
                let also = form.isProfile ? "(\(ProfileSpec.fileName))" : form.names.dropFirst().map { "(ook: \($0))" }.joined()
                print("\(form.name.padded(22))\(also.padded(30))\(form.spec.summary)")
            }
        } else if markdown {
            print(InputReference.markdown(InputForm.all), terminator: "")
        } else if let outputDirectory {
            try writeAll(to: outputDirectory)
        } else if let soort {
            print(JSONSchema.schema(for: try InputForm.lookup(soort)).pretty, terminator: "")
        }
    }

    private func writeAll(to directory: String) throws {
        do {
            try FileSystem.createDirectories(directory)
            for form in InputForm.all {
                let path = PathName.join(directory, form.schemaFileName)
                try FileSystem.writeAtomically(Array(JSONSchema.schema(for: form).pretty.utf8), to: path)
                print(path)
            }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
    }
}

extension InputForm {
    /// The form named on the command line; an unknown name ends the run
    /// with exit code 2 and the known names.
    static func lookup(_ name: String) throws -> InputForm {
        switch named(name) {
        case .success(let form):
            return form
        case .failure(let unknown):
            Terminal.error(unknown.description)
            throw ExitCode(2)
        }
    }
}
