import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// The closing report of a batch: a table of document, soort, status,
/// warnings and output, and the same as JSON lines. Both go out line by
/// line, each document read back as its line comes (see `BatchResults`).
public enum BatchSummary {
    /// The table, one line at a time to `line`: a first pass over the
    /// documents finds the column widths (at most 60), a second prints.
    public static func table(_ items: BatchResults, outputDirectory: String, line: (String) -> Void) {
        let header = ["document", "soort", "status", "waarschuwingen", "uitvoer"]
        func row(_ item: BatchItem) -> [String] {
            [PathName.displayed(item.input.path), item.soort ?? "–", item.status.rawValue, String(item.warningCount),
             item.outputs.isEmpty ? (item.failure ?? "–")
                 : item.outputs.map { PathName.displayed(PathName.join(outputDirectory, $0.path)) }.joined(separator: ", ")]
        }
        // The last column is not padded, so its width is not needed.
        var widths = header.map(\.count)
        for item in items {
            let cells = [PathName.displayed(item.input.path), item.soort ?? "–", item.status.rawValue, String(item.warningCount)]
            for (column, cell) in cells.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        widths = widths.map { min($0, 60) }
        func text(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(widths[column] - cell.count, 0) + 2)
            }.joined() + "\n"
        }
        line(text(header))
        for item in items { line(text(row(item))) }
        let count = { (status: BatchItem.Status) in items.count(of: status) }
        line("\n\(items.count == 1 ? "1 document" : "\(items.count) documenten"): "
            + "\(count(.gemaakt)) gemaakt, \(count(.ongewijzigd)) ongewijzigd, "
            + "\(count(.fout)) met fouten in de invoer, \(count(.mislukt)) mislukt\n")
    }

    public static func json(_ item: BatchItem) -> JSONValue {
        .object([
            ("bron", .string(item.input.path)),
            ("soort", item.soort.map { .string($0) } ?? .null),
            ("status", .string(item.status.rawValue)),
            ("fouten", .number(item.errorCount)),
            ("waarschuwingen", .number(item.warningCount)),
            ("uitvoer", .array(item.outputs.map { .string($0.path) })),
            ("melding", item.failure.map { .string($0) } ?? .null),
        ])
    }
}
