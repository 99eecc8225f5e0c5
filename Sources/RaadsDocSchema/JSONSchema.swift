import RaadsDocCore

/// JSON Schema (draft 2020-12) for an input form, generated from its spec,
/// so that editors with yaml-language-server offer completion, hover text
/// and checks while a clerk types.
///
/// raadsdoc reads every value as the text the author wrote; an editor
/// reads YAML 1.2, in which `kenmerk: 1891088` is a number, `ja` a string
/// and `2.000` the number 2. The scalar forms therefore accept both what
/// an editor sees and the plain strings raadsdoc sees, so the same file
/// validates either way. The schema is a help, not the judge: raadsdoc
/// still checks everything itself, with positions and Dutch messages.
public enum JSONSchema {
    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    public static func schema(for form: InputForm) -> JSONValue {
        schema(for: form.spec, title: "raadsdoc: \(form.isProfile ? ProfileSpec.fileName : form.name)")
    }

    /// The schema of a file whose top level is `spec`.
    public static func schema(for spec: ObjectSpec, title: String) -> JSONValue {
        var builder = Builder(root: spec)
        var members: [(String, JSONValue)] = [("$schema", .string(draft)), ("title", .string(title))]
        members += builder.objectMembers(spec)
        let definitions = builder.definitions()
        if !definitions.isEmpty { members.append(("$defs", .object(definitions))) }
        return .object(members)
    }

    /// Generates the schemas of the groups a spec refers to, each once,
    /// under a name that is unique within the schema (`SpecNames`).
    private struct Builder {
        let root: ObjectSpec
        var names = SpecNames()
        var generated: [String: JSONValue] = [:]
        var pending: [ObjectSpec] = []

        init(root: ObjectSpec) {
            self.root = root
        }

        /// The `$defs` in the order the groups were first referred to.
        mutating func definitions() -> [(String, JSONValue)] {
            while !pending.isEmpty {
                let spec = pending.removeFirst()
                generated[names.name(for: spec)] = .object(objectMembers(spec))
            }
            return names.ordered.compactMap { spec in
                let name = names.name(for: spec)
                return generated[name].map { (name, $0) }
            }
        }

