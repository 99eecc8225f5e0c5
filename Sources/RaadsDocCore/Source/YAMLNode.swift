/// A YAML node with its position, as raadsdoc sees it after loading: keys
/// are plain strings, scalars keep the text the author wrote (no YAML 1.1
/// typing: `no`, `1.0`, `010` stay text), and anchors and aliases do not
/// exist because the loader refuses them.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public let content: Content
    public let position: SourcePosition

    public init(_ content: Content, at position: SourcePosition) {
        self.content = content
        self.position = position
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key == key }?.value
    }

    /// An empty plain scalar or `~`: the author wrote the key but no value.
    public var isNull: Bool {
        guard let scalar else { return false }
        return scalar.style == .plain && (scalar.text.isEmpty || scalar.text == "~")
    }

    /// How this node is described in messages: "tekst", "lijst", "groep".
    public var kindName: String {
        switch content {
        case .scalar: "tekst"
        case .mapping: "groep velden"
        case .sequence: "lijst"
        }
    }
}

public struct YAMLScalar: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public let text: String
    public let style: Style

    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }
}

public struct YAMLPair: Sendable {
    public let key: String
    public let keyPosition: SourcePosition
    public let value: YAMLNode
}
