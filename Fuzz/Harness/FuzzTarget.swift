import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline

/// The four fuzz targets and what each checks of one input. The libFuzzer
/// entry points (`Fuzz/YAML`, …, built only with RAADSDOC_FUZZ=1) call
/// `problems(in:)` and stop on the first problem, which libFuzzer records
/// as a crash with its input; the regression test
/// (`FuzzRegressionTests`) runs every saved finding through the same code.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// The YAML loader with the checker: parse with positions, the
    /// structure check of the detected kind and all of its rules,
    /// references included; then the diagnostics printed as `check` does.
    case yaml = "YAML"
    /// The rich-text parser: cmark-gfm through MarkdownSupport, the checks
    /// of `RichText.problems` and the conversion into the document tree.
    case richText = "RichText"
    /// The template reader on arbitrary zip bytes; a template it accepts
    /// must fill into a valid document.
    case template = "Template"
    /// The full render of one document in memory: an input without errors
    /// must give a package that passes `raadsdoc verify`.
    case render = "Render"

    /// What is wrong with the outcome for `bytes`; empty when all is well.
    /// A crash, hang or memory blowup shows as itself.
    package func problems(in bytes: [UInt8]) -> [String] {
        switch self {
        case .yaml:
            let (document, workspace) = Self.load(bytes)
            _ = DiagnosticPrinter.text(document.diagnostics.items, sources: workspace.sources)
            return Self.positionProblems(document.diagnostics.items, in: bytes, path: Self.inputPath)
        case .richText:
            let text = RichText(String(decoding: bytes, as: UTF8.self), at: SourcePosition(path: Self.inputPath, line: 1, column: 1))
            _ = (text.blocks(), text.inlines, text.plainText)
            return text.problems.filter { $0.position.line < 1 || $0.position.column < 1 }
                .map { "\($0.rule.code) op \($0.position.line):\($0.position.column)" }
        case .template:
            let prepared = HouseStyleTemplate.prepare(bytes: bytes, fields: TemplateFields.allNames, styles: KindRegistry.styles)
            guard let template = prepared.template, !prepared.problems.contains(where: { $0.rule.severity == .fout }) else { return [] }
            guard let sample = Self.sample else { return ["het voorbeelddocument van de eerste soort laat zich niet opmaken"] }
            do {
                return Self.validity(try Self.writer.odt(sample, template: template), what: "een document met een aanvaard sjabloon")
            } catch {
                return ["een aanvaard sjabloon laat zich niet vullen: \(error)"]
            }
        case .render:
            let (document, workspace) = Self.load(bytes)
            guard !document.diagnostics.hasErrors else { return [] }
            do {
                return Self.validity(try Self.renderer.odt(document, workspace: workspace), what: "het opgemaakte document")
            } catch {
                return ["invoer zonder fouten laat zich niet opmaken: \(error)"]
            }
        }
    }

    /// Where an input is loaded as if it were a file: beside the example
    /// inputs (run from the package root), so that the bijlagen, deals and
    /// pictures the seeds refer to are found and read (never written);
    /// elsewhere a folder that does not exist.
    package static let inputPath: String = {
        guard let folder = FileSystem.canonical("inputs/leidschendam-voorburg") else { return "/raadsdoc-fuzz/invoer.yaml" }
        return PathName.join(folder, "fuzz-invoer.yaml")
    }()

    /// A profile with every common field filled, so that the rules that
    /// need a burgemeester, secretaris or griffier are reached.
    private static let profile: Profile = {
        var profile = Profile.standard
        profile.gemeente = "Voorbeeldstad"
        profile.burgemeester = "A. Burgemeester"
        profile.secretaris = "B. Secretaris"
        profile.griffier = "C. Griffier"
        profile.algemeenDirecteur = "D. Directeur"
        profile.address = ["Stadhuisplein 1", "Postbus 100, 1234 AB Voorbeeldstad"]
        profile.contact = ["Telefoon 14 0999", "www.voorbeeldstad.nl"]
        return profile
    }()

    private static let writer = ODFWriter(styles: KindRegistry.styles)
    private static let renderer = Renderer(writer: writer)

    /// The first kind's starter (a letter with header, body, signature and
    /// bijlagen), so that every block placeholder of a template is filled.
    private static let sample: Document? = {
        let (document, workspace) = load(Array(KindRegistry.all[0].starter.utf8))
        return workspace.compose(document)
    }()

    /// Loads `bytes` as the input at `inputPath`. Every input shares one
    /// workspace, as the files of one `raadsdoc check` run do: an input held
    /// in memory is never cached (`load(source:)`) and the profile is fixed,
    /// so what the workspace keeps between inputs is only the files on disk
    /// that they refer to (the bijlagen and deals of the seeds), loaded and
    /// checked once instead of for every input. Those cost about two thirds
    /// of a load, and no input can change them: the input's own path does
    /// not exist on disk, so no file can refer back to it.
    private static func load(_ bytes: [UInt8]) -> (LoadedDocument, Workspace) {
        (sharedWorkspace.load(source: bytes, path: inputPath, profile: profile), sharedWorkspace)
    }

    private static let sharedWorkspace = Workspace()

    /// The outcome of each part's validation, kept by its bytes: styles.xml
    /// and settings.xml are mostly the same from one input to the next.
    private static let validations = PartValidationMemo()

    /// Every diagnostic about the input itself lies inside it: line 1 up to
    /// one past its last line, column 1 or more. Lines are counted high:
    /// every CR, LF, NEL, LS and PS as a line break.
    private static func positionProblems(_ diagnostics: [Diagnostic], in bytes: [UInt8], path: String) -> [String] {
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        let lines = 1 + String(decoding: bytes, as: UTF8.self).unicodeScalars.count { breaks.contains($0) }
        return diagnostics.filter { $0.position.path == path }.compactMap { diagnostic in
            let position = diagnostic.position
            guard position.line < 1 || position.line > lines + 1 || position.column < 1 else { return nil }
            return "\(diagnostic.code) op \(position.line):\(position.column), buiten de invoer van \(lines) regels"
        }
    }

    /// A package passes `raadsdoc verify`'s checks: a writer that exits 0
    /// with an invalid document is as wrong as one that crashes.
    private static func validity(_ odt: [UInt8], what: String) -> [String] {
        PackageVerifier.problems(in: odt, memo: validations).prefix(5).map { "\(what) is geen geldig ODF 1.3: \($0)" }
    }
}
