import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// The documents of a batch, in the order of its inputs, each read back
/// from the spool when it is asked for: a report walks them one by one
/// and never holds them all.
///
/// Diagnostics are the exception: they stay in memory, but only for the
/// documents that have any. A batch prints them all at the end, sorted
/// across documents, and their sources are kept for that anyway (see
/// `Workspace`); a clean document costs nothing here, so a large batch of
/// good documents stays flat, and one full of faulty ones was never meant
/// to run unread.
public struct BatchResults: RandomAccessCollection, Sendable {
    package let inputs: InputList
    package var records: [BatchRecord]
    package let diagnosticsByIndex: [Int: [Diagnostic]]
    package let spool: BatchSpool?

    package init(inputs: InputList, records: [BatchRecord], diagnostics: [Int: [Diagnostic]], spool: BatchSpool?) {
        self.inputs = inputs
        self.records = records
        self.diagnosticsByIndex = diagnostics
        self.spool = spool
    }

    /// No documents, for a batch that could not run.
    package static let none = BatchResults(inputs: InputList([]), records: [], diagnostics: [:], spool: nil)

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(position: Int) -> BatchItem {
        let record = records[position]
        return BatchItem(spooled: spool?.read(offset: record.offset, length: Int(record.length)) ?? [],
                         input: inputs[position], status: record.status, diagnostics: diagnosticsByIndex[position] ?? [])
    }

    /// The index.json entry of the document at `position`, as
    /// `BatchIndex.entry` made it when the document was last stored; empty
    /// if the spool cannot be read (which `BatchSpool.problem` reports).
    package func entry(at position: Int) -> String {
        let record = records[position]
        return BatchItem.spooledEntry(spool?.read(offset: record.offset, length: Int(record.length)) ?? [])
    }

    /// Stores a changed item as the document at `position`.
    package mutating func update(_ position: Int, to item: BatchItem) {
        guard let spool else { return }
        records[position] = Self.record(of: item, in: spool)
    }

    /// The record of `item`, its body appended to `spool`.
    package static func record(of item: BatchItem, in spool: BatchSpool) -> BatchRecord {
        let body = spool.append(item.spooled)
        return BatchRecord(offset: body.offset, length: UInt32(truncatingIfNeeded: body.length),
                           status: item.status, staged: item.stagedPath != nil)
    }

    /// How many documents ended with `status`, without reading any back.
    public func count(of status: BatchItem.Status) -> Int {
        records.count { $0.status == status }
    }

    /// Whether every document was made or left unchanged.
    public var allMade: Bool {
        records.allSatisfy { $0.status == .gemaakt || $0.status == .ongewijzigd }
    }

    /// Every diagnostic of the batch.
    public var diagnostics: [Diagnostic] {
        diagnosticsByIndex.keys.sorted().flatMap { diagnosticsByIndex[$0] ?? [] }
    }
}
