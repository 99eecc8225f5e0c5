import RaadsDocCore
import RaadsDocSchema

/// The klimaatdeals a document refers to by file, loaded and checked as a
/// set: the akkoord bundles them and a raadsinformatiebrief shows their
/// overview, so both see the same deals. Each reference is loaded with
/// `KindContext.load` when the references are resolved, which reports
/// missing files, cycles, files of another kind and deals that do not
/// check clean.
public struct DealCollection: Sendable {
    public struct Entry: Sendable {
        public var reference: Located<String>
        public var deal: Klimaatdeal.Model
    }

    /// The files as the input names them.
    public let references: [Located<String>]
    /// The deals that loaded, in the order of their numbers.
    public private(set) var entries: [Entry] = []

    public static let duplicateNumber = Rule(
        "RD-AKKOORD-001", .fout, "Twee klimaatdeals hebben hetzelfde nummer.",
        help: "Geef iedere deal een eigen 'nummer'; het nummer staat in het overzicht en boven de deal.")
    public static let duplicateReference = Rule(
        "RD-AKKOORD-002", .fout, "Dezelfde klimaatdeal wordt twee keer genoemd.",
        help: "Noem ieder deal-bestand één keer onder 'deals'.")

    public static let rules = [duplicateNumber, duplicateReference]

    public var deals: [Klimaatdeal.Model] { entries.map(\.deal) }
    public var isEmpty: Bool { entries.isEmpty }

    public init(_ references: [Located<String>]) {
        self.references = references
    }

    public mutating func resolve(context: KindContext) {
        var seenFiles: [String: Located<String>] = [:]
        var loaded: [Entry] = []
        for reference in references {
            guard let document = context.load(reference, kinds: Klimaatdeal.names),
                  let deal = document.model as? Klimaatdeal.Model else { continue }
            if let earlier = seenFiles[document.canonicalPath] {
                context.report(Self.duplicateReference, at: reference.position,
                               "'\(reference.value)' staat al in de lijst (regel \(earlier.position.line))")
                continue
            }
            seenFiles[document.canonicalPath] = reference
            if let earlier = loaded.first(where: { $0.deal.number.value == deal.number.value }) {
                context.report(Self.duplicateNumber, at: reference.position,
                               "'\(reference.value)' heeft nummer \(deal.number.value), net als '\(earlier.reference.value)'; "
                                   + "geef een van beide een ander nummer")
            }
            loaded.append(Entry(reference: reference, deal: deal))
        }
        entries = loaded.stablySorted { $0.deal.number.value }
    }

    /// The overview table of the deals, grouped by thema in the order of
    /// the profile's thema's, with a count per thema and in total.
    public func overview(profile: Profile) -> [Block] {
        entries.isEmpty ? [] : [DealOverview.table(deals, profile: profile)]
    }
}
