import RaadsDocCore
import RaadsDocSchema

extension Rapport {
    public static let scoreOutOfRange = Rule(
        "RD-RAPPORT-001", .fout, "Een score in de matrix ligt niet tussen 1 en 5.",
        help: "Geef een score van 1 tot en met 5, een kort label of 'onbekend'.")
    public static let scoreOffGrid = Rule(
        "RD-RAPPORT-002", .fout, "Een score in de matrix valt niet op het raster van 0,25.",
        help: "Schrijf scores als 2, 2,25, 2,5 of 2,75; een andere tussenwaarde kan geen kleur krijgen.")
    public static let incompleteRow = Rule(
        "RD-RAPPORT-003", .fout, "Een rij van de matrix geeft niet elke kolom een waarde.",
        help: "Vul de ontbrekende kolommen in, desnoods met 'onbekend', of zet 'onbekend: ja' voor de hele rij.")
    public static let unknownMatrixColumn = Rule(
        "RD-RAPPORT-004", .fout, "Een rij van de matrix noemt een kolom die de matrix niet heeft.",
        help: "Gebruik de namen uit 'kolommen', precies zo geschreven.")
    public static let unknownRowWithScores = Rule(
        "RD-RAPPORT-005", .fout, "Een rij is als onbekend gemarkeerd, maar heeft toch scores.",
        help: "Verwijder de scores of 'onbekend: ja'.")
    public static let valueOutOfRange = Rule(
        "RD-RAPPORT-006", .fout, "Een getal in een tabel ligt buiten het bereik van zijn kolom.",
        help: "Geef een waarde tussen het 'minimum' en 'maximum' van de kolom, zoals een prioriteit van 1 tot en met 4.")
    public static let notANumber = Rule(
        "RD-RAPPORT-007", .fout, "Een waarde in een getal-kolom is geen geheel getal.",
        help: "Schrijf een geheel getal, zoals 2.")
    public static let unknownTheme = Rule(
        "RD-RAPPORT-008", .fout, "Een thema in een tabel is geen kolom van de matrix.",
        help: "Gebruik de naam van een kolom van de matrix, of geef die kolom deze naam als 'ook'; meerdere thema's scheidt u met '&'.")
    public static let themeWithoutMatrix = Rule(
        "RD-RAPPORT-009", .fout, "Een tabel heeft een thema-kolom, maar het rapport heeft geen matrix.",
        help: "Voeg de matrix toe, of maak van de kolom een tekst-kolom.")
    public static let unknownTableKey = Rule(
        "RD-RAPPORT-010", .fout, "Een rij van een tabel noemt een kolom die de tabel niet heeft.",
        help: "Gebruik een 'sleutel' uit de kolommen van de tabel.")
    public static let missingTableValue = Rule(
        "RD-RAPPORT-011", .waarschuwing, "Een rij van een tabel geeft een kolom geen waarde; de cel blijft leeg.",
        help: "Vul de waarde in, of schrijf expliciet '/' als er niets is.")
    public static let unreadableLabel = Rule(
        "RD-RAPPORT-012", .waarschuwing, "Een label 'tussen … en …' noemt geen twee aangrenzende kleuren van de legende.",
        help: "Noem twee aangrenzende kleuren (rood, oranje, geel, lichtgroen, donkergroen), of geef een score zoals 3,5; anders blijft de cel grijs.")
    public static let duplicateLegendScore = Rule(
        "RD-RAPPORT-013", .fout, "Een score staat twee keer in de legende.",
        help: "Geef elke score één regel in de legende.")
    public static let duplicateName = Rule(
        "RD-RAPPORT-014", .fout, "Een kolom of rij van de matrix staat er twee keer in.",
        help: "Geef elke kolom en elke rij een eigen naam.")
    public static let badColumnDeclaration = Rule(
        "RD-RAPPORT-015", .fout, "Een kolom van een tabel is dubbel of heeft een minimum boven het maximum.",
        help: "Geef elke kolom een eigen 'sleutel' en een minimum dat niet groter is dan het maximum.")

    public static let contentsChapterUnknown = Rule(
        "RD-RAPPORT-016", .fout, "De inhoudsopgave staat vóór een hoofdstuk dat er niet is.",
        help: "Schrijf bij 'inhoudsopgave: vanaf:' de kop van een hoofdstuk precies zoals onder 'secties', of laat 'vanaf' weg.")

    public static let rules = [
        scoreOutOfRange, scoreOffGrid, incompleteRow, unknownMatrixColumn, unknownRowWithScores, valueOutOfRange,
        notANumber, unknownTheme, themeWithoutMatrix, unknownTableKey, missingTableValue, unreadableLabel,
        duplicateLegendScore, duplicateName, badColumnDeclaration, contentsChapterUnknown,
    ]

    public static func check(_ model: Model, context: KindContext) -> Model {
        if let before = model.contents?.before, model.contentsChapter == nil {
            let headings = model.sections.map(\.heading.value)
            context.report(contentsChapterUnknown, at: before.position,
                           "er is geen hoofdstuk met de kop '\(before.value)'; de hoofdstukken zijn: "
                               + headings.map { "'\($0)'" }.joined(separator: ", "))
        }
        let themes = model.matrixColumns
        for section in model.allSections {
            if let matrix = section.matrix { check(matrix, context: context) }
            if let table = section.table { check(table, themes: themes, context: context) }
        }
        return model
    }

