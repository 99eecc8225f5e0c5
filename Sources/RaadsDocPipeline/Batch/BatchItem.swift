import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// What happened to one document in a batch.
public struct BatchItem: Sendable {
    public enum Status: String, Sendable {
        /// Rendered in this run.
        case gemaakt
        /// Unchanged since the last run, or made by a run that was killed
        /// before putting it in place (`--alleen-gewijzigd`).
        case ongewijzigd
        /// Not rendered: the input has errors.
        case fout
        /// Checked clean, but writing it failed.
        case mislukt
    }

    public let input: InputDiscovery.Input
    public var status: Status
    public var summary: DocumentSummary?
    public var diagnostics: [Diagnostic]
    /// Output paths relative to the output folder, with their SHA-256.
    public var outputs: [(path: String, hash: String)]
    /// Every file the output depends on, with its SHA-256.
    public var sources: [(path: String, hash: String)]
    /// Hash over the sources, the profile and the options that shape the
    /// output; equal fingerprints mean an earlier output is still good.
    public var fingerprint: String
    public var failure: String?
    /// What DiWoo and MDTO need from the profile and the soort.
    package var publication: PublicationRecord? = nil
    /// The check of the PDF/A, in a run with `--pdfa`.
    package var pdfaCheck: PDFAInspection? = nil
    /// The language figures, in a run with `--taal`.
    public var languageScores: LanguageScores? = nil
    /// Where the finished .odt waits, under a hidden name, until every input
    /// has been checked and it may be put in place; relative to the output
    /// folder.
    package var stagedPath: String?

    public var warningCount: Int { diagnostics.count { $0.severity == .waarschuwing } }
    public var errorCount: Int { diagnostics.count { $0.severity == .fout } }
}
