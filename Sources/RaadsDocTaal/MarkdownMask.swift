/// Rich text as the language check reads it: the Markdown with everything
/// that is not prose blanked out, byte for byte, so that an offset into the
/// result is the same offset into the value the author wrote.
///
/// Blanked: link and image destinations (`](pad.png`, the title in quotes
/// stays, it is the caption), footnote labels (`[^1]`), table delimiter
/// rows. Table cell borders become line breaks that end a sentence, so
/// that the cells of a table are not read as one long sentence.
enum MarkdownMask {
    static func prose(_ text: String) -> String {
        var bytes = Array(text.utf8)
        blankTableSyntax(&bytes)
        blankDestinations(&bytes)
        blankFootnoteLabels(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")
    private static let pipe = UInt8(ascii: "|")

    /// `](destination "title")`: the destination up to a space or `)`.
    private static func blankDestinations(_ bytes: inout [UInt8]) {
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "(") else {
                index += 1
                continue
            }
            var end = index + 2
            if end < bytes.count, bytes[end] == UInt8(ascii: "<") {
                while end < bytes.count, bytes[end] != UInt8(ascii: ">"), bytes[end] != newline { end += 1 }
                if end < bytes.count, bytes[end] == UInt8(ascii: ">") { end += 1 }
            } else {
                while end < bytes.count, bytes[end] != space, bytes[end] != UInt8(ascii: ")"), bytes[end] != newline { end += 1 }
            }
            for position in (index + 2)..<end { bytes[position] = space }
            index = end
        }
    }

    /// `[^label]`, in a reference and at the start of its definition.
    private static func blankFootnoteLabels(_ bytes: inout [UInt8]) {
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, bytes[end] != UInt8(ascii: "]"), bytes[end] != newline { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "]") else {
                index = end
                continue
            }
            for position in index...end { bytes[position] = space }
            index = end + 1
        }
    }

    /// Lines that start with `|` (after spaces): a delimiter row is
    /// blanked; in other rows each `|` and the space after it become a
    /// blank line, which ends a sentence.
    private static func blankTableSyntax(_ bytes: inout [UInt8]) {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
            var first = lineStart
            while first < lineEnd, bytes[first] == space { first += 1 }
            if first < lineEnd, bytes[first] == pipe {
                let line = bytes[first..<lineEnd]
                let isDelimiterRow = line.allSatisfy { "|-: \t".utf8.contains($0) }
                for position in first..<lineEnd where isDelimiterRow || bytes[position] == pipe {
                    if isDelimiterRow {
                        bytes[position] = space
                    } else {
                        bytes[position] = newline
                        if position + 1 < lineEnd, bytes[position + 1] == space { bytes[position + 1] = newline }
                    }
                }
            }
            lineStart = lineEnd + 1
        }
    }
}
