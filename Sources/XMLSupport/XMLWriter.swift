/// Streams an XML document into a byte buffer.
///
/// The output is byte for byte what libxml2 2.9's xmlTextWriter wrote
/// before (`<?xml version="1.0" encoding="UTF-8"?>`, `/>` for an empty
/// element, its escaping and its indentation), so documents, their hashes
/// and the validation cache keyed by them stay the same. Element and
/// attribute names are `StaticString`s: every name we write is a
/// compile-time ODF name, appended from its UTF-8 storage as it is.
/// Characters that XML 1.0 forbids are dropped as a last line of defence
/// (the input checks report them long before).
public final class XMLWriter {
    private var bytes: [UInt8] = []
    private let indented: Bool
    /// The names of the open elements, one after the other, and where
    /// each begins: an end tag copies its name from here.
    private var openNames: [UInt8] = []
    private var nameStarts: [Int] = []
    /// Whether the innermost open element's start tag still lacks its `>`:
    /// attributes may follow, and an element without content ends in `/>`.
    private var startTagOpen = false
    /// In indented mode, whether the next end tag goes on a line of its
    /// own; text or raw bytes in the element (mixed content) keep it on
    /// their line.
    private var endTagOnOwnLine = true
    /// A call that libxml2 refused: an empty name, an attribute after the
    /// start tag was closed, a document start inside an element, or an end
    /// with no element open. Such a call writes nothing, and `fragment()`
    /// and `finish()` then throw.
    private var failed = false
    /// Whether a document was started: libxml2 wrote non-ASCII scalars in
    /// attribute values as character references until the document had
    /// declared its encoding, and UTF-8 after that.
    private var declaredUTF8 = false

    /// `indented` puts each element on its own line, two spaces deeper than
    /// its parent: for files people read (DiWoo, MDTO), not for ODF parts.
    public init(indented: Bool = false) {
        self.indented = indented
        bytes.reserveCapacity(16 * 1024)
    }

    public func startDocument() {
        guard nameStarts.isEmpty else {
            failed = true
            return
        }
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        declaredUTF8 = true
    }

    public func startElement(_ name: StaticString) {
        name.withUTF8Buffer { open($0) }
    }

    /// Starts an element whose name is only known at run time. As in C, the
    /// name ends at a NUL.
    public func startDynamicElement(_ name: String) {
        withNameBytes(name) { open($0) }
    }

    public func attribute(_ name: StaticString, _ value: String) {
        name.withUTF8Buffer { writeAttribute($0, value) }
    }

    /// Writes an attribute whose name is only known at run time (template
    /// elements copied from a house style).
    public func dynamicAttribute(_ name: String, _ value: String) {
        withNameBytes(name) { writeAttribute($0, value) }
    }

    public func text(_ content: String) {
        guard !content.isEmpty else { return }
        beginContent()
        XMLEscaping.appendText(content, to: &bytes)
    }

    /// As `text(_:)`, for UTF-8 that is valid: a string's, or a part of it
    /// cut at ASCII bytes (no String made for the part).
    package func text(utf8 content: UnsafeBufferPointer<UInt8>) {
        guard !content.isEmpty else { return }
        beginContent()
        XMLEscaping.appendText(utf8: content, to: &bytes)
    }

    /// Inserts bytes that are already well-formed XML (a fragment written
    /// by another `XMLWriter`) without escaping.
    public func raw(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        beginContent()
        self.bytes.append(contentsOf: bytes)
    }

    /// Makes `fragment()` and `finish()` fail, as a misuse of this writer
    /// would: for a piece written by another writer that failed and that
    /// belongs in this one.
    public func fail() {
        failed = true
    }

    /// The bytes written so far, for a fragment that has no document around
    /// it (no `startDocument`).
    public func fragment() throws(XMLError) -> [UInt8] {
        try checked()
    }