    private static func check(_ matrix: ScoreMatrix, context: KindContext) {
        reportDuplicates(matrix.columns.map(\.name), what: "kolom", context: context)
        reportDuplicates(matrix.rows.map(\.name), what: "rij", context: context)
        var legendScores = Set<Int>()
        for entry in matrix.legend where !legendScores.insert(entry.score.value).inserted {
            context.report(duplicateLegendScore, at: entry.score.position, "score \(entry.score.value) staat al in de legende")
        }
        let names = matrix.columns.map(\.name.value)
        for row in matrix.rows {
            if row.unknown {
                if !row.cells.isEmpty {
                    context.report(unknownRowWithScores, at: row.scoresPosition,
                                   "'\(row.name.value)' is onbekend (onbekend: ja), maar heeft toch scores")
                }
                continue
            }
            for (column, cell) in row.cells {
                if !names.contains(column.value) {
                    let suggestion = Suggestions.closest(to: column.value, among: names).map { " — bedoelde je '\($0)'?" } ?? ""
                    context.report(unknownMatrixColumn, at: column.position,
                                   "de matrix heeft geen kolom '\(column.value)'\(suggestion)")
                }
                check(cell, row: row.name.value, column: column.value, context: context)
            }
            let missing = names.filter { name in !row.cells.contains { $0.column.value == name } }
            if !missing.isEmpty {
                let what = row.cells.isEmpty ? "heeft geen scores" : "mist " + DutchList.joined(missing.map { "'\($0)'" })
                context.report(incompleteRow, at: row.cells.isEmpty ? row.name.position : row.scoresPosition,
                               "'\(row.name.value)' \(what); vul elke kolom in (eventueel 'onbekend') of zet 'onbekend: ja'")
            }
        }
    }

    private static func check(_ cell: Located<ScoreCell>, row: String, column: String, context: KindContext) {
        switch cell.value {
        case .invalid(let text, .outOfRange):
            context.report(scoreOutOfRange, at: cell.position,
                           "de score \(text) van '\(row)' voor '\(column)' ligt niet tussen 1 en 5")
        case .invalid(let text, .offGrid):
            context.report(scoreOffGrid, at: cell.position,
                           "'\(text)' van '\(row)' voor '\(column)' is geen score in stappen van 0,25, zoals 2,5 of 2,75")
        case .label(let text) where ScoreScale.namesColours(text) && ScoreScale.score(between: text) == nil:
            context.report(unreadableLabel, at: cell.position,
                           "'\(text)' noemt geen twee aangrenzende kleuren (\(ScoreScale.names.joined(separator: ", "))); de cel blijft grijs")
        case .score, .label, .unknown:
            break
        }
    }

    private static func reportDuplicates(_ names: [Located<String>], what: String, context: KindContext) {
        var seen = Set<String>()
        for name in names where !seen.insert(name.value).inserted {
            context.report(duplicateName, at: name.position, "de \(what) '\(name.value)' staat al eerder in de matrix")
        }
    }

    private static func check(_ table: DataTable, themes: [ScoreMatrix.Column], context: KindContext) {
        var keys = Set<String>()
        for column in table.columns {
            if !keys.insert(column.key.value).inserted {
                context.report(badColumnDeclaration, at: column.key.position, "de sleutel '\(column.key.value)' staat al eerder in de tabel")
            }
            if let minimum = column.minimum, let maximum = column.maximum, maximum.value < minimum.value {
                context.report(badColumnDeclaration, at: maximum.position,
                               "het maximum \(maximum.value) van '\(column.key.value)' ligt onder het minimum \(minimum.value)")
            }
            if column.kind == .thema && themes.isEmpty {
                context.report(themeWithoutMatrix, at: column.key.position,
                               "'\(column.key.value)' is een thema-kolom, maar het rapport heeft geen matrix met thema's")
            }
        }
        let declared = table.columns.map(\.key.value)
        for row in table.rows {
            for (key, _) in row.cells where !declared.contains(key.value) {
                let suggestion = Suggestions.closest(to: key.value, among: declared).map { " — bedoelde je '\($0)'?" } ?? ""
                context.report(unknownTableKey, at: key.position, "de tabel heeft geen kolom '\(key.value)'\(suggestion)")
            }
            for column in table.columns {
                guard let value = row.value(column.key.value) else {
                    context.report(missingTableValue, at: row.position, "deze rij geeft '\(column.key.value)' geen waarde")
                    continue
                }
                check(value, in: column, themes: themes, context: context)
            }
        }
    }

    private static func check(_ value: RichText, in column: DataTable.Column, themes: [ScoreMatrix.Column], context: KindContext) {
        let text = String(value.plainText.trimmingSpaces)
        switch column.kind {
        case .getal:
            guard let number = Int(text) else {
                context.report(notANumber, at: value.position, "'\(text)' in '\(column.key.value)' is geen geheel getal")
                return
            }
            // A column whose minimum exceeds its maximum is reported once, at
            // the declaration, not again at every value.
            let low = column.minimum?.value ?? Int.min, high = column.maximum?.value ?? Int.max
            if low <= high && (number < low || number > high) {
                let range = [column.minimum.map { "minimaal \($0.value)" }, column.maximum.map { "maximaal \($0.value)" }]
                    .compactMap { $0 }.joined(separator: " en ")
                context.report(valueOutOfRange, at: value.position, "\(number) in '\(column.key.value)' moet \(range) zijn")
            }
        case .thema where !themes.isEmpty:
            let unknown = ThemeReference.unknownParts(of: text, columns: themes)
            guard !unknown.isEmpty else { return }
            let names = themes.map(\.name.value)
            let suggestion = unknown.first.flatMap { Suggestions.closest(to: $0, among: names) }.map { " — bedoelde je '\($0)'?" } ?? ""
            context.report(unknownTheme, at: value.position,
                           "\(DutchList.joined(unknown.map { "'\($0)'" })) is geen kolom van de matrix\(suggestion) Kolommen: \(names.joined(separator: ", ")).")
        case .tekst, .lijst, .thema:
            break
        }
    }
}
