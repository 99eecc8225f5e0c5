import RaadsDocCore

/// The declared shape of a document kind's input: which fields exist, what
/// form each takes and which are required. One declaration drives the
/// checks on the input, the JSON Schema for editors, the reference in
/// docs/invoer.md and the starters of `raadsdoc nieuw`, so these cannot
/// drift apart.
public final class ObjectSpec: Sendable {
    /// A short name, used for JSON Schema `$defs` and in messages.
    public let name: String
    /// One Dutch sentence on what the group holds.
    public let summary: String
    public let fields: [Field]

    public init(_ name: String, _ summary: String, _ fields: [Field]) {
        self.name = name
        self.summary = summary
        self.fields = fields
    }

    public func field(_ name: String) -> Field? {
        fields.first { $0.name == name }
    }

    /// Every group this one refers to, directly or further down, each
    /// once, in the order of first appearance.
    public var nestedGroups: [ObjectSpec] {
        var found: [ObjectSpec] = []
        var queue = [self]
        while !queue.isEmpty {
            let current = queue.removeFirst()
            for field in current.fields {
                for nested in field.type.nestedSpecs where nested !== self && !found.contains(where: { $0 === nested }) {
                    found.append(nested)
                    queue.append(nested)
                }
            }
        }
        return found
    }
}

/// A field of an object.
public struct Field: Sendable {
    public let name: String
    public let type: FieldType
    public let isRequired: Bool
    public let summary: String
    /// Whether a concept may write "in te vullen" for this required date.
    /// Optional dates always may; required ones only where the kind reads
    /// them as a `DateEntry`, and no check needs the real date.
    public private(set) var isFillableInDraft = false

    public static func required(_ name: String, _ type: FieldType, _ summary: String) -> Field {
        Field(name: name, type: type, isRequired: true, summary: summary)
    }

    public static func optional(_ name: String, _ type: FieldType, _ summary: String) -> Field {
        Field(name: name, type: type, isRequired: false, summary: summary)
    }

    /// This required date, which a concept may leave "in te vullen".
    public func fillableInDraft() -> Field {
        var field = self
        field.isFillableInDraft = true
        return field
    }

    /// Whether a concept may write "in te vullen" here.
    package var acceptsPlaceholderInDraft: Bool {
        guard case .date = type else { return false }
        return !isRequired || isFillableInDraft
    }
}

/// A lazily resolved object spec, so that specs can refer to themselves
/// (a section holds sections).
public struct SpecReference: Sendable {
    private let resolve: @Sendable () -> ObjectSpec

    public init(_ resolve: @escaping @Sendable () -> ObjectSpec) {
        self.resolve = resolve
    }

    public var spec: ObjectSpec { resolve() }
}

public indirect enum FieldType: Sendable {
    /// Plain text, taken exactly as written (YAML typing never applies).
    case text
    /// Text with Markdown: paragraphs separated by blank lines, *nadruk*,
    /// **vet**, opsommingen and links.
    case richText
    /// A date as YYYY-MM-DD.
    case date
    /// An amount of money: whole euros or euros with two cents digits.
    case amount
    /// A whole number, optionally within a range.
    case integer(ClosedRange<Int>?)
    /// A number with at most `decimals` decimals, written with a comma or
    /// a point ("2,5", "2.75"); stored exactly, never as floating point.
    case decimal(decimals: Int, range: ClosedRange<Int>?)
    /// ja or nee.
    case boolean
    /// One of a fixed set of words.
    case choice([String])
    /// A list of values of one type, with at least `minimum` items.
    case list(FieldType, minimum: Int)
    /// A group of named fields.
    case object(SpecReference)
    /// Either a short text or a group of fields; the text fills the field
    /// named `shorthand` of the group.
    case textOrObject(SpecReference, shorthand: String)
    /// A path to another input file, relative to this file.
    case filePath
    /// A group whose keys are free names, each with a value of one type.
    case dictionary(FieldType)

    public static func object(_ resolve: @escaping @Sendable () -> ObjectSpec) -> FieldType {
        .object(SpecReference(resolve))
    }

    public static func list(_ element: FieldType) -> FieldType {
        .list(element, minimum: 0)
    }

    /// How the form is named in Dutch messages and documentation:
    /// "tekst", "lijst van groepen 'sectie' (minstens 1)".
    public var dutchName: String {
        dutchName { "'\($0.name)'" }
    }

    /// The Dutch name, with `group` naming the groups (docs/invoer.md
    /// makes them links).
    package func dutchName(group: (ObjectSpec) -> String) -> String {
        switch self {
        case .text: "tekst"
        case .richText: "opgemaakte tekst"
        case .date: "datum (JJJJ-MM-DD)"
        case .amount: "bedrag in euro's"
        case .integer(let range): "geheel getal" + FieldType.bounds(range)
        case .decimal(let decimals, let range):
            "getal met hoogstens \(decimals) \(decimals == 1 ? "decimaal" : "decimalen")" + FieldType.bounds(range)
        case .boolean: "ja of nee"
        case .choice(let options): "een van: " + options.joined(separator: ", ")
        case .list(let element, let minimum):
            "lijst van " + element.pluralDutchName(group: group) + (minimum > 0 ? " (minstens \(minimum))" : "")
        case .object(let reference): "groep " + group(reference.spec)
        case .textOrObject(let reference, let shorthand): "tekst (de '\(shorthand)') of groep " + group(reference.spec)
        case .filePath: "pad naar een bestand"
        case .dictionary(let element): "groep met vrije namen, elk met " + element.dutchName(group: group)
        }
    }

    /// The plural form, for "lijst van …".
    private func pluralDutchName(group: (ObjectSpec) -> String) -> String {
        switch self {
        case .text: "teksten"
        case .richText: "opgemaakte teksten"
        case .date: "datums (JJJJ-MM-DD)"
        case .amount: "bedragen"
        case .integer(let range): "gehele getallen" + FieldType.bounds(range)
        case .decimal: "getallen"
        case .boolean: "ja of nee"
        case .choice(let options): "waarden uit: " + options.joined(separator: ", ")
        case .list: "lijsten"
        case .object(let reference): "groepen " + group(reference.spec)
        case .textOrObject(let reference, let shorthand): "teksten (de '\(shorthand)') of groepen " + group(reference.spec)
        case .filePath: "paden naar bestanden"
        case .dictionary: "groepen"
        }
    }

    private static func bounds(_ range: ClosedRange<Int>?) -> String {
        range.map { " van \($0.lowerBound) tot en met \($0.upperBound)" } ?? ""
    }

    /// Whether the form is written as text (so a list given instead may be
    /// meant as lines of text).
    package var isText: Bool {
        switch self {
        case .text, .richText: true
        default: false
        }
    }

    /// The groups this form holds directly (through lists and free-name
    /// groups, but not inside those groups).
    public var nestedSpecs: [ObjectSpec] {
        switch self {
        case .object(let reference), .textOrObject(let reference, _): [reference.spec]
        case .list(let element, _), .dictionary(let element): element.nestedSpecs
        case .text, .richText, .date, .amount, .integer, .decimal, .boolean, .choice, .filePath: []
        }
    }
}
