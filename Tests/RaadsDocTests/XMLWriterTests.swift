import Testing
import XMLSupport

/// The exact bytes `XMLWriter` writes: the escaping and indentation that
/// libxml2's xmlTextWriter used to produce, which documents, their hashes
/// and the validation cache depend on.
@Suite struct XMLWriterTests {
    private func written(indented: Bool = false, _ body: (XMLWriter) -> Void) throws -> String {
        let writer = XMLWriter(indented: indented)
        body(writer)
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    @Test func aDocumentHasTheDeclarationAndEndsInALineFeed() throws {
        let xml = try written {
            $0.startDocument()
            $0.startElement("office:document")
            $0.emptyElement("office:body")
        }
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document><office:body/></office:document>\n")
    }

    /// Markup, quotes and carriage returns become references, non-ASCII
    /// stays UTF-8, forbidden characters are dropped; text left empty by
    /// that still closes the start tag.
    @Test(arguments: [
        ("a<b>c&d\"e'f\r\n\tg", "a&lt;b&gt;c&amp;d&quot;e'f&#13;\n\tg"),
        ("é€\u{A0}😀", "é€\u{A0}😀"),
        ("v\u{0}\u{B}\u{1F}\u{FFFF}n\u{FFFE}\u{FFFD}", "vn\u{FFFD}"),
        ("\u{1}", ""),
    ])
    func textIsEscaped(_ text: String, _ expected: String) throws {
        let xml = try written {
            $0.startElement("p")
            $0.text(text)
        }
        #expect(xml == "<p>\(expected)</p>\n")
    }

    /// Tab, line feed and carriage return become references too; non-ASCII
    /// is a hexadecimal reference until the document has declared UTF-8.
    @Test(arguments: [
        (false, "x<y>z&\"'\t\n\r", "x&lt;y&gt;z&amp;&quot;'&#9;&#10;&#13;"),
        (false, "é€\u{A0}😀\u{FFFD}", "&#xE9;&#x20AC;&#xA0;&#x1F600;&#xFFFD;"),
        (true, "é€\u{A0}😀\t", "é€\u{A0}😀&#9;"),
        (false, "x\u{1}\u{FFFE}y\u{FFFF}", "xy"),
        (true, "x\u{1}\u{FFFE}y\u{FFFF}", "xy"),
    ])
    func attributeValuesAreEscaped(declared: Bool, _ value: String, _ expected: String) throws {
        let writer = XMLWriter()
        if declared { writer.startDocument() }
        writer.startElement("p")
        writer.attribute("a", value)
        writer.dynamicAttribute("b", value)
        let declaration = declared ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        #expect(String(decoding: try writer.finish(), as: UTF8.self) == "\(declaration)<p a=\"\(expected)\" b=\"\(expected)\"/>\n")
    }

    @Test func textOutsideAnyElementIsEscaped() throws {
        let writer = XMLWriter()
        writer.text("A&B <c>")
        #expect(try writer.fragment() == Array("A&amp;B &lt;c&gt;".utf8))
    }

    @Test func aCheckpointClosesThePendingStartTag() throws {
        let writer = XMLWriter()
        writer.startElement("p")
        writer.attribute("a", "1")
        #expect(writer.checkpoint() == 9)
        writer.raw(Array("<x/>".utf8))
        writer.endElement()
        #expect(try writer.fragment() == Array("<p a=\"1\"><x/></p>".utf8))
    }

    @Test func indentedElementsTakeALineEachTwoSpacesDeeper() throws {
        let xml = try written(indented: true) {
            $0.startDocument()
            $0.startElement("a")
            $0.startElement("b")
            $0.attribute("k", "v")
            $0.text("t")
            $0.endElement()
            $0.startElement("c")
            $0.emptyElement("d")
        }
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <b k=\"v\">t</b>\n  <c>\n    <d/>\n  </c>\n</a>\n")
    }

    /// Text next to elements (mixed content) keeps the end tag on its line,
    /// while a child element is still indented.
    @Test func indentedMixedContentKeepsTheEndTagOnItsLine() throws {
        let xml = try written(indented: true) {
            $0.startElement("a")
            $0.text("x")
            $0.emptyElement("b")
            $0.text("y")
        }
        #expect(xml == "<a>x  <b/>\ny</a>\n")
    }

    @Test func aDynamicNameEndsAtANul() throws {
        let xml = try written {
            $0.startDynamicElement("a\u{0}b")
            $0.dynamicAttribute("c\u{0}d", "1")
        }
        #expect(xml == "<a c=\"1\"/>\n")
    }

    /// Each of these calls is refused without a trap, and the writer then
    /// throws instead of handing out a broken document.
    @Test(arguments: ["end too many", "attribute after content", "empty name", "declaration inside an element", "fail"])
    func aRefusedCallMakesTheWriterThrow(_ misuse: String) throws {
        let writer = XMLWriter()
        writer.startElement("p")
        switch misuse {
        case "end too many":
            writer.endElement()
            writer.endElement()
        case "attribute after content":
            writer.text("t")
            writer.attribute("a", "1")
        case "empty name":
            writer.startDynamicElement("")
        case "fail":
            writer.fail()
        default:
            writer.startDocument()
        }
        #expect(throws: XMLError.self) { try writer.fragment() }
        #expect(throws: XMLError.self) { try writer.finish() }
    }
}
