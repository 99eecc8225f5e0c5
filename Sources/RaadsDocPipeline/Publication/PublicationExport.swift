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
        let path = indexPath(index)
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

    /// The index.json that `index` names: the file, or the one in the folder.
    package static func indexPath(_ index: String) -> String {
        index.hasSuffix(".json") ? index : PathName.join(index, BatchIndex.fileName)
    }

    /// MDTO's checksumDatum: when the checksums were determined. It is
    /// SOURCE_DATE_EPOCH when set; otherwise the moment index.json was
    /// written, when the batch computed them (the export only confirms
    /// them). Never the clock, so the same index gives the same bytes.
    package static func checksumTime(environment: [String: String] = ProcessInfo.processInfo.environment,
                                     index: String) -> String {
        checksumTime(environment: environment) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: indexPath(index))
            return (attributes?[.modificationDate] as? Date).map { Int($0.timeIntervalSince1970) } ?? 0
        }
    }

    package static func checksumTime(environment: [String: String], written: () -> Int) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? written()
        let day = Datum(epochSeconds: seconds)?.iso ?? "1970-01-01"
        let time = ((seconds % 86400) + 86400) % 86400
        return day + "T" + [time / 3600, time / 60 % 60, time % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":") + "Z"
    }
}
