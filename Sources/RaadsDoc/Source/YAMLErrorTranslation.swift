import Yams

/// Turns libyaml's English errors into Dutch messages at the right place.
enum YAMLErrorTranslation {
    static func translate(_ error: YamlError, file: SourceFile) -> (Rule, SourcePosition, String) {
        let path = file.path
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let position = secondOccurrence(of: key, after: context.mark, in: file)
                ?? SourcePosition(path: path, line: context.mark.line, column: context.mark.column)
            return (InputRules.duplicateKey, position,
                    "het veld '\(key)' staat twee keer in dezelfde groep (eerst op regel \(context.mark.line))")
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let position = SourcePosition(path: path, line: mark.line, column: mark.column)
            if problem.contains("Maximum nesting level") {
                return (InputRules.tooDeep, position, "de gegevens zijn te diep genest")
            }
            return (InputRules.syntax, position, dutch(problem, context: context?.text))
        case .reader(let problem, _, _, _):
            return (InputRules.encoding, SourcePosition(path: path, line: 1, column: 1),
                    "het bestand kan niet gelezen worden (\(problem))")
        default:
            return (InputRules.syntax, SourcePosition(path: path, line: 1, column: 1),
                    "het bestand kan niet als YAML gelezen worden")
        }
    }

    private static let translations: [(String, String)] = [
        ("mapping values are not allowed in this context",
         "een dubbele punt gevolgd door een spatie mag hier niet; zet de hele waarde tussen aanhalingstekens"),
        ("could not find expected ':'", "na een veldnaam wordt een dubbele punt ':' verwacht"),
        ("did not find expected key", "de inspringing klopt niet: hier wordt een veldnaam op dezelfde hoogte als de vorige verwacht"),
        ("did not find expected '-' indicator", "de inspringing klopt niet: hier wordt een lijstitem '- ' verwacht"),
        ("block sequence entries are not allowed in this context",
         "een lijstitem '- ' mag hier niet; controleer de inspringing of zet de waarde tussen aanhalingstekens"),
        ("found character that cannot start any token",
         "dit teken mag niet aan het begin van een waarde staan; zet de waarde tussen aanhalingstekens"),
        ("found unexpected end of stream", "onverwacht einde van het bestand; is een aanhalingsteken niet gesloten?"),
        ("found unknown escape character", "onbekende escape (\\) in tekst tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens"),
        ("did not find expected node content", "hier wordt een waarde verwacht"),
        ("did not find expected ',' or ']'", "een lijst tussen [ ] is niet goed gesloten"),
        ("did not find expected ',' or '}'", "een groep tussen { } is niet goed gesloten"),
        ("found undefined alias", "YAML-aliassen (*) worden niet ondersteund; zet een waarde die met * begint tussen aanhalingstekens"),
        ("did not find the expected alphabetic or numeric character",
         "een waarde die met & of * begint, moet tussen aanhalingstekens staan"),
        ("expected a single document in the stream", "het bestand mag maar één document bevatten (verwijder de extra '---')"),
        ("but found another document", "het bestand mag maar één document bevatten (verwijder de extra '---')"),
        ("control characters are not allowed", "het bestand bevat een stuurteken dat niet is toegestaan"),
        ("found a tab character", "tab gebruikt voor inspringing; YAML staat alleen spaties toe"),
    ]

    static func dutch(_ problem: String, context: String?) -> String {
        for (english, dutch) in translations where problem.contains(english) || (context?.contains(english) ?? false) {
            return dutch
        }
        return "YAML-syntaxfout (\(problem))"
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
