import Foundation
import HashSupport
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// index.json in the output folder: every document with its metadata, its
/// source and outputs with their SHA-256, and its warnings. It serves
/// document-management imports and decides what `--alleen-gewijzigd` may
/// skip. While a batch runs, each finished document is also appended to a
/// journal, so that a run killed half-way loses nothing it finished.
public enum BatchIndex {
    public static let fileName = "index.json"
    package static let journalName = ".raadsdoc-journaal"

    /// What an earlier run recorded for one document (`PreviousRecords`
    /// keeps them packed and gives them out one at a time).
    package struct Record {
        package let fingerprint: SHA256Digest
        package let outputs: [(path: String, hash: SHA256Digest)]

        /// Whether the document was made from the same sources, profile and template.
        package func hasFingerprint(_ fingerprint: String) -> Bool {
            SHA256Digest(hex: fingerprint) == self.fingerprint
        }

        /// The outputs as an entry of index.json names them.
        package var outputsWithHexHashes: [(path: String, hash: String)] {
            outputs.map { ($0.path, $0.hash.hex) }
        }
    }

    /// The members of an entry that no phase after `prepare` changes, each
    /// run of them as compact JSON without the braces, so that a batch can
    /// keep them on disk and put the entry together when it writes it.
    package struct Parts: Sendable, Equatable {
        /// "bron" and "bron-sha256".
        package var source: String
        /// The summary ("titel" to "publicatie") and "afhankelijk-van".
        package var described: String
        /// "waarschuwingen".
        package var warnings: String
        /// "taal" and "vingerafdruk".
        package var closing: String
    }

    /// The fixed members of the entry for a loaded document.
    package static func parts(of document: LoadedDocument, sources: [(path: String, hash: String)],
                              diagnostics: [Diagnostic], fingerprint: String) -> Parts {
        var described: [(String, JSONValue)] = []
        if let summary = document.summary {
            described += [
                ("titel", .string(summary.title)),
                ("soort", .string(summary.soort)),
                ("datum", summary.date.map { .string($0.iso) } ?? .null),
                ("kenmerk", summary.reference.map { .string($0) } ?? .null),
                ("gemeente", summary.gemeente.map { .string($0) } ?? .null),
            ]
            described.append(("publicatie", PublicationRecord(document).json))
        }
        described.append(("afhankelijk-van", .array(sources.dropFirst().map { source in
            .object([("pad", .string(source.path)), ("sha256", .string(source.hash))])
        })))
        let warnings: [(String, JSONValue)] = [("waarschuwingen", .array(diagnostics.filter { $0.severity == .waarschuwing }.map { warning in
            .object([("regel", .number(warning.position.line)), ("kolom", .number(warning.position.column)),
                     ("code", .string(warning.code)), ("bericht", .string(warning.message))])
        }))]
        var closing: [(String, JSONValue)] = []
        if let scores = document.languageScores { closing.append(("taal", scores.json)) }
        closing.append(("vingerafdruk", .string(fingerprint)))
        return Parts(source: members([("bron", .string(document.path)), ("bron-sha256", .string(sources.first?.hash ?? ""))]),
                     described: members(described), warnings: members(warnings), closing: members(closing))
    }

    /// The entry of `item` on one line: its fixed parts with what the
    /// phases after `prepare` may have changed (status, outputs, the
    /// PDF/A check, the failure) in their places.
    package static func entry(_ item: BatchItem) -> String {
        var changing: [(String, JSONValue)] = [("uitvoer", .array(item.outputs.map { output in
            .object([("pad", .string(output.path)), ("sha256", .string(output.hash))])
        }))]
        if let check = item.pdfaCheck {
            changing.append(("pdfa", .object([
                ("deel", .string("2b")), ("controle", .string(PDFAInspection.validatorName)),
                ("uitkomst", .string(check.conforms ? "geldig" : "ongeldig")),
                ("bevindingen", .array(check.findings.map { .string($0) })),
            ])))
        }
        let parts = item.indexParts
        let pieces = [parts.source, members([("status", .string(item.status.rawValue))]), parts.described,
                      members(changing), parts.warnings,
                      item.failure.map { members([("fout", .string($0))]) } ?? "", parts.closing]
        return "{" + pieces.filter { !$0.isEmpty }.joined(separator: ",") + "}"
    }

