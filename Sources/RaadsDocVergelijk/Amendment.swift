import RaadsDocCore

/// The instructions of a wijzigingsovereenkomst, in the style of chapter 6
/// of the Aanwijzingen voor de regelgeving: per article of OUD that
/// NIEUW changes, the smallest provision that changed "komt te luiden", a
/// provision NIEUW adds "wordt ingevoegd", one it lacks "vervalt". Numbers
/// are those of OUD; an inserted article gets a letter (4a) unless
/// `renumbers`, which renumbers the ones after it and says so.
public struct Amendment: Sendable {
    /// One instruction: its sentence and the new text it brings, if any.
    public struct Instruction: Sendable, Equatable {
        public var sentence: String
        public var text: [String]
    }

    public let instructions: [Instruction]

    public static func instructions(old: Document, new: Document, settings: RedlineSettings, renumbers: Bool) -> Amendment {
        let comparer = Comparer(settings)
        return Amendment(instructions: AmendmentWriter(comparer: comparer, renumbers: renumbers).instructions(old: old.body, new: new.body))
    }
}

private struct AmendmentWriter {
    let comparer: Comparer
    let renumbers: Bool

    private func articleNumber(_ heading: Heading?) -> Int? {
        guard let heading, let number = heading.number, number.label.lowercased().hasPrefix("artikel"),
              heading.content.plainText != "Citeertitel" else { return nil }
        return number.value
    }

    func instructions(old: [Block], new: [Block]) -> [Amendment.Instruction] {
        let a = Comparer.segments(old), b = Comparer.segments(new)
        let steps = comparer.alignSegments(a, b)
        var result: [Amendment.Instruction] = []
        var lastOld = 0
        var insertedAfter: [Int: Int] = [:]
        var renumberingStated: Set<Int> = []
        /// The articles after step `index` that keep their place but not
        /// their number, not named in an earlier instruction, as old and new numbers.
        func renumbering(after index: Int) -> String {
            var pairs: [(Int, Int)] = []
            for case .both(let i, let j) in steps[(index + 1)...] {
                guard let from = articleNumber(a[i].heading), let to = articleNumber(b[j].heading), from != to,
                      !renumberingStated.contains(from) else { continue }
                pairs.append((from, to))
            }
            renumberingStated.formUnion(pairs.map(\.0))
            guard !pairs.isEmpty else { return "" }
            return "onder vernummering van \(range(pairs.map(\.0))) tot \(range(pairs.map(\.1), plain: true))"
        }
        for (index, step) in steps.enumerated() {
            switch step {
            case .both(let i, let j):
                guard let number = articleNumber(a[i].heading) else { continue }
                lastOld = number
                guard articleNumber(b[j].heading) != nil else { continue }
                result += changes(in: number, old: a[i], new: b[j])
            case .old(let i):
                guard let number = articleNumber(a[i].heading) else { continue }
                lastOld = number
                var sentence = "Artikel \(number) vervalt"
                if renumbers {
                    let stated = renumbering(after: index)
                    if !stated.isEmpty { sentence += ", " + stated }
                }
                result.append(.init(sentence: sentence + ".", text: []))
            case .new(let j):
                guard let newNumber = articleNumber(b[j].heading) else { continue }
                let count = (insertedAfter[lastOld] ?? 0) + 1
                insertedAfter[lastOld] = count
                let label = renumbers ? String(newNumber) : "\(lastOld)\(NumberFormat.numeral(count, .lowerLetter))"
                let place = lastOld == 0 ? "voor artikel 1" : "na artikel \(lastOld)"
                let stated = renumbers ? renumbering(after: index) : ""
                let sentence = stated.isEmpty ? "\(capitalized(place)) wordt een artikel ingevoegd, luidende:"
                    : "\(capitalized(stated)) wordt \(place) een artikel ingevoegd, luidende:"
                let title = b[j].heading?.content.plainText ?? ""
                result.append(.init(sentence: sentence, text: ["Artikel \(label). \(title)"] + Source.lines(b[j].blocks)))
            }
        }
        return result
    }

    /// "artikel 5", "de artikelen 5 en 6", "de artikelen 5 tot en met 7";
    /// `plain` leaves out the article word for the second half.
    private func range(_ numbers: [Int], plain: Bool = false) -> String {
        guard let first = numbers.first, let last = numbers.last else { return "" }
        if numbers.count == 1 { return "artikel \(last)" }
        let span = numbers.count == 2 ? "\(first) en \(last)" : "\(first) tot en met \(last)"
        return plain ? span : "de artikelen \(span)"
    }

    /// The changes inside one article kept by NIEUW.
    private func changes(in number: Int, old: Comparer.Segment, new: Comparer.Segment) -> [Amendment.Instruction] {
        let oldBlocks = old.blocks.map(Targets.removed), newBlocks = new.blocks.map(Targets.removed)
        if oldBlocks == newBlocks && old.heading?.content == new.heading?.content { return [] }
        let name = "artikel \(number)"
        // Only a list of leden or onderdelen changed, the rest alike.
        if old.heading?.content == new.heading?.content, oldBlocks.count == newBlocks.count {
            let differing = oldBlocks.indices.filter { oldBlocks[$0] != newBlocks[$0] }
            if differing.count == 1, case .list(let la) = oldBlocks[differing[0]], case .list(let lb) = newBlocks[differing[0]],
               la.marker == lb.marker, la.itemStyle == lb.itemStyle {
                if let items = listChanges(la, lb, within: [name]) { return items }
            }
            // One begripsbepaling ("installateur: een erkend bedrijf …").
            if differing.count == 1, case .paragraph(let pa) = oldBlocks[differing[0]], case .paragraph(let pb) = newBlocks[differing[0]],
               let term = Self.definedTerm(pa.content.plainText), term == Self.definedTerm(pb.content.plainText) {
                return [.init(sentence: "In \(name) komt de begripsbepaling van ‘\(term)’ te luiden:", text: [pb.content.plainText])]
            }
        }
        let title = new.heading?.content.plainText ?? ""
        return [.init(sentence: "\(capitalized(name)) komt te luiden:",
                      text: ["Artikel \(number). \(title)"] + Source.lines(new.blocks))]
    }

