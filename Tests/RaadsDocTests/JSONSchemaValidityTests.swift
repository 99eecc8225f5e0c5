import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The generated JSON Schemas are valid draft 2020-12 schemas, and every
/// example input and starter validates against its kind's schema, read
/// both as raadsdoc reads it (every value text) and as a YAML 1.2 editor
/// does. Python's jsonschema does the validating (Tests/Scripts/
/// check_schemas.py); `make test` installs it on Debian.
@Suite(.enabled(if: try Tool.require(.jsonschema), "geen Python met jsonschema en PyYAML gevonden"))
struct JSONSchemaValidityTests {
    @Test func examplesAndStartersValidateAndBadInputsDoNot() throws {
        let checker = try SchemaChecker()
        for form in InputForm.all {
            try checker.addSchema(form.name, JSONSchema.schema(for: form))
            try checker.expectValid(form.name, text: form.starter)
        }
        for input in TestSupport.exampleInputs {
            let kind = try #require(TestSupport.load(input).0.kind, "\(input) heeft geen bekende soort")
            checker.expectValid(kind.name, path: input)
        }
        for profile in TestSupport.exampleProfiles {
            checker.expectValid(InputForm.profile.name, path: profile)
        }
        let brief = try #require(KindRegistry.kind(named: "brief")).starter
        let badLetters = [
            brief.replacingOccurrences(of: "\nonderwerp:", with: "\nonderwep:"),
            brief.replacingOccurrences(of: "datum: 2025-03-04", with: "datum: 04-03-2025"),
            brief.replacingOccurrences(of: "datum: 2025-03-04", with: "datum: 2025-02-30"),
            brief.replacingOccurrences(of: "soort: brief", with: "soort: breif"),
            brief.replacingOccurrences(of: "slot: Hoogachtend,", with: "slot:\n  - Hoogachtend,"),
            brief.replacingOccurrences(of: "  punten:\n", with: "  punten: []\n  oud:\n"),
        ]
        for letter in badLetters {
            try checker.expectInvalid("brief", text: letter)
        }
        try checker.expectInvalid(InputForm.profile.name, text: "gemeente: X\nland: Nederland\n")
        try checker.expectInvalid(InputForm.profile.name, text: "land: NL\n")
        let problems = try checker.run()
        #expect(problems == [])
    }

    /// Each scalar form accepts what both readings see, and refuses what
    /// raadsdoc refuses, as far as a schema can tell.
    @Test func scalarFormsAcceptBothReadings() throws {
        let checker = try SchemaChecker()
        let spec = ProefSpec.spec
        let form = ObjectSpec("proefdocument", spec.summary, spec.fields)
        try checker.addSchema("proef", JSONSchema.schema(for: form, title: "proef"))
        let valid = [
            "bedrag: 2000000", "bedrag: 2.000.000", "bedrag: '€ 2.000.000'", "bedrag: 1.234,56", "bedrag: 2.000",
            "aantal: 3", "aantal: '3'", "score: 2.75", "score: 2,75", "score: 10",
            "actief: ja", "actief: Nee",
            "keuze: middel", "datum: 2021-07-13", "tekst: 1891088", "tekst: no", "tekst: 1.0", "tekst: true",
            "lijst: [a]", "bijlage: Planning", "bijlage: {bestand: x.yaml}", "vrij: {a: 12, b: '1.234,56'}",
            "groep: {naam: A. de Vries, functie: burgemeester}",
        ]
        let invalid = [
            "bedrag: 1.5", "bedrag: -5", "bedrag: 1.23.456", "bedrag: 12,5", "bedrag: veel",
            "aantal: twee", "score: 2,125", "actief: misschien", "actief: true", "actief: no", "keuze: lagg",
            "datum: 13-07-2021", "datum: 2021-02-30", "lijst: []", "tekst: [a, b]", "groep: tekst", "onbekend: 1",
            "vrij: {a: 1.5}",
        ]
        for line in valid { try checker.expectValid("proef", text: line + "\n") }
        for line in invalid { try checker.expectInvalid("proef", text: line + "\n") }
        for line in ["aantal: 7", "aantal: 0", "score: 11", "score: -1"] {
            try checker.expectInvalid("proef", text: line + "\n", readings: .editorOnly)
        }
        let problems = try checker.run()
        #expect(problems == [])
    }
}

/// Runs Tests/Scripts/check_schemas.py on schemas and inputs written to a
/// temporary folder.
final class SchemaChecker {
    /// Debian's python3 (where `make test` installs python3-jsonschema)
    /// first, then the one on the PATH; nil when neither has jsonschema
    /// with draft 2020-12 and PyYAML.
    static let python: String? = ["/usr/bin/python3", "python3"].first { candidate in
        let probe = try? TestSupport.run(candidate, ["-c", "import yaml, jsonschema; jsonschema.Draft202012Validator"])
        return probe?.status == 0
    }

    let directory: String
    private var schemas: [String: String] = [:]
    private var valid: [[String]] = []
    private var invalid: [[String]] = []
    private var invalidForEditors: [[String]] = []

    /// Which readings must refuse an input: both, or only the YAML 1.2
    /// reading of an editor (a pattern on text cannot check a range).
    enum Readings {
        case both, editorOnly
    }

    init() throws {
        directory = try TestSupport.temporaryDirectory()
    }

    func addSchema(_ name: String, _ schema: JSONValue) throws {
        let path = directory + "/\(name).schema.json"
        try schema.pretty.write(toFile: path, atomically: true, encoding: .utf8)
        schemas[name] = path
    }

    func expectValid(_ schema: String, path: String) {
        valid.append([schema, path])
    }

    func expectValid(_ schema: String, text: String) throws {
        valid.append([schema, try write(text)])
    }

    func expectInvalid(_ schema: String, text: String, readings: Readings = .both) throws {
        let path = try write(text)
        switch readings {
        case .both: invalid.append([schema, path])
        case .editorOnly: invalidForEditors.append([schema, path])
        }
    }

    private func write(_ text: String) throws -> String {
        let path = directory + "/invoer-\(valid.count + invalid.count + invalidForEditors.count).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The problems the script found, one per line.
    func run() throws -> [String] {
        let python = try #require(Self.python)
        let manifest = JSONValue.object([
            ("schemas", .object(schemas.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("valid", .array(valid.map { .array($0.map(JSONValue.string)) })),
            ("invalid", .array(invalid.map { .array($0.map(JSONValue.string)) })),
            ("invalid_for_editors", .array(invalidForEditors.map { .array($0.map(JSONValue.string)) })),
        ])
        let manifestPath = directory + "/manifest.json"
        try manifest.pretty.write(toFile: manifestPath, atomically: true, encoding: .utf8)
        let result = try TestSupport.run(python, [TestSupport.path("Tests/Scripts/check_schemas.py"), manifestPath])
        let problems = result.output.split(separator: "\n").map(String.init)
        #expect(result.status == (problems.isEmpty ? 0 : 1), "check_schemas.py eindigde met \(result.status): \(result.output)")
        return problems
    }
}
