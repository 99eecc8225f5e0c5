/// The kind-independent document tree every document kind composes into and
/// the ODF writer renders. The writer never learns which kind it renders.
///
/// The blocks come in four parts, so that a house-style template can place
/// each where it wants ({{briefhoofd}}, {{inhoud}}, {{ondertekening}},
/// {{bijlagen}}); the built-in style shows them in that order. `fields`
/// holds the values of the template's field placeholders ({{onderwerp}},
/// {{datum}}, …): a kind sets every field it supports, empty when the input
/// leaves it out, so the fields of a kind can be listed from any document.
public struct Document: Sendable, Equatable {
    public var metadata: DocumentMetadata
    public var page: PageSetup
    public var fields: [String: String]
    /// Title and letterhead.
    public var header: [Block]
    /// The generated body.
    public var body: [Block]
    /// Closing words, signatories, signature grid.
    public var signature: [Block]
    /// The list of bijlagen.
    public var attachments: [Block]

    public init(metadata: DocumentMetadata, page: PageSetup, fields: [String: String] = [:],
                header: [Block] = [], body: [Block], signature: [Block] = [], attachments: [Block] = []) {
        self.metadata = metadata
        self.page = page
        self.fields = fields
        self.header = header
        self.body = body
        self.signature = signature
        self.attachments = attachments
    }

    /// All blocks in the order of the built-in house style.
    public var blocks: [Block] { header + body + signature + attachments }
}

/// What ends up in meta.xml.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String
    public var subject: String
    /// The date of the document; `nil` while a concept leaves it to be
    /// filled in, and then meta.xml names none rather than a made-up one.
    public var date: Datum?
    public var language: String
    public var keywords: [String]
    /// Fields for meta:user-defined, in order: the publication metadata
    /// and checksums the pipeline adds (`PublicationRecord`).
    public var userDefined: [UserField] = []

    public struct UserField: Sendable, Equatable {
        public let name: String
        public let value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(title: String, subject: String, date: Datum?, language: String = "nl-NL", keywords: [String] = []) {
        self.title = title
        self.subject = subject
        self.date = date
        self.language = language
        self.keywords = keywords
    }
}

/// Running header and footer text of the page.
public struct PageSetup: Sendable, Hashable {
    /// The organisation named in the page header, e.g. "Gemeente Voorschoten".
    public var headerText: String
    /// A short document title shown in the footer next to the page count.
    public var footerText: String
    /// The letterhead of the first page, for letters in the built-in house
    /// style; without one the first page looks like the others.
    public var letterhead: Letterhead?
    /// The number of lines for initials at the foot of every page, one per
    /// signatory or party (`paraaf: ja` in the profile); 0 for none.
    public var initials: Int

    public init(headerText: String, footerText: String = "", letterhead: Letterhead? = nil, initials: Int = 0) {
        self.headerText = headerText
        self.footerText = footerText
        self.letterhead = letterhead
        self.initials = initials
    }
}
