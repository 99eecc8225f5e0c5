/// A sentence, heading or label a kind writes into the document itself,
/// and what in the input makes it appear. docs/invoer.md lists them per
/// kind, so that a drafter knows every word in the document that they did
/// not write.
public struct GeneratedText: Sendable {
    /// The text as it appears; `…` stands for what comes from the input.
    public let text: String
    /// What in the input asks for it, as "when …".
    public let when: String

    public init(_ text: String, when: String) {
        self.text = text
        self.when = when
    }
}
