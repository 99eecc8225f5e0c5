import RaadsDocCore
import XMLSupport

/// The page styles of the parts of a bundle (`PagePart`): one master page
/// per part, with the part's running header and, in its footer, the
/// running "Pagina 13 van 41" beside the part's own "Bijlage 2, pagina 3
/// van 9".
///
/// ODF has a field for the page count of the whole document only, and a
/// page-number restart at each part would make the running numbers (and
/// the page numbers of the table of contents) count per part. So the page
/// numbers keep running, and the part's own position is a page-number
/// field offset by the part's first page (`text:page-adjust`) with the
/// part's page count in a user field. Only a layout knows those two
/// figures: the PDF step (`IndexUpdateScript`) sets them from
/// LibreOffice's layout before export. Until then the count is 0 and a
/// hidden-paragraph field hides the line, so an ODT opened as written
/// shows no wrong figure, only the running page number.
package enum PartPages {
    /// The name of the master page of the part at `index` (from 0).
    package static func masterPageName(_ index: Int) -> String { "Deel\(index + 1)" }

    /// The user field with the page count of the part at `index`.
    package static func countField(_ index: Int) -> String { "Deel\(index + 1)Paginas" }

    /// The master pages of `parts`, on the page layout `pageLayout`.
    package static func writeMasterPages(_ parts: [PagePart], pageLayout: String, initials: Int = 0, to xml: XMLWriter) {
        for (index, part) in parts.enumerated() {
            xml.startElement("style:master-page")
            xml.attribute("style:name", masterPageName(index))
            xml.attribute("style:display-name", part.label)
            xml.attribute("style:page-layout-name", pageLayout)
            xml.startElement("style:header")
            xml.startElement("text:p")
            xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.header.name))
            xml.odfText(part.headerText.isEmpty ? part.label : "\(part.headerText) — \(part.label)")
            xml.endElement()
            xml.endElement()
            xml.startElement("style:footer")
            xml.startElement("text:p")
            xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.footer.name))
            xml.startElement("text:hidden-paragraph")
            xml.attribute("text:condition", "ooow:\(countField(index)) == 0")
            xml.attribute("text:is-hidden", "true")
            xml.endElement()
            xml.odfText("\(part.label), pagina ")
            xml.startElement("text:page-number")
            xml.attribute("text:select-page", "current")
            xml.attribute("text:page-adjust", "0")
            xml.endElement()
            xml.text(" van ")
            xml.startElement("text:user-field-get")
            xml.attribute("text:name", countField(index))
            xml.text("0")
            xml.endElement()
            xml.endElement()
            writeRunningPageNumber(footerText: part.footerText, to: xml)
            writeInitialsLine(initials, to: xml)
            xml.endElement()
            xml.endElement()
        }
    }

    /// "Paraaf: ________   ________": room for the initials of each
    /// signatory or party on every page (`paraaf: ja`); nothing for 0.
    package static func writeInitialsLine(_ count: Int, to xml: XMLWriter) {
        guard count > 0 else { return }
        xml.startElement("text:p")
        xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.footer.name))
        xml.text("Paraaf: " + Array(repeating: "__________", count: min(count, 8)).joined(separator: "   "))
        xml.endElement()
    }

    /// "[footer text →] Pagina 13 van 41" in the footer style.
    package static func writeRunningPageNumber(footerText: String, to xml: XMLWriter) {
        xml.startElement("text:p")
        xml.attribute("text:style-name", StyleName.encode(ParagraphStyle.footer.name))
        if !footerText.isEmpty {
            xml.odfText(footerText)
            xml.emptyElement("text:tab")
        }
        xml.text("Pagina ")
        xml.startElement("text:page-number")
        xml.attribute("text:select-page", "current")
        xml.endElement()
        xml.text(" van ")
        xml.emptyElement("text:page-count")
        xml.endElement()
    }

    /// The declarations of the parts' page-count fields, at 0: the
    /// elements inside `text:user-field-decls`.
    package static func writeFieldDeclarations(_ parts: [PagePart], to xml: XMLWriter) {
        for index in parts.indices {
            xml.startElement("text:user-field-decl")
            xml.attribute("office:value-type", "float")
            xml.attribute("office:value", "0")
            xml.attribute("text:name", countField(index))
            xml.endElement()
        }
    }

    /// The element that marks, in a template's prepared content.xml, where
    /// the declarations go.
    package static let declarationsMarkerName = "#deelvelden"

    /// Marks the place of the declarations in a template's `office:text`:
    /// inside its `text:user-field-decls`, or where that element belongs
    /// (after forms, tracked changes, variable and sequence declarations).
    package static func markDeclarations(in text: inout XMLElement) {
        if text.childIndex(ODFNamespaces.text, "user-field-decls") != nil {
            text.modifyChild(ODFNamespaces.text, "user-field-decls") {
                $0.children.append(.element(XMLElement(name: declarationsMarkerName, attributes: [])))
            }
            return
        }
        let before = [(ODFNamespaces.office, "forms"), (ODFNamespaces.text, "tracked-changes"),
                      (ODFNamespaces.text, "variable-decls"), (ODFNamespaces.text, "sequence-decls")]
        let position = before.compactMap { text.childIndex($0.0, $0.1) }.max().map { $0 + 1 } ?? 0
        text.children.insert(.element(XMLElement(name: declarationsMarkerName,
                                                 attributes: [XMLAttribute(name: "element", value: "ja")])), at: position)
    }
}
