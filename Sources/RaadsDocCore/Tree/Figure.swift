/// A picture as a block of its own, with its alternative text and a
/// numbered caption: "Figuur 1: Ligging van het plangebied".
public struct Figure: Sendable, Equatable {
    public var picture: Picture
    /// What the picture shows, for readers who cannot see it.
    public var alternativeText: String
    /// The caption after the number; no caption line when empty.
    public var caption: [Inline]
    /// The word before the number, counted per document.
    public var label: String

    public init(_ picture: Picture, alternativeText: String, caption: [Inline], label: String = "Figuur") {
        self.picture = picture
        self.alternativeText = alternativeText
        self.caption = caption
        self.label = label
    }
}

/// The bytes of a picture file with what was read from them: its format
/// (from the bytes, not the file name) and its size in pixels (for SVG in
/// its own units).
public struct Picture: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case png, jpeg, svg

        public var mediaType: String {
            switch self {
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            case .svg: "image/svg+xml"
            }
        }

        public var fileExtension: String {
            switch self {
            case .png: "png"
            case .jpeg: "jpg"
            case .svg: "svg"
            }
        }
    }

    public let bytes: [UInt8]
    public let format: Format
    public let width: Double
    public let height: Double

    public init(bytes: [UInt8], format: Format, width: Double, height: Double) {
        self.bytes = bytes
        self.format = format
        self.width = width
        self.height = height
    }
}
