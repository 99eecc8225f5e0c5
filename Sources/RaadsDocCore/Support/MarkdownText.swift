extension String {
    /// The text with "|" escaped, for a cell of a Markdown table.
    package var escapingTablePipes: String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