    /// The term a begripsbepaling defines: the words before its colon.
    private static func definedTerm(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
        let term = text[..<colon]
        return term.count <= 60 ? String(term) : nil
    }

    /// Instructions for the items of one list, or nil when its items cannot
    /// be told apart (then the whole article is given anew).
    private func listChanges(_ a: ListBlock, _ b: ListBlock, within path: [String]) -> [Amendment.Instruction]? {
        let steps = comparer.alignItems(a, b)
        var result: [Amendment.Instruction] = []
        var lastOld = 0
        var inserted = 0
        let word = b.itemStyle == .member ? "lid" : "onderdeel"
        func name(_ list: ListBlock, _ index: Int) -> String { Provision.item(label: list.label(at: index), style: list.itemStyle) }
        func cited(_ itemName: String) -> String { word == "lid" ? "het " + itemName : itemName }
        for step in steps {
            switch step {
            case .both(let i, let j):
                lastOld = i + 1
                inserted = 0
                let oldItem = a.items[i], newItem = b.items[j]
                guard oldItem.blocks.map(Targets.removed) != newItem.blocks.map(Targets.removed) else { continue }
                let itemPath = path + [name(a, i)]
                // Only a nested list of onderdelen changed.
                if oldItem.blocks.count == newItem.blocks.count, oldItem.blocks.count >= 2,
                   oldItem.blocks.dropLast() == newItem.blocks.dropLast(),
                   case .list(let na)? = oldItem.blocks.last, case .list(let nb)? = newItem.blocks.last,
                   let nested = listChanges(na, nb, within: itemPath) {
                    result += nested
                    continue
                }
                result.append(.init(sentence: sentence(itemPath) + " komt te luiden:",
                                    text: Source.item(a.label(at: i), newItem)))
            case .old(let i):
                lastOld = i + 1
                var sentence = sentence(path + [name(a, i)]) + " vervalt"
                if renumbers, i + 1 < a.items.count {
                    let later = (i + 1)..<a.items.count
                    let from = later.map { name(a, $0) }, to = later.map { name(a, $0 - 1) }
                    sentence += ", onder vernummering van \(series(from, word)) tot \(series(to, word, article: false))"
                }
                result.append(.init(sentence: sentence + ".", text: []))
            case .new(let j):
                inserted += 1
                let label: String
                if renumbers || word == "onderdeel" && lastOld == 0 {
                    label = b.label(at: j)
                } else {
                    let base = lastOld == 0 ? "" : a.label(at: lastOld - 1).trimmingCharacters(in: [".", ")"])
                    label = base + NumberFormat.numeral(inserted, .lowerLetter) + "."
                }
                let place = lastOld == 0 ? "voor " + cited(name(a, 0)) : "na " + cited(name(a, lastOld - 1))
                var renumbering = ""
                if renumbers, lastOld < a.items.count {
                    let later = lastOld..<a.items.count
                    let from = later.map { name(a, $0) }
                    let to = later.map { Provision.item(label: b.marker.label(for: $0 + 1 + inserted), style: a.itemStyle) }
                    renumbering = "onder vernummering van \(series(from, word)) tot \(series(to, word, article: false)), "
                }
                let container = "In " + Provision.joined(path)
                let sentence = renumbering.isEmpty ? "\(container) wordt \(place) een \(word) ingevoegd, luidende:"
                    : "\(container) wordt, \(renumbering)\(place) een \(word) ingevoegd, luidende:"
                result.append(.init(sentence: sentence, text: Source.item(label, b.items[j])))
            }
        }
        return result
    }

    /// "Artikel 4, derde lid, onderdeel b," (the comma closing the
    /// provision's name), "Artikel 4".
    private func sentence(_ path: [String]) -> String {
        capitalized(Provision.joined(path)) + (path.count > 1 ? "," : "")
    }

    /// "het derde lid", "het derde en vierde lid", "onderdeel c".
    private func series(_ names: [String], _ word: String, article: Bool = true) -> String {
        if word == "lid" {
            let ordinals = names.map { $0.replacingOccurrences(of: " lid", with: "") }
            let joined = ordinals.count == 1 ? ordinals[0] : ordinals.dropLast().joined(separator: ", ") + " en " + (ordinals.last ?? "")
            return (article ? "het " : "") + joined + " lid"
        }
        let letters = names.map { $0.replacingOccurrences(of: "onderdeel ", with: "") }
        if letters.count == 1 { return "onderdeel " + letters[0] }
        return "de onderdelen " + letters.dropLast().joined(separator: ", ") + " en " + (letters.last ?? "")
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// Tree text back as lines of input: each paragraph a line, each list item
/// its label and text, nested items after their parent.
enum Source {
    static func lines(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .list(let list):
                list.items.indices.flatMap { item(list.label(at: $0), list.items[$0]) }
            case .table(let table):
                (table.headerRows + table.rows).map { $0.cells.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " | ") }
            default:
                [block.plainText]
            }
        }
    }

    static func item(_ label: String, _ item: ListItem) -> [String] {
        let lines = Self.lines(item.blocks)
        guard let first = lines.first else { return [label] }
        return [label + " " + first] + lines.dropFirst()
    }
}
