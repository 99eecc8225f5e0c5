import RaadsDocCore

/// The wijzigingsovereenkomst as input of the agreement kind, so that it is
/// checked by the same rules and rendered in the same house style as any
/// agreement: parties, their representatives and the signing copied from
/// NIEUW's input as written, the instructions as onderdelen of the article
/// "Wijzigingen", the citeertitel of OUD in its title and citeertitel.
enum AmendmentInput {
    /// The top-level entries of NIEUW copied along, as written.
    static let copiedKeys = ["soort", "versie", "versiedatum", "nummering", "partijen", "samen-te-noemen", "ondertekening"]

    static func yaml(newSource: String, oldTitle: String, oldVersion: String?, instructions: [Amendment.Instruction]) -> String {
        let entries = topLevelEntries(newSource)
        var lines = ["# Wijzigingsovereenkomst, gemaakt door raadsdoc vergelijk --wijziging.",
                     "# Partijen en ondertekening komen uit de nieuwe versie, de citeertitel uit de oude."]
        func copy(_ key: String) {
            if let entry = entries[key] { lines += entry }
        }
        copy("soort")
        if entries["soort"] == nil { lines.append("soort: samenwerkingsovereenkomst") }
        lines.append("titel: " + quoted("Overeenkomst tot wijziging van de " + oldTitle))
        copy("versie")
        copy("versiedatum")
        copy("nummering")
        lines.append("wijziging: ja")
        copy("partijen")
        copy("samen-te-noemen")
        let who = entries["samen-te-noemen"] == nil ? "Partijen" : "Zij"
        let edition = oldVersion.map { " (versie \($0))" } ?? ""
        lines += ["overwegingen:",
                  "  - " + quoted("\(who) de \(oldTitle)\(edition) hebben gesloten;"),
                  "  - " + quoted("\(who) die overeenkomst willen wijzigen."),
                  "artikelen:",
                  "  - id: wijzigingen",
                  "    titel: Wijzigingen",
                  "    tekst: " + quoted("De \(oldTitle) wordt als volgt gewijzigd:"),
                  "    onderdelen:"]
        if instructions.isEmpty {
            lines.append("      - " + quoted("Geen wijzigingen."))
        }
        for instruction in instructions {
            lines.append("      - |")
            lines.append("        " + escaped(instruction.sentence))
            for text in instruction.text {
                lines.append("")
                lines.append("        " + escaped(text))
            }
        }
        lines += ["  - id: inwerkingtreding",
                  "    titel: Inwerkingtreding",
                  "    tekst: " + quoted("Deze overeenkomst treedt in werking op de dag na de laatste ondertekening."),
                  "citeertitel: " + quoted("Wijziging " + oldTitle)]
        copy("ondertekening")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of each top-level entry: a key at the start of a line and
    /// everything below it that is indented, blank or a comment.
    static func topLevelEntries(_ source: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var current: String?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let first = line.first, first != " ", first != "#", first != "-", let colon = line.firstIndex(of: ":") {
                current = String(line[..<colon])
                result[current ?? ""] = [line]
            } else if let current, line.first == " " || line.first == "-" {
                result[current]?.append(line)
            }
        }
        return result
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Plain text as rich text that reads the same: markup characters
    /// escaped, a number with a full stop at the start kept from becoming a list.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\*_[]`<>#|~".contains(character) { result.append("\\") }
            result.append(character)
        }
        if let dot = result.firstIndex(where: { !$0.isNumber }), dot != result.startIndex,
           result[dot] == "." || result[dot] == ")" {
            result.insert("\\", at: dot)
        }
        return result
    }
}
