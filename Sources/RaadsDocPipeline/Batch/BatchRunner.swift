import HashSupport
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema
import Synchronization

/// Produces a whole stack of documents: finds every input under the given
/// folders and, in one parallel pass, loads and checks each (cross-document
/// rules included) and renders it straight away if it checks clean, into a
/// hidden staged file next to its target. Only when every input has been
/// checked are the staged files put in place; then come PDF and index.json.
/// A document that fails is reported and skipped; the others go on.
/// Outputs mirror the input layout under the output folder and appear
/// atomically. Each document is loaded once and neither it nor its bytes
/// are kept; what the later phases and the reports need of it goes to a
/// spool on disk (`BatchSpool`), with a small fixed-size `BatchRecord` per
/// document in memory, and index.json is streamed to disk entry by entry,
/// so memory stays flat however large the batch. With
/// `--alleen-gewijzigd`, a staged file a killed run left for the same
/// fingerprint is adopted instead of rendered again.
public struct BatchRunner: Sendable {
    public let options: BatchOptions
    public let renderer: Renderer

    public init(options: BatchOptions, renderer: Renderer = Renderer()) {
        self.options = options
        self.renderer = renderer
    }

    /// Receives progress: the phase, how many are done, out of how many.
    public typealias Progress = @Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void

    public struct Outcome: Sendable {
        public let items: BatchResults
        /// The run's workspace: the sources its diagnostics point into, and
        /// the clock that measured its stages.
        public let workspace: Workspace
        /// Set when the batch could not run at all (e.g. no LibreOffice for
        /// --pdf, an input folder that cannot be read, another batch busy
        /// in the same output folder).
        public let fatal: String?
        /// Warnings about what the search for inputs skipped.
        public var skipped: [String] = []
        /// Why index.json could not be written (the journal then stays).
        public var indexFailure: String?

        public var succeeded: Bool { fatal == nil && indexFailure == nil && items.allMade }
    }

    public func run(_ paths: [String], progress: @escaping Progress) -> Outcome {
        let workspace = Workspace(profileOverride: options.profileOverride, runSettings: options.runSettings,
                                  templateOverride: options.templateOverride, retainsDocuments: false,
                                  clock: StageClock(measuresFloor: options.measuresFloor),
                                  languageReviewer: options.languageReviewer)
        var found = InputDiscovery.discover(paths)
        guard found.unreadable.isEmpty && found.missing.isEmpty else {
            let problems = found.unreadable + found.missing.map { "\(PathName.displayed($0)) bestaat niet" }
            return Outcome(items: .none, workspace: workspace, fatal: problems.joined(separator: "\n"), skipped: found.skipped)
        }
        let (inputs, order, part) = ownInputs(found.inputs)
        found.inputs = []
        let output = options.outputDirectory
        var converter: PDFConverter?
        if let format = options.pdf {
            switch PDFConverter.make(format: format, jobs: options.jobs) {
            case .success(let made): converter = made
            case .failure(let failure): return Outcome(items: .none, workspace: workspace, fatal: failure.description, skipped: found.skipped)
            }
        }
        let lock: OutputLock
        let spool: BatchSpool
        let folders: OutputFolders
        do {
            try FileSystem.createDirectories(output)
            let directory = try OpenDirectory(output)
            lock = try OutputLock(directory, timeout: options.lockTimeout)
            // After the lock, so that the sweep below cannot take another
            // run's spool for a leftover.
            spool = try BatchSpool(in: directory)
            folders = OutputFolders(directory)
        } catch {
            return Outcome(items: .none, workspace: workspace, fatal: error.description, skipped: found.skipped)
        }
        defer { withExtendedLifetime(lock) {} }
        // Staged files a killed run left behind: kept for adoption with
        // --alleen-gewijzigd, otherwise of no use.
        var leftovers = FileSystem.removeTemporaries(below: output)
        if !options.onlyChanged {
            leftovers.forEach(removeStaged)
            leftovers = []
        }
        let previous = options.onlyChanged ? BatchIndex.previousRecords(in: output) : PreviousRecords()
        let journal = Journal(path: PathName.join(output, BatchIndex.journalName))

        let prepared = Counter()
        let diagnostics = Mutex<[Int: [Diagnostic]]>([:])
        let records = WorkerPool.map(inputs.count, jobs: options.jobs) { index in
            defer { progress("controleren en maken", prepared.increment(), inputs.count) }
            let item = prepare(inputs[index], workspace: workspace, folders: folders, previous: previous)
            if !item.diagnostics.isEmpty { diagnostics.withLock { $0[index] = item.diagnostics } }
            return BatchResults.record(of: item, in: spool)
        }
        var items = BatchResults(inputs: inputs, records: records, diagnostics: diagnostics.withLock { $0 }, spool: spool)
        let placed = place(&items, in: folders, journal: converter == nil ? journal : nil, clock: workspace.clock,
                           progress: progress)
        // Adopted leftovers have been renamed into place; the others are stale.
        leftovers.forEach(removeStaged)

        if let converter {
            convertToPDF(&items, indices: placed, converter: converter, journal: journal, progress: progress)
        }
        var outcome = Outcome(items: items, workspace: workspace, fatal: nil, skipped: found.skipped)
        outcome.indexFailure = writeIndex(items, order: order, part: part, journal: journal)
        return outcome
    }

