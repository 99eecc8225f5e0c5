import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// The field placeholders of each kind, read from what its composition
/// sets when it composes the kind's starter document: a kind sets every
/// field it supports, so this list cannot drift from the code.
public enum TemplateFields {
    public struct Field: Sendable, Equatable {
        public let name: String
        /// The value the starter document gives it, as an example.
        public let example: String
    }

    /// The profile the starters are composed with, so that the fields a
    /// profile fills have an example too.
    package static let exampleProfile: Profile = {
        var profile = Profile.standard
        profile.gemeente = "Voorbeeldstad"
        profile.address = ["Stadhuisplein 1", "Postbus 100, 1234 AB Voorbeeldstad"]
        profile.contact = ["Telefoon 14 0999", "www.voorbeeldstad.nl"]
        return profile
    }()

    /// The fields of every kind, by the kind's main name, sorted by field name.
    /// The starters are read as if from a folder that does not exist, so
    /// that a file they refer to is never found in the user's folders (and
    /// never brings in a profile or template of theirs).
    ///
    /// A constant of the process, not state of a run: it depends only on
    /// what is compiled in (the registry, each kind's starter and
    /// `exampleProfile`), and each starter is composed in a workspace of its
    /// own that is dropped afterwards, so no run's caches or clock see it
    /// and no run's options or files reach it.
    public static let byKind: [String: [Field]] = {
        var result: [String: [Field]] = [:]
        for kind in KindRegistry.all {
            let workspace = Workspace()
            let document = workspace.load(source: Array(kind.starter.utf8), path: "/raadsdoc-voorbeeld/\(kind.name).yaml",
                                          profile: exampleProfile)
            let fields = workspace.compose(document)?.fields ?? [:]
            result[kind.name] = fields.keys.sorted().map { Field(name: $0, example: fields[$0] ?? "") }
        }
        return result
    }()

    /// Every field any kind fills, sorted, learnt by composing the starters;
    /// runs use the committed `knownNames`, which a test holds to this.
    public static let allNames: [String] = Array(Set(byKind.values.joined().map(\.name))).sorted()

    public static func fields(of kind: KindDescriptor) -> [Field] {
        byKind[kind.name] ?? []
    }
}

extension TemplateFields {
    /// What `raadsdoc velden <soort>` prints: the block placeholders and
    /// the kind's field placeholders with the starter's value as example.
    public static func listing(for kind: KindDescriptor) -> String {
        let blocks = TemplateBlock.allCases.map { ($0.placeholder, $0.summary) }
        let fields = fields(of: kind).map { field in
            ("{{\(field.name)}}", field.example.isEmpty ? "(leeg in het voorbeeld)" : "bijvoorbeeld: \(field.example)")
        }
        let width = (blocks + fields).map(\.0.count).max() ?? 0
        func rows(_ rows: [(String, String)]) -> String {
            rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 + "\n" }.joined()
        }
        var output = "Plaatshouders voor een sjabloon van soort '\(kind.name)'"
        if kind.names.count > 1 { output += " (ook: \(kind.names.dropFirst().joined(separator: ", ")))" }
        output += "\n\nBlokken, elk alleen in een eigen alinea van de tekst:\n" + rows(blocks)
        output += "\nVelden, in de tekst, in tabellen en in kop- en voetteksten:\n" + rows(fields)
        return output
    }
}

extension TemplateFields {
    /// Every placeholder per kind as Markdown, as committed in docs/velden.md.
    public static var markdown: String {
        var output = "# Plaatshouders per soort document\n\n"
        output += "Dit bestand is gegenereerd met `raadsdoc velden --markdown`; bewerk het niet met de hand. "
        output += "Hoe u een sjabloon maakt, staat in [huisstijl.md](huisstijl.md).\n\n"
        output += "## Blokken\n\nElk alleen in een eigen alinea van de tekst.\n\n| Plaatshouder | Wat er komt |\n|---|---|\n"
        for block in TemplateBlock.allCases { output += "| `\(block.placeholder)` | \(block.summary) |\n" }
        output += "\n## Stijlen\n\nDe opmaakprofielen die raadsdoc gebruikt; een sjabloon mag elk ervan zelf opmaken. "
        output += "Wat het sjabloon niet heeft, neemt raadsdoc over uit de standaardhuisstijl.\n\n"
        output += "Alinea's: " + KindRegistry.styles.map { "`\($0.name)`" }.joined(separator: ", ") + ".\n\n"
        output += "Tekens: `\(HouseStyle.emphasisStyle)` (cursief), `\(HouseStyle.strongStyle)` (vet).\n"
        for kind in KindRegistry.all {
            output += "\n## \(kind.name)"
            if kind.names.count > 1 { output += " (ook: \(kind.names.dropFirst().joined(separator: ", ")))" }
            output += "\n\n| Veld | Voorbeeld |\n|---|---|\n"
            for field in fields(of: kind) {
                output += "| `{{\(field.name)}}` | \(field.example.isEmpty ? "" : field.example.replacingLineBreaks) |\n"
            }
        }
        return output
    }
}

extension String {
    fileprivate var replacingLineBreaks: String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