    /// Closes a pending start tag and returns how many bytes have been
    /// written so far. A template is written once with checkpoints at its
    /// holes; the bytes between checkpoints are then reused for every
    /// document, with only the holes filled in anew.
    public func checkpoint() -> Int {
        beginContent()
        return bytes.count
    }

    public func endElement() {
        guard let start = nameStarts.popLast() else {
            failed = true
            return
        }
        if startTagOpen {
            Self.appendBytes(UInt8(ascii: "/"), UInt8(ascii: ">"), to: &bytes)
            startTagOpen = false
        } else {
            if indented && endTagOnOwnLine { indent(nameStarts.count) }
            Self.appendEndTag(openNames[start...], to: &bytes)
        }
        openNames.removeSubrange(start...)
        endTagOnOwnLine = true
        if indented { append("\n") }
    }

    /// Writes `<name/>` with no attributes.
    public func emptyElement(_ name: StaticString) {
        startElement(name)
        endElement()
    }

    /// Closes every open element and returns the document's bytes, which
    /// end in a line feed.
    public func finish() throws(XMLError) -> [UInt8] {
        while !nameStarts.isEmpty { endElement() }
        if !indented { append("\n") }
        return try checked()
    }

    private func checked() throws(XMLError) -> [UInt8] {
        if failed {
            throw XMLError("de XML-schrijver kreeg een element of attribuut zonder naam, een attribuut na de inhoud of een eindtag te veel")
        }
        return bytes
    }

    private func open(_ name: UnsafeBufferPointer<UInt8>) {
        guard !name.isEmpty else {
            failed = true
            return
        }
        if startTagOpen {
            if indented { Self.appendBytes(UInt8(ascii: ">"), UInt8(ascii: "\n"), to: &bytes) } else { bytes.append(UInt8(ascii: ">")) }
        }
        nameStarts.append(openNames.count)
        openNames.append(contentsOf: name)
        startTagOpen = true
        if indented { indent(nameStarts.count - 1) }
        Self.appendStartTag(name, to: &bytes)
    }

    private func writeAttribute(_ name: UnsafeBufferPointer<UInt8>, _ value: String) {
        guard startTagOpen, !name.isEmpty else {
            failed = true
            return
        }
        Self.appendAttribute(name, value, keepingUTF8: declaredUTF8, to: &bytes)
    }

    /// Text, raw bytes or a checkpoint: the start tag gets its `>` (with no
    /// line break, even when indented), and the end tag stays on the line.
    private func beginContent() {
        if startTagOpen {
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
        endTagOnOwnLine = false
    }

    private func indent(_ level: Int) {
        for _ in 0..<level { append("  ") }
    }

    private func withNameBytes(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var name = name
        name.withUTF8 { utf8 in
            body(UnsafeBufferPointer(rebasing: utf8.prefix { $0 != 0 }))
        }
    }

    @inline(__always)
    private func append(_ literal: StaticString) {
        XMLEscaping.append(literal, to: &bytes)
    }

    // The markup around names and values, written through one inout
    // access each: every access to `bytes`, a class's stored property, is
    // checked for exclusivity at run time, and single bytes are appended
    // as bytes rather than as one-byte buffers.

    private static func appendStartTag(_ name: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name)
    }

    private static func appendEndTag(_ name: ArraySlice<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        output.append(UInt8(ascii: "/"))
        output.append(contentsOf: name)
        output.append(UInt8(ascii: ">"))
    }

    private static func appendAttribute(_ name: UnsafeBufferPointer<UInt8>, _ value: String, keepingUTF8: Bool, to output: inout [UInt8]) {
        output.append(UInt8(ascii: " "))
        output.append(contentsOf: name)
        output.append(UInt8(ascii: "="))
        output.append(UInt8(ascii: "\""))
        XMLEscaping.appendAttributeValue(value, keepingUTF8: keepingUTF8, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    private static func appendBytes(_ first: UInt8, _ second: UInt8, to output: inout [UInt8]) {
        output.append(first)
        output.append(second)
    }
}
