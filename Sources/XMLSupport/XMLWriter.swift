internal import CLibXML2

/// Streams an XML document into memory through libxml2's xmlTextWriter.
///
/// Element and attribute names are `StaticString`s: every name we write is a
/// compile-time ODF name, and passing its UTF-8 storage directly avoids a
/// conversion per call on the rendering hot path. Text and attribute values
/// are escaped by libxml2; characters that XML 1.0 forbids are dropped here
/// as a last line of defence (the input checks report them long before).
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed = false
    /// How many elements are open: text outside any element (a fragment
    /// such as a field value) is escaped here, as libxml2 only escapes text
    /// inside an element.
    private var depth = 0

    /// `indented` puts each element on its own line, two spaces deeper than
    /// its parent: for files people read (DiWoo, MDTO), not for ODF parts.
    public init(indented: Bool = false) throws(XMLError) {
        guard let buffer = xmlBufferCreateSize(64 * 1024) else {
            throw XMLError("libxml2 kon geen schrijfbuffer aanmaken")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError("libxml2 kon geen XML-schrijver aanmaken")
        }
        self.buffer = buffer
        self.writer = writer
        xmlTextWriterSetIndent(writer, indented ? 1 : 0)
        if indented {
            // libxml2 keeps its own copy of the string.
            "  ".withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: 2) { _ = xmlTextWriterSetIndentString(writer, $0) } }
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    public func startDocument() {
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    public func startElement(_ name: StaticString) {
        name.withUTF8Buffer { check(xmlTextWriterStartElement(writer, $0.baseAddress)) }
        depth += 1
    }

    public func attribute(_ name: StaticString, _ value: String) {
        let clean = XMLText.removingForbiddenCharacters(value)
        name.withUTF8Buffer { namePointer in
            clean.withCString { valuePointer in
                valuePointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
                    check(xmlTextWriterWriteAttribute(writer, namePointer.baseAddress, $0))
                }
            }
        }
    }

    /// Writes an attribute whose name is only known at run time (template
    /// elements copied from a house style).
    public func dynamicAttribute(_ name: String, _ value: String) {
        let clean = XMLText.removingForbiddenCharacters(value)
        name.withCString { namePointer in
            clean.withCString { valuePointer in
                namePointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { n in
                    valuePointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { v in
                        check(xmlTextWriterWriteAttribute(writer, n, v))
                    }
                }
            }
        }
    }

    /// Starts an element whose name is only known at run time.
    public func startDynamicElement(_ name: String) {
        name.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) {
                check(xmlTextWriterStartElement(writer, $0))
            }
        }
        depth += 1
    }

    public func text(_ content: String) {
        guard !content.isEmpty else { return }
        let clean = XMLText.removingForbiddenCharacters(content)
        clean.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: 1) { text in
                guard depth == 0 else {
                    check(xmlTextWriterWriteString(writer, text))
                    return
                }
                guard let escaped = xmlEncodeSpecialChars(nil, text) else {
                    failed = true
                    return
                }
                defer { raadsdoc_xml_free(escaped) }
                check(xmlTextWriterWriteRaw(writer, escaped))
            }
        }
    }

    /// Inserts bytes that are already well-formed XML (a fragment written
    /// by another `XMLWriter`) without escaping.
    public func raw(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { buffer in
            check(xmlTextWriterWriteRawLen(writer, buffer.baseAddress, Int32(clamping: buffer.count)))
        }
    }

    /// The bytes written so far, for a fragment that has no document around
    /// it (no `startDocument`).
    public func fragment() throws(XMLError) -> [UInt8] {
        check(xmlTextWriterFlush(writer))
        if failed {
            throw XMLError("libxml2 meldde een fout tijdens het schrijven van XML")
        }
        let length = Int(xmlBufferLength(buffer))
        guard length > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: length))
    }

    /// Closes a pending start tag, flushes, and returns how many bytes have
    /// been written so far. A template is written once with checkpoints at
    /// its holes; the bytes between checkpoints are then reused for every
    /// document, with only the holes filled in anew.
    public func checkpoint() -> Int {
        let nothing: [UInt8] = [0]
        nothing.withUnsafeBufferPointer { check(xmlTextWriterWriteRawLen(writer, $0.baseAddress, 0)) }
        check(xmlTextWriterFlush(writer))
        return Int(xmlBufferLength(buffer))
    }

    public func endElement() {
        check(xmlTextWriterEndElement(writer))
        depth = max(depth - 1, 0)
    }

    /// Writes `<name/>` with no attributes.
    public func emptyElement(_ name: StaticString) {
        startElement(name)
        endElement()
    }

    /// Closes every open element, flushes, and returns the document's bytes.
    public func finish() throws(XMLError) -> [UInt8] {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if failed {
            throw XMLError("libxml2 meldde een fout tijdens het schrijven van XML")
        }
        let length = Int(xmlBufferLength(buffer))
        guard length > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: length))
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }
}
