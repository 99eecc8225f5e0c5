import RaadsDocCore
import RaadsDocSchema

/// Checks that a begroting (the budget of a plan van aanpak) adds up, and
/// blames one number for one mistake. This is where the budget totals are
/// checked; the totals compose prints come from `Begroting.totals`.
///
/// Totals can be declared per post, per year and for the whole plan. One
/// wrong amount upsets several of them, yet must give exactly one fout, at
/// the number to change:
/// - an amount that upsets both its post's and its year's declared total is
///   blamed itself (`amount`);
/// - otherwise an upset post total or year total is blamed (`postTotal`,
///   `yearTotal`);
/// - the plan total is blamed only when it matches neither the computed
///   posts nor the declared post or year totals, so that a mistake already
///   reported above is not reported twice.
package struct BegrotingCheck {
    package let begroting: Begroting

    package enum Finding: Equatable {
        case amount(post: Int, year: Int, rowSum: Int, rowDeclared: Int, columnSum: Int, columnDeclared: Int)
        case postTotal(post: Int, computed: Int)
        case yearTotal(year: Int, computed: Int)
        case planTotal(computed: Int)
    }

    /// Every inconsistency, with the computed figures; empty when the
    /// begroting is not well-formed or its total too large (its own
    /// problems are reported instead).
    package var findings: [Finding] {
        guard begroting.isWellFormed, begroting.amountPastLargestTotal == nil else { return [] }
        var rowDeltas: [(post: Int, sum: Int, declared: Int)] = []
        for (index, post) in begroting.posts.enumerated() {
            if let declared = post.declaredTotal?.value, declared != begroting.total(of: post) {
                rowDeltas.append((index, begroting.total(of: post), declared))
            }
        }
        var columnDeltas: [(year: Int, sum: Int, declared: Int)] = []
        for total in begroting.declaredYearTotals {
            if let year = total.year, let declared = total.amount.value, declared != begroting.total(inYear: year) {
                columnDeltas.append((year, begroting.total(inYear: year), declared))
            }
        }
        var findings: [Finding] = []
        var blamedRows = Set<Int>(), blamedColumns = Set<Int>()
        for row in rowDeltas {
            let delta = row.declared - row.sum
            guard let column = columnDeltas.first(where: {
                !blamedColumns.contains($0.year) && $0.declared - $0.sum == delta
            }) else { continue }
            blamedRows.insert(row.post)
            blamedColumns.insert(column.year)
            findings.append(.amount(post: row.post, year: column.year, rowSum: row.sum, rowDeclared: row.declared,
                                    columnSum: column.sum, columnDeclared: column.declared))
        }
        for row in rowDeltas where !blamedRows.contains(row.post) {
            findings.append(.postTotal(post: row.post, computed: row.sum))
        }
        for column in columnDeltas where !blamedColumns.contains(column.year) {
            findings.append(.yearTotal(year: column.year, computed: column.sum))
        }
        if let declared = begroting.declaredTotal?.value, !explainedTotals.contains(declared) {
            findings.append(.planTotal(computed: begroting.total))
        }
        return findings
    }

    /// The plan totals that agree with some declared part of the begroting:
    /// the computed total, the sum of the posts' totals (declared where
    /// given) and the sum of the years' totals (declared where given).
    private var explainedTotals: Set<Int> {
        let posts = Begroting.sum(begroting.posts.lazy.map { $0.declaredTotal?.value ?? begroting.total(of: $0) })
        let years = Begroting.sum(begroting.years.lazy.map { year in
            begroting.declaredYearTotals.first { $0.year == year.value }?.amount.value ?? begroting.total(inYear: year.value)
        })
        return [begroting.total, posts, years]
    }
}
