internal import CCmarkGFM

/// The cmark-gfm extensions `Markdown` attaches, found once in cmark's
/// registry, which does not change after registration. Only used under
/// `Markdown`'s lock.
struct CmarkExtensions: @unchecked Sendable {
    private let table: OpaquePointer?
    private let others: [OpaquePointer]

    init() {
        cmark_gfm_core_extensions_ensure_registered()
        table = cmark_find_syntax_extension("table")
        let names: [String] = ["strikethrough", "autolink", "tasklist"]
        others = names.compactMap { cmark_find_syntax_extension($0) }
    }

    func parse(_ bytes: UnsafeBufferPointer<UInt8>, options: Int32, withTables: Bool) -> CmarkTree? {
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        if withTables, let table { cmark_parser_attach_syntax_extension(parser, table) }
        for other in others { cmark_parser_attach_syntax_extension(parser, other) }
        bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        return cmark_parser_finish(parser).map(CmarkTree.init)
    }
}
