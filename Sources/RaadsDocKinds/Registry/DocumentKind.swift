import RaadsDocCore
import RaadsDocSchema

/// A kind of document raadsdoc can produce. A kind lives in one folder under
/// Kinds/: its input spec, its typed model, its rules and its composition
/// into the document tree. Registering it in `KindRegistry` is all the rest
/// of the pipeline needs.
public protocol DocumentKind: SendableMetatype {
    associatedtype Model: Sendable

    /// The values of `soort:` this kind answers to; the first is the main one.
    static var names: [String] { get }
    /// The fields, without `soort` (the registry adds it).
    static var spec: ObjectSpec { get }
    /// A commented starter document for `raadsdoc nieuw`; it must check clean.
    static var starter: String { get }
    /// Every rule `check` can report, for the catalogue.
    static var rules: [Rule] { get }

    /// Builds the model from checked input. `soort` is the name used.
    static func decode(_ input: ObjectReader, soort: String, context: KindContext) -> Model
    /// Reports every violation of the kind's rules.
    static func check(_ model: Model, context: KindContext)
    /// Title, date and the like, for lists of bijlagen and index.json.
    static func summary(_ model: Model, context: KindContext) -> DocumentSummary
    /// The document tree.
    static func compose(_ model: Model, context: ComposeContext) -> Document
}

/// What a list of documents shows about one of them.
public struct DocumentSummary: Sendable, Equatable {
    public var title: String
    public var soort: String
    public var date: Datum?
    public var reference: String?
    public var gemeente: String?

    public init(title: String, soort: String, date: Datum?, reference: String? = nil, gemeente: String? = nil) {
        self.title = title
        self.soort = soort
        self.date = date
        self.reference = reference
        self.gemeente = gemeente
    }
}

/// A kind with its type erased, as the registry holds it.
public struct KindDescriptor: Sendable {
    public let names: [String]
    /// The full input spec, `soort` included.
    public let spec: ObjectSpec
    public let starter: String
    public let rules: [Rule]
    package let load: @Sendable (ObjectReader, String, KindContext) -> (model: any Sendable, summary: DocumentSummary)
    package let composeModel: @Sendable (any Sendable, ComposeContext) -> Document?

    public init<Kind: DocumentKind>(_ kind: Kind.Type) {
        names = Kind.names
        let soort = Field.required("soort", .choice(Kind.names), "De soort document: \(Kind.names.joined(separator: " of ")).")
        spec = ObjectSpec(Kind.spec.name, Kind.spec.summary, [soort] + Kind.spec.fields)
        starter = Kind.starter
        rules = Kind.rules
        load = { input, soort, context in
            let model = Kind.decode(input, soort: soort, context: context)
            Kind.check(model, context: context)
            return (model, Kind.summary(model, context: context))
        }
        composeModel = { model, context in
            guard let model = model as? Kind.Model else { return nil }
            return Kind.compose(model, context: context)
        }
    }

    public var name: String { names[0] }
}
