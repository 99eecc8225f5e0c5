import RaadsDocCore
import RaadsDocSchema

extension Klimaatdeal {
    public struct Model: Sendable {
        public var gemeente: String?
        public var number: Located<Int>
        public var title: String
        public var date: Located<Datum>
        public var theme: Located<String>
        public var leader: Located<String>
        public var participants: [Participant]
        public var occasion: RichText?
        public var bottleneck: RichText?
        public var ambition: RichText?
        public var goals: [Goal]
        public var goalsPosition: SourcePosition
        public var milestones: [Milestone]
        public var term: Term?
        public var nature: Located<String>
        public var monitoring: Monitoring?
        public var status: String
        public var isExample: Bool
        public var position: SourcePosition

        /// The deelnemer the trekker names, matched as `PartyName` does.
        public var leadingParticipant: Participant? {
            participants.first { PartyName.same($0.name.value, leader.value) }
        }

        public var isRealisation: Bool { nature.value == "realiseren" }

        /// The looptijd when it is a real period (the checks report one
        /// that ends before it starts, once).
        public var validTerm: Term? {
            term.flatMap { $0.end.value < $0.start.value ? nil : $0 }
        }

        /// "Klimaatdeal 3".
        public var label: String { "Klimaatdeal \(number.value)" }
    }

    /// A deelnemer, and who signs for it: one 'vertegenwoordiger', or several
    /// 'ondertekenaars' under 'ondertekening'.
    public struct Participant: Sendable {
        public var name: Located<String>
        public var type: String
        /// The kind of body, which decides who must sign together
        /// (`PublicBody.pair`): 'type' gemeente or waterschap, else judged
        /// from the name.
        public var body: PublicBody
        /// 'namens' under 'ondertekening'.
        public var onBehalfOf: String?
        /// Who signs: the vertegenwoordiger, or the ondertekenaars; after
        /// the check, completed to the pair the body requires.
        public var signatories: [SignatoryInput]
        /// Set when both forms are given, at 'ondertekening'.
        public var bothForms: SourcePosition?
        public var actions: [String]
        public var position: SourcePosition

        package init(_ input: ObjectReader, country: Profile.Country) {
            name = input.text("naam") ?? Located("", at: input.position)
            type = input.text("type")?.value ?? "overig"
            body = switch type {
            case "gemeente": country == .be ? .vlaamseGemeente : .gemeente
            case "waterschap": .waterschap
            default: PublicBody.judged(name: name.value, country: country)
            }
            let representative = input.object("vertegenwoordiger").map(SignatoryInput.init)
            let signing = input.object("ondertekening").map(Signing.init)
            onBehalfOf = signing?.onBehalfOf
            signatories = signing?.signatories ?? representative.map { [$0] } ?? []
            bothForms = representative != nil && signing != nil ? input.keyPosition("ondertekening") : nil
            actions = input.texts("acties").map(\.value)
            position = input.position
        }

        /// "J. Visser en M. Meer": who signs, for messages.
        public var signers: String {
            signatories.compactMap { $0.name?.value }.joined(separator: " en ")
        }

        /// 'namens', or for a Flemish stad or gemeente its college.
        public var signsOnBehalfOf: String? {
            onBehalfOf ?? body.onBehalfOf
        }
    }

    public struct Goal: Sendable {
        public var description: String
        public var indicator: String
        public var start: ExactDecimal?
        public var target: Located<ExactDecimal>?
        public var unit: String?
        public var referenceDate: Located<Datum>?
        public var co2Effect: ExactDecimal?
        public var position: SourcePosition

        package init(_ input: ObjectReader) {
            description = input.text("omschrijving")?.value ?? ""
            indicator = input.text("indicator")?.value ?? ""
            start = input.decimal("startwaarde", decimals: Klimaatdeal.valueDecimals)?.value
            target = input.decimal("streefwaarde", decimals: Klimaatdeal.valueDecimals)
            unit = input.text("eenheid")?.value
            referenceDate = input.date("peildatum")
            co2Effect = input.decimal("co2-effect", decimals: Klimaatdeal.valueDecimals)?.value
            position = input.position
        }
    }

    public struct Milestone: Sendable {
        public var date: Located<Datum>?
        public var description: String

        package init(_ input: ObjectReader) {
            date = input.date("datum")
            description = input.text("omschrijving")?.value ?? ""
        }
    }

    public struct Term: Sendable {
        public var start: Located<Datum>
        public var end: Located<Datum>

        package init?(_ input: ObjectReader) {
            guard let start = input.date("begin"), let end = input.date("einde") else { return nil }
            self.start = start
            self.end = end
        }

        public func contains(_ date: Datum) -> Bool {
            !(date < start.value) && !(end.value < date)
        }

        /// "1 april 2025 tot en met 31 maart 2026".
        public var dutch: String { "\(start.value.dutch) tot en met \(end.value.dutch)" }
    }

    public struct Monitoring: Sendable {
        public var reporter: String
        public var frequency: String
        public var audience: String?

        package init(_ input: ObjectReader) {
            reporter = input.text("door")?.value ?? ""
            frequency = input.text("frequentie")?.value ?? ""
            audience = input.text("aan")?.value
        }

        /// "Sportvereniging De Vliet rapporteert jaarlijks over de voortgang aan de stuurgroep."
        public var sentence: String {
            "\(reporter) rapporteert \(frequency) over de voortgang" + (audience.map { " aan \($0)" } ?? "") + "."
        }
    }

    public static func decode(_ input: ObjectReader, soort: String, profile: Profile) -> Model {
        let fallback = Located("", at: input.position)
        return Model(
            gemeente: input.text("gemeente")?.value ?? profile.gemeente,
            number: input.integer("nummer") ?? Located(0, at: input.position),
            title: input.text("titel")?.value ?? "",
            date: input.date("datum") ?? Located(Datum.epoch, at: input.position),
            theme: input.text("thema") ?? fallback,
            leader: input.text("trekker") ?? fallback,
            participants: input.objects("deelnemers").map { Participant($0, country: profile.country) },
            occasion: input.richText("aanleiding"),
            bottleneck: input.richText("knelpunt"),
            ambition: input.richText("ambitie"),
            goals: input.objects("doelen").map(Goal.init),
            goalsPosition: input.keyPosition("doelen"),
            milestones: input.objects("mijlpalen").map(Milestone.init),
            term: input.object("looptijd").flatMap(Term.init),
            nature: input.text("aard") ?? fallback,
            monitoring: input.object("monitoring").map(Monitoring.init),
            status: input.text("status")?.value ?? "",
            isExample: input.boolean("voorbeeld") ?? false,
            position: input.position)
    }
}
