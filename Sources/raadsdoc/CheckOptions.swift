import ArgumentParser
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema
import RaadsDocTaal

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

    @Flag(name: .customLong("taal"), help: "Controleer ook spelling, jargon en leesbaarheid (waarschuwingen RD-TAAL).")
    var language = false

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
    /// commands that render. Both files must be regular files; the profile
    /// a YAML file, so that a foreign file is never echoed as "YAML".
    /// The workspace of a run; `rendersNothing` (`check`) lets it take a
    /// template's problems from an earlier run's verdict.
    func workspace(template: String? = nil, rendersNothing: Bool = false) throws -> Workspace {
        try Self.requireFiles(profile: profile, template: template)
        return Workspace(profileOverride: profile, runSettings: runSettings, templateOverride: template,
                         languageReviewer: language ? try Self.languageReviewer() : nil,
                         keepsTemplateVerdicts: rendersNothing)
    }

    /// The language check of a run; without Debian's Dutch dictionaries
    /// the run ends at once (exit 2) with what to install.
    static func languageReviewer(ranksHardestSentences: Bool = false) throws -> LanguageReviewer {
        do {
            return try LanguageReviewer(knownSoorten: KindRegistry.allNames, ranksHardestSentences: ranksHardestSentences)
        } catch {
            Terminal.error("de taalcontrole kan niet starten: \(error.description)")
            throw ExitCode(2)
        }
    }

    /// Refuses a `--profiel` or `--sjabloon` that cannot be read as a
    /// regular file (exit 2), without opening it.
    static func requireFiles(profile: String?, template: String?) throws {
        if let profile {
            if let problem = FileSystem.problem(readingFile: profile) {
                Terminal.error("profiel: \(problem)")
                throw ExitCode(2)
            }
            if !PathName.isYAML(profile) {
                Terminal.error("profiel \(PathName.displayed(profile)) is geen .yaml-bestand; geef een raadsdoc.yaml (zie 'raadsdoc nieuw profiel')")
                throw ExitCode(2)
            }
        }
        if let template, let problem = FileSystem.problem(readingFile: template) {
            Terminal.error("sjabloon: \(problem)")
            throw ExitCode(2)
        }
    }

    /// The inputs among `paths`; a path that does not exist or cannot be
    /// read ends the run with exit 2, what is skipped gets a warning.
    static func discover(_ paths: [String]) throws -> [InputDiscovery.Input] {
        let found = InputDiscovery.discover(paths)
        for path in found.missing { Terminal.error("\(PathName.displayed(path)) bestaat niet") }
        for problem in found.unreadable { Terminal.error(problem) }
        for warning in found.skipped { Terminal.error("waarschuwing: \(warning)") }
        if !found.missing.isEmpty || !found.unreadable.isEmpty { throw ExitCode(2) }
        return found.inputs
    }
}

extension Overeenkomst.NumberingStyle: ExpressibleByArgument {}
