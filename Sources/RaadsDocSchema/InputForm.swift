import RaadsDocCore

/// A form of input file raadsdoc reads: one per document kind, and the
/// municipality profile. `raadsdoc schema`, `raadsdoc nieuw` and
/// docs/invoer.md cover every form, so a newly registered kind is covered
/// without further work.
public struct InputForm: Sendable {
    /// The main name: the kind's first `soort`, or "profiel".
    public let name: String
    /// The values of `soort:` (none for the profile).
    public let names: [String]
    public let spec: ObjectSpec
    /// A commented example that checks clean.
    public let starter: String
    /// The rules specific to this form.
    public let rules: [Rule]
    /// What the kind writes into the document itself.
    public let generated: [GeneratedText]

    package init(name: String, names: [String] = [], spec: ObjectSpec, starter: String, rules: [Rule] = [],
                 generated: [GeneratedText] = []) {
        self.name = name
        self.names = names
        self.spec = spec
        self.starter = starter
        self.rules = rules
        self.generated = generated
    }

    public var isProfile: Bool { names.isEmpty }

    /// The file name of the committed JSON Schema, as in docs/schema/.
    public var schemaFileName: String { name + ".schema.json" }
}
