import RaadsDocCore
import Synchronization

/// The templates of one run, each read, checked and prepared once, by
/// canonical path. Shared by the worker threads of a batch.
public final class TemplateStore: Sendable {
    public struct Loaded: Sendable {
        public let template: HouseStyleTemplate?
        public let problems: [TemplateProblem]
    }

    private let cache = Mutex<[String: Loaded]>([:])
    private let byPath = Mutex<[String: Loaded]>([:])
    private let verdictsByPath = Mutex<[String: [TemplateProblem]]>([:])
    private let limits: TemplateLimits
    private let fieldNames: @Sendable () -> [String]
    private let styles: [StyleDefinition]
    private let knownFields = Mutex<[String]?>(nil)
    private let verdicts: TemplateVerdictCache?

    /// `fieldNames` gives the placeholders a template may use; it is asked
    /// once, when the first template is read, because working it out means
    /// composing every kind's starter. `styles` are the built-in paragraph
    /// styles, which complete a template's own. `verdicts` remembers what
    /// checking a template found across runs (nil: nothing is remembered);
    /// only a run that renders nothing should take its problems from there,
    /// since an entry is only as trustworthy as the cache folder.
    public convenience init(fieldNames: @escaping @Sendable () -> [String], styles: [StyleDefinition]) {
        self.init(fieldNames: fieldNames, styles: styles, limits: TemplateLimits(), verdicts: nil)
    }

    package init(fieldNames: @escaping @Sendable () -> [String], styles: [StyleDefinition],
                 limits: TemplateLimits, verdicts: TemplateVerdictCache?) {
        self.fieldNames = fieldNames
        self.styles = styles
        self.limits = limits
        self.verdicts = verdicts
    }

    /// The template at `path`, read and prepared the first time it is
    /// asked for; every later document gets it without touching the disk.
    public func template(at path: String) -> Loaded {
        if let known = byPath.withLock({ $0[path] }) { return known }
        let loaded = read(path)
        byPath.withLock { $0[path] = loaded }
        return loaded
    }

    /// What is wrong with the template at `path`, as `template(at:)` would
    /// find, but from an earlier run's verdict on the same bytes when there
    /// is one: checking needs no prepared template.
    public func problems(at path: String) -> [TemplateProblem] {
        if let known = byPath.withLock({ $0[path] }) { return known.problems }
        if let known = verdictsByPath.withLock({ $0[path] }) { return known }
        guard let verdicts, case .success(let (_, bytes)) = file(path),
              let problems = verdicts.problems(of: bytes, fields: fields(), limits: limits) else {
            return template(at: path).problems
        }
        verdictsByPath.withLock { $0[path] = problems }
        return problems
    }

    private func read(_ path: String) -> Loaded {
        let canonical: String
        let bytes: [UInt8]
        switch file(path) {
        case .failure(let problem): return Loaded(template: nil, problems: [problem])
        case .success(let found): (canonical, bytes) = found
        }
        if let cached = cache.withLock({ $0[canonical] }) { return cached }
        let fields = fields()
        let (template, problems) = HouseStyleTemplate.prepare(bytes: bytes, fields: fields, styles: styles, limits: limits)
        verdicts?.keep(problems, of: bytes, fields: fields, limits: limits)
        let loaded = Loaded(template: template, problems: problems)
        cache.withLock { $0[canonical] = loaded }
        return loaded
    }

    /// The template file's canonical path and bytes, or why it cannot be read.
    private func file(_ path: String) -> Result<(String, [UInt8]), TemplateProblem> {
        if let problem = FileSystem.problem(readingFile: path) {
            let text = FileSystem.hasEntry(path) ? problem : "het bestand bestaat niet (gezocht: \(path))"
            return .failure(TemplateProblem(TemplateRules.unreadable, text))
        }
        guard let canonical = FileSystem.canonical(path) else {
            return .failure(TemplateProblem(TemplateRules.unreadable, "kan \(path) niet openen: \(FileSystem.errorText())"))
        }
        do {
            return .success((canonical, try FileSystem.read(canonical, limit: limits.fileSize)))
        } catch {
            return .failure(TemplateProblem(TemplateRules.unreadable, error.description))
        }
    }

    private func fields() -> [String] {
        knownFields.withLock { known in
            if let known { return known }
            let names = fieldNames()
            known = names
            return names
        }
    }
}
