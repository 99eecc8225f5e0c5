/// Maps the UTF-8 byte offsets of findings to lines and columns.
public struct LineIndex: Sendable {
    private let text: String
    /// The byte offset where each line starts.
    private let lineStarts: [Int]

    public init(_ text: String) {
        self.text = text
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// The 1-based line and column of a byte offset; the column counts
    /// characters (grapheme clusters), so "é" is one column whether
    /// composed or not. An offset past the end gives the end's position.
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(offset, 0), text.utf8.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let utf8 = text.utf8
        let lineStart = utf8.index(utf8.startIndex, offsetBy: lineStarts[low])
        let target = utf8.index(utf8.startIndex, offsetBy: clamped)
        let column = text[lineStart..<target].count + 1
        return (low + 1, column)
    }
}
