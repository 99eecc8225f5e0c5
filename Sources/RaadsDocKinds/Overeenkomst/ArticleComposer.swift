import RaadsDocCore
import RaadsDocSchema

/// Part C of an agreement: chapters and articles with their leden,
/// onderdelen, subonderdelen and begrippen as hanging paragraphs with the
/// labels of the numbering style, ending with the citeertitel article.
extension OvereenkomstComposer {
    package static let citationTitleHeading = "Citeertitel"

    /// The paragraph styles of the numbered levels, by depth of indent.
    private static let depthStyles: [ParagraphStyle] = [.member, .part, .subpart]

    package var articles: [Block] {
        var blocks = [partHeading("afspraken", "Komen als volgt overeen:")]
        let articleLevel = model.hasChapters ? 3 : 2
        for chapter in outline.chapters {
            if model.hasChapters {
                let number = HeadingNumber(series: "hoofdstukken", format: scheme.chapterFormat, value: chapter.number)
                blocks.append(.heading(Heading(level: 2, [.text(chapter.chapter.title?.trimmed ?? "")], style: .heading(level: 2),
                                               number: number, bookmark: AgreementBookmarks.chapter(chapter.number))))
            }
            for numbered in chapter.articles {
                blocks += article(numbered, level: articleLevel)
            }
        }
        if let number = outline.citationArticle, let title = model.citationTitle?.value {
            blocks.append(articleHeading(number, title: Self.citationTitleHeading, level: articleLevel))
            blocks.append(.text(scheme.citationTitleSentence(title, agreement: agreementWord)))
        }
        return blocks
    }

    /// The heading of article `number`: its number counted by the word
    /// processor, its title as text.
    private func articleHeading(_ number: Int, title: String?, level: Int) -> Block {
        .heading(Heading(level: level, [.text(title ?? "")], style: .article,
                         number: HeadingNumber(series: "artikelen", format: scheme.articleFormat, value: number),
                         bookmark: AgreementBookmarks.article(number)))
    }

    private func article(_ numbered: OvereenkomstOutline.NumberedArticle, level: Int) -> [Block] {
        let article = numbered.article
        let bookmark = AgreementBookmarks.article(numbered.number)
        let here = ClausePath(article: numbered.number)
        var blocks = [articleHeading(numbered.number, title: article.title?.trimmed, level: level)]
        if !article.terms.isEmpty {
            if scheme.style == .vrij, let text = article.text {
                blocks += textBlocks(text, within: here)
            } else {
                blocks.append(.text(scheme.termsIntroduction))
            }
            blocks += terms(article.terms, within: here)
        } else if let text = article.text {
            blocks += textBlocks(text, within: here)
        }
        guard !article.clauses.isEmpty else { return blocks }
        if !article.clausesAreMembers {
            blocks.append(clauseList(article.clauses, level: .part, depth: 0, in: bookmark, path: here))
        } else if outline.numbersMembers(of: article) {
            blocks.append(clauseList(article.clauses, level: .member, depth: 0, in: bookmark, path: here))
        } else {
            var sole = here
            sole.member = 1
            sole.memberNumbered = false
            for member in article.clauses {
                blocks += member.text.map { textBlocks($0, within: sole) } ?? []
                if !member.children.isEmpty {
                    blocks.append(clauseList(member.children, level: .part, depth: 0,
                                             in: AgreementBookmarks.clause(.member, 1, in: bookmark), path: sole))
                }
            }
        }
        return blocks
    }

    /// Clauses of `level` as a list indented to `depth`, their children
    /// one level and one indent deeper; each item bookmarked inside
    /// `parent`. `path` is where the list stands, for the citations in it.
    private func clauseList(_ clauses: [Overeenkomst.Clause], level: ClauseLevel, depth: Int, in parent: String,
                            path: ClausePath) -> Block {
        let items = clauses.enumerated().map { index, clause in
            let bookmark = AgreementBookmarks.clause(level, index + 1, in: parent)
            var here = path
            switch level {
            case .member: here.member = index + 1
            case .part: here.part = index + 1
            case .subpart: here.subpart = index + 1
            }
            var blocks = clause.text.map { textBlocks($0, within: here) } ?? []
            if !clause.children.isEmpty, let next = ClauseLevel(rawValue: level.rawValue + 1) {
                blocks.append(clauseList(clause.children, level: next, depth: depth + 1, in: bookmark, path: here))
            }
            return ListItem(blocks, bookmark: bookmark)
        }
        let style = Self.depthStyles[min(depth, Self.depthStyles.count - 1)]
        return .list(ListBlock(.numbered(scheme.format(level), start: 1), items: items, itemStyle: style))
    }

    /// The begrippen: numbered as written in `vrij`, alphabetical without
    /// letters (Aanwijzingen) or with 1°, 2° (Flemish).
    private func terms(_ terms: [Overeenkomst.Term], within: ClausePath) -> [Block] {
        let ordered = scheme.sortsTerms ? terms.sorted { Self.sortKey($0.term.value) < Self.sortKey($1.term.value) } : terms
        let items = ordered.enumerated().map { index, term in
            let resolved = CrossReferences.resolved(term.meaning.text, outline: outline, within: within)
            let meaning = RichText(resolved.markdown.trimmingTerminalPunctuation, at: term.meaning.position).inlines
            let inlines = [Inline.text("\(term.term.value): ")] + resolved.live(meaning)
                + [.text(scheme.termTerminator(isLast: index == ordered.count - 1))]
            return inlines
        }
        guard let format = scheme.termFormat else {
            return items.map { .paragraph(Paragraph(.member.continuation, $0)) }
        }
        return [.list(ListBlock(.numbered(format, start: 1), items: items.map { ListItem([.paragraph(Paragraph(.member, $0))]) },
                                itemStyle: .member))]
    }

    /// Alphabetical order as a dictionary has it: case and accents aside.
    private static func sortKey(_ term: String) -> String {
        String(term.lowercased().map { character in
            switch character {
            case "á", "à", "â", "ä": "a"
            case "é", "è", "ê", "ë": "e"
            case "í", "ì", "î", "ï": "i"
            case "ó", "ò", "ô", "ö": "o"
            case "ú", "ù", "û", "ü": "u"
            default: character
            }
        })
    }

    /// The word for the agreement: as a begrip spells it ("Overeenkomst"),
    /// or "overeenkomst".
    package var agreementWord: String {
        model.terms.first { $0.term.value.lowercased() == "overeenkomst" }?.term.value ?? "overeenkomst"
    }
}

extension String {
    /// Without the full stop, semicolon or comma at the end, so that a
    /// list can end each item with its own punctuation.
    fileprivate var trimmingTerminalPunctuation: String {
        var text = Substring(trimmingSpaces)
        while let last = text.last, last == "." || last == ";" || last == "," {
            text = Substring(text.dropLast().trimmingSpaces)
        }
        return String(text)
    }
}
