import RaadsDocCore
import RaadsDocSchema

extension PlanVanAanpak {
    public static let postTotal = Rule(
        "RD-PLAN-001", .fout, "De bedragen van een post tellen niet op tot het opgegeven totaal van die post.",
        help: "Corrigeer het totaal of een van de jaarbedragen; raadsdoc zet in het document altijd de berekende som.")
    public static let planTotal = Rule(
        "RD-PLAN-002", .fout, "De posten tellen niet op tot het opgegeven totaal van de begroting.",
        help: "Corrigeer het totaal van de begroting of een van de posten.")
    public static let yearTotal = Rule(
        "RD-PLAN-003", .fout, "De posten tellen in een jaar niet op tot het opgegeven totaal van dat jaar.",
        help: "Corrigeer het jaartotaal in 'totaal-per-jaar' of een van de bedragen in dat jaar.")
    public static let amountMismatch = Rule(
        "RD-PLAN-004", .fout, "Een bedrag past niet bij het totaal van zijn post en bij het totaal van zijn jaar.",
        help: "Waarschijnlijk is dit bedrag verkeerd overgenomen; het bericht noemt het bedrag dat beide totalen laat kloppen.")
    public static let invalidAmount = Rule(
        "RD-PLAN-005", .fout, "Een bedrag in de begroting is geen geheel, niet-negatief aantal van de eenheid.",
        help: "Schrijf hele eenheden zonder decimalen, zoals 200, 1.285 of (bij eenheid k) 1.285k; nooit 1,5 of -200.")
    public static let unknownWerkstroom = Rule(
        "RD-PLAN-006", .fout, "Een post van de begroting noemt een werkstroom die niet bestaat.",
        help: "Gebruik het 'id' van een van de werkstromen.")
    public static let werkstroomWithoutPost = Rule(
        "RD-PLAN-007", .waarschuwing, "Een werkstroom heeft geen post in de begroting.",
        help: "Voeg een post toe voor deze werkstroom, of controleer of de werkstroom echt geen budget nodig heeft.")
    public static let unreadableTiming = Rule(
        "RD-PLAN-008", .fout, "De timing van een resultaat is niet te lezen.",
        help: "Schrijf " + Timing.forms + ".")
    public static let dateOutsidePeriode = Rule(
        "RD-PLAN-009", .waarschuwing, "De datum van een resultaat ligt buiten de periode van het plan.",
        help: "Controleer de datum of de periode; een resultaat buiten de periode valt buiten het plan en zijn begroting.")
    public static let contingencyRange = Rule(
        "RD-PLAN-010", .fout, "Het percentage onvoorzien ligt niet tussen 0 en 100.",
        help: "Schrijf een percentage van 0 tot en met 100, zonder %-teken, zoals 'onvoorzien: 10'.")
    public static let periodeOrder = Rule(
        "RD-PLAN-011", .fout, "De periode eindigt vóór zij begint.",
        help: "Controleer 'van' en 'tot' van de periode.")
    public static let postYears = Rule(
        "RD-PLAN-012", .fout, "De jaren van een post of van 'totaal-per-jaar' zijn niet de jaren van de begroting.",
        help: "Geef elk jaar uit 'jaren' precies één bedrag (0 als er dat jaar niets is begroot), en geen andere jaren.")
    public static let duplicateYear = Rule(
        "RD-PLAN-013", .fout, "Een jaar staat twee keer in 'jaren'.",
        help: "Noem elk jaar één keer.")
    public static let yearOutsidePeriode = Rule(
        "RD-PLAN-014", .waarschuwing, "Een jaar van de begroting valt buiten de periode van het plan.",
        help: "Controleer 'jaren' en de periode.")
    public static let duplicateWerkstroom = Rule(
        "RD-PLAN-015", .fout, "Twee werkstromen hebben hetzelfde id.",
        help: "Geef elke werkstroom een eigen id; posten verwijzen ernaar.")
    public static let partPlacement = Rule(
        "RD-PLAN-016", .fout, "Een hoofdstuk voegt inhoud in die het plan niet heeft, of die al in een ander hoofdstuk staat.",
        help: "Laat 'inhoud' weg, vul het betreffende deel van het plan in, of gebruik elke inhoud één keer.")
    public static let contingencyInText = Rule(
        "RD-PLAN-017", .waarschuwing, "De tekst noemt een ander percentage onvoorzien dan 'onvoorzien'.",
        help: "Maak de tekst en het veld 'onvoorzien' gelijk.")
    public static let totalTooLarge = Rule(
        "RD-PLAN-018", .fout, "De bedragen van de begroting tellen op tot meer dan raadsdoc kan rekenen.",
        help: "Controleer het aantal cijfers en de eenheid van de bedragen; raadsdoc rekent met totalen tot ruim 92 biljard euro.")

