import RaadsDocCore

/// Reads typed values out of a YAML group that the `SpecChecker` has
/// already checked. Accessors return nil for absent or invalid values and
/// never report: the checker reported them, once, at the right place.
public struct ObjectReader: Sendable {
    public let node: YAMLNode
    /// The rich texts the checker parsed already, when it kept them.
    package let memo: RichTextMemo?

    public init(_ node: YAMLNode) {
        self.init(node, memo: nil)
    }

    package init(_ node: YAMLNode, memo: RichTextMemo?) {
        self.node = node
        self.memo = memo
    }

    public var position: SourcePosition { node.position }

    /// The value node of `name`, unless absent or empty.
    public func value(_ name: String) -> YAMLNode? {
        guard let value = node[name], !value.isNull else { return nil }
        return value
    }

    public func has(_ name: String) -> Bool { value(name) != nil }

    /// Where the field's key stands, or the group's position.
    public func keyPosition(_ name: String) -> SourcePosition {
        node.pairs?.first { $0.key == name }?.keyPosition ?? node.position
    }

    /// Plain text, trimmed of surrounding white space.
    public func text(_ name: String) -> Located<String>? {
        guard let value = value(name), let scalar = value.scalar else { return nil }
        let trimmed = String(scalar.text.trimmingSpaces)
        return trimmed.isEmpty ? nil : Located(trimmed, at: value.position)
    }

    public func richText(_ name: String) -> RichText? {
        guard let value = value(name), let scalar = value.scalar else { return nil }
        return memo?.richText(scalar.text, at: value.position) ?? RichText(scalar.text, at: value.position)
    }

    public func date(_ name: String) -> Located<Datum>? {
        scalarValue(name) { try? ValueParsing.date($0, field: name).get() }
    }

    /// A date that a concept may leave "in te vullen"; the spec checker
    /// has already refused the placeholder outside a concept.
    public func dateEntry(_ name: String) -> Located<DateEntry>? {
        scalarValue(name) { text in
            text.trimmingSpaces == DateEntry.placeholder
                ? .toBeFilledIn : (try? ValueParsing.date(text, field: name).get()).map(DateEntry.date)
        }
    }

    public func amount(_ name: String) -> Located<Bedrag>? {
        scalarValue(name) { try? ValueParsing.amount($0, field: name).get() }
    }

    public func integer(_ name: String) -> Located<Int>? {
        scalarValue(name) { try? ValueParsing.integer($0, range: nil, field: name).get() }
    }

    public func decimal(_ name: String, decimals: Int) -> Located<ExactDecimal>? {
        scalarValue(name) { try? ValueParsing.decimal($0, decimals: decimals, range: nil, field: name).get() }
    }

    public func boolean(_ name: String) -> Bool? {
        scalarValue(name) { try? ValueParsing.boolean($0, field: name).get() }?.value
    }

    public func object(_ name: String) -> ObjectReader? {
        guard let value = value(name), value.pairs != nil else { return nil }
        return ObjectReader(value, memo: memo)
    }

    /// The items of a list field; empty when absent.
    public func list(_ name: String) -> [YAMLNode] {
        value(name)?.items?.filter { !$0.isNull } ?? []
    }

    /// The groups of a list of groups; scalar shorthand items become a group
    /// with the text under `shorthand`.
    public func objects(_ name: String) -> [ObjectReader] {
        list(name).compactMap { $0.pairs != nil ? ObjectReader($0, memo: memo) : nil }
    }

    /// The texts of a list of texts.
    public func texts(_ name: String) -> [Located<String>] {
        list(name).compactMap { item in
            guard let scalar = item.scalar else { return nil }
            let trimmed = String(scalar.text.trimmingSpaces)
            return trimmed.isEmpty ? nil : Located(trimmed, at: item.position)
        }
    }

    private func scalarValue<T>(_ name: String, _ parse: (String) -> T?) -> Located<T>? {
        guard let value = value(name), let scalar = value.scalar, let parsed = parse(scalar.text) else { return nil }
        return Located(parsed, at: value.position)
    }
}
