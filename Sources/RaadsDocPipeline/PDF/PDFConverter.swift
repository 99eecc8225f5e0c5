import Foundation
import Glibc
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// Turns ODT files into PDF or PDF/A-2b with LibreOffice. Each soffice
/// process converts a chunk of documents (start-up is most of its cost),
/// up to `jobs` processes run side by side, and each has its own user
/// profile in a temporary folder, so a user's open LibreOffice is never
/// touched. A process that hangs is killed after `timeout` seconds and its
/// documents are reported as failed; the others go on.
public struct PDFConverter: Sendable {
    public enum Format: String, Sendable {
        case pdf
        case pdfa
        /// PDF/A-1, which PDFBox Preflight can validate (it knows PDF/A-1b
        /// only): the tests export every kind in it to check that
        /// LibreOffice's PDF/A really conforms. Tagged, as raadsdoc exports,
        /// LibreOffice declares it PDF/A-1a, which includes 1b.
        case pdfa1

        /// The --convert-to filter, tagged and with bookmarks; the JSON form
        /// is the one LibreOffice 7.4 honours (the old `SelectPdfVersion=2`
        /// form is silently ignored).
        package var filter: String {
            #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"\#(pdfVersion)"},"#
                + #""UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}"#
        }

        /// LibreOffice's SelectPdfVersion: 0 for plain PDF, 1 for PDF/A-1,
        /// 2 for PDF/A-2b.
        package var pdfVersion: Int {
            switch self {
            case .pdf: 0
            case .pdfa1: 1
            case .pdfa: 2
            }
        }
    }

    public struct Job: Sendable {
        public let odt: String
        public let pdf: String

        public init(odt: String, pdf: String) {
            self.odt = odt
            self.pdf = pdf
        }
    }

    public let format: Format
    public let jobs: Int
    public let timeout: Double
    public let chunkSize: Int
    public let soffice: String
    /// Whether tables of contents and fields are updated before export
    /// (`IndexUpdateScript`, with python3-uno); without it, soffice
    /// converts the documents as they are, page numbers in a table of
    /// contents left empty.
    public var updatesIndexes: Bool {
        FileSystem.exists(IndexUpdateScript.python) && FileSystem.exists(IndexUpdateScript.unoModule)
    }

    /// A converter, or a Dutch message when LibreOffice is not installed.
    /// `searchPath` replaces PATH when looking for soffice.
    public static func make(format: Format, jobs: Int, timeout: Double = 120, chunkSize: Int = 40,
                            searchPath: String? = nil) -> Result<PDFConverter, PDFFailure> {
        guard let soffice = Subprocess.find("soffice", searchPath: searchPath)
                ?? Subprocess.find("libreoffice", searchPath: searchPath) else {
            return .failure(PDFFailure(description:
                "LibreOffice (soffice) is niet gevonden; installeer het pakket libreoffice-writer-nogui (sudo apt-get install libreoffice-writer-nogui) om PDF te maken"))
        }
        return .success(PDFConverter(format: format, jobs: jobs, timeout: timeout, chunkSize: chunkSize, soffice: soffice))
    }

    /// Converts every job; returns a failure message per ODT that did not
    /// convert (empty when all did). The jobs are spread evenly over at
    /// least `jobs` processes of at most `chunkSize` documents each, so a
    /// hung process costs only its own chunk. Temporary files go in
    /// `workDirectory`.
    public func convert(_ jobs: [Job], workDirectory: String) -> [String: String] {
        let count = max(min(self.jobs, jobs.count), (jobs.count + chunkSize - 1) / chunkSize)
        let chunks = (0..<count).map { chunk in
            Array(jobs[(jobs.count * chunk / count)..<(jobs.count * (chunk + 1) / count)])
        }.filter { !$0.isEmpty }
        let outcomes = WorkerPool.map(chunks.count, jobs: self.jobs) { index in
            convertChunk(chunks[index], number: index, workDirectory: workDirectory)
        }
        return outcomes.reduce(into: [:]) { result, failures in result.merge(failures) { first, _ in first } }
    }

    private func convertChunk(_ chunk: [Job], number: Int, workDirectory: String) -> [String: String] {
        let folder = PathName.join(workDirectory, FileSystem.temporaryName(for: "pdf-\(number)"))
        let profile = PathName.join(folder, "profiel")
        defer { FileSystem.removeTree(folder) }
        var failures: [String: String] = [:]
        // Made fresh (mkdir fails on anything already there, a planted link
        // too), so nothing below goes through a link into another folder.
        guard mkdir(folder, 0o700) == 0, mkdir(profile, 0o700) == 0 else {
            let reason = "kan geen tijdelijke map voor LibreOffice aanmaken in \(PathName.displayed(workDirectory)): \(SystemError.text())"
            return Dictionary(uniqueKeysWithValues: chunk.map { ($0.odt, reason) })
        }
        var links: [String] = []
        for (index, job) in chunk.enumerated() {
            let link = PathName.join(folder, "\(index).odt")
            let target = FileSystem.canonical(job.odt) ?? job.odt
            if symlink(target, link) != 0 { failures[job.odt] = "kan \(job.odt) niet klaarzetten voor LibreOffice" }
            links.append(link)
        }
        let arguments: [String]
        let script = PathName.join(folder, "omzetten.py")
        if updatesIndexes, (try? FileSystem.writeAtomically(Array(IndexUpdateScript.source.utf8), to: script)) != nil {
            let pairs = links.indices.flatMap { [links[$0], PathName.join(folder, "\($0).pdf")] }
            arguments = [IndexUpdateScript.python, script, soffice, profile, String(format.pdfVersion)] + pairs
        } else {
            let profileURL = URL(fileURLWithPath: FileSystem.canonical(profile) ?? profile).absoluteString
            arguments = [soffice, "--headless", "--norestore", "--nologo", "-env:UserInstallation=" + profileURL,
                         "--convert-to", format.filter, "--outdir", folder] + links
        }
        guard let process = Subprocess.start(arguments) else {
            return Dictionary(uniqueKeysWithValues: chunk.map { ($0.odt, "LibreOffice kon niet worden gestart") })
        }
        if process.wait(timeout: timeout) == .timedOut {
            return Dictionary(uniqueKeysWithValues: chunk.map {
                ($0.odt, "LibreOffice reageerde niet binnen \(Int(timeout)) seconden en is gestopt")
            })
        }
        for (index, job) in chunk.enumerated() where failures[job.odt] == nil {
            let produced = PathName.join(folder, "\(index).pdf")
            guard let size = FileSystem.size(of: produced), size > 0 else {
                failures[job.odt] = "LibreOffice heeft van \(job.odt) geen PDF gemaakt"
                continue
            }
            var status = stat()
            if lstat(job.pdf, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
                failures[job.odt] = "\(job.pdf) bestaat al en is \(SystemError.kindName(ofMode: status.st_mode)); raadsdoc overschrijft alleen gewone bestanden"
            } else if rename(produced, job.pdf) != 0 {
                failures[job.odt] = "kan \(job.pdf) niet plaatsen: \(SystemError.text())"
            }
        }
        return failures
    }
}

public struct PDFFailure: Error, CustomStringConvertible, Sendable {
    public let description: String
}
