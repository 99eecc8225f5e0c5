import RaadsDocCore
import RaadsDocSchema

/// A bijlage as the input names it: a title, or another input file whose
/// own title is used (one source of truth).
public struct AttachmentReference: Sendable {
    public var title: Located<String>?
    public var file: Located<String>?
    public var position: SourcePosition

    public init(_ node: YAMLNode) {
        position = node.position
        if let scalar = node.scalar {
            title = Located(String(scalar.text.trimmingSpaces), at: node.position)
            file = nil
        } else {
            let input = ObjectReader(node)
            title = input.text("titel")
            file = input.text("bestand")
        }
    }
}