    public static let rules = [
        postTotal, planTotal, yearTotal, amountMismatch, invalidAmount, unknownWerkstroom, werkstroomWithoutPost,
        unreadableTiming, dateOutsidePeriode, contingencyRange, periodeOrder, postYears, duplicateYear,
        yearOutsidePeriode, duplicateWerkstroom, partPlacement, contingencyInText, totalTooLarge,
    ]

    /// A checked plan: the model with the begroting's totals.
    public struct Checked: Sendable {
        public let model: Model
        public let begrotingTotals: BegrotingTotals?
    }

    public static func check(_ model: Model, context: KindContext) -> Checked {
        if let start = model.periodStart, let end = model.periodEnd, end.value < start.value {
            context.report(periodeOrder, at: end.position,
                           "de periode loopt van \(start.value.dutch) tot \(end.value.dutch): 'tot' ligt vóór 'van'")
        }
        checkWerkstromen(model, context: context)
        checkChapters(model, context: context)
        if let begroting = model.begroting {
            checkBegroting(begroting, model: model, context: context)
        }
        return Checked(model: model, begrotingTotals: model.begroting?.totals)
    }

    private static func checkWerkstromen(_ model: Model, context: KindContext) {
        var seen = Set<String>()
        for werkstroom in model.werkstromen {
            if !seen.insert(werkstroom.id.value).inserted {
                context.report(duplicateWerkstroom, at: werkstroom.id.position,
                               "er is al een werkstroom met id '\(werkstroom.id.value)'")
            }
            for result in werkstroom.results {
                switch result.timing {
                case .failure(let problem):
                    context.report(unreadableTiming, at: result.timingText.position, problem.message)
                case .success(let timing):
                    guard case .dated(_, let date) = timing, let periode = model.periode, !periode.contains(date) else { continue }
                    context.report(dateOutsidePeriode, at: result.timingText.position,
                                   "\(date.dutch) ligt buiten de periode van het plan (\(periode.start.dutch) tot en met \(periode.end.dutch))")
                }
            }
        }
    }

    private static func checkChapters(_ model: Model, context: KindContext) {
        var placed = Set<Part>()
        for chapter in model.chapters {
            guard let part = chapter.part else { continue }
            if !placed.insert(part.value).inserted {
                context.report(partPlacement, at: part.position, "'\(part.value.rawValue)' staat al in een eerder hoofdstuk")
            } else if !model.has(part.value) {
                context.report(partPlacement, at: part.position,
                               "dit hoofdstuk voegt '\(part.value.rawValue)' in, maar het plan heeft geen \(part.value.rawValue)")
            }
        }
    }

    private static func checkBegroting(_ begroting: Begroting, model: Model, context: KindContext) {
        let unit = begroting.unit
        var years = Set<Int>()
        for year in begroting.years {
            if !years.insert(year.value).inserted {
                context.report(duplicateYear, at: year.position, "\(year.value) staat al eerder in 'jaren'")
            } else if let periode = model.periode, !(periode.start.year...periode.end.year).contains(year.value) {
                context.report(yearOutsidePeriode, at: year.position,
                               "\(year.value) valt buiten de periode van het plan (\(periode.start.dutch) tot en met \(periode.end.dutch))")
            }
        }
        let ids = model.werkstromen.map(\.id.value)
        for post in begroting.posts {
            if !ids.contains(post.werkstroom.value) {
                context.report(unknownWerkstroom, at: post.werkstroom.position,
                               "er is geen werkstroom met id '\(post.werkstroom.value)'; bekend: \(ids.joined(separator: ", "))")
            }
            checkYears(post.amounts, against: begroting.years, missingAt: post.amountsPosition, what: "deze post", context: context)
            for amount in post.amounts.filter({ $0.year != nil }).map(\.amount) + [post.declaredTotal].compactMap({ $0 }) {
                checkAmount(amount, unit: unit, context: context)
            }
        }
        if !begroting.declaredYearTotals.isEmpty {
            checkYears(begroting.declaredYearTotals, against: begroting.years, missingAt: nil, what: "'totaal-per-jaar'",
                       context: context)
        }
        for amount in begroting.declaredYearTotals.filter({ $0.year != nil }).map(\.amount)
            + [begroting.declaredTotal].compactMap({ $0 }) {
            checkAmount(amount, unit: unit, context: context)
        }
        let budgeted = Set(begroting.posts.map(\.werkstroom.value))
        for werkstroom in model.werkstromen where !budgeted.contains(werkstroom.id.value) {
            context.report(werkstroomWithoutPost, at: werkstroom.id.position,
                           "werkstroom \(werkstroom.id.value) ('\(werkstroom.name)') heeft geen post in de begroting")
        }
        if let contingency = begroting.contingency {
            checkContingency(contingency, begroting: begroting, model: model, context: context)
        }
        if let amount = begroting.amountPastLargestTotal {
            context.report(totalTooLarge, at: amount.position,
                           "met '\(amount.text)' tellen de bedragen van de begroting op tot meer dan \(unit.prose(unit.largestTotal)), "
                           + "het meeste dat raadsdoc kan rekenen; controleer het aantal cijfers en de eenheid ('\(unit.rawValue)')")
        }
        for finding in BegrotingCheck(begroting: begroting).findings {
            report(finding, in: begroting, context: context)
        }
    }

