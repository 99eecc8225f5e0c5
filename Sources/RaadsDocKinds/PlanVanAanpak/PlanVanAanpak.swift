import RaadsDocCore
import RaadsDocSchema

/// A plan van aanpak: chapters of free text, werkstromen with dated
/// resultaten and inspanningen, organisation, a begroting that must add up,
/// and bijlagen (seed 001, "Plan van aanpak Warmte Leidse regio").
public enum PlanVanAanpak: DocumentKind {
    public static let names = ["plan-van-aanpak"]

    public struct Model: Sendable {
        public var gemeente: String?
        public var title: Located<String>
        public var version: Located<Datum>?
        public var periodStart: Located<Datum>?
        public var periodEnd: Located<Datum>?
        public var chapters: [Chapter]
        public var werkstromen: [Werkstroom]
        public var organisation: Organisation?
        public var begroting: Begroting?
        public var appendices: [Appendix]
        /// Whether the plan shows the rapportagekalender raadsdoc derives
        /// from the timings ('rapportagekalender: ja').
        public var showsReportingCalendar: Bool
        public var position: SourcePosition

        /// The periode when both ends are known and in order.
        public var periode: Periode? {
            guard let start = periodStart?.value, let end = periodEnd?.value, start <= end else { return nil }
            return Periode(start: start, end: end)
        }
    }

    /// The parts raadsdoc generates from the model, which a chapter can
    /// place with `inhoud:`.
    public enum Part: String, Sendable, CaseIterable {
        case resultaten, inspanningen, organisatie, begroting

        /// The heading of the chapter raadsdoc adds when no chapter places
        /// the part.
        package var defaultHeading: String {
            switch self {
            case .resultaten: "Resultaten"
            case .inspanningen: "Werkstromen"
            case .organisatie: "Organisatie"
            case .begroting: "Begroting"
            }
        }
    }

    public struct Chapter: Sendable {
        public var heading: Located<String>
        public var text: RichText?
        public var part: Located<Part>?
        public var closing: RichText?
        public var sections: [Section]
    }

    public struct Werkstroom: Sendable {
        public var id: Located<String>
        public var name: String
        public var results: [Resultaat]
        public var efforts: [RichText]
        public var note: RichText?
        public var position: SourcePosition
    }

    public struct Resultaat: Sendable {
        public var timingText: Located<String>
        public var timing: Result<Timing, Timing.Problem>
        public var text: RichText?
    }

    public struct Organisation: Sendable {
        public var text: RichText?
        public var sections: [Section]
    }

    public struct Appendix: Sendable {
        public var title: String
        public var version: Datum?
        public var text: RichText?
        public var sections: [Section]
    }

    public static func decode(_ input: ObjectReader, soort: String, profile: Profile) -> Model {
        let periode = input.object("periode")
        return Model(
            gemeente: input.text("gemeente")?.value ?? profile.gemeente,
            title: input.text("titel") ?? Located("", at: input.position),
            version: input.date("versie"),
            periodStart: periode?.date("van"),
            periodEnd: periode?.date("tot"),
            chapters: input.objects("hoofdstukken").compactMap(chapter),
            werkstromen: input.objects("werkstromen").compactMap(werkstroom),
            organisation: input.object("organisatie").map {
                Organisation(text: $0.richText("tekst"), sections: $0.objects("secties").compactMap(Section.init))
            },
            begroting: input.object("begroting").map(begroting),
            appendices: input.objects("bijlagen").compactMap(appendix),
            showsReportingCalendar: input.boolean("rapportagekalender") ?? false,
            position: input.position)
    }

    private static func chapter(_ input: ObjectReader) -> Chapter? {
        guard let heading = input.text("kop") else { return nil }
        let part = input.text("inhoud").flatMap { text in Part(rawValue: text.value).map { Located($0, at: text.position) } }
        return Chapter(heading: heading, text: input.richText("tekst"), part: part, closing: input.richText("slot"),
                       sections: input.objects("secties").compactMap(Section.init))
    }

    private static func werkstroom(_ input: ObjectReader) -> Werkstroom? {
        guard let id = input.text("id") else { return nil }
        let results = input.objects("resultaten").compactMap { result -> Resultaat? in
            guard let timing = result.text("timing") else { return nil }
            return Resultaat(timingText: timing, timing: Timing.parse(timing.value), text: result.richText("tekst"))
        }
        let efforts = input.list("inspanningen").compactMap { node in node.scalar.map { RichText($0.text, at: node.position) } }
        return Werkstroom(id: id, name: input.text("naam")?.value ?? "", results: results, efforts: efforts,
                          note: input.richText("toelichting"), position: input.position)
    }

    private static func begroting(_ input: ObjectReader) -> Begroting {
        let unit = input.text("eenheid").flatMap { BegrotingUnit(rawValue: $0.value) } ?? .euro
        func amount(_ name: String, in group: ObjectReader) -> BegrotingAmount? {
            guard let node = group.value(name), let scalar = node.scalar else { return nil }
            return BegrotingAmount(scalar.text, unit: unit, at: node.position)
        }
        func byYear(_ name: String, in group: ObjectReader) -> [YearAmount] {
            (group.value(name)?.pairs ?? []).compactMap { pair in
                pair.value.scalar.map {
                    YearAmount(key: Located(pair.key, at: pair.keyPosition),
                               amount: BegrotingAmount($0.text, unit: unit, at: pair.value.position))
                }
            }
        }
        let years = input.list("jaren").compactMap { node -> Located<Int>? in
            guard let text = node.scalar?.text, let year = Int(text.trimmingSpaces) else { return nil }
            return Located(year, at: node.position)
        }
        let posts = input.objects("posten").compactMap { post -> Begroting.Post? in
            guard let werkstroom = post.text("werkstroom") else { return nil }
            return Begroting.Post(werkstroom: werkstroom, description: post.text("omschrijving")?.value,
                                  explanation: post.richText("toelichting"), amounts: byYear("bedragen", in: post),
                                  amountsPosition: post.value("bedragen")?.position ?? post.position,
                                  declaredTotal: amount("totaal", in: post), position: post.position)
        }
        return Begroting(unit: unit, years: years, posts: posts, declaredTotal: amount("totaal", in: input),
                         declaredYearTotals: byYear("totaal-per-jaar", in: input),
                         contingency: input.decimal("onvoorzien", decimals: 2),
                         statesContingency: input.boolean("onvoorzien-vermelden") ?? false,
                         explanation: input.richText("toelichting"), position: input.position)
    }

    private static func appendix(_ input: ObjectReader) -> Appendix? {
        guard let title = input.text("titel") else { return nil }
        return Appendix(title: title.value, version: input.date("versie")?.value, text: input.richText("tekst"),
                        sections: input.objects("secties").compactMap(Section.init))
    }

    public static func summary(_ model: Model, profile: Profile) -> DocumentSummary {
        DocumentSummary(title: model.title.value, soort: names[0],
                        date: model.version?.value ?? model.periodStart?.value, gemeente: model.gemeente)
    }
}
