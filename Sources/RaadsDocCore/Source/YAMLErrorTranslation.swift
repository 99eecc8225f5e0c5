import Yams

/// Turns libyaml's English errors into Dutch messages that say what to
/// change, at the place the author must change: an unclosed quote or
/// bracket is reported where it opens, a key without a colon at the key.
package enum YAMLErrorTranslation {
    package static func translate(_ error: YamlError, file: SourceFile) -> (Rule, SourcePosition, String) {
        let path = file.path
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let position = secondOccurrence(of: key, after: context.mark, in: file)
                ?? SourcePosition(path: path, line: context.mark.line, column: context.mark.column)
            return (InputRules.duplicateKey, position,
                    "het veld '\(key)' staat twee keer in dezelfde groep (eerst op regel \(context.mark.line)); verwijder een van beide of voeg ze samen")
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return syntax(problem: problem, context: context, at: mark, in: file)
        case .reader(let problem, _, _, _):
            return (InputRules.encoding, SourcePosition(path: path, line: 1, column: 1),
                    "het bestand kan niet gelezen worden (\(problem)); sla het op als UTF-8-tekst")
        default:
            return (InputRules.syntax, SourcePosition(path: path, line: 1, column: 1),
                    "het bestand kan niet als YAML gelezen worden")
        }
    }

    private static func syntax(problem: String, context: YamlError.Context?, at mark: Mark,
                               in file: SourceFile) -> (Rule, SourcePosition, String) {
        let position = SourcePosition(path: file.path, line: mark.line, column: mark.column)
        let opening = context.map { SourcePosition(path: file.path, line: $0.mark.line, column: $0.mark.column) } ?? position
        if problem.contains("Maximum nesting level") {
            return (InputRules.tooDeep, position,
                    "de gegevens zijn hier meer dan \(YAMLLoader.maximumDepth) niveaus diep genest; geen document heeft zoveel niveaus nodig, controleer de haakjes [ ] en { } en de inspringing")
        }
        if problem.contains("found undefined alias") {
            return (InputRules.anchors, position,
                    "een waarde die met * begint, leest YAML als verwijzing (alias), en die worden niet ondersteund; zet de tekst tussen aanhalingstekens, zoals '*Let op*: …'")
        }
        switch context?.text {
        case "while scanning an alias", "while scanning an anchor":
            return (InputRules.anchors, opening,
                    "een waarde die met * of & begint, leest YAML als verwijzing of anker; zet de tekst tussen aanhalingstekens, zoals '**Let op**: …'")
        case "while scanning a quoted scalar" where problem.contains("end of stream"):
            return (InputRules.syntax, opening,
                    "het aanhalingsteken dat hier begint, wordt nergens gesloten; zet hetzelfde aanhalingsteken aan het eind van de tekst")
        case "while scanning a simple key" where keyLength(at: opening, in: file) > maximumKeyLength:
            return (InputRules.tooLarge, opening,
                    "deze veldnaam is \(DutchNumber.grouped(keyLength(at: opening, in: file))) tekens lang; YAML leest veldnamen tot \(DutchNumber.grouped(maximumKeyLength)) tekens. Is hier een dubbele punt in de tekst terechtgekomen? Zet dan de hele waarde tussen aanhalingstekens")
        case "while scanning a simple key":
            return (InputRules.syntax, opening,
                    "na een veldnaam hoort een dubbele punt: schrijf 'veld: waarde'. Hoort deze regel bij de tekst erboven, laat hem dan verder inspringen")
        case "while parsing a flow sequence":
            return (InputRules.syntax, opening,
                    "de lijst die hier met '[' begint, wordt niet met ']' gesloten; sluit de lijst, of zet tekst die met '[' begint tussen aanhalingstekens")
        case "while parsing a flow mapping":
            return (InputRules.syntax, opening,
                    "de groep die hier met '{' begint, wordt niet met '}' gesloten; sluit de groep, of zet tekst die met '{' begint tussen aanhalingstekens")
        case "while scanning a block scalar":
            return (InputRules.syntax, position,
                    "na '|' of '>' mag op dezelfde regel alleen commentaar staan; zet de tekst op de regels eronder, ingesprongen")
        default:
            break
        }
        if problem.contains("mapping values are not allowed") {
            return (InputRules.syntax, position, isFirstColonOfLine(position, in: file)
                ? "de inspringing klopt niet: deze regel springt verder in dan het veld erboven en wordt daardoor als vervolg van de vorige waarde gelezen; laat hem even ver inspringen als dat veld"
                : "een dubbele punt met een spatie erna mag niet midden in een waarde; zet de hele waarde tussen aanhalingstekens")
        }
        if problem.contains("did not find expected key") {
            if followsClosingQuote(position, in: file) {
                return (InputRules.syntax, position,
                        "na het afsluitende aanhalingsteken mag niets meer staan; zet de hele tekst tussen aanhalingstekens, of verwijder de aanhalingstekens")
            }
            let isListItem = file.line(position.line)?.drop { $0 == " " }.hasPrefix("-") ?? false
            return (InputRules.syntax, position, isListItem
                ? "de inspringing klopt niet: dit lijstitem moet even ver inspringen als het item erboven"
                : "de inspringing klopt niet: hier wordt een veldnaam verwacht die even ver inspringt als het veld erboven")
        }
        return (InputRules.syntax, position, dutch(problem, context: context?.text))
    }

    private static let translations: [(String, String)] = [
        ("could not find expected ':'", "na een veldnaam hoort een dubbele punt: schrijf 'veld: waarde'"),
        ("did not find expected '-' indicator", "de inspringing klopt niet: hier wordt een lijstitem '- ' verwacht, even ver ingesprongen als het item erboven"),
        ("block sequence entries are not allowed in this context",
         "een lijstitem '- ' mag hier niet; zet de lijst op de regels onder 'veld:', of zet de waarde tussen aanhalingstekens"),
        ("found character that cannot start any token",
         "met dit teken (zoals @, ` of %) mag een waarde niet beginnen; zet de waarde tussen aanhalingstekens"),
        ("found unexpected end of stream", "onverwacht einde van het bestand; is een aanhalingsteken of haakje niet gesloten?"),
        ("found unknown escape character",
         "onbekende escape (\\) in tekst tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens of schrijf \\\\"),
        ("did not find expected node content", "hier ontbreekt een waarde; vul die in of verwijder de overbodige komma of het overbodige teken"),
        ("expected a single document in the stream", "het bestand mag maar één document bevatten; verwijder de extra '---'"),
        ("but found another document", "het bestand mag maar één document bevatten; verwijder de extra '---'"),
        ("found incompatible YAML document", "raadsdoc leest alleen YAML 1.x; verwijder de regel die met '%YAML' begint"),
        ("control characters are not allowed", "het bestand bevat een onzichtbaar stuurteken; verwijder het"),
        ("found a tab character", "tab gebruikt voor inspringing; YAML staat alleen spaties toe. Vervang de tab door spaties"),
    ]

    package static func dutch(_ problem: String, context: String?) -> String {
        for (english, dutch) in translations where problem.contains(english) || (context?.contains(english) ?? false) {
            return dutch
        }
        return "YAML-syntaxfout (\(problem)); controleer inspringing, dubbele punten en aanhalingstekens rond deze plek"
    }

    /// libyaml's limit on a key written without '?': 1024 characters.
    private static let maximumKeyLength = 1024

    /// The characters from `position` to the first ": " (or the end) of its line.
    private static func keyLength(at position: SourcePosition, in file: SourceFile) -> Int {
        guard let line = file.line(position.line) else { return 0 }
        let rest = line.unicodeScalars.dropFirst(max(position.column - 1, 0))
        var count = 0
        var previous: Unicode.Scalar?
        for scalar in rest {
            if previous == ":" && (scalar == " " || scalar == "\t") { return count - 1 }
            previous = scalar
            count += 1
        }
        return previous == ":" ? count - 1 : count
    }

    /// Whether the colon at `position` is the first ": " on its line, so
    /// that the line itself looks like "veld: waarde".
    private static func isFirstColonOfLine(_ position: SourcePosition, in file: SourceFile) -> Bool {
        guard let line = file.line(position.line) else { return false }
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(position.column - 1, 0))))
        return !before.contains(": ") && !before.trimmingSpaces.isEmpty
    }

    /// Whether the last non-space character before `position` on its line
    /// is a quote: text after a closed quoted value.
    private static func followsClosingQuote(_ position: SourcePosition, in file: SourceFile) -> Bool {
        guard let line = file.line(position.line) else { return false }
        let before = line.unicodeScalars.prefix(max(position.column - 1, 0))
        guard let last = before.last(where: { $0 != " " }) else { return false }
        return last == "\"" || last == "'"
    }

    /// The position of the second `key:` in the mapping whose first key was
    /// at `mark`: the next line at the same column that starts with the key.
    private static func secondOccurrence(of key: String, after mark: Mark, in file: SourceFile) -> SourcePosition? {
        guard file.lineCount > mark.line else { return nil }
        for number in (mark.line + 1)...file.lineCount {
            guard let line = file.line(number) else { continue }
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            let isBlankOrComment = indent == scalars.count || scalars[indent] == "#"
            if isBlankOrComment { continue }
            if indent + 1 < mark.column { return nil }
            guard scalars.count >= mark.column else { continue }
            let rest = String(String.UnicodeScalarView(scalars[(mark.column - 1)...]))
            let candidates = [key + ":", "\"" + key + "\":", "'" + key + "':"]
            if candidates.contains(where: { rest.hasPrefix($0) }) {
                return SourcePosition(path: file.path, line: number, column: mark.column)
            }
        }
        return nil
    }
}
