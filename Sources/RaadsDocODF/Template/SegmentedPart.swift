import RaadsDocCore
import XMLSupport

/// An XML part of a template, written once and cut at its holes: filling
/// it for a document is concatenating the fixed pieces with the bytes of
/// each hole, so nothing of the template is parsed or written again.
package struct SegmentedPart: Sendable {
    package enum Hole: Sendable, Equatable {
        /// The text of a field placeholder.
        case field(String)
        /// Generated blocks; the first starts `masterPage` when given.
        case blocks([TemplateBlock], masterPage: String?)
        /// The generated automatic styles, at the end of the part's own.
        case automaticStyles
        /// The page styles of the parts of a bundle, at the end of the
        /// template's master pages.
        case masterPages
        /// The declarations of the parts' page-count fields: inside the
        /// template's own `text:user-field-decls`, or with `element` the
        /// whole element when the template has none.
        case fieldDeclarations(element: Bool)
        /// The lines for initials (`paraaf: ja`), at the end of each footer
        /// of the template's page styles.
        case initials
    }

    /// One more piece than holes: piece, hole, piece, …, piece.
    package let pieces: [[UInt8]]
    package let holes: [Hole]

    /// Writes `root`, cutting at every placeholder marker and, when
    /// `stylesHole` is set, at the end of `office:automatic-styles`.
    /// `blocks` says which blocks fill the place of each block marker.
    package static func write(_ root: XMLElement, blocks: [TemplateBlock: [TemplateBlock]],
                      stylesHole: Bool, masterPagesHole: Bool = false) throws(XMLError) -> SegmentedPart {
        let xml = XMLWriter()
        xml.startDocument()
        var cuts: [Int] = []
        var holes: [Hole] = []
        func write(_ element: XMLElement) {
            switch element.name {
            case PlaceholderScanner.markerName:
                cuts.append(xml.checkpoint())
                holes.append(.field(element.attribute("naam") ?? ""))
                return
            case PartPages.declarationsMarkerName:
                cuts.append(xml.checkpoint())
                holes.append(.fieldDeclarations(element: element.attribute("element") != nil))
                return
            case PlaceholderWalk.blockMarkerName:
                let block = element.attribute("naam").flatMap(TemplateBlock.init(rawValue:))
                cuts.append(xml.checkpoint())
                holes.append(.blocks(block.flatMap { blocks[$0] } ?? [], masterPage: element.attribute("pagina")))
                return
            default:
                break
            }
            xml.startDynamicElement(element.name)
            for attribute in element.attributes { xml.dynamicAttribute(attribute.name, attribute.value) }
            for child in element.children {
                switch child {
                case .text(let text): xml.text(text)
                case .element(let inner): write(inner)
                }
            }
            if stylesHole && element.is(ODFNamespaces.office, "automatic-styles") {
                cuts.append(xml.checkpoint())
                holes.append(.automaticStyles)
            }
            if masterPagesHole && element.is(ODFNamespaces.style, "footer") {
                cuts.append(xml.checkpoint())
                holes.append(.initials)
            }
            if masterPagesHole && element.is(ODFNamespaces.office, "master-styles") {
                cuts.append(xml.checkpoint())
                holes.append(.masterPages)
            }
            xml.endElement()
        }
        write(root)
        let bytes = try xml.finish()
        var pieces: [[UInt8]] = []
        var start = 0
        for cut in cuts + [bytes.count] {
            let end = min(max(cut, start), bytes.count)
            pieces.append(Array(bytes[start..<end]))
            start = end
        }
        return SegmentedPart(pieces: pieces, holes: holes)
    }

    /// The part for one document: each hole filled by `fill`.
    package func filled(_ fill: (Int, Hole) -> [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(pieces.reduce(0) { $0 + $1.count } + 16 * 1024)
        for (index, piece) in pieces.enumerated() {
            result += piece
            if holes.indices.contains(index) { result += fill(index, holes[index]) }
        }
        return result
    }
}