        mutating func objectMembers(_ spec: ObjectSpec) -> [(String, JSONValue)] {
            var members: [(String, JSONValue)] = [("description", .string(spec.summary)), ("type", .string("object"))]
            members.append(("properties", .object(spec.fields.map { field in
                (field.name, .object([("description", .string(field.summary))]
                    + (field.acceptsPlaceholderInDraft ? ScalarSchemas.dateOrPlaceholder : typeMembers(field.type))))
            })))
            let required = spec.fields.filter(\.isRequired).map { JSONValue.string($0.name) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            members.append(("additionalProperties", .bool(false)))
            return members
        }

        private mutating func reference(_ spec: ObjectSpec) -> [(String, JSONValue)] {
            if spec === root { return [("$ref", .string("#"))] }
            let (name, isNew) = names.register(spec)
            if isNew { pending.append(spec) }
            return [("$ref", .string("#/$defs/\(name)"))]
        }

        mutating func typeMembers(_ type: FieldType) -> [(String, JSONValue)] {
            switch type {
            case .text, .richText, .filePath:
                return ScalarSchemas.text
            case .date:
                return ScalarSchemas.date
            case .amount:
                return ScalarSchemas.amount
            case .integer(let range):
                return ScalarSchemas.integer(range)
            case .decimal(let decimals, let range):
                return ScalarSchemas.decimal(decimals: decimals, range: range)
            case .boolean:
                return ScalarSchemas.boolean
            case .choice(let options):
                return ScalarSchemas.choice(options)
            case .list(let element, let minimum):
                var members: [(String, JSONValue)] = [("type", .string("array")), ("items", .object(typeMembers(element)))]
                if minimum > 0 { members.append(("minItems", .number(minimum))) }
                return members
            case .object(let reference):
                return self.reference(reference.spec)
            case .textOrObject(let reference, _):
                return [("anyOf", .array([.object(ScalarSchemas.text), .object(self.reference(reference.spec))]))]
            case .dictionary(let element):
                return [("type", .string("object")), ("additionalProperties", .object(typeMembers(element)))]
            }
        }
    }
}

/// The JSON Schema of each scalar form, accepting a YAML 1.2 editor's view
/// and raadsdoc's plain text alike (see `JSONSchema`).
package enum ScalarSchemas {
    package static let text: [(String, JSONValue)] = [
        ("type", .array([.string("string"), .string("number"), .string("boolean")])),
    ]

    package static let date: [(String, JSONValue)] = [
        ("type", .string("string")),
        ("format", .string("date")),
        ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
    ]

    /// A date, or the "in te vullen" a concept may write instead (raadsdoc
    /// itself refuses the placeholder outside a concept).
    package static let dateOrPlaceholder: [(String, JSONValue)] = [
        ("anyOf", .array([.object(date), .object([("const", .string(DateEntry.placeholder))])])),
    ]

    /// Whole euros as a number, or text as `Bedrag.parse` reads it:
    /// "2.000.000", "€ 2.000.000", "1.234,56". A YAML 1.2 editor reads
    /// `2.000` as the number 2, which is whole and so accepted, and `1.5`
    /// as a fraction, which is not.
    package static let amount: [(String, JSONValue)] = [
        ("anyOf", .array([
            .object([("type", .string("integer")), ("minimum", .number(0))]),
            .object([
                ("type", .string("string")),
                ("pattern", .string("^(€[ \\u00a0]*)?([0-9]{1,18}|[0-9]{1,3}(\\.[0-9]{3})+)(,[0-9]{2})?$")),
            ]),
        ])),
    ]

    package static func integer(_ range: ClosedRange<Int>?) -> [(String, JSONValue)] {
        [("anyOf", .array([
            .object([("type", .string("integer"))] + bounds(range)),
            .object([("type", .string("string")), ("pattern", .string("^-?[0-9]{1,15}$"))]),
        ]))]
    }

    package static func decimal(decimals: Int, range: ClosedRange<Int>?) -> [(String, JSONValue)] {
        [("anyOf", .array([
            .object([("type", .string("number"))] + bounds(range)),
            .object([("type", .string("string")), ("pattern", .string("^-?[0-9]{1,15}([.,][0-9]{1,\(max(decimals, 1))})?$"))]),
        ]))]
    }

    /// ja or nee in any case, the only words `ValueParsing.boolean` accepts.
    package static let boolean: [(String, JSONValue)] = {
        let words = ValueParsing.booleanWords.yes + ValueParsing.booleanWords.no
        let pattern = "^(" + words.map(caseInsensitive).joined(separator: "|") + ")$"
        return [
            ("type", .string("string")), ("pattern", .string(pattern)),
            ("examples", .array([.string("ja"), .string("nee")])),
        ]
    }()

    package static func choice(_ options: [String]) -> [(String, JSONValue)] {
        [("enum", .array(options.map(JSONValue.string)))]
    }

    private static func bounds(_ range: ClosedRange<Int>?) -> [(String, JSONValue)] {
        guard let range else { return [] }
        return [("minimum", .number(range.lowerBound)), ("maximum", .number(range.upperBound))]
    }

    /// "ja" → "[Jj][Aa]": JSON Schema patterns have no case-insensitive flag.
    private static func caseInsensitive(_ word: String) -> String {
        word.map { character in
            let lower = character.lowercased(), upper = character.uppercased()
            return lower == upper ? lower : "[\(upper)\(lower)]"
        }.joined()
    }
}

/// Names for the groups of a spec, unique within one schema or document:
/// the spec's own name, with "-2", "-3" for different groups that share it.
package struct SpecNames {
    private var byIdentity: [ObjectIdentifier: String] = [:]
    private var taken: Set<String> = []
    /// The specs in the order they were first registered.
    private(set) var ordered: [ObjectSpec] = []

    /// The name of `spec`, and whether it was new.
    package mutating func register(_ spec: ObjectSpec) -> (name: String, isNew: Bool) {
        if let name = byIdentity[ObjectIdentifier(spec)] { return (name, false) }
        var name = spec.name
        var counter = 2
        while taken.contains(name) {
            name = "\(spec.name)-\(counter)"
            counter += 1
        }
        byIdentity[ObjectIdentifier(spec)] = name
        taken.insert(name)
        ordered.append(spec)
        return (name, true)
    }

    package func name(for spec: ObjectSpec) -> String {
        byIdentity[ObjectIdentifier(spec)] ?? spec.name
    }
}
