/// The language check's settings, from `taal:` in raadsdoc.yaml.
public struct LanguageSettings: Sendable {
    /// Words the spelling check accepts besides the dictionary and the
    /// shipped domain words: the municipality's own names and terms.
    public var words: [String] = []
    /// The soorten written for residents, held to the B1 target
    /// (`taal.b1`), as written, so an unknown one can be pointed at.
    public var plainLanguageSoorten: [Located<String>] = []

    public init(words: [String] = [], plainLanguageSoorten: [Located<String>] = []) {
        self.words = words
        self.plainLanguageSoorten = plainLanguageSoorten
    }

    /// Whether documents of `soort` are held to the B1 target.
    public func wantsPlainLanguage(_ soort: String) -> Bool {
        plainLanguageSoorten.contains { $0.value == soort }
    }
}
