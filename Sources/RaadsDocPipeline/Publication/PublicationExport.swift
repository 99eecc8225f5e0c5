import Foundation
import HashSupport
import RaadsDocCore

/// `raadsdoc index diwoo` and `raadsdoc index mdto`: metadata files for
/// every document of an index.json, written next to its outputs. They are
/// derived from index.json alone (and, for MDTO, from the output files,
/// whose SHA-256 must still be the one index.json records), so they never
/// disagree with it.
package enum PublicationExport {
    package enum Standard: Sendable {
        case diwoo
        case mdto
    }

    package struct Problem: Error, CustomStringConvertible, Sendable {
        package let description: String
    }

    /// What a run wrote, and what it left out and why.
    package struct Report: Sendable {
        package var written: [String] = []
        package var skipped: [(source: String, reason: String)] = []
    }

    /// Writes the metadata of every document of `index` (an index.json, or
    /// the folder holding it) into the folder of that index.json.
    /// `checksumTime` is MDTO's checksumDatum (`checksumTime(environment:)`).
    package static func run(_ standard: Standard, index: String, checksumTime: String) -> Result<Report, Problem> {
        let path = index.hasSuffix(".json") ? index : PathName.join(index, BatchIndex.fileName)
        let folder = PathName.directory(of: path)
        var report = Report()
        do {
            try IndexEntry.forEach(inIndexAt: path) { entry in
                guard entry.isMade, let stem = entry.stem else {
                    report.skipped.append((entry.source, "niet gemaakt (status \(entry.status))"))
                    return
                }
                switch standard {
                case .diwoo:
                    switch DiWooWriter.xml(entry) {
                    case .success(let bytes): try write(bytes, stem + ".diwoo.xml", below: folder, &report)
                    case .failure(let problem): report.skipped.append((entry.source, problem.description))
                    }
                case .mdto:
                    var files: [MDTOWriter.File] = []
                    for output in entry.outputs {
                        guard let bytes = try? FileSystem.read(PathName.join(folder, output.path)) else {
                            report.skipped.append((entry.source, "\(output.path) ontbreekt in \(PathName.displayed(folder))"))
                            return
                        }
                        guard SHA256.hex(bytes) == output.hash else {
                            report.skipped.append((entry.source, "\(output.path) is veranderd sinds index.json is geschreven (de SHA-256 klopt niet); maak de batch opnieuw"))
                            return
                        }
                        files.append(MDTOWriter.File(path: output.path, size: bytes.count, hash: output.hash))
                    }
                    try write(try MDTOWriter.informationObject(entry, files: files), stem + ".mdto.xml", below: folder, &report)
                    for file in files {
                        try write(try MDTOWriter.file(file, of: entry, checkedAt: checksumTime), file.path + ".bestand.mdto.xml",
                                  below: folder, &report)
                    }
                }
            }
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(description: "\(error)"))
        }
        return .success(report)
    }

    private static func write(_ bytes: [UInt8], _ relative: String, below folder: String, _ report: inout Report) throws {
        do {
            try FileSystem.writeAtomically(bytes, to: relative, below: folder)
        } catch {
            throw Problem(description: error.description)
        }
        report.written.append(relative)
    }

    /// MDTO's checksumDatum: when the checksums were verified. It is
    /// SOURCE_DATE_EPOCH when set, for files that are the same bytes on
    /// every run; otherwise the moment of this run, which is what MDTO
    /// asks for (the checksum is checked against the file just now).
    package static func checksumTime(environment: [String: String] = ProcessInfo.processInfo.environment,
                                     now: () -> Int = { Int(Date().timeIntervalSince1970) }) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? now()
        let day = Datum(epochSeconds: seconds)?.iso ?? "1970-01-01"
        let time = ((seconds % 86400) + 86400) % 86400
        return day + "T" + [time / 3600, time / 60 % 60, time % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":") + "Z"
    }
}
