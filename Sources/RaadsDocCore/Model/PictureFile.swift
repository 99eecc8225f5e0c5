import Glibc
import XMLSupport

/// Reads the picture an `![alt](pad.png)` in a text field names: a regular
/// file (never a FIFO, device or folder) beside the input file or below it,
/// at most `maximumSize` bytes, a PNG, JPEG or SVG by its bytes whatever
/// its name says, with a size that can be read from those bytes.
public enum PictureFile {
    public static let maximumSize = 10 * 1024 * 1024
    /// Pictures per text field: each is read whole at check time and
    /// again when composing, so a text of a few kilobytes naming one large
    /// file thousands of times would make the run read gigabytes.
    public static let maximumCount = 20

    /// Why a picture cannot be taken in, as a Dutch clause.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// The file `reference` names, resolved against the folder of the
    /// input file at `inputPath`.
    public static func load(_ reference: String, besides inputPath: String) -> Result<Picture, Problem> {
        switch resolve(reference, besides: inputPath) {
        case .failure(let problem): return .failure(problem)
        case .success(let path):
            switch read(path) {
            case .failure(let problem): return .failure(problem)
            case .success(let bytes): return picture(from: bytes, name: reference)
            }
        }
    }

    /// The path of `reference` beside `inputPath`. Absolute paths, web
    /// addresses and `..` are refused: a document takes in only pictures
    /// that travel with its input.
    static func resolve(_ reference: String, besides inputPath: String) -> Result<String, Problem> {
        if reference.isEmpty {
            return .failure(Problem(description: "de afbeelding noemt geen bestand"))
        }
        if reference.hasPrefix("/") || reference.contains("://") || reference.hasPrefix("\\") {
            return .failure(Problem(description: "'\(reference)' is geen pad naast het invoerbestand; "
                + "zet de afbeelding in de map van het invoerbestand en noem haar zonder map of met een submap"))
        }
        let components = reference.split(separator: "/", omittingEmptySubsequences: true)
        if components.contains("..") {
            return .failure(Problem(description: "'\(reference)' wijst met '..' buiten de map van het invoerbestand"))
        }
        let directory = PathName.directory(of: inputPath)
        return .success(PathName.join(directory, reference))
    }

    /// The bytes of a regular file. Opened without blocking, so a FIFO in
    /// the file's place cannot stall the run before `fstat` refuses it.
    package static func read(_ path: String) -> Result<[UInt8], Problem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "bestaat niet" : "kan niet geopend worden (\(String(cString: strerror(errno))))"
            return .failure(Problem(description: "de afbeelding \(path) \(reason)"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Problem(description: "\(path) is geen gewoon bestand"))
        }
        guard Int(status.st_size) <= maximumSize else {
            return .failure(Problem(description: "de afbeelding \(path) is groter dan \(maximumSize / 1024 / 1024) MB"))
        }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(description: "de afbeelding \(path) kan niet gelezen worden"))
            }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
            if result.count > maximumSize {
                return .failure(Problem(description: "de afbeelding \(path) is groter dan \(maximumSize / 1024 / 1024) MB"))
            }
        }
        return .success(result)
    }

    /// The picture in `bytes`, its format told by its first bytes.
    public static func picture(from bytes: [UInt8], name: String) -> Result<Picture, Problem> {
        let size: (Double, Double)?
        let format: Picture.Format
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            format = .png
            size = pngSize(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            format = .jpeg
            size = jpegSize(bytes)
        } else if looksLikeXML(bytes) {
            format = .svg
            switch svgSize(bytes, name: name) {
            case .failure(let problem): return .failure(problem)
            case .success(let found): size = found
            }
        } else {
            return .failure(Problem(description: "'\(name)' is geen PNG-, JPEG- of SVG-bestand"))
        }
        guard let (width, height) = size, width > 0, height > 0, width.isFinite, height.isFinite else {
            return .failure(Problem(description: "van '\(name)' is de breedte en hoogte niet te lezen"))
        }
        return .success(Picture(bytes: bytes, format: format, width: width, height: height))
    }

    /// Width and height from the IHDR chunk, which a PNG starts with.
    static func pngSize(_ bytes: [UInt8]) -> (Double, Double)? {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return (Double(bigEndian(bytes, at: 16, count: 4)), Double(bigEndian(bytes, at: 20, count: 4)))
    }

    /// Width and height from the first start-of-frame marker (baseline
    /// SOF0, progressive SOF2 and the other SOFn), walking the segments
    /// before it by their lengths.
    static func jpegSize(_ bytes: [UInt8]) -> (Double, Double)? {
        var index = 2
        while index + 3 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            if marker == 0xD9 || marker == 0xDA { return nil }
            let length = bigEndian(bytes, at: index + 2, count: 2)
            guard length >= 2 else { return nil }
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame {
                guard index + 9 <= bytes.count else { return nil }
                return (Double(bigEndian(bytes, at: index + 7, count: 2)), Double(bigEndian(bytes, at: index + 5, count: 2)))
            }
            index += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int, count: Int) -> Int {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    /// Whether the text starts, after a byte-order mark and white space,
    /// with `<`: an SVG is XML.
    private static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        let first = rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "<")
    }

    /// The size of an SVG from its root's width and height (in CSS units,
    /// taken as pixels at 96 per inch), or from its viewBox when they are
    /// missing or relative. Parsed with the safe parser: no DTD, no entities.
    static func svgSize(_ bytes: [UInt8], name: String) -> Result<(Double, Double)?, Problem> {
        guard case .success(let root) = XMLTree.parse(bytes, name: name),
              root.localName == "svg", root.namespace == "http://www.w3.org/2000/svg" else {
            return .failure(Problem(description: "'\(name)' is geen PNG-, JPEG- of geldig SVG-bestand"))
        }
        let box = root.attribute("viewBox").flatMap(viewBox)
        let width = root.attribute("width").flatMap(length)
        let height = root.attribute("height").flatMap(length)
        switch (width, height, box) {
        case (let width?, let height?, _): return .success((width, height))
        case (let width?, nil, let box?): return .success((width, width * box.1 / box.0))
        case (nil, let height?, let box?): return .success((height * box.0 / box.1, height))
        case (nil, nil, let box?): return .success(box)
        default: return .success(nil)
        }
    }

    private static func viewBox(_ text: String) -> (Double, Double)? {
        let numbers = text.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }.compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else { return nil }
        return (numbers[2], numbers[3])
    }

    /// A length in pixels: a number with no unit or px, pt, pc, mm, cm or in.
    private static func length(_ text: String) -> Double? {
        let trimmed = text.trimmingSpaces
        let units: [(String, Double)] = [("px", 1), ("pt", 96.0 / 72), ("pc", 16), ("mm", 96 / 25.4), ("cm", 96 / 2.54), ("in", 96)]
        for (unit, factor) in units where trimmed.hasSuffix(unit) {
            return Double(trimmed.dropLast(unit.count)).map { $0 * factor }
        }
        return Double(trimmed)
    }
}
