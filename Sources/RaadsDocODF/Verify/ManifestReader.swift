import RaadsDocCore
import XMLSupport

/// Reads the full paths out of a manifest.
package enum ManifestReader {
    package static func paths(in manifest: [UInt8]) -> Set<String> {
        guard case .success(let root) = XMLTree.parse(manifest, name: "META-INF/manifest.xml") else { return [] }
        return Set(root.descendants().filter { $0.localName == "file-entry" }.compactMap { $0.attribute("manifest:full-path") })
    }
}
