/// A failure reported by libzip, with a Dutch message for the user.
public struct ZipError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
