/// Prints diagnostics the way compilers do: `file:line:col: fout[CODE]:
/// message`, then the source line with a caret under the column, and a
/// closing count. JSON output gives one object per line.
public enum DiagnosticPrinter {
    public static func text(_ diagnostics: [Diagnostic], sources: SourceCatalog) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += "\(diagnostic.position): \(diagnostic.severity.rawValue)[\(diagnostic.code)]: \(diagnostic.message)\n"
            if let line = sources.file(diagnostic.position.path)?.line(diagnostic.position.line) {
                let shown = String(line.prefix(200)).replacingTabs
                output += "    " + shown + "\n"
                let caretColumn = min(max(diagnostic.position.column - 1, 0), shown.unicodeScalars.count)
                let padding = String(shown.unicodeScalars.prefix(caretColumn).map { $0 == "\t" ? "\t" : " " })
                output += "    " + padding + "^\n"
            }
        }
        return output
    }

    /// "2 fouten, 1 waarschuwing" or "geen problemen".
    public static func summary(errors: Int, warnings: Int) -> String {
        if errors == 0 && warnings == 0 { return "geen problemen gevonden" }
        let errorText = errors == 1 ? "1 fout" : "\(errors) fouten"
        let warningText = warnings == 1 ? "1 waarschuwing" : "\(warnings) waarschuwingen"
        return "\(errorText), \(warningText)"
    }

    /// One JSON object per diagnostic, one per line.
    public static func jsonLines(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            JSONValue.object([
                ("bestand", .string(diagnostic.position.path)),
                ("regel", .number(diagnostic.position.line)),
                ("kolom", .number(diagnostic.position.column)),
                ("code", .string(diagnostic.code)),
                ("ernst", .string(diagnostic.severity.rawValue)),
                ("bericht", .string(diagnostic.message)),
            ]).compact + "\n"
        }.joined()
    }
}

extension String {
    /// Control characters shown as "?" so a caret line stays aligned and a
    /// hostile file cannot send escape sequences to the terminal.
    fileprivate var replacingTabs: String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\t" ? "?" : scalar
        }))
    }
}
