/// The kind-independent document tree every document kind composes into and
/// the ODF writer renders. The writer never learns which kind it renders.
public struct Document: Sendable, Equatable {
    public var metadata: DocumentMetadata
    public var page: PageSetup
    public var blocks: [Block]

    public init(metadata: DocumentMetadata, page: PageSetup, blocks: [Block]) {
        self.metadata = metadata
        self.page = page
        self.blocks = blocks
    }
}

/// What ends up in meta.xml.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String
    public var subject: String
    public var date: Datum
    public var language: String
    public var keywords: [String]

    public init(title: String, subject: String, date: Datum, language: String = "nl-NL", keywords: [String] = []) {
        self.title = title
        self.subject = subject
        self.date = date
        self.language = language
        self.keywords = keywords
    }
}

/// Running header and footer text of the page.
public struct PageSetup: Sendable, Equatable {
    /// The organisation named in the page header, e.g. "Gemeente Voorschoten".
    public var headerText: String
    /// A short document title shown in the footer next to the page count.
    public var footerText: String

    public init(headerText: String, footerText: String = "") {
        self.headerText = headerText
        self.footerText = footerText
    }
}
