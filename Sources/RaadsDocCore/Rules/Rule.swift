/// A check raadsdoc performs, as listed in the catalogue (`raadsdoc regels`).
/// The code is stable: scripts and people refer to it, and two rules are the
/// same when their codes are. A class, so that passing a rule around costs
/// one reference: the checker recurses with rules in its frames, on stacks
/// that must stay small.
public final class Rule: Sendable, Hashable {
    public let code: String
    public let severity: Severity
    /// One line: what the rule checks.
    public let title: String
    /// How to fix a violation.
    public let help: String
    /// The source file that declares the rule, from `Sources/` on, as
    /// docs/regels.md lists it.
    public let source: String

    public init(_ code: String, _ severity: Severity, _ title: String, help: String, file: String = #filePath) {
        self.code = code
        self.severity = severity
        self.title = title
        self.help = help
        let components = file.split(separator: "/")
        source = components.lastIndex(of: "Sources").map { components[$0...].joined(separator: "/") } ?? file
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        lhs.code == rhs.code
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }
}
