import RaadsDocCore
import RaadsDocSchema

/// An input file after reading, checking and decoding.
public struct LoadedDocument: Sendable {
    /// The path as the user or the referring file named it.
    public let path: String
    public let canonicalPath: String
    public let kind: KindDescriptor?
    /// The `soort:` as written, when it names a known kind.
    public let soort: String?
    /// The decoded model; nil when the input had structural errors.
    public let model: (any Sendable)?
    public let summary: DocumentSummary?
    /// Problems in this file, in its profile and in the files it refers to.
    public let diagnostics: DiagnosticList
    public let profile: Profile
    /// The documents this one refers to, by canonical path.
    public let references: [String: LoadedDocument]
    /// The canonical paths of the referenced bijlagen, in input order.
    public let attachmentOrder: [String]
    /// The SHA-256 of the input file's bytes.
    public let sourceHash: String
    /// The pictures its text fields show, with the SHA-256 of their bytes.
    public let pictureHashes: [(path: String, hash: String)]
    /// The language figures, when the run checks language (`--taal`).
    public let languageScores: LanguageScores?

    package init(path: String, canonicalPath: String, kind: KindDescriptor?, soort: String?, model: (any Sendable)?,
                 summary: DocumentSummary?, diagnostics: DiagnosticList, profile: Profile,
                 references: [String: LoadedDocument], attachmentOrder: [String], sourceHash: String,
                 pictureHashes: [(path: String, hash: String)] = [], languageScores: LanguageScores? = nil) {
        self.path = path
        self.canonicalPath = canonicalPath
        self.kind = kind
        self.soort = soort
        self.model = model
        self.summary = summary
        self.diagnostics = diagnostics
        self.profile = profile
        self.references = references
        self.attachmentOrder = attachmentOrder
        self.sourceHash = sourceHash
        self.pictureHashes = pictureHashes
        self.languageScores = languageScores
    }

    /// The document tree, when the input was good enough to decode.
    /// `attachmentNumber` is the number the document has as a bijlage in a
    /// bundle ("2"), which numbers its own bijlagen ("Bijlage 2.1").
    package func compose(bundle: Bool, attachmentNumber: String? = nil) -> Document? {
        guard let kind, let model else { return nil }
        return kind.composeModel(model, ComposeContext(document: self, bundlesAttachments: bundle,
                                                       attachmentNumber: attachmentNumber))
    }

    /// This document and every document it refers to, each once, and the
    /// pictures they show, with their hashes: what decides whether an
    /// earlier output is still good.
    public var inputHashes: [(path: String, hash: String)] {
        var seen = Set<String>()
        var result: [(String, String)] = []
        func visit(_ document: LoadedDocument) {
            guard seen.insert(document.canonicalPath).inserted else { return }
            result.append((document.path, document.sourceHash))
            result += document.pictureHashes
            for key in document.references.keys.sorted() {
                if let reference = document.references[key] { visit(reference) }
            }
        }
        visit(self)
        return result
    }
}
