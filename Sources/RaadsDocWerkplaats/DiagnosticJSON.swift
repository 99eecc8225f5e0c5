import RaadsDocCore
import RaadsDocPipeline

/// Diagnostics as the page shows them: position, code, message, the
/// rule's help text, and a quick fix where the message proposes one.
enum DiagnosticJSON {
    private static let rulesByCode: [String: Rule] = Dictionary(
        RuleCatalogue.all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// `path` is the document's own path, whose diagnostics the editor
    /// places at their line; others name their file relative to `folder`.
    static func array(_ diagnostics: [Diagnostic], path: String, folder: WerkplaatsFolder) -> JSONValue {
        .array(diagnostics.map { diagnostic in
            var members: [(String, JSONValue)] = [
                ("regel", .number(diagnostic.position.line)),
                ("kolom", .number(diagnostic.position.column)),
                ("code", .string(diagnostic.code)),
                ("ernst", .string(diagnostic.severity.rawValue)),
                ("bericht", .string(diagnostic.message)),
                ("hulp", .string(rulesByCode[diagnostic.code]?.help ?? "")),
                ("titel", .string(rulesByCode[diagnostic.code]?.title ?? "")),
            ]
            if diagnostic.position.path != path {
                let other = folder.relative(FileSystem.canonical(diagnostic.position.path) ?? diagnostic.position.path)
                members.append(("bestand", .string(other ?? PathName.lastComponent(of: diagnostic.position.path))))
            }
            if let proposal = quickFix(diagnostic.message) { members.append(("voorstel", .string(proposal))) }
            return .object(members)
        })
    }

    /// The word a message proposes ("… — bedoelde je 'titel'?", "bedoelde
    /// je ‘gemeente’, ‘gemeenten’?"): the first one, which the page offers
    /// to put in place of the word at the diagnostic's position.
    static func quickFix(_ message: String) -> String? {
        guard let range = message.range(of: "bedoelde je ") else { return nil }
        var rest = message[range.upperBound...]
        guard let open = rest.first, open == "'" || open == "‘" else { return nil }
        rest = rest.dropFirst()
        let close: Character = open == "'" ? "'" : "’"
        guard let end = rest.firstIndex(of: close) else { return nil }
        let proposal = String(rest[..<end])
        return proposal.isEmpty ? nil : proposal
    }
}
