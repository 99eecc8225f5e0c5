internal import CLibXML2

/// A compiled W3C XML Schema (XSD), for the official schemas of DiWoo and
/// MDTO. Like `RelaxNGSchema` it is compiled once and validates many
/// documents, each with its own context.
public final class XMLSchemaDefinition: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    /// The schema document as read; libxml2's compiled schema may point
    /// into it, so it lives as long as the schema.
    private let document: xmlDocPtr

    /// Compiles the schema at `path`; included files resolve relative to it.
    /// `locations` maps the `schemaLocation` of an `xs:import` or
    /// `xs:include` to a local file: DiWoo imports MDTO from the Nationaal
    /// Archief's web site, and this lets the vendored copies compile offline
    /// while staying byte for byte as published. Nothing is fetched from the
    /// network.
    public init(path: String, locations: [String: String] = [:]) throws(XMLError) {
        guard let document = xmlReadFile(path, nil, SafeXMLParser.options) else {
            throw XMLError("kan het XML-schema \(path) niet lezen")
        }
        if let root = xmlDocGetRootElement(document) {
            Self.relocate(root, locations)
        }
        guard let parser = xmlSchemaNewDocParserCtxt(document) else {
            xmlFreeDoc(document)
            throw XMLError("kan het XML-schema \(path) niet openen")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = MessageCollector()
        xmlSchemaSetParserStructuredErrors(parser, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
        guard let schema = xmlSchemaParse(parser) else {
            xmlFreeDoc(document)
            let detail = collector.messages.first.map { ": \($0.text)" } ?? ""
            throw XMLError("kan het XML-schema \(path) niet compileren\(detail)")
        }
        self.schema = schema
        self.document = document
    }

    deinit {
        xmlSchemaFree(schema)
        xmlFreeDoc(document)
    }

    /// Parses `bytes` safely and validates them. Returns the problems found,
    /// parse errors included; an empty list means the document is valid.
    public func validate(_ bytes: [UInt8], name: String) -> [XMLProblem] {
        let parsed = SafeXMLParser.parse(bytes, name: name)
        guard let document = parsed.document else { return parsed.problems }
        defer { xmlFreeDoc(document) }
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLProblem(line: 0, text: "kan geen XSD-validatiecontext aanmaken")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = MessageCollector()
        xmlSchemaSetValidStructuredErrors(context, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
        let result = xmlSchemaValidateDoc(context, document)
        if result != 0 && collector.messages.isEmpty {
            return [XMLProblem(line: 0, text: "document voldoet niet aan het schema")]
        }
        return collector.messages
    }

    /// Points the `schemaLocation` of the top-level imports and includes
    /// of the schema element `root` at the local files of `locations`.
    private static func relocate(_ root: xmlNodePtr, _ locations: [String: String]) {
        guard !locations.isEmpty else { return }
        var child = root.pointee.children
        while let node = child {
            child = node.pointee.next
            guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { continue }
            let local = String(cString: name)
            guard local == "import" || local == "include",
                  let value = xmlString("schemaLocation", { xmlGetProp(node, $0) }) else { continue }
            let location = String(cString: value)
            raadsdoc_xml_free(value)
            if let replacement = locations[location] {
                xmlString("schemaLocation") { attribute in
                    xmlString(replacement) { _ = xmlSetProp(node, attribute, $0) }
                }
            }
        }
    }

    private static func xmlString<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: 1, body) }
    }
}
