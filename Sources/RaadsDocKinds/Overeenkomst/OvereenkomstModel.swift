import RaadsDocCore
import RaadsDocSchema

/// The parts of an agreement as the input gives them. Texts stay raw
/// (`SourceText`): their cross-references are resolved when the document is
/// composed in its numbering style.
extension Overeenkomst {
    public struct Model: Sendable {
        public var soort: String
        public var title: Located<String>
        public var version: String?
        /// The agreement's kenmerk, named on the signature page.
        public var reference: String? = nil
        public var versionDate: Located<DateEntry>?
        public var numbering: Overeenkomst.NumberingStyle
        public var parties: [Party]
        public var partiesPosition: SourcePosition
        /// "de deelnemende gemeenten": how the parties are named together.
        public var collectiveName: String?
        public var considerations: [Clause]
        public var legalBasis: LegalBasis?
        /// The chapters; one untitled chapter when the input has none.
        public var chapters: [Chapter]
        public var hasChapters: Bool
        public var entryIntoForce: Located<Datum>?
        public var endDate: Located<Datum>?
        /// The term as written ("2 jaar"), when it stands instead of an einddatum.
        public var term: SourceText?
        public var evaluations: [Evaluation]
        public var citationTitle: Located<String>?
        public var explanation: Explanation?
        public var signing: CommonSigning
        public var position: SourcePosition
        /// Where `artikelen` or `hoofdstukken` stands, for rules about articles as a whole.
        public var articlesPosition: SourcePosition
        /// Set when the input has both `artikelen` and `hoofdstukken`.
        public var articlesAndChapters: SourcePosition?
        /// 'wijziging: ja': an amending agreement, numbered as chapter 6 of
        /// the Aanwijzingen does: Artikel I, II, its instructions A., B., C.
        public var isAmendment = false

        public var isLetterOfIntent: Bool { soort == "intentieovereenkomst" }
    }

    /// A party and the person who represents it.
    public struct Party: Sendable {
        public var name: Located<String>
        public var legalForm: String?
        public var seat: String?
        /// "de Gemeente": the short name the agreement uses for this party.
        public var shortName: String?
        public var representative: Representative?
        /// Who mandated the representative ("de burgemeester").
        public var mandatedBy: String?
        /// The ground of the mandate ("artikel 171, tweede lid, Gemeentewet").
        public var mandateGround: String?
        public var decision: Decision?
        /// "soort-partij", or judged from the name when not given.
        public var body: PublicBody
        public var signing: PartySigning
        public var position: SourcePosition

        /// A Gemeente, to which article 171 Gemeentewet applies.
        public var isMunicipality: Bool {
            name.value.lowercased().hasPrefix("gemeente ")
        }

        /// The municipality's own name: "Leiden" for "Gemeente Leiden".
        public var municipalityName: String {
            isMunicipality ? String(name.value.dropFirst("gemeente ".count).trimmingSpaces) : name.value
        }

        /// Who signs for the party: 'ondertekenaars', or the one signatory
        /// of 'naam' and 'functie', each by default the representative's.
        public var signatories: [SignatoryInput] {
            guard signing.signatories.isEmpty else { return signing.signatories }
            let name = signing.name ?? representative?.name
            let function = signing.function ?? representative?.function
            guard name != nil || function != nil else { return [] }
            return [SignatoryInput(name: name, function: function, position: signing.position)]
        }

        /// Whether `other` names this party: "Leiden" or "Gemeente Leiden",
        /// up to case, spaces and full stops.
        public func isNamed(_ other: String) -> Bool {
            PersonName.same(other, municipalityName) || PersonName.same(other, name.value)
        }
    }

    public struct Representative: Sendable {
        public var name: Located<String>?
        /// "de heer", "mevrouw".
        public var salutation: String?
        public var function: Located<String>?
        public var position: SourcePosition

        /// "de wethouder Duurzaamheid": the function with its article.
        public var functionWithArticle: String? {
            function.map { $0.value.hasPrefix("de ") ? $0.value : "de " + $0.value }
        }

