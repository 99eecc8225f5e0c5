import RaadsDocCore

/// The widths of a table's columns: in proportion to their weights, but
/// each at least as wide as the longest word in it, so that no word has to
/// break without a hyphen ("Priorite/it"). A word too long even for that
/// (more than `maximumShare` of the text width) is left to hyphenation.
enum ColumnWidths {
    /// Cell padding and lines on both sides, in thousandths of a centimetre.
    static let padding = 250
    static let maximumShare = 0.45
    /// How far a list in a cell indents its text, at most.
    static let listIndent = 750

    /// Widths in thousandths of a centimetre that add up to `textWidth`.
    static func widths(_ table: Table, textWidth: Int, metrics: TextMetrics) -> [Int] {
        let weights = table.columns.map { max($0.weight, 0.01) }
        let needs = minimumWidths(table, textWidth: textWidth, metrics: metrics)
        var fixed = Array(repeating: false, count: weights.count)
        var widths = proportional(weights, width: textWidth)
        // Give each column that is too narrow what it needs and share the
        // rest among the others by weight, until every column fits.
        for _ in weights.indices {
            let short = widths.indices.filter { !fixed[$0] && widths[$0] < needs[$0] }
            guard !short.isEmpty else { break }
            for index in short { fixed[index] = true }
            let taken = widths.indices.filter { fixed[$0] }.reduce(0) { $0 + needs[$1] }
            let free = widths.indices.filter { !fixed[$0] }
            guard taken <= textWidth else { return capped(needs, width: textWidth) }
            let shared = proportional(free.map { weights[$0] }, width: textWidth - taken)
            for index in widths.indices where fixed[index] { widths[index] = needs[index] }
            for (position, index) in free.enumerated() { widths[index] = shared[position] }
        }
        return widths
    }

    /// When the longest words together are wider than the page: every
    /// column gets its need up to one cap, chosen so that the columns fill
    /// `width`. Short columns (numbers, "nr") keep their whole need; only
    /// the ones with the longest words give way, and those words hyphenate.
    private static func capped(_ needs: [Int], width: Int) -> [Int] {
        guard !needs.isEmpty else { return [] }
        let sorted = needs.sorted()
        var remaining = width
        var cap = 0
        for (index, need) in sorted.enumerated() {
            let left = sorted.count - index
            if need * left >= remaining {
                cap = remaining / left
                break
            }
            remaining -= need
            cap = need
        }
        var widths = needs.map { min($0, cap) }
        widths[widths.count - 1] += width - widths.reduce(0, +)
        return widths
    }

    /// `width` split in proportion to `weights`, the last column taking
    /// what rounding leaves.
    private static func proportional(_ weights: [Double], width: Int) -> [Int] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return weights.map { _ in 0 } }
        var remaining = width
        return weights.enumerated().map { index, weight in
            let share = index == weights.count - 1 ? remaining : Int((weight / total * Double(width)).rounded())
            remaining -= share
            return share
        }
    }

    /// Per column the width of its longest word plus padding, capped at
    /// `maximumShare` of the text width.
    private static func minimumWidths(_ table: Table, textWidth: Int, metrics: TextMetrics) -> [Int] {
        var needs = Array(repeating: 0, count: table.columns.count)
        let cap = Int(Double(textWidth) * maximumShare)
        for row in table.headerRows + table.rows {
            var column = 0
            for cell in row.cells where column < needs.count {
                if cell.columnSpan <= 1 {
                    let longest = words(in: cell.blocks).map {
                        width(of: $0.word, font: metrics.font(of: $0.style)) + $0.indent
                    }.max() ?? 0
                    needs[column] = max(needs[column], min(longest + padding, cap))
                }
                column += max(cell.columnSpan, 1)
            }
        }
        return needs
    }

    /// The words of the text in `blocks` with their paragraph styles and
    /// the indent of the list they stand in: split at spaces, and after a
    /// hyphen or slash, where a line may break anyway.
    static func words(in blocks: [Block]) -> [(word: Substring, style: ParagraphStyle, indent: Int)] {
        var result: [(word: Substring, style: ParagraphStyle, indent: Int)] = []
        var indent = 0
        func add(_ text: String, _ style: ParagraphStyle) {
            if addASCII(text, style) { return }
            for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
                var start = word.startIndex
                for index in word.indices where word[index] == "-" || word[index] == "/" {
                    let next = word.index(after: index)
                    result.append((word[start..<next], style, indent))
                    start = next
                }
                if start < word.endIndex { result.append((word[start...], style, indent)) }
            }
        }
        /// The same split byte by byte, for text of printable ASCII and
        /// LF and tab (most cells), where every byte is a character.
        func addASCII(_ text: String, _ style: ParagraphStyle) -> Bool {
            var text = text
            guard text.withUTF8({ $0.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x09 } }) else { return false }
            let utf8 = text.utf8
            var start = utf8.startIndex
            var index = start
            while index != utf8.endIndex {
                let byte = utf8[index]
                let next = utf8.index(after: index)
                switch byte {
                case UInt8(ascii: " "), 0x0A, 0x09:
                    if start != index { result.append((Substring(utf8[start..<index]), style, indent)) }
                    start = next
                case UInt8(ascii: "-"), UInt8(ascii: "/"):
                    result.append((Substring(utf8[start..<next]), style, indent))
                    start = next
                default: break
                }
                index = next
            }
            if start != utf8.endIndex { result.append((Substring(utf8[start...]), style, indent)) }
            return true
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): add(paragraph.content.plainText, paragraph.style)
                case .heading(let heading): add(heading.text, heading.style ?? .tableHeading)
                case .list(let list):
                    // The label's width, as the list styles hang it.
                    indent += listIndent
                    for item in list.items { walk(item.blocks) }
                    indent -= listIndent
                default: break
                }
            }
        }
        walk(blocks)
        return result
    }

    /// The width of `word` in `font`, in thousandths of a centimetre, from
    /// advance widths in classes: narrow (i, l, punctuation), wide (m, w,
    /// capitals), the rest. The figures are a little above Liberation
    /// Sans's, so that a template's wider font (DejaVu Sans) fits too.
    static func width(of word: Substring, font: TextMetrics.Font) -> Int {
        let points = ems(of: word) * font.points * (font.bold ? 1.06 : 1)
        return Int((points * 35.28).rounded(.up))
    }

    /// The word's width in ems: printable ASCII (most words) byte by byte,
    /// anything else by character, as a combining accent adds nothing.
    private static func ems(of word: Substring) -> Double {
        var ems = 0.0
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Double? in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "i"), UInt8(ascii: "j"), UInt8(ascii: "l"), UInt8(ascii: "I"), UInt8(ascii: "."), UInt8(ascii: ","),
                     UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "'"), UInt8(ascii: "!"), UInt8(ascii: "|"): ems += 0.3
                case UInt8(ascii: "f"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"),
                     UInt8(ascii: "/"): ems += 0.42
                case UInt8(ascii: "m"), UInt8(ascii: "w"), UInt8(ascii: "M"), UInt8(ascii: "W"): ems += 0.92
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): ems += 0.74
                case 0x20...0x7E: ems += 0.62
                default: return nil
                }
            }
            return ems
        }
        if let ascii = ascii ?? nil { return ascii }
        ems = 0
        for character in word {
            switch character {
            case "i", "j", "l", "I", ".", ",", ":", ";", "'", "!", "|": ems += 0.3
            case "f", "t", "r", "(", ")", "-", "/": ems += 0.42
            case "m", "w", "M", "W": ems += 0.92
            case _ where character.isUppercase: ems += 0.74
            default: ems += 0.62
            }
        }
        return ems
    }
}
