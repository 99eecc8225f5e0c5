import Foundation
import RaadsDocCore

extension IndexMerge {
    /// One shard's index.json, read a line at a time in the layout a batch
    /// writes it: a header naming the part, then one document per line,
    /// sorted by source path.
    final class PartStream {
        let file: String
        let part: IndexPart
        /// The next document not yet merged: its source path and its line
        /// as it goes into the merged index.
        var current: (source: String, line: String)?
        private let lines: FileLines
        private var finished = false
        private var previousSource: String?

        private init(file: String, part: IndexPart, lines: FileLines, finished: Bool) {
            self.file = file
            self.part = part
            self.lines = lines
            self.finished = finished
        }

        /// The part at `path` (the file, or the output folder holding it),
        /// read up to its first document.
        static func open(_ path: String) -> Result<PartStream, Problem> {
            let file = FileSystem.isDirectory(path) ? PathName.join(path, BatchIndex.fileName) : path
            let notAPart = Self.notAPart(file)
            do throws(FileSystem.Failure) {
                let lines = try FileLines(file, maximumLength: BatchIndex.maximumEntryLength)
                var header = ""
                var documents: String?
                while documents == nil, header.utf8.count < 64 * 1024, let line = try lines.next() {
                    let text = String(decoding: line, as: UTF8.self)
                    if text == "  \"documenten\": [" || text == "  \"documenten\": []" { documents = text } else { header += text + "\n" }
                }
                guard let documents,
                      let root = try? JSONSerialization.jsonObject(with: Data((header + "  \"documenten\": []\n}").utf8)) as? [String: Any],
                      let part = root["deel"] as? [String: Any],
                      let number = part["nummer"] as? Int, let count = part["van"] as? Int,
                      let inputCount = part["invoer"] as? Int, let inputHash = part["invoer-sha256"] as? String else {
                    return .failure(notAPart)
                }
                return .success(PartStream(file: file, part: IndexPart(number: number, count: count, inputCount: inputCount,
                                                                       inputHash: inputHash),
                                           lines: lines, finished: documents.hasSuffix("[]")))
            } catch {
                return .failure(Problem(description: error.description))
            }
        }

        private static func notAPart(_ file: String) -> Problem {
            Problem(description: "\(PathName.displayed(file)) is geen index van een gedeelde run (raadsdoc batch --shard)")
        }

        /// Reads the next document into `current` if it is empty and the
        /// part has more.
        func load() throws(Problem) {
            guard current == nil, !finished else { return }
            let notAPart = Self.notAPart(file)
            let next: ArraySlice<UInt8>?
            do throws(FileSystem.Failure) {
                next = try lines.next()
            } catch {
                throw Problem(description: error.description)
            }
            guard let line = next else { throw notAPart }
            if line.elementsEqual("  ]".utf8) {
                finished = true
                return
            }
            guard let entry = BatchIndex.entry(onLine: line),
                  let document = try? JSONSerialization.jsonObject(with: Data(entry)) as? [String: Any],
                  let source = document["bron"] as? String else { throw notAPart }
            if let previousSource, !(previousSource < source) {
                throw Problem(description: "\(PathName.displayed(file)) is niet op bron gesorteerd (\(source) na \(previousSource)); raadsdoc batch --shard schrijft de documenten gesorteerd")
            }
            previousSource = source
            current = (source, String(decoding: entry, as: UTF8.self))
        }
    }
}