        /// Whether the function names the burgemeester (or whoever acts
        /// as such), who represents a Gemeente by law.
        public var isMayor: Bool {
            guard let function = function?.value.lowercased() else { return false }
            let words = function.split { $0 == " " || $0 == "," }.filter { $0 != "de" && $0 != "waarnemend" }
            return ["burgemeester", "loco-burgemeester", "locoburgemeester"].contains(words.first.map(String.init) ?? "")
        }
    }

    /// The decision a party acts on.
    public struct Decision: Sendable {
        public enum Body: String, Sendable, CaseIterable {
            case college, raad, bestuur, ledenvergadering
        }

        public var body: Body
        public var date: Located<DateEntry>
        public var reference: String?
    }

    /// Who signs for a party, where and when. Without 'ondertekenaars' the
    /// one signatory defaults to the representative, and place and date to
    /// the agreement's common ones.
    public struct PartySigning: Sendable {
        /// The single-signer form: 'naam' and 'functie' under 'ondertekening'.
        public var name: Located<String>?
        public var function: Located<String>?
        /// The list form: 'ondertekenaars'; after the check, who signs
        /// (`Party.signatories`) completed to the pair the party requires.
        public var signatories: [SignatoryInput]
        public var place: String?
        public var date: Located<Datum>?
        /// Set when both forms are given, at 'ondertekenaars'.
        public var bothForms: SourcePosition?
        public var position: SourcePosition
    }

    /// Place and date shared by all signatures.
    public struct CommonSigning: Sendable {
        public var place: String?
        public var date: Located<Datum>?
        /// In how many copies it is signed; by default one per party.
        public var copies: Located<Int>?
    }

    /// A numbered piece of text with numbered pieces under it: a lid with
    /// onderdelen, an onderdeel with subonderdelen, an overweging with
    /// its onderdelen.
    public struct Clause: Sendable {
        public var id: Located<String>?
        public var text: SourceText?
        public var children: [Clause]
        public var position: SourcePosition
    }

    /// A defined term.
    public struct Term: Sendable {
        public var term: Located<String>
        public var meaning: SourceText
    }

    public struct Article: Sendable {
        public var id: Located<String>?
        public var title: SourceText?
        /// Text of an article without leden, or the words before its
        /// onderdelen or begrippen.
        public var text: SourceText?
        /// The leden, or when the article has none, its onderdelen.
        public var clauses: [Clause]
        public var clausesAreMembers: Bool
        public var terms: [Term]
        public var position: SourcePosition
        /// Set when the article has both leden and onderdelen of its own.
        public var membersAndParts: SourcePosition?
    }

    public struct Chapter: Sendable {
        public var id: Located<String>?
        public var title: SourceText?
        public var articles: [Article]
        public var position: SourcePosition
    }

    /// Part B: the decisions the agreement rests on.
    public struct LegalBasis: Sendable {
        public var introduction: SourceText?
        public var councilDecisions: [CouncilDecision]
        public var councilDecisionsPosition: SourcePosition
        public var closing: SourceText?
    }

    public struct CouncilDecision: Sendable {
        public var municipality: Located<String>
        public var date: Located<DateEntry>
        public var reference: String?
    }

    /// A moment of evaluation: a date, or a term relative to another date.
    public struct Evaluation: Sendable {
        public var id: Located<String>?
        public var moment: SourceText
    }

    public struct Explanation: Sendable {
        public var general: SourceText?
        public var articles: [ArticleExplanation]
    }

    public struct ArticleExplanation: Sendable {
        public var article: Located<String>
        public var heading: SourceText?
        public var text: SourceText
    }
}

extension Overeenkomst.Model {
    /// Every article, in order, over all chapters.
    public var articles: [Overeenkomst.Article] { chapters.flatMap(\.articles) }

    /// The defined terms, in the order of the input.
    public var terms: [Overeenkomst.Term] { articles.flatMap(\.terms) }
}