    /// A year group (a post's `bedragen`, or `totaal-per-jaar`) names
    /// exactly the begroting's years. Amounts under a key that is no year
    /// are not checked further.
    private static func checkYears(_ amounts: [YearAmount], against years: [Located<Int>],
                                   missingAt position: SourcePosition?, what: String, context: KindContext) {
        let declared = years.map(\.value)
        var seen = Set<Int>()
        for entry in amounts {
            guard let year = entry.year else {
                context.report(postYears, at: entry.key.position, notAYear(entry, what: what))
                continue
            }
            if !declared.contains(year) {
                context.report(postYears, at: entry.key.position,
                               "\(year) is geen jaar van de begroting (jaren: \(declared.map(String.init).joined(separator: ", ")))")
            } else if !seen.insert(year).inserted {
                context.report(postYears, at: entry.key.position, "\(year) staat twee keer in \(what)")
            }
        }
        guard let position else { return }
        let missing = declared.filter { !seen.contains($0) }
        if !missing.isEmpty {
            context.report(postYears, at: position,
                           "\(what) heeft geen bedrag voor \(DutchList.joined(missing.map(String.init))); schrijf 0 als er niets is begroot")
        }
    }

    /// Why a key is no year. "1,285k" inside `{…}` splits at the comma into
    /// "1" and a key "285k" without a value: say so.
    private static func notAYear(_ entry: YearAmount, what: String) -> String {
        let key = entry.key.value
        if entry.amount.text.isEmpty, key.allSatisfy({ $0.isNumber || $0 == "." || $0 == "k" || $0 == "K" }) {
            return "'\(key)' is geen jaar: staat er een komma in een bedrag? Tussen { } scheidt een komma twee waarden; "
                + "schrijf duizendtallen met een punt, zoals 1.285k"
        }
        return "de sleutels in \(what) moeten jaren zijn, zoals 2021, niet '\(key)'"
    }

    private static func checkAmount(_ amount: BegrotingAmount, unit: BegrotingUnit, context: KindContext) {
        guard case .failure(let problem) = amount.result else { return }
        let message = switch problem {
        case .negative: "'\(amount.text)' is negatief; een begroting kent alleen bedragen van 0 of meer"
        case .fraction: "'\(amount.text)' is geen geheel getal; bedragen zijn \(unit.wholeUnits), zonder decimalen"
        case .wrongUnit: "'\(amount.text)' gebruikt een andere eenheid dan de begroting ('\(unit.rawValue)'); schrijf \(unit.wholeUnits)"
        case .notANumber: "'\(amount.text)' is geen bedrag; schrijf \(unit.wholeUnits), zoals \(unit.tableText(1285))"
        case .tooLarge: "'\(amount.text)' is groter dan raadsdoc in een begroting aanneemt; controleer het aantal cijfers"
        }
        context.report(invalidAmount, at: amount.position, message)
    }

