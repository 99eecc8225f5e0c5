/// A tracked change of a redline (`raadsdoc vergelijk`): text or blocks
/// that one version has and the other has not. The ODF writer makes it a
/// `text:changed-region` that the word processor accepts or rejects; the
/// ids come from the order in which the writer meets the changes.
public struct TrackedChange: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// In the new version only: accepting keeps it, rejecting removes it.
        case insertion
        /// In the old version only: accepting removes it, rejecting keeps it.
        case deletion
    }

    public var kind: Kind
    public var author: String
    /// When the change was made, as `YYYY-MM-DDTHH:MM:SS`.
    public var date: String
    /// A comment shown with the change, e.g. "verplaatst naar artikel 6".
    public var comment: String?

    public init(_ kind: Kind, author: String, date: String, comment: String? = nil) {
        self.kind = kind
        self.author = author
        self.date = date
        self.comment = comment
    }
}
