import RaadsDocCore

/// How a `BatchItem` is written to the spool and read back: its strings,
/// each with its length, in a fixed order. The status lives in the
/// `BatchRecord`, the input in the batch's list of inputs, and the
/// diagnostics in memory (see `BatchResults`).
///
/// First comes the item's index.json entry (`BatchIndex.entry`), made
/// where the item is stored, so on the worker threads for every document
/// the batch prepares: the journal and index.json then copy it instead of
/// each making it again, index.json on one thread at the end of the run.
extension BatchItem {
    package var spooled: [UInt8] {
        var writer = SpoolWriter()
        writer.add(BatchIndex.entry(self))
        writer.add(soort)
        writer.add(fingerprint)
        writer.add(failure)
        writer.add(stagedPath)
        writer.add(indexParts.source)
        writer.add(indexParts.described)
        writer.add(indexParts.warnings)
        writer.add(indexParts.closing)
        writer.add(count: outputs.count)
        for output in outputs {
            writer.add(output.path)
            writer.add(output.hash)
        }
        writer.add(count: pdfaCheck == nil ? 0 : 1)
        if let pdfaCheck {
            writer.add(pdfaCheck.part)
            writer.add(pdfaCheck.conformance)
            writer.add(count: pdfaCheck.findings.count)
            pdfaCheck.findings.forEach { writer.add($0) }
        }
        return writer.bytes
    }

    /// The index.json entry at the start of what `spooled` gave.
    package static func spooledEntry(_ bytes: [UInt8]) -> String {
        var reader = SpoolReader(bytes: bytes)
        return reader.string()
    }

    package init(spooled bytes: [UInt8], input: InputDiscovery.Input, status: Status, diagnostics: [Diagnostic]) {
        var reader = SpoolReader(bytes: bytes)
        reader.skipString()
        self.input = input
        self.status = status
        self.diagnostics = diagnostics
        soort = reader.optional()
        fingerprint = reader.string()
        failure = reader.optional()
        stagedPath = reader.optional()
        indexParts = BatchIndex.Parts(source: reader.string(), described: reader.string(),
                                      warnings: reader.string(), closing: reader.string())
        outputs = (0..<reader.count()).map { _ in (reader.string(), reader.string()) }
        if reader.count() == 1 {
            let part = reader.optional()
            let conformance = reader.optional()
            pdfaCheck = PDFAInspection(part: part, conformance: conformance, findings: (0..<reader.count()).map { _ in reader.string() })
        }
    }
}

private struct SpoolWriter {
    var bytes: [UInt8] = []

    mutating func add(count: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: count).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func add(_ text: String) {
        add(count: text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// A string that may be absent: a flag, then the string.
    mutating func add(_ text: String?) {
        bytes.append(text == nil ? 0 : 1)
        if let text { add(text) }
    }
}

/// Reads what `SpoolWriter` wrote. The spool is this process's own
/// unlinked file; should it still come back short (a read that failed,
/// which `BatchSpool.problem` reports), the reader gives empty values
/// rather than trap.
private struct SpoolReader {
    let bytes: [UInt8]
    var position = 0

    mutating func count() -> Int {
        guard position + 4 <= bytes.count else { return 0 }
        defer { position += 4 }
        return (0..<4).reduce(0) { $0 | Int(bytes[position + $1]) << (8 * $1) }
    }

    mutating func string() -> String {
        let length = count()
        guard length <= bytes.count - position else { return "" }
        defer { position += length }
        return String(decoding: bytes[position..<position + length], as: UTF8.self)
    }

    mutating func skipString() {
        let length = count()
        position += min(length, bytes.count - position)
    }

    mutating func optional() -> String? {
        guard position < bytes.count else { return nil }
        position += 1
        return bytes[position - 1] == 0 ? nil : string()
    }
}
