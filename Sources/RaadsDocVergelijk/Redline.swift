import RaadsDocCore

/// Who made the changes of a redline and when, and the ids the inputs give
/// their provisions: identity survives renumbering, numbers do not.
public struct RedlineSettings: Sendable {
    public var author: String
    /// The day, `YYYY-MM-DD`: changes of words are dated at its midnight,
    /// changes of whole blocks an hour later (see `Comparer.change`).
    public var date: String
    /// The id of the article, lid or onderdeel each bookmark ("art-4",
    /// "art-4-lid-3") names, in the old and the new version.
    public var oldIdentities: [String: String]
    public var newIdentities: [String: String]

    public init(author: String, date: String, oldIdentities: [String: String] = [:], newIdentities: [String: String] = [:]) {
        self.author = author
        self.date = date
        self.oldIdentities = oldIdentities
        self.newIdentities = newIdentities
    }
}

/// Two versions of a document as one, with tracked changes: the new
/// version with what the old one had and it lacks as deletions, and its
/// own additions as insertions, plus the list of changes.
public struct Redline: Sendable {
    public let document: Document
    public let changes: [ChangeEntry]

    /// Compares two composed documents of any kind. The body is aligned
    /// by its headings (articles by their ids, else by title and text), a
    /// heading's blocks block by block, list items by id or likeness, text
    /// word by word.
    public static func compare(old: Document, new: Document, settings: RedlineSettings) -> Redline {
        let old = BoundSpaces.apply(old), new = BoundSpaces.apply(new)
        let comparer = Comparer(settings)
        var merged = new
        merged.header = comparer.blocks(old.header, new.header, context: ["titel"])
        merged.body = comparer.segments(old.body, new.body)
        merged.signature = comparer.blocks(Signing.flattened(old.signature), Signing.flattened(new.signature),
                                           context: ["ondertekening"])
        merged.attachments = comparer.blocks(old.attachments, new.attachments, context: ["bijlagen"])
        Renumbering.apply(&merged)
        let changes = coalesced(comparer.changes)
        merged.header = Overview.blocks(changes) + merged.header
        return Redline(document: merged, changes: changes)
    }

    /// Changes of the same kind to the same provision one after another
    /// (the lines of a new party's signature) as one.
    static func coalesced(_ changes: [ChangeEntry]) -> [ChangeEntry] {
        var result: [ChangeEntry] = []
        for change in changes {
            if var last = result.last, last.provision == change.provision, last.kind == change.kind,
               last.description == change.description, change.kind == .ingevoegd || change.kind == .vervallen {
                func joined(_ a: String?, _ b: String?) -> String? {
                    guard let a, let b else { return a ?? b }
                    return b.isEmpty ? a : a.isEmpty ? b : a + " " + b
                }
                last.old = joined(last.old, change.old)
                last.new = joined(last.new, change.new)
                result[result.count - 1] = last
            } else {
                result.append(change)
            }
        }
        return result
    }
}

final class Comparer {
    let settings: RedlineSettings
    private(set) var changes: [ChangeEntry] = []

    init(_ settings: RedlineSettings) {
        self.settings = settings
    }

    /// A change of whole blocks or of words. LibreOffice joins an
    /// insertion to one that touches it when author, comment and minute
    /// agree within a minute or so; words inserted at the end of a list
    /// item and the item inserted after it would then be rejected as one,
    /// taking the paragraph end between them along (checked: one minute
    /// apart still joins, an hour apart does not). Whole blocks therefore
    /// carry the hour after that of words.
    func change(_ kind: TrackedChange.Kind, comment: String? = nil, words: Bool = false) -> TrackedChange {
        TrackedChange(kind, author: settings.author, date: settings.date + (words ? "T00:00:00" : "T01:00:00"), comment: comment)
    }

    var wordDeletion: TrackedChange { change(.deletion, words: true) }
    var wordInsertion: TrackedChange { change(.insertion, words: true) }

    private func record(_ provision: [String], _ kind: ChangeEntry.Kind, _ description: String,
                        old: String? = nil, new: String? = nil) {
        // The change list reads the text as written, without the writer's no-break spaces.
        func plain(_ text: String?) -> String? { text?.replacingOccurrences(of: "\u{00A0}", with: " ") }
        changes.append(ChangeEntry(provision: Provision.joined(provision), kind: kind, description: plain(description) ?? description,
                                   old: plain(old), new: plain(new)))
    }

