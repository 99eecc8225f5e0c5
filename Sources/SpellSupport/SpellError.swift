/// A failure to open or use a dictionary, with a Dutch message for the user.
public struct SpellError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
