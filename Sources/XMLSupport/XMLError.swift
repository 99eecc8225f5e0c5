/// A failure reported by libxml2 or by `XMLWriter`, with a Dutch message
/// for the user.
public struct XMLError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
