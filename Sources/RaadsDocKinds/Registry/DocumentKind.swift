import RaadsDocCore
import RaadsDocSchema

/// A kind of document raadsdoc can produce. A kind lives in one folder of
/// this target: its input spec, its typed model, its rules and its
/// composition into the document tree. Registering it in `KindRegistry` is
/// all the rest of the pipeline needs.
///
/// One input goes through four stages, each with its own product:
/// decode (input → `Model`, reporting nothing), resolve (the documents the
/// model refers to are loaded through the context), check (the rules; their
/// findings and what they work out, such as an agreement's numbering, are
/// the `Checked` value) and compose (`Checked` → document tree), so that
/// compose never works out again what check already did.
public protocol DocumentKind: SendableMetatype {
    associatedtype Model: Sendable
    associatedtype Checked: Sendable = Model

    /// The values of `soort:` this kind answers to; the first is the main one.
    static var names: [String] { get }
    /// The fields, without `soort` (the registry adds it).
    static var spec: ObjectSpec { get }
    /// A commented starter document for `raadsdoc nieuw`; it must check clean.
    static var starter: String { get }
    /// Every rule `check` can report, for the catalogue.
    static var rules: [Rule] { get }
    /// The paragraph styles its documents use beyond `StyleDefinition.shared`.
    static var styles: [StyleDefinition] { get }
    /// The fields of raadsdoc.yaml it reads (from `Profile.settings`).
    static var profileSettings: [Field] { get }
    /// Those of its profile settings a run may set on the command line
    /// (`Profile.runSettings`), such as `nummering`.
    static var runSettings: [String] { get }

    /// Builds the model from input that passed the structural check;
    /// `soort` is the name used. Reports nothing: what the structural check
    /// let through always decodes.
    static func decode(_ input: ObjectReader, soort: String, profile: Profile) -> Model
    /// Loads the documents the model refers to (bijlagen, deals) through
    /// `context`, which reports a missing, circular or broken reference.
    static func resolve(_ model: inout Model, context: KindContext)
    /// Reports every violation of the kind's rules, and hands compose what
    /// the rules worked out.
    static func check(_ model: Model, context: KindContext) -> Checked
    /// Title, date and the like, for lists of bijlagen and index.json.
    static func summary(_ model: Model, profile: Profile) -> DocumentSummary
    /// The document tree.
    static func compose(_ checked: Checked, context: ComposeContext) -> Document
    /// Every sentence, heading and label `compose` writes that the input
    /// does not hold, with what in the input asks for it.
    static var generatedText: [GeneratedText] { get }
}

extension DocumentKind {
    /// Most kinds use only the shared styles and read no setting of their own.
    public static var styles: [StyleDefinition] { [] }
    public static var profileSettings: [Field] { [] }
    public static var runSettings: [String] { [] }

    /// Most kinds refer to no other document.
    public static func resolve(_ model: inout Model, context: KindContext) {}
}

/// What a list of documents shows about one of them.
public struct DocumentSummary: Sendable, Equatable {
    public var title: String
    public var soort: String
    public var date: Datum?
    public var reference: String?
    public var gemeente: String?
    /// `status: concept`.
    public var isDraft = false

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
    public let styles: [StyleDefinition]
    public let profileSettings: [Field]
    public let runSettings: [String]
    public let generatedText: [GeneratedText]
    /// The decode, resolve and check stages, with the summary.
    package let run: @Sendable (ObjectReader, String, KindContext) -> (model: any Sendable, summary: DocumentSummary)
    package let composeModel: @Sendable (any Sendable, ComposeContext) -> Document?

    public init<Kind: DocumentKind>(_ kind: Kind.Type) {
        names = Kind.names
        let soort = Field.required("soort", .choice(Kind.names), "De soort document: \(Kind.names.joined(separator: " of ")).")
        // A kind with a status of its own (a klimaatdeal's stage) keeps it.
        let status = Kind.spec.fields.contains { $0.name == DraftStatus.field.name } ? [] : [DraftStatus.field]
        spec = ObjectSpec(Kind.spec.name, Kind.spec.summary, [soort] + status + Kind.spec.fields)
        starter = Kind.starter
        rules = Kind.rules
        styles = Kind.styles
        profileSettings = Kind.profileSettings
        runSettings = Kind.runSettings
        generatedText = Kind.generatedText + [DraftStatus.generatedText]
        run = { input, soort, context in
            var model = Kind.decode(input, soort: soort, profile: context.profile)
            Kind.resolve(&model, context: context)
            let checked = Kind.check(model, context: context)
            var summary = Kind.summary(model, profile: context.profile)
            summary.isDraft = DraftStatus.isDraft(input, context: context)
            return (checked, summary)
        }
        composeModel = { checked, context in
            guard let checked = checked as? Kind.Checked else { return nil }
            var document = Kind.compose(checked, context: context)
            document.metadata.language = context.profile.languageTag
            return context.document.summary?.isDraft == true ? DraftStatus.marked(document) : document
        }
    }

    public var name: String { names[0] }
}
