import RaadsDocCore
import RaadsDocSchema
import Synchronization
import Taal

/// The language check of raadsdoc documents: spelling, jargon and
/// readability of every prose field, reported at the exact word in the
/// YAML, with the document's figures for `raadsdoc taal` and index.json.
///
/// Opening the dictionaries takes a while (about 0.3 s each), so a run
/// keeps one reviewer. Hunspell is not thread-safe and `LanguageCheck`
/// serializes its calls, so the reviewer lends each thread a check of its
/// own, opened on first need and kept for the next document. Spelling and
/// syllables are the same for nl-NL and nl-BE; only the jargon list
/// differs, so a Flemish document borrows the same checks.
public final class LanguageReviewer: Sendable {
    private let knownSoorten: Set<String>
    /// Whether reviews rank the hardest sentences, which only the report
    /// of `raadsdoc taal` shows.
    private let ranksHardestSentences: Bool
    private let idle = Mutex<[LanguageCheck]>([])
    /// The check opened at the start; a thread that cannot open its own
    /// shares it (its calls are serialized), so no review is ever skipped.
    private let shared: LanguageCheck
    private let jargonLists: [Variant: JargonList]
    /// Suggestions for the run: a misspelling met again costs nothing, as
    /// the werkplaats needs when it checks the same text at every pause.
    private let suggestions = SuggestionCache()

    /// Opens the Dutch dictionaries once, so that a missing hunspell-nl or
    /// hyphen-nl ends the run at its start with a Dutch message.
    public init(knownSoorten: [String], ranksHardestSentences: Bool = false) throws(TaalError) {
        self.knownSoorten = Set(knownSoorten)
        self.ranksHardestSentences = ranksHardestSentences
        let first = try LanguageCheck.dutch(.netherlands)
        shared = first
        idle.withLock { $0 = [first] }
        var lists: [Variant: JargonList] = [:]
        for variant in Variant.allCases { lists[variant] = try JargonList.shipped(variant) }
        jargonLists = lists
    }

    /// What the language check finds in one checked input.
    public struct Review: Sendable {
        public let diagnostics: DiagnosticList
        public let scores: LanguageScores
    }

