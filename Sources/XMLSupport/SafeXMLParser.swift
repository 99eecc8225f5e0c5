internal import CLibXML2

/// Parses XML that came from elsewhere (a template, a document to verify)
/// without letting it reach out or blow up: no network, no DTD loading, no
/// entity substitution, and any document type declaration is refused before
/// libxml2 sees it, which also rules out entity-expansion bombs.
enum SafeXMLParser {
    static let options = Int32(XML_PARSE_NONET.rawValue)

    static func parse(_ bytes: [UInt8], name: String) -> (document: xmlDocPtr?, problems: [XMLProblem]) {
        if let line = declarationLine(in: bytes) {
            return (nil, [XMLProblem(line: line, text: "een DOCTYPE- of ENTITY-declaratie is niet toegestaan")])
        }
        let collector = MessageCollector()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), collectStructuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(clamping: buffer.count), name, "UTF-8", options)
                }
            }
        }
        if document == nil && collector.messages.isEmpty {
            return (nil, [XMLProblem(line: 0, text: "geen goedgevormde XML")])
        }
        if let document, !collector.messages.isEmpty {
            xmlFreeDoc(document)
            return (nil, collector.messages)
        }
        return (document, collector.messages)
    }

    /// The line of a `<!DOCTYPE` or `<!ENTITY`, if the bytes hold one.
    static func declarationLine(in bytes: [UInt8]) -> Int? {
        let markers: [[UInt8]] = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
            } else if byte == UInt8(ascii: "<") {
                for marker in markers where bytes.count - index >= marker.count {
                    if bytes[index..<index + marker.count].elementsEqual(marker) { return line }
                }
            }
            index += 1
        }
        return nil
    }
}
