import Synchronization

/// An input file as read from disk, kept whole so that diagnostics can show
/// the offending line.
public final class SourceFile: Sendable {
    /// The path as the user gave it (relative paths stay relative).
    public let path: String
    public let text: String
    /// Where each line's content starts and ends (without its line break),
    /// worked out the first time a line is asked for: only diagnostics
    /// need it, and most files in a batch have none.
    private let lineIndex = Mutex<[Range<String.Index>]?>(nil)

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Line `number` (1-based) without its line break, or nil past the end.
    public func line(_ number: Int) -> Substring? {
        let lines = self.lines
        guard number >= 1, number <= lines.count else { return nil }
        return text[lines[number - 1]]
    }

    public var lineCount: Int { lines.count }

    private var lines: [Range<String.Index>] {
        lineIndex.withLock { index in
            if let index { return index }
            let computed = Self.lineRanges(text)
            index = computed
            return computed
        }
    }

    /// Lines end at "\n", "\r\n" or a lone "\r", as libyaml counts them, so
    /// that line numbers from the YAML parser and from our own checks agree
    /// for files saved on Windows or old Macs alike.
    private static func lineRanges(_ text: String) -> [Range<String.Index>] {
        var lines: [Range<String.Index>] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(start..<index)
            var next = bytes.index(after: index)
            if byte == UInt8(ascii: "\r"), next < bytes.endIndex, bytes[next] == UInt8(ascii: "\n") {
                next = bytes.index(after: next)
            }
            start = next
            index = next
        }
        lines.append(start..<bytes.endIndex)
        return lines
    }
}

/// A line and column in a source file, both counted from 1; columns count
/// Unicode scalars, as libyaml does.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// A value with the position it was read from.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