    // MARK: Phases

    /// Loads and checks one input and, unless it fails or is unchanged
    /// since the last run, stages its .odt.
    private func prepare(_ input: InputDiscovery.Input, workspace: Workspace, folders: OutputFolders,
                         previous: PreviousRecords) -> BatchItem {
        let document = workspace.load(input.path)
        let sources = document.inputHashes
        let diagnostics = document.diagnostics.sorted
        let fingerprint = fingerprint(sources, profile: workspace.profileHash(of: document),
                                      template: workspace.template(for: document)?.sha256 ?? "")
        var item = BatchItem(input: input, status: .gemaakt, soort: document.summary?.soort, diagnostics: diagnostics,
                             outputs: [], fingerprint: fingerprint, failure: nil,
                             indexParts: BatchIndex.parts(of: document, sources: sources, diagnostics: diagnostics,
                                                          fingerprint: fingerprint))
        if item.errorCount > 0 || (options.strict && item.warningCount > 0) || document.model == nil {
            item.status = .fout
        } else if let record = previous[input.path], record.hasFingerprint(item.fingerprint), outputsIntact(record.outputs) {
            item.status = .ongewijzigd
            item.outputs = record.outputsWithHexHashes
        } else {
            stage(&item, document, workspace: workspace, folders: folders)
        }
        return item
    }

    private func convertToPDF(_ items: inout BatchResults, indices: [Int], converter: PDFConverter,
                              journal: Journal, progress: Progress) {
        let jobs = indices.map { index in
            let stem = items.inputs[index].outputStem
            return PDFConverter.Job(odt: PathName.join(options.outputDirectory, stem + ".odt"),
                                    pdf: PathName.join(options.outputDirectory, stem + ".pdf"))
        }
        progress("pdf", 0, jobs.count)
        let failures = converter.convert(jobs, workDirectory: options.outputDirectory)
        for (job, index) in zip(jobs, indices) {
            var item = items[index]
            if let failure = failures[job.odt] {
                item.status = .mislukt
                item.failure = failure
                items.update(index, to: item)
            } else if let bytes = try? FileSystem.read(job.pdf) {
                item.outputs.append((item.input.outputStem + ".pdf", SHA256.hex(bytes)))
                if converter.format == .pdfa { inspect(&item, bytes) }
                items.update(index, to: item)
                journal.append([items.entry(at: index)])
            }
        }
        if converter.format == .pdfa {
            // An unchanged PDF/A was checked by the run that made it; index.json
            // records the check again, so it is looked at again.
            for index in items.indices where items.records[index].status == .ongewijzigd {
                var item = items[index]
                guard let pdf = item.outputs.first(where: { $0.path.hasSuffix(".pdf") }),
                      let bytes = try? FileSystem.read(PathName.join(options.outputDirectory, pdf.path)) else { continue }
                inspect(&item, bytes)
                items.update(index, to: item)
            }
        }
        progress("pdf", jobs.count, jobs.count)
    }

