import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case tekst, json
}

/// Options shared by the commands that check input.
struct CheckOptions: ParsableArguments {
    @Option(name: .customLong("profiel"), help: "Profiel (raadsdoc.yaml) dat in plaats van het gevonden profiel geldt.")
    var profile: String?

    @Option(name: .customLong("format"), help: "Uitvoer van meldingen: tekst of json (één object per regel).")
    var format: OutputFormat = .tekst

    @Flag(name: .customLong("strikt"), help: "Waarschuwingen tellen als fouten.")
    var strict = false

    @Option(name: .customLong("nummering"), help: "Nummering van overeenkomsten voor deze keer, in plaats van die uit het document of het profiel.")
    var numbering: Overeenkomst.NumberingStyle?

    /// The profile settings chosen on the command line.
    var runSettings: [String: String] {
        numbering.map { [Overeenkomst.NumberingStyle.settingName: $0.rawValue] } ?? [:]
    }

    /// Prints the diagnostics and a closing count (text format); returns
    /// whether they make the run fail.
    func report(_ diagnostics: [Diagnostic], workspace: Workspace, summary: Bool = true) -> Bool {
        let errors = diagnostics.count { $0.severity == .fout }
        let warnings = diagnostics.count { $0.severity == .waarschuwing }
        switch format {
        case .json:
            print(DiagnosticPrinter.jsonLines(diagnostics), terminator: "")
        case .tekst:
            let text = DiagnosticPrinter.text(diagnostics, sources: workspace.sources)
            if !text.isEmpty { Terminal.error(text) }
            if summary && (errors > 0 || warnings > 0) {
                Terminal.error(DiagnosticPrinter.summary(errors: errors, warnings: warnings))
            }
        }
        return errors > 0 || (strict && warnings > 0)
    }

    /// The workspace of a run; `template` is the `--sjabloon` of the
    /// commands that render.
    func workspace(template: String? = nil) throws -> Workspace {
        if let profile, !FileSystem.exists(profile) {
            Terminal.error("profiel \(profile) bestaat niet")
            throw ExitCode(2)
        }
        if let template, !FileSystem.exists(template) {
            Terminal.error("sjabloon \(template) bestaat niet")
            throw ExitCode(2)
        }
        return Workspace(profileOverride: profile, runSettings: runSettings, templateOverride: template)
    }
}

extension Overeenkomst.NumberingStyle: ExpressibleByArgument {}
