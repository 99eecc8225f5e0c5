import RaadsDocCore
import XMLSupport

/// Element tests and edits by namespace rather than by prefix, so that a
/// template written with other prefixes than LibreOffice's is read alike.
extension XMLElement {
    package func `is`(_ namespace: String, _ localName: String) -> Bool {
        self.namespace == namespace && self.localName == localName
    }

    /// The value of the attribute in `namespace` named `localName`.
    package func value(_ namespace: String, _ localName: String) -> String? {
        attributes.first { $0.namespace == namespace && $0.name.hasSuffix(":" + localName) }?.value
    }

    /// The first child element in `namespace` named `localName`.
    package func child(_ namespace: String, _ localName: String) -> XMLElement? {
        for case .element(let child) in children where child.is(namespace, localName) { return child }
        return nil
    }

    /// The index in `children` of the first such child element.
    package func childIndex(_ namespace: String, _ localName: String) -> Int? {
        children.firstIndex {
            if case .element(let child) = $0 { return child.is(namespace, localName) }
            return false
        }
    }

    /// Applies `body` to the first child element in `namespace` named
    /// `localName`, if there is one.
    package mutating func modifyChild(_ namespace: String, _ localName: String, _ body: (inout XMLElement) -> Void) {
        guard let index = childIndex(namespace, localName), case .element(var child) = children[index] else { return }
        body(&child)
        children[index] = .element(child)
    }

    /// A new element in one of the namespaces raadsdoc writes.
    package static func odf(_ prefix: String, _ localName: String, namespace: String, _ attributes: [(String, String)] = [],
                    children: [XMLContent] = []) -> XMLElement {
        XMLElement(name: prefix + ":" + localName, namespace: namespace,
                   attributes: attributes.map { XMLAttribute(name: $0.0, value: $0.1) }, children: children)
    }
}
