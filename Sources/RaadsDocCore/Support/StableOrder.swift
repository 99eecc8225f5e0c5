extension Array {
    /// The elements ordered by `key`, keeping the input order among equal
    /// keys (the standard library does not promise a stable sort).
    package func stablySorted<Key: Comparable>(by key: (Element) -> Key) -> [Element] {
        enumerated().sorted { a, b in
            let (keyA, keyB) = (key(a.element), key(b.element))
            return keyA == keyB ? a.offset < b.offset : keyA < keyB
        }.map(\.element)
    }
}
