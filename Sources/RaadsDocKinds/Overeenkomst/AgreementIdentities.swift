import RaadsDocCore

/// The ids the input gives an agreement's articles, leden and onderdelen,
/// by the bookmark the composer puts on them ("art-4" → "governance",
/// "art-4-lid-3" → "governance/bestuurlijk-overleg"): what `raadsdoc
/// vergelijk` matches provisions by when their numbers change. Mirrors the
/// bookmarks of ArticleComposer.
extension Overeenkomst {
    package static func identities(of document: LoadedDocument) -> [String: String] {
        guard let checked = document.model as? Checked else { return [:] }
        var result: [String: String] = [:]
        for numbered in checked.outline.articles {
            let article = numbered.article
            let bookmark = AgreementBookmarks.article(numbered.number)
            let name = article.id?.value ?? bookmark
            if let id = article.id?.value { result[bookmark] = id }
            if !article.clausesAreMembers {
                add(article.clauses, level: .part, parent: bookmark, name: name, to: &result)
            } else if checked.outline.numbersMembers(of: article) {
                add(article.clauses, level: .member, parent: bookmark, name: name, to: &result)
            } else {
                for member in article.clauses {
                    add(member.children, level: .part, parent: AgreementBookmarks.clause(.member, 1, in: bookmark),
                        name: name, to: &result)
                }
            }
        }
        return result
    }

    private static func add(_ clauses: [Clause], level: ClauseLevel, parent: String, name: String,
                            to result: inout [String: String]) {
        for (index, clause) in clauses.enumerated() {
            let bookmark = AgreementBookmarks.clause(level, index + 1, in: parent)
            let clauseName = clause.id.map { name + "/" + $0.value }
            if let clauseName { result[bookmark] = clauseName }
            if let next = ClauseLevel(rawValue: level.rawValue + 1) {
                add(clause.children, level: next, parent: bookmark, name: clauseName ?? bookmark, to: &result)
            }
        }
    }
}
