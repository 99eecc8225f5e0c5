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
/// are kept, so memory stays flat however large the batch. With
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
        public let items: [BatchItem]
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

        public var succeeded: Bool { fatal == nil && indexFailure == nil && items.allSatisfy { $0.status == .gemaakt || $0.status == .ongewijzigd } }
    }

    public func run(_ paths: [String], progress: @escaping Progress) -> Outcome {
        let workspace = Workspace(profileOverride: options.profileOverride, runSettings: options.runSettings,
                                  templateOverride: options.templateOverride, retainsDocuments: false,
                                  clock: StageClock(measuresDeflateFloor: options.measuresDeflateFloor),
                                  languageReviewer: options.languageReviewer)
        let found = InputDiscovery.discover(paths)
        guard found.unreadable.isEmpty && found.missing.isEmpty else {
            let problems = found.unreadable + found.missing.map { "\(PathName.displayed($0)) bestaat niet" }
            return Outcome(items: [], workspace: workspace, fatal: problems.joined(separator: "\n"), skipped: found.skipped)
        }
        let (inputs, part) = ownInputs(found.inputs)
        let output = options.outputDirectory
        var converter: PDFConverter?
        if let format = options.pdf {
            switch PDFConverter.make(format: format, jobs: options.jobs) {
            case .success(let made): converter = made
            case .failure(let failure): return Outcome(items: [], workspace: workspace, fatal: failure.description, skipped: found.skipped)
            }
        }
        let lock: OutputLock
        do {
            try FileSystem.createDirectories(output)
            lock = try OutputLock(OpenDirectory(output), timeout: options.lockTimeout)
        } catch {
            return Outcome(items: [], workspace: workspace, fatal: error.description, skipped: found.skipped)
        }
        defer { withExtendedLifetime(lock) {} }
        // Staged files a killed run left behind: kept for adoption with
        // --alleen-gewijzigd, otherwise of no use.
        var leftovers = FileSystem.removeTemporaries(below: output)
        if !options.onlyChanged {
            leftovers.forEach(removeStaged)
            leftovers = []
        }
        let previous = options.onlyChanged ? BatchIndex.previousRecords(in: output) : [:]
        let journal = Journal(path: PathName.join(output, BatchIndex.journalName))

        let prepared = Counter()
        var items = WorkerPool.map(inputs.count, jobs: options.jobs) { index in
            defer { progress("controleren en maken", prepared.increment(), inputs.count) }
            return prepare(inputs[index], workspace: workspace, previous: previous)
        }
        let placed = place(&items, journal: converter == nil ? journal : nil, clock: workspace.clock, progress: progress)
        // Adopted leftovers have been renamed into place; the others are stale.
        leftovers.forEach(removeStaged)

        if let converter {
            convertToPDF(&items, indices: placed, converter: converter, journal: journal, progress: progress)
        }
        var outcome = Outcome(items: items, workspace: workspace, fatal: nil, skipped: found.skipped)
        outcome.indexFailure = writeIndex(items, part: part, journal: journal)
        return outcome
    }

    // MARK: Phases

    /// Loads and checks one input and, unless it fails or is unchanged
    /// since the last run, stages its .odt.
    private func prepare(_ input: InputDiscovery.Input, workspace: Workspace,
                         previous: [String: BatchIndex.Record]) -> BatchItem {
        let document = workspace.load(input.path)
        var item = BatchItem(input: input, status: .gemaakt, summary: document.summary,
                             diagnostics: document.diagnostics.sorted, outputs: [],
                             sources: document.inputHashes, fingerprint: "", failure: nil,
                             languageScores: document.languageScores)
        if document.summary != nil { item.publication = PublicationRecord(document) }
        item.fingerprint = fingerprint(item.sources, profile: workspace.profileHash(of: document),
                                       template: workspace.template(for: document)?.sha256 ?? "")
        if item.errorCount > 0 || (options.strict && item.warningCount > 0) || document.model == nil {
            item.status = .fout
        } else if let record = previous[input.path], record.fingerprint == item.fingerprint, outputsIntact(record.outputs) {
            item.status = .ongewijzigd
            item.outputs = record.outputs
        } else {
            stage(&item, document, workspace: workspace)
        }
        return item
    }

    private func convertToPDF(_ items: inout [BatchItem], indices: [Int], converter: PDFConverter,
                              journal: Journal, progress: Progress) {
        let jobs = indices.map { index in
            let stem = items[index].input.outputStem
            return PDFConverter.Job(odt: PathName.join(options.outputDirectory, stem + ".odt"),
                                    pdf: PathName.join(options.outputDirectory, stem + ".pdf"))
        }
        progress("pdf", 0, jobs.count)
        let failures = converter.convert(jobs, workDirectory: options.outputDirectory)
        for (job, index) in zip(jobs, indices) {
            if let failure = failures[job.odt] {
                items[index].status = .mislukt
                items[index].failure = failure
            } else if let bytes = try? FileSystem.read(job.pdf) {
                items[index].outputs.append((items[index].input.outputStem + ".pdf", SHA256.hex(bytes)))
                if converter.format == .pdfa { inspect(&items[index], bytes) }
                journal.append(BatchIndex.entry(items[index]))
            }
        }
        if converter.format == .pdfa {
            // An unchanged PDF/A was checked by the run that made it; index.json
            // records the check again, so it is looked at again.
            for index in items.indices where items[index].status == .ongewijzigd {
                guard let pdf = items[index].outputs.first(where: { $0.path.hasSuffix(".pdf") }),
                      let bytes = try? FileSystem.read(PathName.join(options.outputDirectory, pdf.path)) else { continue }
                inspect(&items[index], bytes)
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
    private func writeIndex(_ items: [BatchItem], part: IndexPart?, journal: Journal) -> String? {
        let text = BatchIndex.text(items, part: part)
        do {
            try FileSystem.writeAtomically(Array(text.utf8), to: BatchIndex.fileName, below: options.outputDirectory)
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
    private func ownInputs(_ all: [InputDiscovery.Input]) -> ([InputDiscovery.Input], IndexPart?) {
        guard let shard = options.shard else { return (all, nil) }
        let keys = ShardGroups.keys(of: all)
        let own = all.filter { Shard.part(ofKey: keys[$0.path] ?? $0.outputStem, count: shard.count) == shard.number }
        return (own, IndexPart(shard: shard, inputs: all.map(\.path)))
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

    private func outputsIntact(_ outputs: [(path: String, hash: String)]) -> Bool {
        !outputs.isEmpty && outputs.allSatisfy { output in
            guard let bytes = try? FileSystem.read(PathName.join(options.outputDirectory, output.path)) else { return false }
            return SHA256.hex(bytes) == output.hash
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
