/// A failure to set up the language check (a dictionary or a word list
/// that is missing), with a Dutch message for the user.
public struct TaalError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
