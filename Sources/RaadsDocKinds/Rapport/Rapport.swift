import RaadsDocCore
import RaadsDocSchema

/// A report or position paper: sections of rich text with, where the
/// author puts them, a score matrix with its legend, data tables with
/// declared columns, and numbered recommendation lists (seed 004, the
/// Flemish climate-governance report; seed 003, the investeringsagenda).
public enum Rapport: DocumentKind {
    public static let names = ["rapport"]

    public struct Model: Sendable {
        public var gemeente: String?
        public var label: String?
        public var title: Located<String>
        public var subtitle: String?
        public var author: String?
        public var date: Located<Datum>?
        public var numberedHeadings: Bool
        public var sections: [RapportSection]
        /// 'inhoudsopgave', when the input places the table of contents.
        public var contents: RapportContents?
        public var position: SourcePosition

        /// The index of the chapter the table of contents stands before:
        /// the one 'inhoudsopgave: vanaf:' names, the first without it.
        package var contentsChapter: Int? {
            guard let before = contents?.before else { return 0 }
            return sections.firstIndex { $0.heading.value == before.value }
        }

        /// Every section, depth first.
        package var allSections: [RapportSection] {
            func walk(_ sections: [RapportSection]) -> [RapportSection] {
                sections.flatMap { [$0] + walk($0.sections) }
            }
            return walk(sections)
        }

        /// The columns of all the report's matrices: the themes a data table
        /// may name.
        package var matrixColumns: [ScoreMatrix.Column] {
            allSections.compactMap(\.matrix).flatMap(\.columns)
        }
    }

    public static func decode(_ input: ObjectReader, soort: String, profile: Profile) -> Model {
        Model(gemeente: input.text("gemeente")?.value ?? profile.gemeente,
              label: input.text("aanduiding")?.value,
              title: input.text("titel") ?? Located("", at: input.position),
              subtitle: input.text("ondertitel")?.value,
              author: input.text("auteur")?.value,
              date: input.date("datum"),
              numberedHeadings: input.boolean("koppen-nummeren") ?? false,
              sections: input.objects("secties").compactMap(section),
              contents: input.object("inhoudsopgave").map { contents in
                  RapportContents(before: contents.text("vanaf"), depth: contents.integer("diepte")?.value, position: contents.position)
              },
              position: input.position)
    }

    private static func section(_ input: ObjectReader) -> RapportSection? {
        guard let heading = input.text("kop") else { return nil }
        return RapportSection(heading: heading, text: input.richText("tekst"),
                              newPage: input.boolean("nieuwe-pagina") ?? false,
                              matrix: input.object("matrix").map(matrix), table: input.object("tabel").map(table),
                              recommendations: input.objects("aanbevelingen").map { group in
                                  RecommendationGroup(heading: group.text("kop")?.value,
                                                      items: group.list("punten").compactMap(richText))
                              },
                              closing: input.richText("slot"),
                              sections: input.objects("secties").compactMap(section))
    }

    private static func richText(_ node: YAMLNode) -> RichText? {
        node.scalar.map { RichText($0.text, at: node.position) }
    }

    private static func matrix(_ input: ObjectReader) -> ScoreMatrix {
        let columns = input.list("kolommen").compactMap { node -> ScoreMatrix.Column? in
            if let scalar = node.scalar {
                return ScoreMatrix.Column(name: Located(String(scalar.text.trimmingSpaces), at: node.position), aliases: [])
            }
            let column = ObjectReader(node)
            return column.text("naam").map { ScoreMatrix.Column(name: $0, aliases: column.texts("ook").map(\.value)) }
        }
        let rows = input.objects("rijen").compactMap { row -> ScoreMatrix.Row? in
            guard let name = row.text("naam") else { return nil }
            let cells = (row.value("scores")?.pairs ?? []).compactMap { pair -> (Located<String>, Located<ScoreCell>)? in
                guard let scalar = pair.value.scalar else { return nil }
                return (Located(pair.key, at: pair.keyPosition), Located(ScoreCell.parse(scalar.text), at: pair.value.position))
            }
            return ScoreMatrix.Row(name: name, cells: cells, unknown: row.boolean("onbekend") ?? false,
                                   note: row.text("toelichting")?.value,
                                   scoresPosition: row.value("scores")?.position ?? row.position)
        }
        let legend = input.objects("legende").compactMap { entry -> ScoreMatrix.LegendEntry? in
            entry.integer("score").map {
                ScoreMatrix.LegendEntry(score: $0, name: entry.text("naam")?.value, description: entry.richText("omschrijving"))
            }
        }
        return ScoreMatrix(rowHeading: input.text("rijkop")?.value ?? "", columns: columns, rows: rows, legend: legend,
                           explainsColours: input.boolean("uitleg-kleuren") ?? false, position: input.position)
    }

    private static func table(_ input: ObjectReader) -> DataTable {
        let columns = input.objects("kolommen").compactMap { column -> DataTable.Column? in
            guard let key = column.text("sleutel") else { return nil }
            let weight = column.decimal("breedte", decimals: 2).map { max(Double($0.value.units) / 100, 0.1) } ?? 1
            return DataTable.Column(key: key, heading: column.text("kop")?.value ?? key.value,
                                    kind: column.text("soort").flatMap { DataTable.Kind(rawValue: $0.value) } ?? .tekst,
                                    minimum: column.integer("minimum"), maximum: column.integer("maximum"),
                                    weight: weight)
        }
        let rows = input.list("rijen").compactMap { node -> DataTable.Row? in
            guard let pairs = node.pairs else { return nil }
            let cells = pairs.compactMap { pair -> (Located<String>, RichText)? in
                guard let scalar = pair.value.scalar else { return nil }
                return (Located(pair.key, at: pair.keyPosition), RichText(scalar.text, at: pair.value.position))
            }
            return DataTable.Row(cells: cells, position: node.position)
        }
        return DataTable(columns: columns, rows: rows)
    }

    public static func summary(_ model: Model, profile: Profile) -> DocumentSummary {
        DocumentSummary(title: model.title.value, soort: names[0], date: model.date?.value, gemeente: model.gemeente)
    }
}

/// Where a report's table of contents stands: before the chapter headed
/// `before` (at the start without it), down to `depth`.
public struct RapportContents: Sendable {
    public var before: Located<String>?
    public var depth: Int?
    public var position: SourcePosition
}

/// A section of a report, with what raadsdoc inserts after its text.
public struct RapportSection: Sendable {
    public var heading: Located<String>
    public var text: RichText?
    public var newPage: Bool
    public var matrix: ScoreMatrix?
    public var table: DataTable?
    public var recommendations: [RecommendationGroup]
    public var closing: RichText?
    public var sections: [RapportSection]
}

/// Recommendations under an optional heading; numbering runs on across the
/// groups of a section, as in "Top 10 aanbevelingen".
public struct RecommendationGroup: Sendable {
    public var heading: String?
    public var items: [RichText]
}
