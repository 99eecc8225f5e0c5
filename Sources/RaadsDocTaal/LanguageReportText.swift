import RaadsDocCore

/// The report of `raadsdoc taal`, as plain text for a communication
/// adviser: the document's figures, each section's, the hardest
/// sentences, and, for several documents, their figures side by side.
public enum LanguageReportText {
    /// The report on one document.
    public static func report(path: String, soort: String, scores: LanguageScores) -> String {
        var lines = ["Taalrapport \(PathName.displayed(path)) (\(soort)\(scores.plainLanguageTarget ? ", doel: taalniveau B1" : ""))", ""]
        lines.append("Het document")
        lines += figureRows(scores.total).map { "  " + $0.label.padded(38) + $0.value }
        lines.append("  " + "mogelijke spelfouten".padded(38) + String(scores.spellingWarnings))
        lines.append("  " + "ambtelijke woorden".padded(38) + String(scores.jargonWarnings))
        if scores.plainLanguageTarget {
            let verdict = PlainLanguageTarget.shortfall(of: scores.total).map { "niet gehaald: " + $0 } ?? "gehaald"
            lines.append("  " + "doel B1".padded(38) + verdict)
        }
        if scores.sections.count > 1 {
            lines += ["", "Per sectie"]
            let width = min(40, max(6, scores.sections.map(\.title.count).max() ?? 6))
            lines.append("  " + "sectie".padded(width + 1) + "woorden".leftPadded(8) + "zinnen".leftPadded(8)
                         + "gem. zin".leftPadded(10) + "Flesch-Douma".leftPadded(14))
            for section in scores.sections {
                let figures = section.figures
                lines.append("  " + shortened(section.title, to: width).padded(width + 1) + String(figures.words).leftPadded(8)
                             + String(figures.sentences).leftPadded(8)
                             + LanguageScores.dutch(figures.averageSentenceLengthTenths).leftPadded(10)
                             + LanguageScores.dutch(figures.fleschDoumaTenths).leftPadded(14))
            }
        }
        if !scores.hardest.isEmpty {
            lines += ["", scores.hardest.count == LanguageScores.hardestLimit ? "De tien moeilijkste zinnen" : "De moeilijkste zinnen"]
            for (index, sentence) in scores.hardest.enumerated() {
                lines.append("\(String(index + 1).leftPadded(4)). regel \(sentence.position.line), kolom \(sentence.position.column): "
                             + "\(sentence.words) woorden, Flesch-Douma \(LanguageScores.dutch(sentence.fleschDoumaTenths))")
                lines.append("      “\(oneLine(sentence.text))”")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The figures of several documents in columns, one per document.
    public static func sideBySide(_ documents: [(path: String, scores: LanguageScores)]) -> String {
        let names = documents.map { PathName.lastComponent(of: $0.path) }
        let widths = names.map { max(10, $0.count + 2) }
        func row(_ label: String, _ values: [String]) -> String {
            "  " + label.padded(38) + zip(values, widths).map { $0.leftPadded($1) }.joined()
        }
        var lines = ["Naast elkaar", row("", names)]
        let rows = documents.map { figureRows($0.scores.total) }
        for (index, first) in (rows.first ?? []).enumerated() {
            lines.append(row(first.label, rows.map { $0[index].value }))
        }
        lines.append(row("mogelijke spelfouten", documents.map { String($0.scores.spellingWarnings) }))
        lines.append(row("ambtelijke woorden", documents.map { String($0.scores.jargonWarnings) }))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report of one document for machines.
    public static func json(path: String, soort: String, scores: LanguageScores) -> JSONValue {
        var members: [(String, JSONValue)] = [("bestand", .string(path)), ("soort", .string(soort))]
        if case .object(let figures) = scores.json { members += figures }
        members.append(("moeilijkste-zinnen", .array(scores.hardest.map { sentence in
            .object([
                ("regel", .number(sentence.position.line)), ("kolom", .number(sentence.position.column)),
                ("woorden", .number(sentence.words)), ("flesch-douma", .fixed(sentence.fleschDoumaTenths, decimals: 1)),
                ("zin", .string(sentence.text)),
            ])
        })))
        return .object(members)
    }

    private static func figureRows(_ figures: LanguageScores.Figures) -> [(label: String, value: String)] {
        [
            ("woorden", String(figures.words)),
            ("zinnen", String(figures.sentences)),
            ("gemiddelde zinslengte (woorden)", LanguageScores.dutch(figures.averageSentenceLengthTenths)),
            ("Flesch-Douma (hoger is makkelijker)", LanguageScores.dutch(figures.fleschDoumaTenths)),
            ("zinnen van meer dan 25 woorden", String(figures.longSentences)),
            ("lange woorden", String(figures.longWords)),
            ("lijdende vormen", String(figures.passives)),
        ]
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ").replacingInvisibles
    }

    /// A section title in its column, shown safely on a terminal.
    private static func shortened(_ text: String, to width: Int) -> String {
        let shown = oneLine(text)
        return shown.count <= width ? shown : String(shown.prefix(width - 1)) + "…"
    }
}

extension String {
    /// Spaces before the text up to `width` characters, for right-aligned
    /// figures.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
