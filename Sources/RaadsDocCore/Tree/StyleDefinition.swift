/// A named paragraph style: what it is based on, the style of the
/// paragraph after it, and its formatting as XSL-FO properties (the
/// vocabulary ODF and CSS share: `fo:margin-top`, `fo:font-size`, …), so a
/// writer for any format can translate it. Kinds declare the styles they
/// add; the built-in house style writes every one of them.
public struct StyleDefinition: Sendable {
    public let name: String
    public var parent: String? = "Tekst"
    public var next: String?
    public var paragraph: [(String, String)] = []
    public var text: [(String, String)] = []
    /// Tab stops, in thousandths of a centimetre from the left margin.
    public var tabStops: [Int] = []
    /// The heading level the style stands for in an outline, if any.
    public var outlineLevel: Int?

    public init(name: String, parent: String? = "Tekst", next: String? = nil, paragraph: [(String, String)] = [],
                text: [(String, String)] = [], tabStops: [Int] = [], outlineLevel: Int? = nil) {
        self.name = name
        self.parent = parent
        self.next = next
        self.paragraph = paragraph
        self.text = text
        self.tabStops = tabStops
        self.outlineLevel = outlineLevel
    }

    /// The font of the built-in house style: Liberation Sans, LibreOffice's
    /// metric match for Arial, installed with it on Debian.
    public static let bodyFont = "Liberation Sans"
}
