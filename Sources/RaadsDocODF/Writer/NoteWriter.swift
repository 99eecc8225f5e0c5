import RaadsDocCore
import XMLSupport

extension BodyWriter {
    /// A footnote: `text:note` with a citation LibreOffice renumbers in
    /// order (the number written here is what it shows until then) and the
    /// note's blocks as its body.
    func writeNote(_ blocks: [Block]) {
        noteCount += 1
        let alignment = cellAlignment
        cellAlignment = nil
        defer { cellAlignment = alignment }
        xml.startElement("text:note")
        xml.attribute("text:id", "\(styles.namePrefix)Voetnoot\(noteCount)")
        xml.attribute("text:note-class", "footnote")
        xml.startElement("text:note-citation")
        xml.text(String(noteCount))
        xml.endElement()
        xml.startElement("text:note-body")
        if blocks.isEmpty { writeParagraph(style: .small, label: nil, []) }
        for block in blocks { write(block, listDepth: 0) }
        xml.endElement()
        xml.endElement()
    }
}
