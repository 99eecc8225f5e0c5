import RaadsDocCore
import RaadsDocSchema

/// Composes an agreement into the document tree: the opening block with
/// the parties, "A. Overwegende dat:", "B. Gelet op:", "C. Komen als volgt
/// overeen:" with the articles (ArticleComposer.swift), a signature page and
/// the toelichting. Every number and citation comes from the outline.
package struct OvereenkomstComposer {
    package let model: Overeenkomst.Model
    package let outline: OvereenkomstOutline

    package init(_ checked: Overeenkomst.Checked) {
        model = checked.model
        outline = checked.outline
    }

    package var scheme: NumberingScheme { outline.scheme }

    package func document(context: ComposeContext) -> Document {
        let version = versionLine
        return Document(
            metadata: DocumentMetadata(title: model.title.value, subject: model.citationTitle?.value ?? model.title.value,
                                       date: model.versionDate?.value.known, keywords: [model.soort]),
            page: PageSetup(headerText: model.title.value, footerText: version, 
                            initials: context.profile.initialsLine ? model.parties.count : 0),
            fields: context.fields(gemeente: context.profile.gemeente, [
                "titel": model.title.value, "versie": model.version ?? "", "versiedatum": model.versionDate?.value.dutch ?? "",
                "citeertitel": model.citationTitle?.value ?? "",
                "inwerkingtreding": model.entryIntoForce?.value.dutch ?? "",
                "einddatum": outline.dates["einddatum"]?.dutch ?? "",
                "partijen": model.parties.map(\.name.value).joined(separator: ", "),
            ]),
            header: [.text(model.title.value, style: .title), .text(version, style: .subtitle)],
            body: (model.hasChapters ? [.tableOfContents(depth: 3, title: context.profile.contentsTitle)] : [])
                + parties(flemish: context.profile.country == .be) + considerations + legalBasis + articles,
            signature: signaturePage(profile: context.profile),
            attachments: explanation)
    }

    /// "versie 1.0, 30 juni 2021", or "versie 30 juni 2021" without a number.
    private var versionLine: String {
        let date = model.versionDate?.value.dutch ?? ""
        guard let version = model.version else { return "versie \(date)" }
        return "versie \(version), \(date)"
    }

    // MARK: Opening and parts A and B

    private func parties(flemish: Bool) -> [Block] {
        let clauses = RepresentationClause.separated(model.parties, flemish: flemish)
        var blocks: [Block] = [.paragraph(Paragraph(.body, [.strong([.text("Partijen:")])]))]
        blocks.append(.list(ListBlock(.decimal, items: clauses.map { ListItem([.text($0)]) }, itemStyle: .member)))
        if let name = model.collectiveName {
            blocks.append(.text("Samen te noemen “\(name)”,"))
        }
        return blocks
    }

    package func partHeading(_ id: String, _ words: String) -> Block {
        let letter = outline.partLetters[id] ?? ""
        let number = outline.partLetters.values.sorted().firstIndex(of: letter).map {
            HeadingNumber(series: "delen", format: NumberingScheme.partFormat, value: $0 + 1)
        }
        return .heading(Heading(level: 1, [.text(words)], style: .heading(level: 2), number: number,
                                bookmark: letter.isEmpty ? nil : AgreementBookmarks.part(letter)))
    }

    private var considerations: [Block] {
        guard !model.considerations.isEmpty else { return [] }
        return [partHeading("overwegingen", "Overwegende dat:"), considerationList(model.considerations, depth: 1)]
    }

    private func considerationList(_ clauses: [Overeenkomst.Clause], depth: Int) -> Block {
        .list(ListBlock(.numbered(scheme.considerationFormat(depth: depth), start: 1), items: clauses.enumerated().map { index, clause in
            var blocks = clause.text.map { textBlocks($0) } ?? []
            if !clause.children.isEmpty { blocks.append(considerationList(clause.children, depth: depth + 1)) }
            return ListItem(blocks)
        }, itemStyle: depth == 1 ? .member : .part))
    }

    private var legalBasis: [Block] {
        guard let basis = model.legalBasis else { return [] }
        var blocks = [partHeading("gelet-op", "Gelet op:")]
        blocks += basis.introduction.map { textBlocks($0) } ?? []
        if !basis.councilDecisions.isEmpty {
            let items = basis.councilDecisions.map { decision in
                let reference = decision.reference.map { " met kenmerk \($0)" } ?? ""
                return ListItem([.text("Raadsbesluit \(decision.municipality.value) van \(decision.date.value.dutch)\(reference).")])
            }
            blocks.append(.list(ListBlock(.dash, items: items, itemStyle: .member)))
        }
        blocks += basis.closing.map { textBlocks($0) } ?? []
        return blocks
    }

    // MARK: Signatures and toelichting

    /// The closing sentence and the grid. A Flemish stad or gemeente signs
    /// "namens het college van burgemeester en schepenen".
    private func signaturePage(profile: Profile) -> [Block] {
        let sentence = ClosingSentence.text(model, profile: profile)
        let place = ClosingSentence.place(model, profile: profile)
        let parties = model.parties.map { party in
            SigningParty(organisation: party.name.value,
                         onBehalfOf: party.body.onBehalfOf,
                         place: party.signing.place ?? place,
                         date: (party.signing.date ?? model.signing.date)?.value.dutch,
                         signatories: party.signatories.map { signatory in
                             Signatory(name: signatory.name?.value ?? "", function: signatory.function?.value ?? "",
                                       mandate: signatory.mandate?.value)
                         })
        }
        // No page break of its own: the closing sentence keeps with the
        // signatures (its style keeps with the next paragraph), and a page
        // of signatures names the agreement it belongs to, so that it
        // cannot be detached or swapped unnoticed.
        let reference = model.reference.map { ", kenmerk \($0)" } ?? ""
        return [.text("Behorend bij de \(model.title.value), \(versionLine)\(reference).", style: .signaturePageReference),
                .text(sentence, style: .closing),
                .signatures(SignatureBlock(layout: .signingGrid, parties: parties))]
    }

    private var explanation: [Block] {
        guard let explanation = model.explanation else { return [] }
        var blocks: [Block] = [.pageBreak, .heading(Heading(level: 1, [.text("Toelichting op de \(model.title.value)")]))]
        let both = explanation.general != nil && !explanation.articles.isEmpty
        if let general = explanation.general {
            if both { blocks.append(.heading(Heading(level: 2, [.text("Algemeen")]))) }
            blocks += textBlocks(general)
        }
        if both { blocks.append(.heading(Heading(level: 2, [.text("Artikelsgewijs")]))) }
        for entry in explanation.articles {
            let numbered = outline.article(withID: entry.article.value)
            let number = numbered?.number ?? outline.citationArticle ?? 0
            let title = entry.heading?.trimmed ?? (numbered == nil ? Self.citationTitleHeading : numbered?.article.title?.trimmed)
            // A link to the article it explains, which keeps its number as written.
            let heading = Inline.link(url: "#" + AgreementBookmarks.article(number),
                                      [.text(scheme.explanationHeading(number, title: title))])
            blocks.append(.heading(Heading(level: both ? 3 : 2, [heading], style: .heading(level: 3))))
            blocks += textBlocks(entry.text)
        }
        return blocks
    }

    // MARK: Text

    /// The blocks of a text, its references resolved into links with live
    /// numbers; `within` is the article or clause the text belongs to.
    package func textBlocks(_ text: SourceText, within: ClausePath? = nil) -> [Block] {
        let resolved = CrossReferences.resolved(text.text, outline: outline, within: within)
        let blocks = RichText(resolved.markdown, at: text.position).blocks()
        return resolved.citations.isEmpty ? blocks : blocks.map { $0.mappingInlines(resolved.live) }
    }
}
