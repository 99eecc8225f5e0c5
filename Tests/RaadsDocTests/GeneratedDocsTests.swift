import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// docs/regels.md, docs/invoer.md and docs/schema/*.schema.json are
/// generated from the code (`make docs`); these tests fail when a
/// committed file is stale, and check what the generators write.
@Suite struct GeneratedDocsTests {
    static let regenerate = "draai `make docs` en commit het resultaat"

    static func committed(_ relative: String) throws -> String {
        try String(contentsOfFile: TestSupport.path(relative), encoding: .utf8)
    }

    @Test func ruleCatalogueIsCurrent() throws {
        #expect(try Self.committed("docs/regels.md") == RuleCatalogue.markdown, "docs/regels.md is verouderd; \(Self.regenerate)")
    }

    @Test func inputReferenceIsCurrent() throws {
        #expect(try Self.committed("docs/invoer.md") == InputReference.markdown(InputForm.all), "docs/invoer.md is verouderd; \(Self.regenerate)")
    }

    @Test func committedSchemasAreExactlyTheGeneratedOnes() throws {
        let directory = TestSupport.path("docs/schema")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".schema.json") }
        #expect(Set(files) == Set(InputForm.all.map(\.schemaFileName)), "docs/schema is verouderd; \(Self.regenerate)")
        for form in InputForm.all {
            let committed = try? Self.committed("docs/schema/\(form.schemaFileName)")
            #expect(committed == JSONSchema.schema(for: form).pretty, "docs/schema/\(form.schemaFileName) is verouderd; \(Self.regenerate)")
        }
    }

    /// The generated docs are committed: git must not ignore them, or a
    /// new schema file would be left out of a commit without a word.
    @Test(.enabled(if: try Tool.require(.git)))
    func generatedDocsAreNotIgnoredByGit() throws {
        let files = ["docs/regels.md", "docs/invoer.md", "docs/velden.md"] + InputForm.all.map { "docs/schema/" + $0.schemaFileName }
        let result = try TestSupport.run("git", ["-C", TestSupport.packageRoot, "check-ignore", "--no-index", "--verbose", "--"] + files)
        #expect(result.status == 1, "git negeert gegenereerde documentatie: \(result.output)")
    }

    @Test(arguments: InputForm.all.map(\.name))
    func inputReferenceDescribesEveryFieldAndShowsTheStarter(_ name: String) throws {
        let form = try InputForm.named(name).get()
        let reference = InputReference.markdown(InputForm.all)
        #expect(reference.contains("```yaml\n" + form.starter + "```\n"))
        for spec in [form.spec] + form.spec.nestedGroups {
            #expect(reference.contains("Groep \(spec.name)\n\n\(spec.summary)") || spec === form.spec)
            for field in spec.fields {
                #expect(reference.contains("| `\(field.name)` | \(field.type.dutchName.prefix(4))"),
                        "\(spec.name).\(field.name) ontbreekt in docs/invoer.md")
            }
        }
        #expect(reference.contains("# yaml-language-server: $schema="))
    }

    /// The unknown-kind rule tells the user to look at `raadsdoc schema
    /// --lijst`; both must name the same kinds.
    @Test func unknownKindHelpPointsAtTheKindList() {
        #expect(InputRules.unknownKind.help.contains("`raadsdoc schema --lijst`"))
        let names = InputForm.all.filter { !$0.isProfile }.flatMap(\.names)
        #expect(names == KindRegistry.allNames)
    }

    /// The `# yaml-language-server: $schema=` line that docs/invoer.md
    /// documents works: where an example input has one, it leads to the
    /// committed schema of the input's own kind.
    @Test func exampleInputsThatNameASchemaNameTheirOwn() throws {
        let modeline = "# yaml-language-server: $schema="
        var named = 0
        for input in TestSupport.exampleInputs + TestSupport.exampleProfiles {
            let text = try String(contentsOfFile: input, encoding: .utf8)
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(modeline) }) else { continue }
            let resolved = PathName.join(PathName.directory(of: input), String(line.dropFirst(modeline.count)))
            let document = TestSupport.load(input).0
            let form = try ProfileSpec.isProfile(input) ? InputForm.profile : InputForm(kind: #require(document.kind))
            #expect(resolved == PathName.normalize(TestSupport.path("docs/schema/" + form.schemaFileName)), "\(input)")
            #expect(FileManager.default.fileExists(atPath: resolved), "\(input)")
            named += 1
        }
        #expect(named > 0)
    }

    static func json(_ value: JSONValue) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(value.pretty.utf8))
        return try #require(object as? [String: Any])
    }

    /// Every `$ref` in a schema, with the path where it stands.
    static func references(in value: Any, path: String = "") -> [(String, String)] {
        if let object = value as? [String: Any] {
            return object.keys.sorted().flatMap { key -> [(String, String)] in
                guard let member = object[key] else { return [] }
                if key == "$ref", let target = member as? String { return [(path, target)] }
                return references(in: member, path: path + "/" + key)
            }
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { references(in: $1, path: path + "/\($0)") }
        }
        return []
    }

    @Test(arguments: InputForm.all.map(\.name))
    func schemaMirrorsTheSpec(_ name: String) throws {
        let form = try InputForm.named(name).get()
        let schema = try Self.json(JSONSchema.schema(for: form))
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["additionalProperties"] as? Bool == false)
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(properties.keys.sorted() == form.spec.fields.map(\.name).sorted())
        #expect((schema["required"] as? [String] ?? []) == form.spec.fields.filter(\.isRequired).map(\.name))
        let definitions = schema["$defs"] as? [String: Any] ?? [:]
        for (path, target) in Self.references(in: schema) {
            let resolves = target == "#" || (target.hasPrefix("#/$defs/") && definitions[String(target.dropFirst(8))] != nil)
            #expect(resolves, "\(name): \(path) verwijst naar \(target), dat niet bestaat")
        }
        for (definitionName, definition) in definitions {
            let object = try #require(definition as? [String: Any])
            #expect(object["additionalProperties"] as? Bool == false, "\(definitionName) staat extra velden toe")
            #expect(object["description"] is String)
        }
    }

    @Test func recursiveSectionsReferToTheirOwnDefinition() throws {
        let schema = try Self.json(JSONSchema.schema(for: try InputForm.named("raadsmededeling").get()))
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let section = try #require(definitions["sectie"] as? [String: Any])
        let properties = try #require(section["properties"] as? [String: Any])
        let subsections = try #require(properties["secties"] as? [String: Any])
        let items = try #require(subsections["items"] as? [String: Any])
        #expect(items["$ref"] as? String == "#/$defs/sectie")
        let soort = try #require((schema["properties"] as? [String: Any])?["soort"] as? [String: Any])
        #expect(soort["enum"] as? [String] == ["raadsmededeling", "raadsinformatiebrief"])
    }
}
