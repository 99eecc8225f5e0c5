/// One step of an alignment of two sequences: an element of both, of the
/// old one only, or of the new one only.
enum AlignmentStep: Equatable {
    case both(Int, Int)
    case old(Int)
    case new(Int)
}

enum Alignment {
    /// The alignment of `old` and `new` with the highest total score, where
    /// a pair with a score of 0 or less never matches (a weighted longest
    /// common subsequence). Between matches, the old elements come before
    /// the new ones, so a deletion stands before the insertion that replaces it.
    static func align<T>(_ old: [T], _ new: [T], score: (T, T) -> Double) -> [AlignmentStep] {
        let n = old.count, m = new.count
        guard n > 0, m > 0 else { return old.indices.map { .old($0) } + new.indices.map { .new($0) } }
        var scores = [Double](repeating: 0, count: n * m)
        for i in 0..<n { for j in 0..<m { scores[i * m + j] = score(old[i], new[j]) } }
        // best[i][j]: the best total for old[i...] and new[j...].
        var best = [Double](repeating: 0, count: (n + 1) * (m + 1))
        let width = m + 1
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var value = max(best[(i + 1) * width + j], best[i * width + j + 1])
                let pair = scores[i * m + j]
                if pair > 0 { value = max(value, pair + best[(i + 1) * width + j + 1]) }
                best[i * width + j] = value
            }
        }
        var steps: [AlignmentStep] = []
        var pendingNew: [Int] = []
        var i = 0, j = 0
        func flushNew() {
            steps += pendingNew.map { .new($0) }
            pendingNew = []
        }
        while i < n, j < m {
            let pair = scores[i * m + j]
            if pair > 0, best[i * width + j] == pair + best[(i + 1) * width + j + 1] {
                flushNew()
                steps.append(.both(i, j))
                i += 1
                j += 1
            } else if best[i * width + j] == best[(i + 1) * width + j] {
                steps.append(.old(i))
                i += 1
            } else {
                pendingNew.append(j)
                j += 1
            }
        }
        while i < n { steps.append(.old(i)); i += 1 }
        flushNew()
        while j < m { steps.append(.new(j)); j += 1 }
        return steps
    }
}

/// How alike two texts are: the share of words they have in common
/// (Jaccard), 1 for two equal texts.
enum Similarity {
    static func of(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        let wordsA = Set(words(a)), wordsB = Set(words(b))
        let union = wordsA.union(wordsB).count
        guard union > 0 else { return 1 }
        return Double(wordsA.intersection(wordsB).count) / Double(union)
    }

    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }
    }
}
