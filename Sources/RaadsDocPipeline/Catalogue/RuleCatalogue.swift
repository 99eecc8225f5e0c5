import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema
import RaadsDocTaal

/// Every rule raadsdoc can report, for `raadsdoc regels` and docs/regels.md.
public enum RuleCatalogue {
    public static var all: [Rule] {
        var seen = Set<String>()
        let rules = InputRules.all + ReferenceRules.all + TemplateRules.all + LanguageRules.all + KindRegistry.all.flatMap(\.rules)
        return rules.filter { seen.insert($0.code).inserted }.sorted { $0.code < $1.code }
    }

    /// The catalogue as Markdown, as committed in docs/regels.md.
    public static var markdown: String {
        var output = "# Regels van raadsdoc\n\n"
        output += "Dit bestand is gegenereerd met `raadsdoc regels --markdown`; bewerk het niet met de hand.\n\n"
        output += "| Code | Ernst | Wat wordt gecontroleerd | Hoe op te lossen | Bron |\n|---|---|---|---|---|\n"
        for rule in all {
            output += "| \(rule.code) | \(rule.severity.rawValue) | \(rule.title) | \(rule.help.escapingTablePipes) | `\(rule.source)` |\n"
        }
        return output
    }
}
