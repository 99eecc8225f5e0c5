import RaadsDocCore
import XMLSupport

/// Where in a template a placeholder stands, as messages name it.
package enum TemplateArea: String, Sendable {
    case body = "de tekst"
    case header = "een koptekst"
    case footer = "een voettekst"
    case page = "de pagina-opmaak"
}

/// Goes through every paragraph of a template part: turns its placeholders
/// into markers (see `PlaceholderScanner`) and replaces a paragraph that
/// holds only a block placeholder by a block marker, which the writer
/// fills with the generated blocks.
package struct PlaceholderWalk {
    package static let blockMarkerName = "#blok"

    /// The page style a paragraph starts, by the name of its automatic
    /// style; carried over to the first generated block in its place.
    package let masterPages: [String: String]
    private(set) var fields: [(name: String, area: TemplateArea)] = []
    private(set) var blocks: [TemplateBlock] = []
    private(set) var problems: [TemplateProblem] = []

    package init(masterPages: [String: String] = [:]) {
        self.masterPages = masterPages
    }

    /// The page styles paragraphs start, from content.xml's automatic styles.
    package static func masterPages(in content: XMLElement) -> [String: String] {
        var result: [String: String] = [:]
        guard let automatic = content.child(ODFNamespaces.office, "automatic-styles") else { return result }
        for case .element(let style) in automatic.children where style.is(ODFNamespaces.style, "style") {
            if let name = style.value(ODFNamespaces.style, "name"),
               let page = style.value(ODFNamespaces.style, "master-page-name"), !page.isEmpty {
                result[name] = page
            }
        }
        return result
    }

    package mutating func walk(_ element: inout XMLElement, area: TemplateArea) {
        let blocksAllowed = area == .body && (element.is(ODFNamespaces.office, "text")
            || element.is(ODFNamespaces.text, "section") || element.is(ODFNamespaces.table, "table-cell"))
        for index in element.children.indices {
            guard case .element(var child) = element.children[index],
                  !child.is(ODFNamespaces.text, "tracked-changes") else { continue }
            var childArea = area
            if child.namespace == ODFNamespaces.style {
                if child.localName.hasPrefix("header") { childArea = .header }
                if child.localName.hasPrefix("footer") { childArea = .footer }
            }
            if child.is(ODFNamespaces.text, "p") || child.is(ODFNamespaces.text, "h") {
                let found = PlaceholderScanner.normalize(&child)
                if let block = found.names.lazy.compactMap(TemplateBlock.init(rawValue:)).first {
                    if let problem = misplacement(of: block, found, area: area, blocksAllowed: blocksAllowed) {
                        problems.append(problem)
                    } else {
                        if blocks.contains(block) {
                            problems.append(TemplateProblem(TemplateRules.repeatedBlock,
                                "\(block.placeholder) staat meer dan eens in het sjabloon; laat er één staan"))
                        }
                        blocks.append(block)
                        let style = child.value(ODFNamespaces.text, "style-name")
                        element.children[index] = .element(Self.blockMarker(block, masterPage: style.flatMap { masterPages[$0] }))
                        continue
                    }
                }
                for name in found.names where TemplateBlock(rawValue: name) == nil {
                    fields.append((name, area))
                }
            }
            walk(&child, area: childArea)
            element.children[index] = .element(child)
        }
    }

    private func misplacement(of block: TemplateBlock, _ found: PlaceholderScanner.Found, area: TemplateArea,
                              blocksAllowed: Bool) -> TemplateProblem? {
        let reason: String
        if area != .body {
            reason = "staat in \(area.rawValue); blokken kunnen alleen in de tekst van het document"
        } else if !found.alone || found.names.count > 1 {
            reason = "staat niet alleen in zijn alinea; zet het in een eigen, verder lege alinea"
        } else if !blocksAllowed {
            reason = "staat in een lijst, tekstvak of ander element; zet het in een gewone alinea of een tabelcel"
        } else {
            return nil
        }
        return TemplateProblem(TemplateRules.misplacedBlock, "\(block.placeholder) \(reason)")
    }

    private static func blockMarker(_ block: TemplateBlock, masterPage: String?) -> XMLElement {
        var attributes = [XMLAttribute(name: "naam", value: block.rawValue)]
        if let masterPage { attributes.append(XMLAttribute(name: "pagina", value: masterPage)) }
        return XMLElement(name: blockMarkerName, attributes: attributes)
    }
}
