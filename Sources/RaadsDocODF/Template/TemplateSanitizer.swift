import RaadsDocCore
import XMLSupport

/// Makes a template's XML fit for every document made from it.
///
/// LibreOffice saves "ODF 1.3 extended" by default: attributes and elements
/// in its own namespaces (`loext:`, `officeooo:`, …) that the ODF 1.3 schema
/// does not allow. Those are left out (an unknown element inside running
/// text keeps its text). So are double-border line widths with a zero part,
/// which LibreOffice writes ("0in") where the schema wants positive
/// lengths; the border keeps its default widths. So are the template
/// maker's comments, which belong to the template and not to each letter,
/// and macros.
package enum TemplateSanitizer {
    /// Elements left out with everything in them.
    private static let dropped: [(namespace: String, localName: String)] = [
        (ODFNamespaces.office, "annotation"), (ODFNamespaces.office, "annotation-end"),
        (ODFNamespaces.office, "scripts"), (ODFNamespaces.office, "event-listeners"),
    ]
    /// Elements whose content is running text.
    private static let textContainers: Set<String> = ["p", "h", "span", "a", "meta"]

    package static func sanitize(_ element: inout XMLElement) {
        element.attributes.removeAll { attribute in
            guard let namespace = attribute.namespace else { return false }
            return !ODFNamespaces.standard.contains(namespace) || hasZeroLineWidth(attribute)
        }
        let holdsText = element.namespace == ODFNamespaces.text && textContainers.contains(element.localName)
        var children: [XMLContent] = []
        children.reserveCapacity(element.children.count)
        for child in element.children {
            guard case .element(var inner) = child else {
                children.append(child)
                continue
            }
            if dropped.contains(where: { inner.is($0.namespace, $0.localName) }) { continue }
            sanitize(&inner)
            if inner.namespace.map(ODFNamespaces.standard.contains) ?? false {
                children.append(.element(inner))
            } else if holdsText {
                children += inner.children
            }
        }
        element.children = children
    }

    /// A `style:border-line-width(-side)` with a part that is not positive.
    private static func hasZeroLineWidth(_ attribute: XMLAttribute) -> Bool {
        guard attribute.namespace == ODFNamespaces.style,
              attribute.name.split(separator: ":").last?.hasPrefix("border-line-width") == true else { return false }
        return attribute.value.split(separator: " ").contains { part in
            PageGeometry.thousandthsOfCentimetre(String(part)).map { $0 <= 0 } ?? true
        }
    }
}
