internal import CCmarkGFM

/// A node tree cmark-gfm parsed, freed with this value. It leaves the lock
/// it was parsed under to be converted; nothing else holds its nodes.
final class CmarkTree: @unchecked Sendable {
    let root: OpaquePointer

    init(_ root: OpaquePointer) {
        self.root = root
    }

    deinit {
        cmark_node_free(root)
    }
}