    // MARK: Headings and what follows them

    struct Segment {
        var heading: Heading?
        var blocks: [Block]

        var all: [Block] { (heading.map { [Block.heading($0)] } ?? []) + blocks }
        var text: String { all.map(\.plainText).joined(separator: " ") }
    }

    static func segments(_ blocks: [Block]) -> [Segment] {
        var result: [Segment] = []
        for block in blocks {
            if case .heading(let heading) = block {
                result.append(Segment(heading: heading, blocks: []))
            } else if result.isEmpty {
                result.append(Segment(heading: nil, blocks: [block]))
            } else {
                result[result.count - 1].blocks.append(block)
            }
        }
        return result
    }

    private func identity(_ heading: Heading?, old: Bool) -> String? {
        guard let bookmark = heading?.bookmark else { return nil }
        return (old ? settings.oldIdentities : settings.newIdentities)[bookmark]
    }

    private func segmentScore(_ a: Segment, _ b: Segment) -> Double {
        guard let ha = a.heading, let hb = b.heading else { return a.heading == nil && b.heading == nil ? 1 : 0 }
        guard ha.level == hb.level, ha.number?.series == hb.number?.series else { return 0 }
        if let ia = identity(ha, old: true), let ib = identity(hb, old: false) { return ia == ib ? 3 : 0 }
        if ha.content == hb.content && !ha.content.isEmpty { return 2 }
        let similarity = Similarity.of(a.text, b.text)
        return similarity >= 0.5 ? similarity : 0
    }

    func alignSegments(_ a: [Segment], _ b: [Segment]) -> [AlignmentStep] {
        Alignment.align(a, b, score: segmentScore)
    }

    func alignItems(_ a: ListBlock, _ b: ListBlock) -> [AlignmentStep] {
        Alignment.align(a.items, b.items, score: itemScore(a, b))
    }

    private func sameProvision(_ a: Segment, _ b: Segment) -> Bool {
        guard let ha = a.heading, let hb = b.heading, ha.level == hb.level else { return false }
        if let ia = identity(ha, old: true), let ib = identity(hb, old: false) { return ia == ib }
        return ha.content == hb.content && !ha.content.isEmpty
    }

    /// The body: headings with their blocks aligned, a provision that
    /// changed place shown as moved.
    func segments(_ old: [Block], _ new: [Block]) -> [Block] {
        let a = Self.segments(old), b = Self.segments(new)
        let steps = alignSegments(a, b)
        var movedTo: [Int: Int] = [:], movedFrom: [Int: Int] = [:]
        let newOnly = steps.compactMap { step -> Int? in if case .new(let j) = step { j } else { nil } }
        for case .old(let i) in steps {
            if let j = newOnly.first(where: { movedFrom[$0] == nil && sameProvision(a[i], b[$0]) }) {
                movedTo[i] = j
                movedFrom[j] = i
            }
        }
        var result: [Block] = []
        for step in steps {
            switch step {
            case .both(let i, let j):
                let name = b[j].heading.map(Provision.heading) ?? "aanhef"
                if let ha = a[i].heading, let hb = b[j].heading { result.append(heading(ha, hb)) }
                result += blocks(a[i].blocks, b[j].blocks, context: [name])
            case .old(let i):
                let name = a[i].heading.map(Provision.heading) ?? ""
                if let j = movedTo[i] {
                    let target = b[j].heading.map(Provision.heading) ?? ""
                    record([name], .verplaatst, "verplaatst van \(name) naar \(target)",
                           old: a[i].text, new: a[i].text == b[j].text ? nil : b[j].text)
                    result.append(.change(change(.deletion, comment: "verplaatst naar \(target)"), a[i].all.map(Targets.removed)))
                } else {
                    record([name], .vervallen, "vervallen", old: a[i].text)
                    result.append(.change(change(.deletion), a[i].all.map(Targets.removed)))
                }
            case .new(let j):
                let name = b[j].heading.map(Provision.heading) ?? ""
                if let i = movedFrom[j] {
                    let source = a[i].heading.map(Provision.heading) ?? ""
                    result.append(.change(change(.insertion, comment: "verplaatst van \(source)"), b[j].all))
                } else {
                    record([name], .ingevoegd, "ingevoegd", new: b[j].text)
                    result.append(.change(change(.insertion), b[j].all))
                }
            }
        }
        return result
    }

