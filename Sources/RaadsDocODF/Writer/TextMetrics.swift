import RaadsDocCore

/// The font size and weight of each paragraph style, resolved through the
/// styles it is based on, so that `ColumnWidths` can tell how wide a word
/// in a table cell prints.
package struct TextMetrics: Sendable {
    package struct Font: Sendable {
        package var points: Double
        package var bold: Bool
    }

    private let fonts: [String: Font]
    private let body: Font

    package init(_ styles: [StyleDefinition]) {
        let byName = Dictionary(styles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func resolve(_ name: String, depth: Int) -> Font {
            guard depth < 16, let style = byName[name] else { return Font(points: 10.5, bold: false) }
            var font = style.parent.map { resolve($0, depth: depth + 1) } ?? Font(points: 10.5, bold: false)
            for (property, value) in style.text {
                if property == "fo:font-size", value.hasSuffix("pt"), let points = Double(value.dropLast(2)) { font.points = points }
                if property == "fo:font-weight" { font.bold = value == "bold" }
            }
            return font
        }
        fonts = Dictionary(uniqueKeysWithValues: byName.keys.map { ($0, resolve($0, depth: 0)) })
        body = fonts[ParagraphStyle.tableText.name] ?? Font(points: 9.5, bold: false)
    }

    /// The shared styles alone, for writers given no others.
    package static let standard = TextMetrics(StyleDefinition.shared)

    package func font(of style: ParagraphStyle) -> Font {
        fonts[style.name] ?? body
    }
}
