internal import CLibXML2

/// A compiled RelaxNG schema. Compiling the ODF schema takes most of a
/// validation's time, so a process compiles it once and validates many
/// documents against it; each validation uses its own context, so one
/// schema may serve several threads.
public final class RelaxNGSchema: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr

    /// Compiles the schema at `path`. Included files resolve relative to it.
    public init(path: String) throws(XMLError) {
        guard let parser = xmlRelaxNGNewParserCtxt(path) else {
            throw XMLError("kan het RelaxNG-schema \(path) niet openen")
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let collector = MessageCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlRelaxNGSetParserStructuredErrors(parser, collectStructuredError, context)
        guard let schema = xmlRelaxNGParse(parser) else {
            let detail = collector.messages.first.map { ": \($0.text)" } ?? ""
            throw XMLError("kan het RelaxNG-schema \(path) niet compileren\(detail)")
        }
        self.schema = schema
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Parses `bytes` safely and validates them. Returns the problems found,
    /// parse errors included; an empty list means the document is valid.
    public func validate(_ bytes: [UInt8], name: String) -> [XMLProblem] {
        let parsed = SafeXMLParser.parse(bytes, name: name)
        guard let document = parsed.document else { return parsed.problems }
        defer { xmlFreeDoc(document) }
        var problems: [XMLProblem] = []
        TableRowBatches.validate(document) { document in
            guard let context = xmlRelaxNGNewValidCtxt(schema) else {
                problems.append(XMLProblem(line: 0, text: "kan geen RelaxNG-validatiecontext aanmaken"))
                return
            }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            let collector = MessageCollector()
            xmlRelaxNGSetValidStructuredErrors(
                context, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
            let result = xmlRelaxNGValidateDoc(context, document)
            if result != 0 && collector.messages.isEmpty {
                problems.append(XMLProblem(line: 0, text: "document voldoet niet aan het schema"))
            }
            problems += collector.messages
        }
        return problems
    }
}

/// One message from libxml2, with the line it points at (0 when unknown).
public struct XMLProblem: Sendable, CustomStringConvertible {
    public let line: Int
    public let text: String

    public var description: String { line > 0 ? "regel \(line): \(text)" : text }
}

final class MessageCollector {
    var messages: [XMLProblem] = []
}

/// The C callback libxml2 calls for every structured error; `context` is an
/// unretained `MessageCollector`.
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<MessageCollector>.fromOpaque(context).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0) } ?? "onbekende fout"
    collector.messages.append(XMLProblem(line: Int(error.pointee.line), text: XMLMessages.dutch(message)))
}