    private func heading(_ a: Heading, _ b: Heading) -> Block {
        var merged = b
        let name = Provision.heading(b)
        if let oldNumber = a.number, let newNumber = b.number, oldNumber.value != newNumber.value {
            record([name], .vernummerd, "vernummerd van \(Provision.heading(a)) tot \(name)")
        }
        if a.content != b.content {
            record([name], .gewijzigd, "opschrift gewijzigd", old: a.content.plainText, new: b.content.plainText)
            merged.content = WordDiff.diff(a.content, b.content, deletion: wordDeletion, insertion: wordInsertion)
        }
        return .heading(merged)
    }

    // MARK: Blocks

    private func blockScore(_ a: Block, _ b: Block) -> Double {
        switch (a, b) {
        case (.paragraph(let pa), .paragraph(let pb)):
            guard pa.style == pb.style else { return 0 }
            if pa.content == pb.content { return 3 }
            let similarity = Similarity.of(pa.content.plainText, pb.content.plainText)
            return similarity >= 0.3 ? 1 + similarity : 0
        case (.heading(let ha), .heading(let hb)):
            return ha.level == hb.level ? 1 + Similarity.of(ha.text, hb.text) : 0
        case (.list(let la), .list(let lb)):
            return la.marker == lb.marker && la.itemStyle == lb.itemStyle ? 1 + Similarity.of(a.plainText, b.plainText) : 0
        case (.table(let ta), .table(let tb)):
            return ta.columns.count == tb.columns.count ? 1 + Similarity.of(a.plainText, b.plainText) : 0
        default:
            return a == b ? 2 : 0
        }
    }

    /// Two runs of blocks as one: alike blocks merged, the others deleted
    /// or inserted. `context` names the provision they belong to.
    func blocks(_ old: [Block], _ new: [Block], context: [String]) -> [Block] {
        var result: [Block] = []
        for step in Alignment.align(old, new, score: blockScore) {
            switch step {
            case .both(let i, let j):
                result += merged(old[i], new[j], context: context)
            case .old(let i):
                record(context, .vervallen, "tekst vervallen", old: old[i].plainText)
                result.append(.change(change(.deletion), [Targets.removed(old[i])]))
            case .new(let j):
                record(context, .ingevoegd, "tekst ingevoegd", new: new[j].plainText)
                result.append(.change(change(.insertion), [new[j]]))
            }
        }
        return result
    }

    private func merged(_ a: Block, _ b: Block, context: [String]) -> [Block] {
        if a == b { return [b] }
        switch (a, b) {
        case (.paragraph(let pa), .paragraph(var pb)):
            pb.content = WordDiff.diff(pa.content, pb.content, deletion: wordDeletion, insertion: wordInsertion)
            record(context, .gewijzigd, "tekst gewijzigd: " + WordDiff.summary(pb.content), old: pa.content.plainText,
                   new: b.plainText)
            return [.paragraph(pb)]
        case (.heading(let ha), .heading(let hb)):
            return [heading(ha, hb)]
        case (.list(let la), .list(let lb)):
            return [.list(list(la, lb, context: context))]
        case (.table(let ta), .table(let tb)):
            return [.table(table(ta, tb, context: context))]
        default:
            record(context, .gewijzigd, "gewijzigd", old: a.plainText, new: b.plainText)
            return [.change(change(.deletion), [Targets.removed(a)]), .change(change(.insertion), [b])]
        }
    }

    // MARK: Lists

    private func itemScore(_ la: ListBlock, _ lb: ListBlock) -> (ListItem, ListItem) -> Double {
        { a, b in
            if let ia = a.bookmark.flatMap({ self.settings.oldIdentities[$0] }),
               let ib = b.bookmark.flatMap({ self.settings.newIdentities[$0] }) {
                return ia == ib ? 3 : 0
            }
            if a.blocks == b.blocks { return 2.5 }
            let similarity = Similarity.of(Block.list(ListBlock(la.marker, items: [a])).plainText,
                                           Block.list(ListBlock(lb.marker, items: [b])).plainText)
            return similarity >= 0.3 ? 1 + similarity : 0
        }
    }

