/// The names of the bookmarks on an agreement's parts, chapters, articles,
/// leden, onderdelen and subonderdelen: what its cross-references point
/// at. Built from the numbers, so the same input always names them alike:
/// "art-4", "art-4-lid-3", "art-4-lid-3-ond-1", "art-4-ond-2-sub-1",
/// "hfd-2", "deel-B".
package enum AgreementBookmarks {
    package static func part(_ letter: String) -> String { "deel-\(letter)" }

    package static func chapter(_ number: Int) -> String { "hfd-\(number)" }

    package static func article(_ number: Int) -> String { "art-\(number)" }

    /// The bookmark of the clause `ordinal` of `level` inside the clause or
    /// article named `parent`.
    package static func clause(_ level: ClauseLevel, _ ordinal: Int, in parent: String) -> String {
        let word = switch level {
        case .member: "lid"
        case .part: "ond"
        case .subpart: "sub"
        }
        return "\(parent)-\(word)-\(ordinal)"
    }

    /// The bookmark `path` points at: the article itself for its only,
    /// unnumbered lid.
    package static func target(_ path: ClausePath) -> String {
        var name = article(path.article)
        if let member = path.member, path.memberNumbered || path.part != nil { name = clause(.member, member, in: name) }
        if let part = path.part { name = clause(.part, part, in: name) }
        if let subpart = path.subpart { name = clause(.subpart, subpart, in: name) }
        return name
    }
}