    private static func checkContingency(_ contingency: Located<ExactDecimal>, begroting: Begroting, model: Model,
                                         context: KindContext) {
        let value = contingency.value
        if value < ExactDecimal(units: 0, decimals: 0) || ExactDecimal(units: 100, decimals: 0) < value {
            context.report(contingencyRange, at: contingency.position,
                           "onvoorzien is \(value.dutch)%, maar moet tussen 0 en 100 liggen")
            return
        }
        let texts = [begroting.explanation] + model.chapters.filter { $0.part?.value == .begroting }.flatMap { [$0.text, $0.closing] }
        for text in texts.compactMap({ $0 }) {
            for mentioned in ContingencyMention.percentages(in: text.plainText) where mentioned != value {
                context.report(contingencyInText, at: contingency.position,
                               "de tekst noemt \(mentioned.dutch)% onvoorziene kosten, maar 'onvoorzien' is \(value.dutch)")
            }
        }
    }

    private static func report(_ finding: BegrotingCheck.Finding, in begroting: Begroting, context: KindContext) {
        let unit = begroting.unit
        func amount(_ value: Int) -> String { unit.tableText(value) }
        switch finding {
        case .amount(let postIndex, let year, let rowSum, let rowDeclared, let columnSum, let columnDeclared):
            guard let post = begroting.posts[safe: postIndex],
                  let cell = post.amounts.first(where: { $0.year == year })?.amount,
                  let value = cell.value else { return }
            let fitting = value + (rowDeclared - rowSum)
            context.report(amountMismatch, at: cell.position,
                           "het bedrag \(amount(value)) voor \(year) past niet bij de totalen: de post telt op tot \(amount(rowSum)) "
                           + "in plaats van de opgegeven \(amount(rowDeclared)), en \(year) tot \(amount(columnSum)) in plaats van de "
                           + "opgegeven \(amount(columnDeclared)); met \(amount(fitting)) kloppen beide")
        case .postTotal(let postIndex, let computed):
            guard let post = begroting.posts[safe: postIndex], let declared = post.declaredTotal,
                  let declaredValue = declared.value else { return }
            let terms = begroting.years.compactMap { post.amount(for: $0.value) }.map(amount).joined(separator: " + ")
            context.report(postTotal, at: declared.position,
                           "de bedragen van deze post tellen op tot \(amount(computed)) (\(terms)), maar als totaal staat er \(amount(declaredValue))")
        case .yearTotal(let year, let computed):
            guard let declared = begroting.declaredYearTotals.first(where: { $0.year == year })?.amount,
                  let declaredValue = declared.value else { return }
            context.report(yearTotal, at: declared.position,
                           "de posten tellen in \(year) op tot \(amount(computed)), maar als totaal voor \(year) staat er \(amount(declaredValue))")
        case .planTotal(let computed):
            guard let declared = begroting.declaredTotal, let declaredValue = declared.value else { return }
            context.report(planTotal, at: declared.position,
                           "de posten tellen op tot \(amount(computed)), maar als totaal van de begroting staat er \(amount(declaredValue))")
        }
    }
}

extension PlanVanAanpak.Model {
    /// Whether the plan has the content a chapter can place.
    package func has(_ part: PlanVanAanpak.Part) -> Bool {
        switch part {
        case .resultaten: werkstromen.contains { !$0.results.isEmpty }
        case .inspanningen: werkstromen.contains { !$0.efforts.isEmpty }
        case .organisatie: organisation != nil
        case .begroting: begroting != nil
        }
    }
}

/// Percentages of onvoorziene kosten named in running text: "10%
/// onvoorziene kosten", "15 % onvoorzien".
package enum ContingencyMention {
    package static func percentages(in text: String) -> [ExactDecimal] {
        guard mentionsContingency(text) else { return [] }
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var found: [ExactDecimal] = []
        for (index, word) in words.enumerated() where word.hasPrefix("onvoorzien") && index > 0 {
            var number = words[index - 1]
            if number == "%", index > 1 { number = words[index - 2] }
            guard number.hasSuffix("%") || words[index - 1] == "%" else { continue }
            if number.hasSuffix("%") { number.removeLast() }
            if let value = ExactDecimal.parse(number, decimals: 2) { found.append(value) }
        }
        return found
    }

    /// Whether "onvoorzien" stands in the text in any case: a byte scan
    /// that spares the many texts without it from being split into words.
    private static func mentionsContingency(_ text: String) -> Bool {
        let word = Array("onvoorzien".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= word.count else { return false }
        return (0...(bytes.count - word.count)).contains { start in
            word.indices.allSatisfy { offset in
                let byte = bytes[start + offset]
                return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == word[offset]
            }
        }
    }
}
