/// A part of a bundle, such as a bijlage behind a letter: it begins on a
/// new page, and its pages carry their own running header (the part's
/// author or title, not the letter's) and their own position in the
/// footer ("Bijlage 2, pagina 3 van 9") beside the running page number.
public struct PagePart: Sendable, Hashable {
    /// "Bijlage 2": names the part in its header, footer and page style.
    public var label: String
    /// The running header of the part's pages, e.g. the title of an
    /// agreement or the organisation that wrote the part.
    public var headerText: String
    /// The part's own footer text (a version line), or empty.
    public var footerText: String

    public init(label: String, headerText: String, footerText: String = "") {
        self.label = label
        self.headerText = headerText
        self.footerText = footerText
    }
}

extension Document {
    /// The parts the document is divided into, in order: the `.part`
    /// blocks among its top-level blocks.
    public var pageParts: [PagePart] {
        blocks.compactMap { block in
            if case .part(let part) = block { return part }
            return nil
        }
    }
}
