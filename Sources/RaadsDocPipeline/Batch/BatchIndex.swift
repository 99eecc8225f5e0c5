import Foundation
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

    /// What an earlier run recorded for one document.
    package struct Record {
        package let fingerprint: String
        package let outputs: [(path: String, hash: String)]
    }

    package static func entry(_ item: BatchItem) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("bron", .string(item.input.path)),
            ("bron-sha256", .string(item.sources.first?.hash ?? "")),
            ("status", .string(item.status.rawValue)),
        ]
        if let summary = item.summary {
            members += [
                ("titel", .string(summary.title)),
                ("soort", .string(summary.soort)),
                ("datum", summary.date.map { .string($0.iso) } ?? .null),
                ("kenmerk", summary.reference.map { .string($0) } ?? .null),
                ("gemeente", summary.gemeente.map { .string($0) } ?? .null),
            ]
            if let publication = item.publication { members.append(("publicatie", publication.json)) }
        }
        members.append(("afhankelijk-van", .array(item.sources.dropFirst().map { source in
            .object([("pad", .string(source.path)), ("sha256", .string(source.hash))])
        })))
        members.append(("uitvoer", .array(item.outputs.map { output in
            .object([("pad", .string(output.path)), ("sha256", .string(output.hash))])
        })))
        if let check = item.pdfaCheck {
            members.append(("pdfa", .object([
                ("deel", .string("2b")), ("controle", .string(PDFAInspection.validatorName)),
                ("uitkomst", .string(check.conforms ? "geldig" : "ongeldig")),
                ("bevindingen", .array(check.findings.map { .string($0) })),
            ])))
        }
        members.append(("waarschuwingen", .array(item.diagnostics.filter { $0.severity == .waarschuwing }.map { warning in
            .object([("regel", .number(warning.position.line)), ("kolom", .number(warning.position.column)),
                     ("code", .string(warning.code)), ("bericht", .string(warning.message))])
        })))
        if let failure = item.failure { members.append(("fout", .string(failure))) }
        if let scores = item.languageScores { members.append(("taal", scores.json)) }
        members.append(("vingerafdruk", .string(item.fingerprint)))
        return .object(members)
    }

    /// index.json: one document per line, sorted by source path, so that
    /// the shards of a run (`part`) merge into the bytes of a single run.
    package static func text(_ items: [BatchItem], part: IndexPart? = nil) -> String {
        text(entries: items.sorted { $0.input.path < $1.input.path }.map { entry($0).compact }, part: part)
    }

    /// index.json from entries already in order, each on one line.
    package static func text(entries: [String], part: IndexPart?) -> String {
        var text = "{\n  \"generator\": " + JSONValue.string("raadsdoc/\(RaadsDocVersion.number)").compact + ",\n"
        if let part { text += "  \"deel\": " + part.json.compact + ",\n" }
        guard !entries.isEmpty else { return text + "  \"documenten\": []\n}\n" }
        text += "  \"documenten\": [\n"
        text += entries.map { "    " + $0 }.joined(separator: ",\n")
        return text + "\n  ]\n}\n"
    }

    /// The records of the last run (index.json plus the journal of a run
    /// that was killed), by source path.
    package static func previousRecords(in directory: String) -> [String: Record] {
        var records: [String: Record] = [:]
        if let bytes = try? FileSystem.read(PathName.join(directory, fileName)),
           let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
           let documents = root["documenten"] as? [[String: Any]] {
            for document in documents { add(document, to: &records) }
        }
        if let bytes = try? FileSystem.read(PathName.join(directory, journalName)) {
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                if let document = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] {
                    add(document, to: &records)
                }
            }
        }
        return records
    }

    private static func add(_ document: [String: Any], to records: inout [String: Record]) {
        guard let source = document["bron"] as? String, let fingerprint = document["vingerafdruk"] as? String,
              let outputs = document["uitvoer"] as? [[String: Any]], document["status"] as? String != "fout" else { return }
        records[source] = Record(fingerprint: fingerprint, outputs: outputs.compactMap { output in
            guard let path = output["pad"] as? String, let hash = output["sha256"] as? String else { return nil }
            return (path, hash)
        })
    }
}
