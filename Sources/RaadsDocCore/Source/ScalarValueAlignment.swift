/// Where each character of a scalar's value stands in the file, found by
/// walking the value and the source text side by side. A character the
/// author wrote maps to itself; what YAML made of the rest maps to where
/// it came from: a folded line break to the end of the line it replaced,
/// an escape (`\n`, `\x41`, `\u00E9`, `\"`) to its backslash, `''` to its
/// first quote. Indentation and the whitespace YAML strips are skipped.
///
/// Should the walk meet a character it cannot explain (a file that does
/// not hold this scalar), the rest falls back to `position(line:column:)`.
public struct ScalarValueAlignment: Sendable {
    /// The UTF-8 offset in the value where each of its scalars starts.
    private let offsets: [Int]
    /// The file position of each of the value's scalars, nil where the walk
    /// gave up.
    private let positions: [SourcePosition?]
    private let map: ScalarPositionMap

    init(_ map: ScalarPositionMap) {
        self.map = map
        var offsets: [Int] = []
        var offset = 0
        for scalar in map.text.unicodeScalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        self.offsets = offsets
        positions = Self.walk(map)
    }

    /// The file position of the value's character that starts at (or
    /// contains) UTF-8 offset `byte`.
    public func position(ofValueByte byte: Int) -> SourcePosition {
        guard !offsets.isEmpty else { return map.position(line: 1, column: 1) }
        var low = 0
        var high = offsets.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if offsets[middle] <= byte { low = middle } else { high = middle - 1 }
        }
        if let exact = positions[low] { return exact }
        let before = map.text.unicodeScalars.prefix(low)
        let line = before.count { $0 == "\n" } + 1
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return map.position(line: line, column: column)
    }

    private static func walk(_ map: ScalarPositionMap) -> [SourcePosition?] {
        let value = Array(map.text.unicodeScalars)
        var result = [SourcePosition?](repeating: nil, count: value.count)
        guard let file = map.file else { return result }
        var cursor = SourceCursor(file: file, style: map.style, position: map.position, blockIndent: 0)
        if map.style == .literal || map.style == .folded {
            cursor.blockIndent = map.contentIndent(from: map.position.line + 1)
            cursor.moveToLine(map.position.line + 1)
        }
        var index = 0
        walking: while index < value.count {
            let wanted = value[index]
            guard let current = cursor.current else { break }
            let here = cursor.position
            if map.style == .doubleQuoted && current == "\\" {
                guard let next = cursor.peek(1) else { break }
                if next == "\n" {
                    cursor.advance(2)
                    continue
                }
                let digits = switch next {
                case "x": 2
                case "u": 4
                case "U": 8
                default: 0
                }
                result[index] = here
                cursor.advance(2 + digits)
                index += 1
                continue
            }
            if map.style == .singleQuoted && current == "'" && wanted == "'" && cursor.peek(1) == "'" {
                result[index] = here
                cursor.advance(2)
                index += 1
                continue
            }
            if current == wanted || (current == "\n" && (wanted == " " || wanted == "\t")) {
                result[index] = here
                cursor.advance(1)
                index += 1
                continue
            }
            switch current {
            case " ", "\t", "\n": cursor.advance(1)
            default: break walking
            }
        }
        return result
    }
}

/// A position in the source text that reads line ends as "\n" and, in a
/// block scalar, skips each line's indentation.
private struct SourceCursor {
    let file: SourceFile
    let style: YAMLScalar.Style
    var blockIndent: Int
    private let path: String
    private var lineNumber: Int
    private var line: [Unicode.Scalar]
    private var index: Int

    init(file: SourceFile, style: YAMLScalar.Style, position: SourcePosition, blockIndent: Int) {
        self.file = file
        self.style = style
        self.blockIndent = blockIndent
        path = position.path
        lineNumber = position.line
        line = file.line(position.line).map { Array($0.unicodeScalars) } ?? []
        let quoted = style == .singleQuoted || style == .doubleQuoted
        index = position.column - 1 + (quoted ? 1 : 0)
    }

    var position: SourcePosition { SourcePosition(path: path, line: lineNumber, column: index + 1) }

    var current: Unicode.Scalar? { peek(0) }

    /// The scalar `distance` ahead on this line, or "\n" at its end when
    /// another line follows.
    func peek(_ distance: Int) -> Unicode.Scalar? {
        let at = index + distance
        if at < line.count { return line[at] }
        if at == line.count && lineNumber < file.lineCount { return "\n" }
        return nil
    }

    mutating func advance(_ count: Int) {
        for _ in 0..<count {
            if index < line.count {
                index += 1
            } else {
                moveToLine(lineNumber + 1)
            }
        }
    }

    /// To the start of `number`'s content: past its indentation in a block
    /// scalar (at most the block's, so more-indented text keeps its spaces).
    mutating func moveToLine(_ number: Int) {
        lineNumber = number
        line = file.line(number).map { Array($0.unicodeScalars) } ?? []
        index = 0
        guard style == .literal || style == .folded else { return }
        while index < blockIndent && index < line.count && line[index] == " " { index += 1 }
    }
}

extension ScalarPositionMap {
    /// The alignment of the whole value; worth keeping when several
    /// offsets of one scalar are wanted.
    public func alignment() -> ScalarValueAlignment {
        ScalarValueAlignment(self)
    }

    /// The file position of the character at UTF-8 offset `byte` of the
    /// scalar's value.
    public func position(ofValueByte byte: Int) -> SourcePosition {
        alignment().position(ofValueByte: byte)
    }
}
