import RaadsDocCore
import XMLSupport

/// A LibreOffice table of contents: built from the outline down to a
/// depth, each entry the heading's number and text and, after a tab to the
/// right margin (no leader dots: text extraction reads them as words),
/// the page number. raadsdoc cannot know page numbers, so the entries it
/// writes have none; LibreOffice fills them in when it updates the index
/// (Extra > Bijwerken, or the PDF step before export).
enum TableOfContentsWriter {
    static let name = "Inhoudsopgave1"

    /// The headings `blocks` will write, with the outline level each gets
    /// (at most one below the one before, starting after `previousLevel`).
    static func entries(_ blocks: ArraySlice<Block>, depth: Int, previousLevel: Int) -> [(level: Int, text: String)] {
        var last = previousLevel
        var entries: [(level: Int, text: String)] = []
        for case .heading(let heading) in blocks {
            let level = min(max(heading.level, 1), 4, last + 1)
            last = level
            if level <= depth { entries.append((level, heading.text)) }
        }
        return entries
    }

    /// `titleStyle` is the style name of the title paragraph, which may
    /// carry a page break.
    static func write(depth: Int, title: String, entries: [(level: Int, text: String)], titleStyle: String, to xml: XMLWriter) {
        let depth = min(max(depth, 1), 4)
        xml.startElement("text:table-of-content")
        xml.attribute("text:name", name)
        xml.startElement("text:table-of-content-source")
        xml.attribute("text:outline-level", String(depth))
        xml.startElement("text:index-title-template")
        xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.contentsHeading.name))
        xml.text(title)
        xml.endElement()
        for level in 1...depth {
            xml.startElement("text:table-of-content-entry-template")
            xml.attribute("text:outline-level", String(level))
            xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.contents(level: level).name))
            xml.emptyElement("text:index-entry-link-start")
            xml.emptyElement("text:index-entry-chapter")
            xml.emptyElement("text:index-entry-text")
            xml.startElement("text:index-entry-tab-stop")
            xml.attribute("style:type", "right")
            xml.attribute("style:leader-char", " ")
            xml.endElement()
            xml.emptyElement("text:index-entry-page-number")
            xml.emptyElement("text:index-entry-link-end")
            xml.endElement()
        }
        xml.endElement()
        xml.startElement("text:index-body")
        xml.startElement("text:index-title")
        xml.attribute("text:name", name + "_Kop")
        xml.startElement("text:p")
        xml.attribute("text:style-name", titleStyle)
        xml.text(title)
        xml.endElement()
        xml.endElement()
        for entry in entries {
            xml.startElement("text:p")
            xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.contents(level: entry.level).name))
            xml.odfText(entry.text)
            xml.endElement()
        }
        xml.endElement()
        xml.endElement()
    }
}
