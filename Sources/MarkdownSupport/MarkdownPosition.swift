/// A place in the parsed text as cmark-gfm reports it (`CMARK_OPT_SOURCEPOS`).
///
/// `line` counts lines from 1. `column` counts UTF-8 bytes from 1 within
/// that line, not characters: after "é" (two bytes) the next character is
/// two columns further, and a tab is one column. An end position names the
/// node's last byte, so `end.column` is inclusive.
///
/// cmark leaves some positions at 0: nodes it makes after parsing (links
/// and the text around them that the autolink extension finds in `https://…`
/// and e-mail addresses, hard line breaks, the empty cells it adds to a
/// short table row), and the end of a block that ends with a blank line,
/// which it reports as column 0 of the line after.
public struct MarkdownPosition: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
