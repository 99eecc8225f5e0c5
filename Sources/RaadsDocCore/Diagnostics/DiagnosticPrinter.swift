/// Prints diagnostics the way compilers do: `file:line:col: fout[CODE]:
/// message`, then the source line with a caret under the column, and a
/// closing count. JSON output gives one object per line.
public enum DiagnosticPrinter {
    public static func text(_ diagnostics: [Diagnostic], sources: SourceCatalog) -> String {
        var output = ""
        for diagnostic in diagnostics {
            let position = diagnostic.position
            output += "\(PathName.displayed(position.path)):\(position.line):\(position.column): \(diagnostic.severity.rawValue)[\(diagnostic.code)]: \(diagnostic.message)".replacingInvisibles + "\n"
            if let line = sources.file(diagnostic.position.path)?.line(diagnostic.position.line),
               line.contains(where: { $0 != " " }) {
                let shown = String(line.prefix(200)).replacingInvisibles
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
            var fields: [(String, JSONValue)] = [
                ("bestand", .string(diagnostic.position.path)),
                ("regel", .number(diagnostic.position.line)),
                ("kolom", .number(diagnostic.position.column)),
                ("code", .string(diagnostic.code)),
                ("ernst", .string(diagnostic.severity.rawValue)),
                ("bericht", .string(diagnostic.message)),
            ]
            if !diagnostic.suggestions.isEmpty {
                fields.append(("suggesties", .array(diagnostic.suggestions.map(JSONValue.string))))
            }
            return JSONValue.object(fields).compact + "\n"
        }.joined()
    }
}

extension String {
    /// Control characters, line separators and direction overrides shown
    /// as "?", so that a caret line stays aligned and a hostile file cannot
    /// send escape sequences to the terminal or reorder what it shows.
    package var replacingInvisibles: String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar in
            let value = scalar.value
            let invisible = (value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(value)
                || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            return invisible ? "?" : scalar
        }))
    }
}
