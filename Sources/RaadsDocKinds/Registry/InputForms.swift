import RaadsDocCore
import RaadsDocSchema

/// The input forms of the registered kinds, for `raadsdoc schema`,
/// `raadsdoc nieuw` and docs/invoer.md.
extension InputForm {
    public init(kind: KindDescriptor) {
        self.init(name: kind.name, names: kind.names, spec: kind.spec, starter: kind.starter, rules: kind.rules,
                  generated: kind.generatedText)
    }

    /// The municipality profile, with the settings every kind declares.
    public static let profile = InputForm(name: "profiel", spec: KindRegistry.profileSpec, starter: ProfileSpec.starter)

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
}
