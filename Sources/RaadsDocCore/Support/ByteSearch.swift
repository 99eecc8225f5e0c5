import Glibc

extension String {
    /// Whether `needle` occurs in this string, compared byte for byte in
    /// UTF-8. In a module that imports Foundation, `contains(_:)` resolves
    /// to NSString's search, which goes through UTF-16 and costs thousands
    /// of instructions a call; the checks on the batch's hot path that look
    /// for fixed ASCII words or marks use this instead. Candidates are found
    /// with memchr, which reads many bytes at a time.
    public func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { word in
                guard let wordStart = word.baseAddress, let first = word.first else { return true }
                guard let textStart = text.baseAddress, text.count >= word.count else { return false }
                // One past the last place the word could start.
                let end = textStart + (text.count - word.count + 1)
                var from = textStart
                while from < end, let found = memchr(from, Int32(first), end - from) {
                    let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(candidate, wordStart, word.count) == 0 { return true }
                    from = candidate + 1
                }
                return false
            }
        }
    }

    /// Whether the UTF-8 of this string holds `byte`.
    public func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, Int32(byte), bytes.count) != nil
        }
    }
}
