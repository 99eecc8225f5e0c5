import Foundation

/// Reads the word lists shipped in the target's Resources folder.
enum ResourceFile {
    /// The lines of a resource, trimmed, without blank lines and `#`
    /// comments.
    static func lines(_ name: String) throws(TaalError) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8)
        else {
            throw TaalError("De woordenlijst \(name).txt ontbreekt in de bundel van de taalcontrole")
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
