import RaadsDocCore
import XMLSupport

/// One level of an automatic list style: how its label is numbered and
/// where label and text stand. The writer gives every list (and every
/// numbered heading series) a style whose levels up to its depth all have
/// this format, so a list numbers alike at whatever depth it is nested.
package struct ListLevelFormat: Hashable {
    package enum Label: Hashable {
        case number(NumberFormat.Style, prefix: String, suffix: String, start: Int)
        case bullet(String)
    }

    package var label: Label
    /// The left margin of the text and the width of the label, in
    /// thousandths of a centimetre; 0 and 0 for a heading, whose number a
    /// space separates from its title.
    package var indent: Int
    package var labelWidth: Int
    package var depth: Int

    package var followedBySpace: Bool { indent == 0 && labelWidth == 0 }

    /// The level of a list item numbered by `marker` in paragraphs of
    /// `style` at `depth`.
    package init(_ marker: ListMarker, style: ParagraphStyle, depth: Int) {
        switch marker {
        case .bullet(let symbol): label = .bullet(symbol)
        case .numbered(let format, let start):
            // A list style starts at 1 or more in ODF; a list from 0 starts
            // at its first item instead (BodyWriter).
            label = .number(format.style, prefix: format.prefix, suffix: format.suffix, start: max(start, 1))
        }
        let hanging = StyleDefinition.hangingIndents.first { $0.style == style.name }
            ?? StyleDefinition.hangingIndents.first { $0.style == ParagraphStyle.listItem(depth: depth).name }
        indent = hanging?.indent ?? 0
        labelWidth = hanging?.label ?? 0
        self.depth = depth
    }

    /// The level of a numbered heading at outline `depth`.
    package init(heading format: NumberFormat, depth: Int) {
        label = .number(format.style, prefix: format.prefix, suffix: format.suffix, start: 1)
        indent = 0
        labelWidth = 0
        self.depth = depth
    }

    /// `style:num-format`: only 1 i I a A are valid ODF.
    static func numFormat(_ style: NumberFormat.Style) -> String {
        switch style {
        case .arabic: "1"
        case .lowerLetter: "a"
        case .upperLetter: "A"
        case .lowerRoman: "i"
        case .upperRoman: "I"
        }
    }

    func write(name: String, to xml: XMLWriter) {
        xml.startElement("text:list-style")
        xml.attribute("style:name", name)
        for level in 1...max(depth, 1) {
            switch label {
            case .bullet(let symbol):
                xml.startElement("text:list-level-style-bullet")
                xml.attribute("text:level", String(level))
                xml.attribute("text:bullet-char", symbol.first.map(String.init) ?? "–")
            case .number(let style, let prefix, let suffix, let start):
                xml.startElement("text:list-level-style-number")
                xml.attribute("text:level", String(level))
                if !prefix.isEmpty { xml.attribute("style:num-prefix", prefix) }
                if !suffix.isEmpty { xml.attribute("style:num-suffix", suffix) }
                xml.attribute("style:num-format", Self.numFormat(style))
                if start != 1 { xml.attribute("text:start-value", String(start)) }
            }
            xml.startElement("style:list-level-properties")
            xml.attribute("text:list-level-position-and-space-mode", "label-alignment")
            xml.startElement("style:list-level-label-alignment")
            if followedBySpace {
                xml.attribute("text:label-followed-by", "space")
            } else {
                xml.attribute("text:label-followed-by", "listtab")
                xml.attribute("text:list-tab-stop-position", PageGeometry.centimetres(indent))
                xml.attribute("fo:text-indent", "-" + PageGeometry.centimetres(labelWidth))
                xml.attribute("fo:margin-left", PageGeometry.centimetres(indent))
            }
            xml.endElement()
            xml.endElement()
            xml.endElement()
        }
        xml.endElement()
    }
}
