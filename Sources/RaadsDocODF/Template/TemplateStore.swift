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
    private let limits: TemplateLimits
    private let fieldNames: @Sendable () -> [String]
    private let styles: [StyleDefinition]
    private let knownFields = Mutex<[String]?>(nil)

    /// `fieldNames` gives the placeholders a template may use; it is asked
    /// once, when the first template is read, because working it out means
    /// composing every kind's starter. `styles` are the built-in paragraph
    /// styles, which complete a template's own.
    public init(fieldNames: @escaping @Sendable () -> [String], styles: [StyleDefinition],
                limits: TemplateLimits = TemplateLimits()) {
        self.fieldNames = fieldNames
        self.styles = styles
        self.limits = limits
    }

    /// The template at `path`, read and prepared the first time it is
    /// asked for; every later document gets it without touching the disk.
    public func template(at path: String) -> Loaded {
        if let known = byPath.withLock({ $0[path] }) { return known }
        let loaded = read(path)
        byPath.withLock { $0[path] = loaded }
        return loaded
    }

    private func read(_ path: String) -> Loaded {
        if let problem = FileSystem.problem(readingFile: path) {
            let text = FileSystem.hasEntry(path) ? problem : "het bestand bestaat niet (gezocht: \(path))"
            return Loaded(template: nil, problems: [TemplateProblem(TemplateRules.unreadable, text)])
        }
        guard let canonical = FileSystem.canonical(path) else {
            return Loaded(template: nil, problems: [TemplateProblem(TemplateRules.unreadable,
                "kan \(path) niet openen: \(FileSystem.errorText())")])
        }
        if let cached = cache.withLock({ $0[canonical] }) { return cached }
        let fields = knownFields.withLock { known in
            if let known { return known }
            let names = fieldNames()
            known = names
            return names
        }
        let (template, problems) = HouseStyleTemplate.prepare(canonical, fields: fields, styles: styles, limits: limits)
        let loaded = Loaded(template: template, problems: problems)
        cache.withLock { $0[canonical] = loaded }
        return loaded
    }
}
