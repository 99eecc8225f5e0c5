/// A place in the parsed text as cmark-gfm reports it (`CMARK_OPT_SOURCEPOS`).
///
/// `line` counts lines from 1. `column` counts UTF-8 bytes from 1 within
/// that line, not characters: after "é" (two bytes) the next character is
/// two columns further, and a tab is one column. An end position names the
/// node's last byte, so `end.column` is inclusive.
///
/// The positions are cmark-gfm 0.29.0.gfm.6's, quirks included:
/// - 0 where it records none: soft and hard line breaks, the empty cells
///   it adds to a short table row, and the links (and text split off
///   around them) that the autolink extension finds in `https://…` and
///   e-mail addresses after parsing. A `www.…` link starts one column
///   early, at 0 when it opens its line.
/// - A block that ends before a blank line ends at column 0 of the line
///   after; a text node after a strikethrough can end at column 0.
/// - A code span covers its content, not its backticks; a footnote
///   definition starts after `[^label]:` and the spaces that follow it.
public struct MarkdownPosition: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
