extension String {
    /// The text followed by spaces up to `width` characters, and at least
    /// one, for plain-text columns.
    public func padded(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
