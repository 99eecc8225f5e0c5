import HashSupport
import Synchronization

/// Produces a whole stack of documents: finds every input under the given
/// folders, checks them all (cross-document rules included), renders every
/// document that checks clean in parallel, converts to PDF if asked, and
/// writes index.json. A document that fails is reported and skipped; the
/// others go on. Outputs mirror the input layout under the output folder
/// and are put in place atomically. Documents are loaded again for
/// rendering rather than kept from checking, so memory stays flat however
/// large the batch.
public struct BatchRunner: Sendable {
    public let options: BatchOptions
    public let renderer: Renderer
    /// Output folders made in this run, so each is made once.
    private let folders = FolderMaker()

    public init(options: BatchOptions, renderer: Renderer = Renderer()) {
        self.options = options
        self.renderer = renderer
    }

    /// Receives progress: the phase, how many are done, out of how many.
    public typealias Progress = @Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void

    public struct Outcome: Sendable {
        public let items: [BatchItem]
        public let workspace: Workspace
        /// Set when the batch could not run at all (e.g. no LibreOffice for --pdf).
        public let fatal: String?

        public var succeeded: Bool { fatal == nil && items.allSatisfy { $0.status == .gemaakt || $0.status == .ongewijzigd } }
    }

    public func run(_ paths: [String], progress: @escaping Progress) -> Outcome {
        let workspace = Workspace(profileOverride: options.profileOverride, numberingOverride: options.numberingOverride,
                                  templateOverride: options.templateOverride, retainsDocuments: false)
        let inputs = InputDiscovery.discover(paths).inputs
        let output = options.outputDirectory
        var converter: PDFConverter?
        if let format = options.pdf {
            switch PDFConverter.make(format: format, jobs: options.jobs) {
            case .success(let made): converter = made
            case .failure(let failure): return Outcome(items: [], workspace: workspace, fatal: failure.description)
            }
        }
        do {
            try FileSystem.createDirectories(output)
        } catch {
            return Outcome(items: [], workspace: workspace, fatal: error.description)
        }
        FileSystem.removeTemporaries(below: output)
        let previous = options.onlyChanged ? BatchIndex.previousRecords(in: output) : [:]
        let journal = Journal(path: PathName.join(output, BatchIndex.journalName))

        let checked = Counter()
        var items = WorkerPool.map(inputs.count, jobs: options.jobs) { index in
            defer { progress("controleren", checked.increment(), inputs.count) }
            return check(inputs[index], workspace: workspace)
        }

        let toRender = items.indices.filter { index in
            guard items[index].status != .fout else { return false }
            guard let record = previous[items[index].input.path], record.fingerprint == items[index].fingerprint,
                  outputsIntact(record.outputs) else { return true }
            items[index].status = .ongewijzigd
            items[index].outputs = record.outputs
            return false
        }
        let rendered = Counter()
        let pending = toRender.map { items[$0] }
        let journalsNow = converter == nil
        let renderedItems = WorkerPool.map(pending.count, jobs: options.jobs) { position in
            defer { progress("maken", rendered.increment(), pending.count) }
            let item = render(pending[position], workspace: workspace)
            if item.status == .gemaakt && journalsNow { journal.append(BatchIndex.entry(item)) }
            return item
        }
        for (position, index) in toRender.enumerated() { items[index] = renderedItems[position] }

        if let converter {
            convertToPDF(&items, indices: toRender, converter: converter, journal: journal, progress: progress)
        }
        writeIndex(items, journal: journal)
        return Outcome(items: items, workspace: workspace, fatal: nil)
    }

    // MARK: Phases

    private func check(_ input: InputDiscovery.Input, workspace: Workspace) -> BatchItem {
        let document = workspace.load(input.path)
        var item = BatchItem(input: input, status: .gemaakt, summary: document.summary,
                             diagnostics: document.diagnostics.sorted, outputs: [],
                             sources: document.inputHashes, fingerprint: "", failure: nil)
        item.fingerprint = fingerprint(item.sources, profile: workspace.profileHash(of: document),
                                       template: workspace.template(for: document)?.sha256 ?? "")
        let failing = item.errorCount > 0 || (options.strict && item.warningCount > 0) || document.model == nil
        if failing { item.status = .fout }
        return item
    }

    private func render(_ checked: BatchItem, workspace: Workspace) -> BatchItem {
        var item = checked
        let relative = item.input.outputStem + ".odt"
        let target = PathName.join(options.outputDirectory, relative)
        do {
            try folders.create(PathName.directory(of: target))
            let bytes = try renderer.odt(workspace.load(item.input.path), workspace: workspace, bundle: options.bundle)
            try StageClock.measure(.write) { () throws(FileSystem.Failure) in try FileSystem.writeAtomically(bytes, to: target) }
            item.outputs = [(relative, SHA256.hex(bytes))]
            item.status = .gemaakt
        } catch {
            item.status = .mislukt
            item.failure = "\(error)"
        }
        return item
    }

    private func convertToPDF(_ items: inout [BatchItem], indices: [Int], converter: PDFConverter,
                              journal: Journal, progress: Progress) {
        let made = indices.filter { items[$0].status == .gemaakt }
        let jobs = made.map { index in
            let stem = items[index].input.outputStem
            return PDFConverter.Job(odt: PathName.join(options.outputDirectory, stem + ".odt"),
                                    pdf: PathName.join(options.outputDirectory, stem + ".pdf"))
        }
        progress("pdf", 0, jobs.count)
        let failures = converter.convert(jobs, workDirectory: options.outputDirectory)
        for (job, index) in zip(jobs, made) {
            if let failure = failures[job.odt] {
                items[index].status = .mislukt
                items[index].failure = failure
            } else if let bytes = try? FileSystem.read(job.pdf) {
                items[index].outputs.append((items[index].input.outputStem + ".pdf", SHA256.hex(bytes)))
                journal.append(BatchIndex.entry(items[index]))
            }
        }
        progress("pdf", jobs.count, jobs.count)
    }

    private func writeIndex(_ items: [BatchItem], journal: Journal) {
        let text = BatchIndex.document(items).pretty
        if (try? FileSystem.writeAtomically(Array(text.utf8), to: PathName.join(options.outputDirectory, BatchIndex.fileName))) != nil {
            journal.remove()
        }
    }

    // MARK: Helpers

    /// What decides whether an earlier output may be kept: every source
    /// file, the profile, the template, and the options and version that
    /// shape the output.
    private func fingerprint(_ sources: [(path: String, hash: String)], profile: String, template: String) -> String {
        var text = "raadsdoc/\(RaadsDocVersion.number)\nbundel=\(options.bundle)\npdf=\(options.pdf?.rawValue ?? "")\n"
            + "nummering=\(options.numberingOverride?.rawValue ?? "")\nprofiel=\(profile)\nsjabloon=\(template)\n"
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

/// Makes output folders, each once per run.
final class FolderMaker: Sendable {
    private let made = Mutex<Set<String>>([])

    func create(_ folder: String) throws(FileSystem.Failure) {
        guard !made.withLock({ $0.contains(folder) }) else { return }
        try FileSystem.createDirectories(folder)
        made.withLock { _ = $0.insert(folder) }
    }
}

/// A thread-safe count of finished documents, for progress.
final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    /// Adds one and returns the new count.
    func increment() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).newValue
    }
}
