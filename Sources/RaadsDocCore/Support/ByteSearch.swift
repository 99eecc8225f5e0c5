extension String {
    /// Whether `needle` occurs in this string, compared byte for byte in
    /// UTF-8. In a module that imports Foundation, `contains(_:)` resolves
    /// to NSString's search, which goes through UTF-16 and costs thousands
    /// of instructions a call; the checks on the batch's hot path that look
    /// for fixed ASCII words or marks use this instead.
    public func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { word in
                guard let first = word.first else { return true }
                guard text.count >= word.count else { return false }
                var index = 0
                let last = text.count - word.count
                while index <= last {
                    if text[index] == first && UnsafeBufferPointer(rebasing: text[index..<(index + word.count)]).elementsEqual(word) {
                        return true
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// Whether the UTF-8 of this string holds `byte`.
    public func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }
}
