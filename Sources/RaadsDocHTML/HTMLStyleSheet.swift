import RaadsDocCore

/// The CSS of the house style: one class per paragraph style, its
/// XSL-FO properties translated to CSS with those of the styles it is
/// based on, so the page shows the fonts, sizes and colours of the ODT.
/// Properties CSS has no use for (language, orphans of a page that has
/// none) are left out; they are formatting, never text.
enum HTMLStyleSheet {
    static func css(_ definitions: [StyleDefinition]) -> String {
        let byName = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var css = layout
        if let base = definitions.first(where: { $0.parent == nil }) {
            css += "body{" + declarations(resolved(base, byName)) + "}\n"
        }
        for definition in definitions {
            let properties = resolved(definition, byName)
            let selector = "." + HTMLText.styleClass(definition.name)
            css += selector + "{" + declarations(properties) + "}\n"
            // A hanging label (list item, lid, onderdeel): the box before
            // the text is as wide as the indent the label hangs in.
            if definition.tabStops == [0], let indent = properties.last(where: { $0.0 == "fo:text-indent" })?.1,
               indent.hasPrefix("-"), let width = cssValue(String(indent.dropFirst())) {
                css += selector + ">.label{display:inline-block;min-width:" + width + "}\n"
            }
        }
        return css
    }

    /// The properties of `definition` after those of its parents, so that
    /// its own come last and win.
    private static func resolved(_ definition: StyleDefinition, _ byName: [String: StyleDefinition]) -> [(String, String)] {
        var chain: [StyleDefinition] = [definition]
        var seen: Set<String> = [definition.name]
        while let parent = chain.last?.parent, let next = byName[parent], seen.insert(parent).inserted {
            chain.append(next)
        }
        return chain.reversed().flatMap { $0.paragraph + $0.text }
    }

    private static func declarations(_ properties: [(String, String)]) -> String {
        var seen: [String: String] = [:]
        var order: [String] = []
        for (name, value) in properties {
            guard let property = cssProperty(name, value) else { continue }
            if seen[property.name] == nil { order.append(property.name) }
            seen[property.name] = property.value
        }
        return order.compactMap { name in seen[name].map { name + ":" + $0 } }.joined(separator: ";")
    }

    private static func cssProperty(_ name: String, _ value: String) -> (name: String, value: String)? {
        switch name {
        case "style:font-name":
            guard let family = cssValue(value) else { return nil }
            return ("font-family", "\"" + family + "\",Arial,Helvetica,sans-serif")
        case "fo:hyphenate":
            return ("hyphens", value == "true" ? "auto" : "manual")
        case "fo:keep-with-next":
            return value == "always" ? ("break-after", "avoid") : nil
        case "fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right", "fo:text-indent",
             "fo:line-height", "fo:font-size", "fo:font-weight", "fo:font-style", "fo:color", "fo:text-align",
             "fo:border-bottom", "fo:border-top", "fo:padding", "fo:background-color", "fo:orphans", "fo:widows":
            guard let css = cssValue(value) else { return nil }
            return (String(name.dropFirst(3)), css)
        default:
            return nil
        }
    }

    /// `value` when it holds only what a length, colour or font name does,
    /// so that no style can close the rule or the style element.
    private static func cssValue(_ value: String) -> String? {
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " .#%-,".unicodeScalars.contains(scalar)
        }
        return allowed && !value.isEmpty ? value : nil
    }

    /// What the tree does not say but a page needs: the width of an A4
    /// text column, lists that show the labels the tree computed, tables,
    /// signatures and footnotes.
    private static let layout = """
        html{background:#f4f4f4}
        body{max-width:16cm;margin:0 auto;padding:1.5cm 2.5cm;background:#fff;color:#000}
        .koptekst,.voettekst{display:block}
        .koptekst{margin-bottom:1cm}
        .voettekst{margin-top:1cm}
        ol.lijst,ul.lijst,ol.inhoud{list-style:none;margin:0;padding:0}
        .aaneengesloten>li:not(:last-child)>p{margin-bottom:0}
        .label,.tab{text-indent:0}
        .tab{display:inline-block;min-width:1.25cm}
        .label+.tab{min-width:0}
        table{border-collapse:collapse;width:100%;margin:0.2cm 0}
        table.raster td,table.raster th{border:0.5pt solid #000;padding:0.1cm 0.15cm;vertical-align:top}
        table.vrij td,table.vrij th{padding:0 0.15cm 0 0;vertical-align:top}
        th{text-align:start;font-weight:bold}
        td>p:last-child,th>p:last-child,li>p:last-child{margin-bottom:0}
        figure{margin:0.3cm 0}
        figure img{max-width:100%;height:auto}
        .ondertekenaars{display:flex;flex-wrap:wrap;gap:0 1cm}
        .ondertekenaars>div{flex:1 1 30%}
        .tekengrid{display:grid;grid-template-columns:1fr 1fr;gap:0 1cm}
        .pagina-einde{break-after:page;border:0;border-top:1px dashed #bbb;margin:0.8cm 0}
        .voetnoten{margin-top:1cm;border-top:0.5pt solid #000;font-size:9pt}
        .voetnoten h2{font-size:10.5pt}
        sup{line-height:0}
        @media print{html{background:none}body{max-width:none;margin:0;padding:0}.pagina-einde{border:0;margin:0}}

        """
}
