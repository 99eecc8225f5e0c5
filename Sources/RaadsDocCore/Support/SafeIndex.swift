extension Array {
    /// The element at `index`, or nil when the index is out of range: for
    /// indices that come from input, which must never trap.
    package subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
