extension String {
    /// The text with "|" escaped, for a cell of a Markdown table.
    var escapingTablePipes: String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
