/// Maps a line and column inside a scalar's text back to the file. Exact
/// for block scalars (`|` and `>`), whose content starts on the next line
/// at a fixed indentation; for plain and quoted scalars the first line is
/// exact and later lines are approximate, because YAML folds them.
/// `position(ofValueByte:)` (see ScalarValueAlignment.swift) is exact for
/// every style.
public struct ScalarPositionMap: Sendable {
    package let position: SourcePosition
    /// The scalar's value, as the loader produced it.
    package let text: String
    package let style: YAMLScalar.Style
    package let file: SourceFile?

    public init(scalar: YAMLScalar, at position: SourcePosition, file: SourceFile?) {
        self.position = position
        self.text = scalar.text
        self.style = scalar.style
        self.file = file
    }

    /// `line` and `column` count from 1 inside the scalar's text.
    public func position(line: Int, column: Int) -> SourcePosition {
        let path = position.path
        switch style {
        case .literal, .folded:
            let firstContentLine = position.line + 1
            let indent = contentIndent(from: firstContentLine)
            return SourcePosition(path: path, line: firstContentLine + max(line, 1) - 1, column: indent + max(column, 1))
        case .singleQuoted, .doubleQuoted:
            if line <= 1 { return SourcePosition(path: path, line: position.line, column: position.column + max(column, 1)) }
            return SourcePosition(path: path, line: position.line + line - 1, column: max(column, 1))
        case .plain:
            if line <= 1 { return SourcePosition(path: path, line: position.line, column: position.column + max(column, 1) - 1) }
            return SourcePosition(path: path, line: position.line + line - 1, column: max(column, 1))
        }
    }

    /// The indentation of a block scalar: that of its first non-empty line.
    func contentIndent(from line: Int) -> Int {
        guard let file else { return 0 }
        var number = line
        while let text = file.line(number) {
            if text.contains(where: { $0 != " " && $0 != "\r" }) {
                return text.prefix { $0 == " " }.count
            }
            number += 1
        }
        return 0
    }
}
