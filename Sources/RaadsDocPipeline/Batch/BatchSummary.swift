import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// The closing report of a batch: a table of document, soort, status,
/// warnings and output, and the same as JSON lines.
public enum BatchSummary {
    public static func table(_ items: [BatchItem], outputDirectory: String) -> String {
        let header = ["document", "soort", "status", "waarschuwingen", "uitvoer"]
        let rows = items.map { item in
            [PathName.displayed(item.input.path), item.summary?.soort ?? "–", item.status.rawValue, String(item.warningCount),
             item.outputs.isEmpty ? (item.failure ?? "–")
                 : item.outputs.map { PathName.displayed(PathName.join(outputDirectory, $0.path)) }.joined(separator: ", ")]
        }
        let widths = header.indices.map { column in
            min(([header] + rows).map { $0[column].count }.max() ?? 0, 60)
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(widths[column] - cell.count, 0) + 2)
            }.joined() + "\n"
        }
        var output = line(header)
        for row in rows { output += line(row) }
        let count = { (status: BatchItem.Status) in items.count { $0.status == status } }
        output += "\n\(items.count == 1 ? "1 document" : "\(items.count) documenten"): "
            + "\(count(.gemaakt)) gemaakt, \(count(.ongewijzigd)) ongewijzigd, "
            + "\(count(.fout)) met fouten in de invoer, \(count(.mislukt)) mislukt\n"
        return output
    }

    public static func json(_ item: BatchItem) -> JSONValue {
        .object([
            ("bron", .string(item.input.path)),
            ("soort", item.summary.map { .string($0.soort) } ?? .null),
            ("status", .string(item.status.rawValue)),
            ("fouten", .number(item.errorCount)),
            ("waarschuwingen", .number(item.warningCount)),
            ("uitvoer", .array(item.outputs.map { .string($0.path) })),
            ("melding", item.failure.map { .string($0) } ?? .null),
        ])
    }
}
