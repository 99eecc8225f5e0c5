import Foundation
import RaadsDocCore

/// One document of index.json, as `raadsdoc index diwoo` and `… mdto` read
/// it. They read index.json a line at a time (it holds one document per
/// line), so a batch of any size is read in flat memory.
package struct IndexEntry: Sendable {
    package let source: String
    package let sourceHash: String
    package let status: String
    package let title: String?
    package let soort: String?
    package let date: String?
    package let reference: String?
    package let publication: PublicationRecord?
    package let outputs: [(path: String, hash: String)]
    /// The part and outcome of the PDF/A check (`pdfa`), when there was one.
    package let pdfa: (part: String, conforms: Bool)?

    /// Whether the batch made the document (in this run or an earlier one).
    package var isMade: Bool { status == "gemaakt" || status == "ongewijzigd" }

    /// The output path of the ODT without its extension, which the
    /// metadata files are named after.
    package var stem: String? {
        outputs.first { $0.path.hasSuffix(".odt") }.map { String($0.path.dropLast(4)) }
    }

    init?(line: Substring) {
        var text = line.drop { $0 == " " }
        if text.hasSuffix(",") { text = text.dropLast() }
        guard text.hasPrefix("{"),
              let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let source = object["bron"] as? String else { return nil }
        self.source = source
        sourceHash = object["bron-sha256"] as? String ?? ""
        status = object["status"] as? String ?? ""
        title = object["titel"] as? String
        soort = object["soort"] as? String
        date = object["datum"] as? String
        reference = object["kenmerk"] as? String
        publication = PublicationRecord(json: object["publicatie"])
        outputs = (object["uitvoer"] as? [[String: Any]] ?? []).compactMap { output in
            guard let path = output["pad"] as? String, let hash = output["sha256"] as? String else { return nil }
            return (path, hash)
        }
        if let check = object["pdfa"] as? [String: Any], let part = check["deel"] as? String {
            pdfa = (part, check["uitkomst"] as? String == "geldig")
        } else {
            pdfa = nil
        }
    }

    /// Calls `body` with each document of the index.json at `path`, in
    /// order; throws when the file cannot be read.
    package static func forEach(inIndexAt path: String, _ body: (IndexEntry) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PublicationExport.Problem(description: "kan \(PathName.displayed(path)) niet lezen")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            pending += chunk
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                if let entry = IndexEntry(line: Substring(String(decoding: pending[start..<newline], as: UTF8.self))) { try body(entry) }
                start = newline + 1
            }
            pending.removeSubrange(..<start)
        }
        if let entry = IndexEntry(line: Substring(String(decoding: pending, as: UTF8.self))) { try body(entry) }
    }
}
