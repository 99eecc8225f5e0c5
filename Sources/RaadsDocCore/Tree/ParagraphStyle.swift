/// A named paragraph style. Names are the Dutch display names a house-style
/// owner sees in LibreOffice; a template may define any of them to change
/// their look, and the built-in house style defines all of them.
public struct ParagraphStyle: Sendable, Hashable {
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public static let body = ParagraphStyle("Tekst")
    public static let title = ParagraphStyle("Titel")
    public static let subtitle = ParagraphStyle("Ondertitel")
    public static let salutation = ParagraphStyle("Aanhef")
    public static let closing = ParagraphStyle("Slot")
    public static let signatureIntro = ParagraphStyle("Ondertekening")
    public static let note = ParagraphStyle("Noot")
    /// The CONCEPT mark above a document with `status: concept`.
    public static let draftMark = ParagraphStyle("Conceptmarkering")
    public static let small = ParagraphStyle("Kleine tekst")
    /// The text of a footnote: small, the number hanging before it.
    public static let footnote = ParagraphStyle("Voetnoottekst")
    public static let address = ParagraphStyle("Adres")
    public static let tableText = ParagraphStyle("Tabel tekst")
    public static let tableHeading = ParagraphStyle("Tabel kop")
    public static let amount = ParagraphStyle("Bedrag")
    public static let amountTotal = ParagraphStyle("Bedrag totaal")
    public static let tableTotal = ParagraphStyle("Tabel totaal")
    public static let signatureName = ParagraphStyle("Naam ondertekenaar")
    public static let signatureFunction = ParagraphStyle("Functie ondertekenaar")
    public static let signatureLine = ParagraphStyle("Handtekeningregel")
    /// Name and function under the line of a signing grid, where the line
    /// above already leaves the room to sign.
    public static let gridSignatureName = ParagraphStyle("Naam onder handtekening")
    public static let gridSignatureFunction = ParagraphStyle("Functie onder handtekening")
    public static let article = ParagraphStyle("Artikelkop")
    public static let member = ParagraphStyle("Lid")
    public static let part = ParagraphStyle("Onderdeel")
    public static let subpart = ParagraphStyle("Subonderdeel")
    /// The title and entries of a table of contents.
    public static let contentsHeading = ParagraphStyle("Inhoudsopgave kop")

    public static func contents(level: Int) -> ParagraphStyle {
        ParagraphStyle("Inhoudsopgave \(min(max(level, 1), 4))")
    }

    /// The running header and footer of every page.
    public static let header = ParagraphStyle("Koptekst")
    public static let footer = ParagraphStyle("Voettekst")

    /// The default style of a list item at `depth` (1-based, at most 4).
    public static func listItem(depth: Int) -> ParagraphStyle {
        ParagraphStyle("Lijst \(min(max(depth, 1), 4))")
    }

    /// The heading style of `level` (1-based, at most 4).
    public static func heading(level: Int) -> ParagraphStyle {
        ParagraphStyle("Kop \(min(max(level, 1), 4))")
    }

    /// LibreOffice's built-in "Heading N", the parent of "Kop N".
    public static func builtInHeading(level: Int) -> ParagraphStyle {
        ParagraphStyle("Heading \(min(max(level, 1), 4))")
    }

    /// The style of a further paragraph inside a list item: same indent,
    /// no label.
    public var continuation: ParagraphStyle {
        ParagraphStyle(name + " vervolg")
    }
}
