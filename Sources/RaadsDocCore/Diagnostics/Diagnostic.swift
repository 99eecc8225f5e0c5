public enum Severity: String, Sendable, Comparable, CaseIterable {
    case fout
    case waarschuwing

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .fout && rhs == .waarschuwing
    }
}

/// One problem found in the input, at the position the author must change.
public struct Diagnostic: Sendable, Equatable {
    public let position: SourcePosition
    public let code: String
    public let severity: Severity
    public let message: String
    /// Replacements the author may pick ("bedoelde je …?"), for editors
    /// that offer a quick fix; the message names them too.
    public let suggestions: [String]

    public init(position: SourcePosition, code: String, severity: Severity, message: String, suggestions: [String] = []) {
        self.position = position
        self.code = code
        self.severity = severity
        self.message = message
        self.suggestions = suggestions
    }
}

/// Collects the diagnostics of one run. Order of reporting is kept; the
/// printer sorts by position.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func report(_ rule: Rule, at position: SourcePosition, _ message: String, suggestions: [String] = []) {
        items.append(Diagnostic(position: position, code: rule.code, severity: rule.severity, message: message,
                                suggestions: suggestions))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    public var errorCount: Int { items.count { $0.severity == .fout } }
    public var warningCount: Int { items.count { $0.severity == .waarschuwing } }
    public var hasErrors: Bool { items.contains { $0.severity == .fout } }

    /// Sorted by file and position, without exact duplicates (a bijlage
    /// checked for two letters reports its problems once).
    public var sorted: [Diagnostic] {
        Self.sortedUnique(items)
    }

    /// Diagnostics sorted by position, each reported once (a profile's
    /// problem reaches every document that uses the profile).
    public static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return diagnostics
            .filter { seen.insert("\($0.position)|\($0.code)|\($0.message)").inserted }
            .sorted { ($0.position, $0.code) < ($1.position, $1.code) }
    }
}