    /// Checks `root`, an input of `soort` that passed the structural check
    /// against `spec`.
    public func review(_ root: YAMLNode, spec: ObjectSpec, file: SourceFile?, profile: Profile, soort: String) -> Review {
        var diagnostics = DiagnosticList()
        for named in profile.language.plainLanguageSoorten where !knownSoorten.contains(named.value) {
            diagnostics.report(LanguageRules.unknownSoort, at: named.position,
                               "'\(named.value)' onder 'taal: b1:' is geen soort document; kies uit: \(knownSoorten.sorted().joined(separator: ", "))")
        }
        let variant: Variant = profile.country == .be ? .belgium : .netherlands
        let check = borrow()
        defer { giveBack(check) }
        let jargon = jargonLists[variant] ?? shared.jargon
        let fields = ProseFields(root: root, spec: spec)
        let accepted = AcceptedWords(fields.names + profile.language.words + [
            profile.gemeente, profile.organisation, profile.burgemeester, profile.secretaris, profile.griffier,
            profile.algemeenDirecteur,
        ].compactMap { $0 })
        var scores = LanguageScores()
        scores.plainLanguageTarget = profile.language.wantsPlainLanguage(soort)
        var candidates: [LanguageScores.HardSentence] = []
        for field in fields.prose {
            let text = field.isRichText ? MarkdownMask.prose(field.scalar.text) : field.scalar.text
            var aligned: ScalarValueAlignment?
            func position(_ byte: Int) -> SourcePosition {
                let alignment = aligned ?? ScalarPositionMap(scalar: field.scalar, at: field.node.position, file: file).alignment()
                aligned = alignment
                return alignment.position(ofValueByte: byte)
            }
            var findings = check.spelling.findings(in: text, accepting: accepted, cache: suggestions) + jargon.findings(in: text)
            if !field.isLabel {
                let report = check.readability.report(for: text)
                findings += check.readability.findings(from: report, in: text).filter { finding in
                    finding.kind == .longSentence || scores.plainLanguageTarget
                }
                scores.add(Self.figures(report), to: field.section)
                if ranksHardestSentences {
                    candidates += check.readability.sentenceFigures(in: text)
                        .filter { $0.wordCount >= LanguageScores.hardestMinimumWords }
                        .map { sentence in
                            LanguageScores.HardSentence(
                                text: Self.slice(field.scalar.text, sentence.sentence.range),
                                position: position(sentence.sentence.range.lowerBound),
                                words: sentence.wordCount, fleschDoumaTenths: Int((sentence.fleschDouma * 10).rounded()))
                        }
                }
            }
            for finding in findings.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                diagnostics.report(Self.rule(for: finding.kind), at: position(finding.range.lowerBound),
                                   finding.message, suggestions: finding.suggestions)
            }
            scores.spellingWarnings += findings.count { $0.kind == .spelling }
            scores.jargonWarnings += findings.count { $0.kind == .jargon }
        }
        scores.hardest = Array(candidates.enumerated().sorted { left, right in
            if left.element.fleschDoumaTenths != right.element.fleschDoumaTenths {
                return left.element.fleschDoumaTenths < right.element.fleschDoumaTenths
            }
            if left.element.words != right.element.words { return left.element.words > right.element.words }
            return left.offset < right.offset
        }.prefix(LanguageScores.hardestLimit).map(\.element))
        if scores.plainLanguageTarget {
            reportPlainLanguage(scores, root: root, diagnostics: &diagnostics)
        }
        return Review(diagnostics: diagnostics, scores: scores)
    }

    /// RD-TAAL-006 for the document at its `soort:`, and for each section
    /// of some length that misses the target while the document has several.
    private func reportPlainLanguage(_ scores: LanguageScores, root: YAMLNode, diagnostics: inout DiagnosticList) {
        let anchor = root["soort"]?.position ?? root.position
        if let shortfall = PlainLanguageTarget.shortfall(of: scores.total) {
            diagnostics.report(LanguageRules.plainLanguage, at: anchor, "het document haalt taalniveau B1 niet: \(shortfall)")
        }
        guard scores.sections.count > 1 else { return }
        for section in scores.sections where section.figures.words >= PlainLanguageTarget.minimumSectionWords {
            if let shortfall = PlainLanguageTarget.shortfall(of: section.figures) {
                diagnostics.report(LanguageRules.plainLanguage, at: section.position,
                                   "‘\(section.title)’ haalt taalniveau B1 niet: \(shortfall)")
            }
        }
    }

    private static func rule(for kind: Finding.Kind) -> Rule {
        switch kind {
        case .spelling: LanguageRules.spelling
        case .longSentence: LanguageRules.longSentence
        case .longWord: LanguageRules.longWord
        case .passive: LanguageRules.passive
        case .jargon: LanguageRules.jargon
        }
    }

    private static func figures(_ report: ReadabilityReport) -> LanguageScores.Figures {
        var figures = LanguageScores.Figures()
        figures.words = report.wordCount
        figures.sentences = report.sentenceCount
        figures.syllables = report.syllableCount
        figures.longSentences = report.longSentences.count
        figures.longWords = report.longWords.count
        figures.passives = report.passives.count
        return figures
    }

    private static func slice(_ text: String, _ range: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        let clamped = min(range.lowerBound, bytes.count)..<min(range.upperBound, bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    private func borrow() -> LanguageCheck {
        if let check = idle.withLock({ $0.popLast() }) { return check }
        return (try? LanguageCheck.dutch(.netherlands)) ?? shared
    }

    private func giveBack(_ check: LanguageCheck) {
        idle.withLock { $0.append(check) }
    }
}

extension LanguageScores {
    /// Adds a field's figures to the document and to its section.
    fileprivate mutating func add(_ figures: Figures, to section: Located<String>) {
        total = total + figures
        if let index = sections.firstIndex(where: { $0.title == section.value && $0.position == section.position }) {
            sections[index].figures = sections[index].figures + figures
        } else {
            sections.append(Section(title: section.value, position: section.position, figures: figures))
        }
    }
}
