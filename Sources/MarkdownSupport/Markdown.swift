internal import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Markdown parsed by cmark-gfm 0.29 with the GitHub extensions table,
/// strikethrough, autolink and tasklist, and with footnotes.
///
/// - Strikethrough needs two tildes (`~~weg~~`): a single tilde is text,
///   since Dutch writes "~50 woningen" for "about 50".
/// - The tagfilter extension is not attached: it only changes how cmark
///   renders HTML, and raadsdoc renders no HTML; raw HTML stays an
///   `htmlBlock` or `htmlInline` node for the caller to refuse.
/// - Options: `CMARK_OPT_SOURCEPOS`, `CMARK_OPT_FOOTNOTES` and
///   `CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE`. `CMARK_OPT_UNSAFE` only
///   concerns cmark's HTML renderer, and `CMARK_OPT_VALIDATE_UTF8` is
///   moot for a Swift string; cmark turns a NUL byte into U+FFFD.
public enum Markdown {
    /// Deeper nesting than this is left out (a `tooDeep` node), so hostile
    /// input (a thousand nested block quotes) cannot exhaust the stack of
    /// whoever walks the tree. The items of a list and the rows and cells
    /// of a table are never cut from their parent: the cut falls on what
    /// they contain.
    public static let maximumDepth = 24

    /// A text with a line holding more `|` than this is parsed without the
    /// table extension, so that line and its neighbours stay paragraphs.
    /// cmark-gfm 0.29.0.gfm.6 splits a table row into cells in time
    /// quadratic in their number (it appends each cell to a linked list
    /// by walking the list; gfm.12 reworked quadratic table parsing for
    /// GHSA-w4qg-3vf7-m9x5): a row of 99,000 `|` took 8 seconds here, a
    /// row of 1,000 cells a few milliseconds. Lines are counted
    /// between `\n`; a lone `\r` also ends a line for cmark, so the count
    /// errs on the safe side.
    public static let maximumPipesPerLine = 1_000

    /// cmark-gfm's extensions are registered once, by whichever thread
    /// first parses (registering is not thread-safe; a static's
    /// initialiser runs once). Parsing itself is serialised: cmark-gfm
    /// 0.29 keeps the table of characters that start an inline in a
    /// global, and every parse adds the extensions' characters (`~`, `:`,
    /// `w`) to it before its inlines and takes them out after, so two
    /// parses at once miss strikethrough and links at random. Only cmark's
    /// own work runs under the lock; converting its tree does not.
    private static let extensions = Mutex(CmarkExtensions())

    private static let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

    /// The document node of `source`. Never fails: any text is Markdown.
    public static func parse(_ source: String) -> MarkdownNode {
        let withTables = !hasLineWithTooManyPipes(source)
        var text = source
        let tree = text.withUTF8 { bytes in
            extensions.withLock { extensions in
                extensions.parse(bytes, options: options, withTables: withTables)
            }
        }
        guard let tree else {
            let nowhere = MarkdownPosition(line: 0, column: 0)
            return MarkdownNode(.document, start: nowhere, end: nowhere)
        }
        return CmarkConversion.node(tree.root, depth: 0)
    }

    /// Over the contiguous bytes: this runs on every rich-text value.
    private static func hasLineWithTooManyPipes(_ source: String) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            // Most texts hold no `|` at all; memchr finds that out fastest.
            guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "|")), bytes.count) != nil else { return false }
            var pipes = 0
            for byte in bytes where byte == UInt8(ascii: "|") || byte == UInt8(ascii: "\n") {
                pipes = byte == UInt8(ascii: "|") ? pipes + 1 : 0
                if pipes > maximumPipesPerLine { return true }
            }
            return false
        }
    }
}
