internal import CLibXML2

/// An XML element as a Swift value, for reading documents from elsewhere
/// (templates, packages to verify). Names keep the prefix they were
/// written with ("text:p"); `namespace` holds the namespace URI.
public struct XMLElement: Sendable, Equatable {
    public var name: String
    public var namespace: String?
    public var attributes: [XMLAttribute]
    public var children: [XMLContent]

    public init(name: String, namespace: String? = nil, attributes: [XMLAttribute] = [], children: [XMLContent] = []) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
    }

    /// The part of the name after the prefix.
    public var localName: String {
        name.split(separator: ":", maxSplits: 1).last.map(String.init) ?? name
    }

    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// All descendant elements, depth first, this one included.
    public func descendants() -> [XMLElement] {
        var result = [self]
        for case .element(let child) in children { result += child.descendants() }
        return result
    }
}

public struct XMLAttribute: Sendable, Equatable {
    public var name: String
    public var value: String
    /// The namespace URI of a prefixed attribute; nil for unprefixed ones
    /// and for namespace declarations (`xmlns:…`).
    public var namespace: String?

    public init(name: String, value: String, namespace: String? = nil) {
        self.name = name
        self.value = value
        self.namespace = namespace
    }
}

public enum XMLContent: Sendable, Equatable {
    case element(XMLElement)
    case text(String)
}

public enum XMLTree {
    /// Parses with the safe settings (no network, no DTD, no entities).
    public static func parse(_ bytes: [UInt8], name: String) -> Result<XMLElement, XMLError> {
        let parsed = SafeXMLParser.parse(bytes, name: name)
        guard let document = parsed.document else {
            return .failure(XMLError("\(name) is geen goedgevormde XML: "
                + (parsed.problems.first?.description ?? "onbekende fout")))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return .failure(XMLError("\(name) heeft geen hoofdelement"))
        }
        return .success(element(root))
    }

    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var result = XMLElement(name: qualifiedName(node.pointee.name, node.pointee.ns),
                                namespace: node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) })
        var declaration = node.pointee.nsDef
        while let current = declaration {
            let prefix = current.pointee.prefix.map { "xmlns:" + String(cString: $0) } ?? "xmlns"
            result.attributes.append(XMLAttribute(name: prefix, value: current.pointee.href.map { String(cString: $0) } ?? ""))
            declaration = current.pointee.next
        }
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var text = current.pointee.children
            while let part = text {
                if let content = part.pointee.content { value += String(cString: content) }
                text = part.pointee.next
            }
            result.attributes.append(XMLAttribute(
                name: qualifiedName(current.pointee.name, current.pointee.ns), value: value,
                namespace: current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }))
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result.children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return result
    }

    private static func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> String {
        let local = name.map { String(cString: $0) } ?? ""
        guard let prefix = namespace?.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }
}