    /// Two versions of a list as one. Where the word processor numbers the
    /// items, it renumbers them after Accept or Reject; typed labels are
    /// those of the item's own version (a renumbered typed label is not a
    /// tracked change).
    private func list(_ a: ListBlock, _ b: ListBlock, context: [String]) -> ListBlock {
        let typed = !(a.labelsFollowMarker && b.labelsFollowMarker)
        // Leden and onderdelen are named so inside an article only; the
        // parties and considerations before the articles are "punt 2".
        let inArticle = context.first?.hasPrefix("artikel") ?? false
        func articleStyle(_ list: ListBlock) -> ParagraphStyle? { inArticle ? list.itemStyle : nil }
        var result = ListBlock(b.marker, items: [], itemStyle: b.itemStyle)
        for step in alignItems(a, b) {
            switch step {
            case .both(let i, let j):
                var item = b.items[j]
                let name = Provision.item(label: b.label(at: j), style: articleStyle(b))
                if a.label(at: i) != b.label(at: j), !a.items[i].blocks.isEmpty, b.itemStyle == .member || b.itemStyle == .part {
                    record(context + [name], .vernummerd,
                           "vernummerd van \(Provision.item(label: a.label(at: i), style: articleStyle(a))) tot \(name)")
                }
                item.blocks = blocks(a.items[i].blocks, b.items[j].blocks, context: context + [name])
                item.label = typed ? b.label(at: j) : nil
                result.items.append(item)
            case .old(let i):
                let name = Provision.item(label: a.label(at: i), style: articleStyle(a))
                record(context + [name], .vervallen, "vervallen", old: Block.list(ListBlock(a.marker, items: [a.items[i]])).plainText)
                var item = Targets.removed(a.items[i])
                item.change = change(.deletion)
                item.label = typed ? a.label(at: i) : nil
                result.items.append(item)
            case .new(let j):
                let name = Provision.item(label: b.label(at: j), style: articleStyle(b))
                record(context + [name], .ingevoegd, "ingevoegd", new: Block.list(ListBlock(b.marker, items: [b.items[j]])).plainText)
                var item = b.items[j]
                item.change = change(.insertion)
                item.label = typed ? b.label(at: j) : nil
                result.items.append(item)
            }
        }
        return result
    }

    // MARK: Tables

    /// Rows aligned by their text, cells merged pairwise. A row one version
    /// lacks keeps its place with its text inserted or deleted.
    private func table(_ a: Table, _ b: Table, context: [String]) -> Table {
        var result = b
        result.headerRows = rows(a.headerRows, b.headerRows, context: context)
        result.rows = rows(a.rows, b.rows, context: context)
        return result
    }

    private func rows(_ old: [TableRow], _ new: [TableRow], context: [String]) -> [TableRow] {
        func text(_ row: TableRow) -> String { row.cells.flatMap(\.blocks).map(\.plainText).joined(separator: " ") }
        var result: [TableRow] = []
        let steps = Alignment.align(old, new) { a, b in
            a == b ? 3 : (a.cells.count == b.cells.count ? 1 + Similarity.of(text(a), text(b)) : 0)
        }
        for step in steps {
            switch step {
            case .both(let i, let j):
                var row = new[j]
                let name = context + ["tabel, rij \(j + 1)"]
                for index in row.cells.indices {
                    row.cells[index].blocks = blocks(old[i].cells[index].blocks, new[j].cells[index].blocks, context: name)
                }
                result.append(row)
            case .old(let i):
                var row = old[i]
                record(context + ["tabel"], .vervallen, "rij vervallen", old: text(old[i]))
                for index in row.cells.indices { row.cells[index].blocks = [.change(change(.deletion), row.cells[index].blocks.map(Targets.removed))] }
                result.append(row)
            case .new(let j):
                var row = new[j]
                record(context + ["tabel"], .ingevoegd, "rij ingevoegd", new: text(new[j]))
                for index in row.cells.indices { row.cells[index].blocks = [.change(change(.insertion), row.cells[index].blocks)] }
                result.append(row)
            }
        }
        return result
    }
}

extension Block {
    /// The text without markup, blocks separated by spaces.
    var plainText: String {
        switch self {
        case .heading(let heading): heading.text
        case .paragraph(let paragraph): paragraph.content.plainText
        case .list(let list): list.items.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " ")
        case .table(let table): (table.headerRows + table.rows).flatMap(\.cells).flatMap(\.blocks).map(\.plainText).joined(separator: " ")
        case .signatures(let block): block.signatories.map { "\($0.name) \($0.function)" }.joined(separator: " ")
        case .figure(let figure): figure.caption.plainText
        case .change(_, let blocks): blocks.map(\.plainText).joined(separator: " ")
        case .pageBreak, .part, .tableOfContents: ""
        }
    }
}
