import RaadsDocCore

/// Visits every scalar of an input that passed the structural check, with
/// the field it fills, along the kind's spec: what the language check reads
/// and what sharding follows to a document's bijlagen.
public enum SpecWalk {
    public struct Visit {
        public let node: YAMLNode
        public let scalar: YAMLScalar
        /// The field's name; for the short form of a group, the field the
        /// short form fills ("titel" for a bijlage written as text).
        public let field: String
        /// A scalar form: text, rich text, date, file path, ….
        public let type: FieldType
        /// The groups around the scalar, outermost (the document) first.
        public let groups: [YAMLNode]
        /// The top-level field the scalar belongs to, with its key's position.
        public let topLevel: Located<String>
    }

    public static func scalars(_ root: YAMLNode, spec: ObjectSpec, _ visit: (Visit) -> Void) {
        guard let pairs = root.pairs else { return }
        for pair in pairs {
            guard let field = spec.field(pair.key) else { continue }
            let top = Located(pair.key, at: pair.keyPosition)
            walkValue(pair.value, field.type, name: field.name, groups: [root], top: top, visit)
        }
    }

    private static func walkObject(_ node: YAMLNode, _ spec: ObjectSpec, groups: [YAMLNode], top: Located<String>,
                                   _ visit: (Visit) -> Void) {
        guard let pairs = node.pairs else { return }
        for pair in pairs {
            guard let field = spec.field(pair.key) else { continue }
            walkValue(pair.value, field.type, name: field.name, groups: groups + [node], top: top, visit)
        }
    }

    private static func walkValue(_ node: YAMLNode, _ type: FieldType, name: String, groups: [YAMLNode],
                                  top: Located<String>, _ visit: (Visit) -> Void) {
        switch type {
        case .object(let reference):
            walkObject(node, reference.spec, groups: groups, top: top, visit)
        case .textOrObject(let reference, let shorthand):
            if node.pairs != nil {
                walkObject(node, reference.spec, groups: groups, top: top, visit)
            } else {
                walkValue(node, reference.spec.field(shorthand)?.type ?? .text, name: shorthand, groups: groups, top: top, visit)
            }
        case .list(let element, _):
            for item in node.items ?? [] { walkValue(item, element, name: name, groups: groups, top: top, visit) }
        case .dictionary(let element):
            for pair in node.pairs ?? [] { walkValue(pair.value, element, name: name, groups: groups, top: top, visit) }
        case .text, .richText, .date, .amount, .integer, .decimal, .boolean, .choice, .filePath:
            guard let scalar = node.scalar, !node.isNull else { return }
            visit(Visit(node: node, scalar: scalar, field: name, type: type, groups: groups, topLevel: top))
        }
    }
}
