import XMLSupport

/// Fills a house-style template for one document: the generated blocks at
/// the block placeholders, the field values at the field placeholders (in
/// the text, in tables, in headers and footers), and the automatic styles
/// of the generated blocks after the template's own.
enum TemplateWriter {
    static func parts(_ document: Document, template: HouseStyleTemplate) throws(XMLError) -> (content: [UInt8], styles: [UInt8]) {
        let body = try BodyWriter(geometry: template.geometry, styleNamePrefix: template.styleNamePrefix)
        var fields: [String: [UInt8]] = [:]
        func field(_ name: String) throws(XMLError) -> [UInt8] {
            if let known = fields[name] { return known }
            let xml = try XMLWriter()
            xml.odfText(document.fields[name] ?? "")
            let bytes = try xml.fragment()
            fields[name] = bytes
            return bytes
        }
        var contentFills: [[UInt8]] = []
        for hole in template.content.holes {
            switch hole {
            case .blocks(let blocks, let masterPage):
                contentFills.append(try body.fragment(blocks.flatMap { $0.blocks(of: document) }, masterPage: masterPage))
            case .field(let name):
                contentFills.append(try field(name))
            case .automaticStyles:
                contentFills.append([])
            }
        }
        let styleWriter = try XMLWriter()
        body.styles.writeStyles(to: styleWriter)
        let automaticStyles = try styleWriter.fragment()
        var stylesFills: [[UInt8]] = []
        for hole in template.styles.holes {
            if case .field(let name) = hole { stylesFills.append(try field(name)) } else { stylesFills.append([]) }
        }
        let content = template.content.filled { index, hole in
            hole == .automaticStyles ? automaticStyles : contentFills[index]
        }
        return (content, template.styles.filled { index, _ in stylesFills[index] })
    }
}
