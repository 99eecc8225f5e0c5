/// A check raadsdoc performs, as listed in the catalogue (`raadsdoc regels`).
/// The code is stable: scripts and people refer to it.
public struct Rule: Sendable, Hashable {
    public let code: String
    public let severity: Severity
    /// One line: what the rule checks.
    public let title: String
    /// How to fix a violation.
    public let help: String

    public init(_ code: String, _ severity: Severity, _ title: String, help: String) {
        self.code = code
        self.severity = severity
        self.title = title
        self.help = help
    }
}
