import RaadsDocCore

/// The numbered headings of a redline count on through deleted and
/// inserted ones alike, so that the writer puts them in one list of the
/// word processor, which renumbers them after Accept or Reject.
enum Renumbering {
    static func apply(_ document: inout Document) {
        var counters: [String: Int] = [:]
        document.header = document.header.map { renumbered($0, &counters) }
        document.body = document.body.map { renumbered($0, &counters) }
        document.signature = document.signature.map { renumbered($0, &counters) }
        document.attachments = document.attachments.map { renumbered($0, &counters) }
    }

    private static func renumbered(_ block: Block, _ counters: inout [String: Int]) -> Block {
        switch block {
        case .heading(var heading):
            if var number = heading.number {
                let value = counters[number.series].map { $0 + 1 } ?? number.value
                counters[number.series] = value
                number.value = value
                heading.number = number
            }
            return .heading(heading)
        case .change(let change, let blocks):
            return .change(change, blocks.map { renumbered($0, &counters) })
        default:
            return block
        }
    }
}
