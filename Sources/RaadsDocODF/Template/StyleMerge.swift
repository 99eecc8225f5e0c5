import RaadsDocCore
import XMLSupport

/// Completes a template's styles.xml with the built-in house style: every
/// named style the generated content uses and the template does not define
/// is added from the built-in styles, with the font it names. What the
/// template defines (its styles, default style, outline numbering, page
/// layouts, header and footer) is kept as it is.
package enum StyleMerge {
    /// The built-in styles.xml with `paragraphStyles` as a tree, to take
    /// definitions from.
    package static func builtIn(_ paragraphStyles: [StyleDefinition]) -> Result<XMLElement, XMLError> {
        do throws(XMLError) {
            let bytes = try HouseStyle.stylesXML(paragraphStyles, page: PageSetup(headerText: ""), geometry: PageGeometry())
            return XMLTree.parse(bytes, name: "styles.xml")
        } catch {
            return .failure(error)
        }
    }

    /// Adds what is missing to `styles`.
    package static func complete(_ styles: inout XMLElement, from builtIn: XMLElement) {
        guard let builtInStyles = builtIn.child(ODFNamespaces.office, "styles") else { return }
        if styles.childIndex(ODFNamespaces.office, "styles") == nil {
            let position = styles.childIndex(ODFNamespaces.office, "font-face-decls").map { $0 + 1 } ?? 0
            styles.children.insert(.element(.odf("office", "styles", namespace: ODFNamespaces.office)), at: position)
        }
        var addedStyle = false
        styles.modifyChild(ODFNamespaces.office, "styles") { own in
            let defined = Set(own.children.compactMap { content -> String? in
                guard case .element(let element) = content else { return nil }
                return key(element)
            })
            for case .element(let definition) in builtInStyles.children {
                guard let key = key(definition), !defined.contains(key) else { continue }
                own.children.append(.element(definition))
                addedStyle = addedStyle || definition.is(ODFNamespaces.style, "style")
            }
        }
        if addedStyle { addFontFaces(to: &styles, from: builtIn) }
    }

    /// What makes a definition unique: family and name for a style, the
    /// family for a default style, the element for the outline style.
    private static func key(_ element: XMLElement) -> String? {
        if element.is(ODFNamespaces.style, "style") {
            return "style|\(element.value(ODFNamespaces.style, "family") ?? "")|\(element.value(ODFNamespaces.style, "name") ?? "")"
        }
        if element.is(ODFNamespaces.style, "default-style") {
            return "default|\(element.value(ODFNamespaces.style, "family") ?? "")"
        }
        if element.is(ODFNamespaces.text, "outline-style") { return "outline" }
        return nil
    }

    private static func addFontFaces(to styles: inout XMLElement, from builtIn: XMLElement) {
        guard let fonts = builtIn.child(ODFNamespaces.office, "font-face-decls") else { return }
        if styles.childIndex(ODFNamespaces.office, "font-face-decls") == nil {
            styles.children.insert(.element(.odf("office", "font-face-decls", namespace: ODFNamespaces.office)), at: 0)
        }
        styles.modifyChild(ODFNamespaces.office, "font-face-decls") { own in
            let names = Set(own.children.compactMap { content -> String? in
                guard case .element(let element) = content else { return nil }
                return element.value(ODFNamespaces.style, "name")
            })
            for case .element(let font) in fonts.children {
                if let name = font.value(ODFNamespaces.style, "name"), !names.contains(name) {
                    own.children.append(.element(font))
                }
            }
        }
    }
}
