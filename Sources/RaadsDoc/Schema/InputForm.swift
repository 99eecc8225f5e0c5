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

    public init(kind: KindDescriptor) {
        name = kind.name
        names = kind.names
        spec = kind.spec
        starter = kind.starter
        rules = kind.rules
    }

    private init(name: String, spec: ObjectSpec, starter: String) {
        self.name = name
        self.names = []
        self.spec = spec
        self.starter = starter
        self.rules = []
    }

    public static let profile = InputForm(name: "profiel", spec: ProfileSpec.root, starter: ProfileSpec.starter)

    /// Every document kind in registry order, then the profile.
    public static var all: [InputForm] {
        KindRegistry.all.map(InputForm.init(kind:)) + [profile]
    }

    /// The form a user named: a `soort` (main name or variant), "profiel"
    /// or "raadsdoc.yaml".
    public static func named(_ name: String) -> Result<InputForm, KindRegistry.UnknownKind> {
        if name == profile.name || name == ProfileSpec.fileName { return .success(profile) }
        return KindRegistry.lookup(name).map(InputForm.init(kind:))
    }

    public var isProfile: Bool { names.isEmpty }

    /// The file name of the committed JSON Schema, as in docs/schema/.
    public var schemaFileName: String { name + ".schema.json" }
}
