import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// What happened to one document in a batch. A batch holds it only while
/// it works on the document; otherwise it lives in the spool (see
/// `BatchSpool`, `BatchRecord`) and `BatchResults` reads it back.
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
    /// The soort, when the input has a summary.
    public var soort: String?
    public var diagnostics: [Diagnostic]
    /// Output paths relative to the output folder, with their SHA-256.
    public var outputs: [(path: String, hash: String)]
    /// Hash over the sources, the profile and the options that shape the
    /// output; equal fingerprints mean an earlier output is still good.
    public var fingerprint: String
    public var failure: String?
    /// The check of the PDF/A, in a run with `--pdfa`.
    package var pdfaCheck: PDFAInspection? = nil
    /// Where the finished .odt waits, under a hidden name, until every input
    /// has been checked and it may be put in place; relative to the output
    /// folder.
    package var stagedPath: String?
    /// The members of its index.json entry that no later phase changes,
    /// already as JSON (see `BatchIndex.entry`).
    package var indexParts: BatchIndex.Parts

    public var warningCount: Int { diagnostics.count { $0.severity == .waarschuwing } }
    public var errorCount: Int { diagnostics.count { $0.severity == .fout } }
}

/// What a batch keeps in memory for each document while it runs: a value
/// of fixed size without references (no strings, no arrays), so that a
/// batch of 100,000 documents costs a few megabytes however much each
/// document says. The rest is in the spool, at `offset`.
package struct BatchRecord: Sendable {
    package var offset: Int
    package var length: UInt32
    package var status: BatchItem.Status
    /// Whether its .odt is staged and still to be put in place.
    package var staged: Bool
}