    /// Members as compact JSON without the braces of their object.
    private static func members(_ members: [(String, JSONValue)]) -> String {
        guard !members.isEmpty else { return "" }
        return JSONValue.object(members).compactMembers
    }

    /// index.json from entries already in order, each on one line.
    package static func text(entries: [String], part: IndexPart?) -> String {
        var text = ""
        write(entries: entries, part: part) { text += $0 }
        return text
    }

    /// index.json piece by piece to `sink`, from entries already in order
    /// (one document per line, sorted by source path, so that the shards
    /// of a run, `part`, merge into the bytes of a single run).
    package static func write<Failure: Error>(entries: some Sequence<String>, part: IndexPart?,
                                              to sink: (String) throws(Failure) -> Void) throws(Failure) {
        var header = "{\n  \"generator\": " + JSONValue.string("raadsdoc/\(RaadsDocVersion.number)").compact + ",\n"
        if let part { header += "  \"deel\": " + part.json.compact + ",\n" }
        var first = true
        for entry in entries {
            try sink(first ? header + "  \"documenten\": [\n    " + entry : ",\n    " + entry)
            first = false
        }
        try sink(first ? header + "  \"documenten\": []\n}\n" : "\n  ]\n}\n")
    }

    /// The records of the last run (index.json plus the journal of a run
    /// that was killed), by source path. Both are read a line at a time,
    /// each entry parsed on its own, so that the index of a run of 100,000
    /// documents costs the records and not the whole JSON tree. An
    /// index.json laid out otherwise than raadsdoc writes it (reformatted
    /// by hand, say) is parsed whole instead.
    package static func previousRecords(in directory: String) -> PreviousRecords {
        var records = PreviousRecords()
        let index = PathName.join(directory, fileName)
        if !addEntryLines(of: index, to: &records) {
            records = PreviousRecords()
            if let bytes = try? FileSystem.read(index),
               let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
               let documents = root["documenten"] as? [[String: Any]] {
                for document in documents { add(document, to: &records) }
            }
        }
        try? FileSystem.readLines(PathName.join(directory, journalName), maximumLength: maximumEntryLength) { line in
            if let document = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] {
                add(document, to: &records)
            }
            return true
        }
        return records
    }

    /// The longest entry line read back: far beyond any document's entry
    /// (its warnings included), so only a damaged file reaches it.
    static let maximumEntryLength = 16 << 20

    /// The JSON object of the document on `line`, as `write` lays it out
    /// (indented by four spaces, a comma after all but the last), or nil
    /// when the line holds no document.
    package static func entry(onLine line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard line.starts(with: "    {".utf8) else { return nil }
        let entry = line.dropFirst(4)
        return entry.last == UInt8(ascii: ",") ? entry.dropLast() : entry
    }

    /// Adds the entries of the index.json at `path`, read line by line in
    /// the layout `write` gives it; false when it has another layout (or
    /// cannot be read), and then what was added is incomplete.
    private static func addEntryLines(of path: String, to records: inout PreviousRecords) -> Bool {
        var layoutKnown = true
        do {
            try FileSystem.readLines(path, maximumLength: maximumEntryLength) { line in
                if let entry = entry(onLine: line) {
                    guard let document = try? JSONSerialization.jsonObject(with: Data(entry)) as? [String: Any] else {
                        layoutKnown = false
                        return false
                    }
                    add(document, to: &records)
                } else if !(line.elementsEqual("{".utf8) || line.elementsEqual("}".utf8) || line.elementsEqual("  ]".utf8)
                            || line.starts(with: "  \"".utf8)) {
                    layoutKnown = false
                    return false
                }
                return true
            }
        } catch {
            return false
        }
        return layoutKnown
    }

    private static func add(_ document: [String: Any], to records: inout PreviousRecords) {
        guard let source = document["bron"] as? String,
              let fingerprint = (document["vingerafdruk"] as? String).flatMap(SHA256Digest.init(hex:)),
              let outputs = document["uitvoer"] as? [[String: Any]], document["status"] as? String != "fout" else { return }
        records.insert(source: source, fingerprint: fingerprint, outputs: outputs.compactMap { output in
            guard let path = output["pad"] as? String,
                  let hash = (output["sha256"] as? String).flatMap(SHA256Digest.init(hex:)) else { return nil }
            return (path, hash)
        })
    }
}