    /// Checks a PDF/A-2b with `PDFAInspection`; one that does not conform
    /// fails its document, as an archive cannot take it.
    private func inspect(_ item: inout BatchItem, _ bytes: [UInt8]) {
        let check = PDFAInspection.inspect(bytes)
        item.pdfaCheck = check
        if !check.conforms {
            item.status = .mislukt
            item.failure = "de PDF/A-2b voldoet niet: " + check.findings.joined(separator: "; ")
        }
    }

    /// Writes index.json and, once it is in place, drops the journal;
    /// returns why it could not be written.
    /// The entries go straight to the temporary file in `order`, by source
    /// path (see `BatchIndex.write`), each read back from the spool as it comes.
    private func writeIndex(_ items: BatchResults, order: [Int], part: IndexPart?, journal: Journal) -> String? {
        do throws(FileSystem.Failure) {
            let file = try AtomicFile(BatchIndex.fileName, in: OpenDirectory(options.outputDirectory))
            try BatchIndex.write(entries: order.lazy.map { items.entry(at: $0) }, part: part) { (text) throws(FileSystem.Failure) in
                try file.write(text)
            }
            if let problem = items.spool?.problem {
                file.abandon()
                return problem
            }
            try file.commit()
        } catch {
            return error.description
        }
        journal.remove()
        return nil
    }

    // MARK: Helpers

    /// The inputs of this run's shard (all of them without `--shard`), and
    /// what its index records about the whole: the part, and the count and
    /// hash of every input, which `raadsdoc index samenvoegen` checks.
    /// The inputs come packed, with the order index.json lists them in
    /// (by source path).
    private func ownInputs(_ all: [InputDiscovery.Input]) -> (InputList, order: [Int], IndexPart?) {
        func packed(_ inputs: [InputDiscovery.Input]) -> (InputList, [Int]) {
            (InputList(inputs), inputs.indices.sorted { inputs[$0].path < inputs[$1].path })
        }
        guard let shard = options.shard else {
            let (inputs, order) = packed(all)
            return (inputs, order, nil)
        }
        let keys = ShardGroups.keys(of: all)
        let (own, order) = packed(all.filter { Shard.part(ofKey: keys[$0.path] ?? $0.outputStem, count: shard.count) == shard.number })
        return (own, order, IndexPart(shard: shard, inputs: all.map(\.path)))
    }

    /// Removes a staged file, named relative to the output folder.
    package func removeStaged(_ relative: String) {
        try? OpenDirectory(options.outputDirectory).subdirectory(PathName.directory(of: relative), creating: false)
            .remove(PathName.lastComponent(of: relative))
    }

    /// What decides whether an earlier output may be kept: every source
    /// file, the profile, the template, and the options and version that
    /// shape the output.
    private func fingerprint(_ sources: [(path: String, hash: String)], profile: String, template: String) -> String {
        var text = "raadsdoc/\(RaadsDocVersion.number)\nbundel=\(options.bundle)\npdf=\(options.pdf?.rawValue ?? "")\n"
        for setting in KindRegistry.runSettings { text += "\(setting)=\(options.runSettings[setting] ?? "")\n" }
        text += "profiel=\(profile)\nsjabloon=\(template)\n"
        for source in sources { text += "\(source.path)=\(source.hash)\n" }
        return SHA256.hex(Array(text.utf8))
    }

    private func outputsIntact(_ outputs: [(path: String, hash: SHA256Digest)]) -> Bool {
        !outputs.isEmpty && outputs.allSatisfy { output in
            guard let bytes = try? FileSystem.read(PathName.join(options.outputDirectory, output.path)) else { return false }
            return SHA256Digest(hex: SHA256.hex(bytes)) == output.hash
        }
    }
}

/// A thread-safe count of finished documents, for progress.
package final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    /// Adds one and returns the new count.
    package func increment() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).newValue
    }
}
