import RaadsDocCore
import XMLSupport

/// One `text:changed-region` of a redline: its id, what changed, and for a
/// deletion the deleted content.
package struct ChangedRegion {
    package let id: String
    package let change: TrackedChange
    package let content: [UInt8]
}

/// Tracked changes, as LibreOffice accepts and rejects them with the
/// numbering intact (checked with LibreOffice, see
/// Tests/RaadsDocTests/Scripts/libreoffice_redline.py):
/// - an insertion starts at the start of its first paragraph and ends at the
///   start of the paragraph after it, so that rejecting it takes the
///   paragraph ends along and leaves no empty numbered paragraph;
/// - a deletion stands at the start of the paragraph after it, holding the
///   deleted blocks and an empty paragraph: restoring it splits that
///   paragraph, and the first restored paragraph takes its attributes (the
///   next article heading, the next lid), the others keep their own.
extension BodyWriter {
    /// Writes the `text:change-start` of a new region before the content of
    /// the next paragraph; `end` closes it at the start of the paragraph after.
    func beginInsertion(_ change: TrackedChange) -> String {
        let id = newRegion(change, content: [])
        pendingMarks.append(("text:change-start", id))
        return id
    }

    func endInsertion(_ id: String) {
        pendingMarks.append(("text:change-end", id))
    }

    /// A deletion of `content` (written by the closure into the region),
    /// marked at the start of the next paragraph.
    func deletion(_ change: TrackedChange, anchorNow: Bool = false, _ content: () -> Void) {
        let saved = (xml, pendingMarks)
        let regionWriter = XMLWriter()
        xml = regionWriter
        pendingMarks = []
        content()
        (xml, pendingMarks) = saved
        let bytes: [UInt8]
        do {
            bytes = try regionWriter.fragment()
        } catch {
            // The region belongs in this document, which fails with it.
            xml.fail()
            bytes = []
        }
        let id = newRegion(change, content: bytes)
        if anchorNow {
            xml.startElement("text:change")
            xml.attribute("text:change-id", id)
            xml.endElement()
        } else {
            pendingMarks.append(("text:change", id))
        }
    }

    /// The marks waiting for the next paragraph, written at its start.
    func writePendingMarks() {
        for (element, id) in pendingMarks {
            switch element {
            case "text:change-start": xml.startElement("text:change-start")
            case "text:change-end": xml.startElement("text:change-end")
            default: xml.startElement("text:change")
            }
            xml.attribute("text:change-id", id)
            xml.endElement()
        }
        pendingMarks = []
    }

    /// Marks still waiting at the end of the document get a paragraph of
    /// their own.
    func flushPendingMarks() {
        guard !pendingMarks.isEmpty else { return }
        xml.startElement("text:p")
        writePendingMarks()
        xml.endElement()
    }

    /// Inline words inserted or deleted.
    func writeChange(_ change: TrackedChange, _ children: [Inline]) {
        switch change.kind {
        case .insertion:
            let id = newRegion(change, content: [])
            xml.startElement("text:change-start")
            xml.attribute("text:change-id", id)
            xml.endElement()
            writeInlines(children)
            xml.startElement("text:change-end")
            xml.attribute("text:change-id", id)
            xml.endElement()
        case .deletion:
            deletion(change, anchorNow: true) {
                xml.startElement("text:p")
                writeInlines(children)
                xml.endElement()
            }
        }
    }

    /// Whole blocks inserted or deleted.
    func writeChangedBlocks(_ change: TrackedChange, _ blocks: [Block], listDepth: Int) {
        switch change.kind {
        case .insertion:
            let id = beginInsertion(change)
            for block in blocks { write(block, listDepth: listDepth) }
            endInsertion(id)
        case .deletion:
            deletion(change) {
                for block in blocks { write(block, listDepth: listDepth) }
                xml.emptyElement("text:p")
            }
        }
    }

    private func newRegion(_ change: TrackedChange, content: [UInt8]) -> String {
        let id = "\(styles.namePrefix)ct\(changedRegions.count + 1)"
        changedRegions.append(ChangedRegion(id: id, change: change, content: content))
        return id
    }

    /// `text:tracked-changes` with every region, before the body.
    package static func writeTrackedChanges(_ regions: [ChangedRegion], to xml: XMLWriter) {
        guard !regions.isEmpty else { return }
        xml.startElement("text:tracked-changes")
        // Declared here, not on the root: documents without changes keep their bytes.
        xml.attribute("xmlns:dc", ODFNamespaces.dc)
        xml.attribute("text:track-changes", "true")
        for region in regions {
            xml.startElement("text:changed-region")
            xml.attribute("text:id", region.id)
            xml.attribute("xml:id", region.id)
            xml.startElement(region.change.kind == .insertion ? "text:insertion" : "text:deletion")
            xml.startElement("office:change-info")
            xml.startElement("dc:creator")
            xml.text(region.change.author)
            xml.endElement()
            xml.startElement("dc:date")
            xml.text(region.change.date)
            xml.endElement()
            if let comment = region.change.comment {
                xml.startElement("text:p")
                xml.text(comment)
                xml.endElement()
            }
            xml.endElement()
            xml.raw(region.content)
            xml.endElement()
            xml.endElement()
        }
        xml.endElement()
    }
}
