import RaadsDocCore
import RaadsDocSchema

/// Text as the author wrote it in one YAML scalar, kept raw until
/// composition because cross-references in it are resolved only once the
/// numbering style is known. It can point at any character inside itself,
/// so that a broken reference or a hand-written number is reported at its
/// exact line and column.
public struct SourceText: Sendable, Equatable {
    public let text: String
    public let style: YAMLScalar.Style
    public let position: SourcePosition

    public init(_ text: String, style: YAMLScalar.Style, at position: SourcePosition) {
        self.text = text
        self.style = style
        self.position = position
    }

    /// The text of a scalar node; nil for anything else or for empty text.
    package init?(_ node: YAMLNode?) {
        guard let node, let scalar = node.scalar, !scalar.text.trimmingSpaces.isEmpty else { return nil }
        self.init(scalar.text, style: scalar.style, at: node.position)
    }

    /// The text without surrounding white space.
    public var trimmed: String { String(text.trimmingSpaces) }

    /// Where the character at `index` stands in the file. A literal block
    /// (`|`) keeps its lines, so `ScalarPositionMap` maps it exactly. Other
    /// styles fold lines, so the character is found in the source instead:
    /// as the same occurrence of the word it starts, counted from the start
    /// of the scalar.
    public func position(of index: String.Index, in file: SourceFile?) -> SourcePosition {
        let (line, column) = lineAndColumn(of: index)
        let map = ScalarPositionMap(scalar: YAMLScalar(text, style: style), at: position, file: file)
        if style == .literal { return map.position(line: line, column: column) }
        let word = text[index...].prefix { !$0.isWhitespace }
        guard let file, !word.isEmpty else { return map.position(line: line, column: column) }
        let occurrence = text[..<index].occurrences(of: word)
        return sourcePosition(of: word, occurrence: occurrence, in: file) ?? map.position(line: line, column: column)
    }

    /// Line and column of `index` inside the text, counted from 1 in
    /// Unicode scalars as libyaml counts them.
    package func lineAndColumn(of index: String.Index) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The `occurrence`-th (from 0) place where `word` stands in the file
    /// from the scalar's start on.
    private func sourcePosition(of word: Substring, occurrence: Int, in file: SourceFile) -> SourcePosition? {
        var remaining = occurrence
        var number = position.line
        while let line = file.line(number) {
            let scalars = Array(line.unicodeScalars)
            var rest = scalars[min(number == position.line ? max(position.column - 1, 0) : 0, scalars.count)...]
            while let range = rest.firstRange(of: Array(word.unicodeScalars)) {
                if remaining == 0 { return SourcePosition(path: position.path, line: number, column: range.lowerBound + 1) }
                remaining -= 1
                rest = rest[range.upperBound...]
            }
            number += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// How often `word` stands in the text, without overlaps.
    package func occurrences(of word: some StringProtocol) -> Int {
        guard !word.isEmpty else { return 0 }
        var count = 0
        var rest = self[...]
        while let range = rest.firstRange(of: word) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
