import XMLSupport
import Yams

/// Turns the bytes of an input file into a `YAMLNode` tree with positions.
///
/// Hostile input is refused before it can hurt: files and values above the
/// size limits, invalid UTF-8, characters XML forbids, tab indentation,
/// nesting beyond `maximumDepth` (libyaml itself stops at 1000), anchors and
/// aliases (so no "billion laughs"), and more nodes than `maximumNodes`.
/// A UTF-8 byte order mark and CRLF line ends, as Windows editors write
/// them, are accepted.
public enum YAMLLoader {
    public static let maximumFileSize = 2 * 1024 * 1024
    public static let maximumScalarLength = 200_000
    public static let maximumDepth = 48
    public static let maximumNodes = 250_000

    public struct Loaded: Sendable {
        public let file: SourceFile
        public let root: YAMLNode?
    }

    /// Loads `bytes` read from `path`. Problems go to `diagnostics`; `root`
    /// is nil when the file cannot be used at all.
    public static func load(_ bytes: [UInt8], path: String, diagnostics: inout DiagnosticList) -> Loaded {
        let start = SourcePosition(path: path, line: 1, column: 1)
        guard bytes.count <= maximumFileSize else {
            let file = SourceFile(path: path, text: "")
            diagnostics.report(InputRules.tooLarge, at: start,
                               "het bestand is \(megabytes(bytes.count)) groot; raadsdoc leest invoerbestanden tot \(megabytes(maximumFileSize))")
            return Loaded(file: file, root: nil)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = decodeUTF8(body, path: path, diagnostics: &diagnostics) else {
            return Loaded(file: SourceFile(path: path, text: ""), root: nil)
        }
        let file = SourceFile(path: path, text: text)
        guard text.contains(where: { !$0.isWhitespace }) else {
            diagnostics.report(InputRules.unreadable, at: start, "het bestand is leeg")
            return Loaded(file: file, root: nil)
        }
        guard lexicalChecks(file, diagnostics: &diagnostics) else {
            return Loaded(file: file, root: nil)
        }
        return Loaded(file: file, root: parse(file, diagnostics: &diagnostics))
    }

    private static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10),\(tenths % 10) MB"
    }

    /// Decodes UTF-8, reporting the position of the first invalid byte.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, path: String, diagnostics: inout DiagnosticList) -> String? {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                let byte = bytes[bytes.startIndex + min(offset, bytes.count - 1)]
                let hex = String(byte, radix: 16, uppercase: true)
                diagnostics.report(InputRules.encoding, at: SourcePosition(path: path, line: line, column: column),
                                   "ongeldige UTF-8-byte 0x\(hex.count == 1 ? "0" + hex : hex); sla het bestand op als UTF-8")
                return nil
            }
        }
        diagnostics.report(InputRules.encoding, at: SourcePosition(path: path, line: 1, column: 1),
                           "het bestand is geen geldige UTF-8-tekst")
        return nil
    }

    /// Checks that need the raw text: forbidden characters, tab indentation
    /// and aliases used as keys (whose hashing inside the YAML library could
    /// take exponential time). Returns false when parsing must not start.
    private static func lexicalChecks(_ file: SourceFile, diagnostics: inout DiagnosticList) -> Bool {
        var ok = true
        var reported = 0
        for number in 1...file.lineCount {
            guard let line = file.line(number) else { continue }
            var column = 1
            var indenting = true
            for scalar in line.unicodeScalars {
                if scalar == "\t" && indenting {
                    diagnostics.report(InputRules.tabIndent, at: SourcePosition(path: file.path, line: number, column: column),
                                       "tab gebruikt voor inspringing; YAML staat alleen spaties toe")
                    ok = false
                    reported += 1
                } else if scalar != "\r" && !XMLText.isAllowed(scalar) {
                    diagnostics.report(InputRules.forbiddenCharacter,
                                       at: SourcePosition(path: file.path, line: number, column: column),
                                       "verboden teken U+\(hexCode(scalar)) in de tekst; verwijder het")
                    ok = false
                    reported += 1
                }
                if scalar != " " && scalar != "\t" && scalar != "-" { indenting = false }
                column += 1
                if reported >= 20 { return false }
            }
            if let aliasColumn = aliasKeyColumn(line) {
                diagnostics.report(InputRules.anchors, at: SourcePosition(path: file.path, line: number, column: aliasColumn),
                                   "een alias (*) als veldnaam wordt niet ondersteund")
                ok = false
            }
        }
        return ok
    }

    private static func hexCode(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The column of `*alias :` or `? *alias` at the start of a line's content.
    private static func aliasKeyColumn(_ line: Substring) -> Int? {
        let indent = line.prefix { $0 == " " || $0 == "-" }
        var rest = line.dropFirst(indent.count)
        var column = indent.count + 1
        if rest.hasPrefix("? ") {
            rest = rest.dropFirst(2).drop { $0 == " " }
            column = line.count - rest.count + 1
            return rest.hasPrefix("*") ? column : nil
        }
        guard rest.hasPrefix("*") else { return nil }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ":" }
        let after = rest.dropFirst(1 + name.count).drop { $0 == " " }
        return !name.isEmpty && after.hasPrefix(":") ? column : nil
    }

    private static func parse(_ file: SourceFile, diagnostics: inout DiagnosticList) -> YAMLNode? {
        do {
            let parser = try Parser(yaml: file.text, resolver: .basic)
            guard let root = try parser.singleRoot() else {
                diagnostics.report(InputRules.unreadable, at: SourcePosition(path: file.path, line: 1, column: 1),
                                   "het bestand bevat alleen commentaar en geen gegevens")
                return nil
            }
            var converter = NodeConverter(path: file.path)
            let converted = converter.convert(root, depth: 1)
            if let problem = converter.problem {
                diagnostics.report(problem.rule, at: problem.position, problem.message)
                return nil
            }
            return withExtendedLifetime(parser) { converted }
        } catch let error as YamlError {
            let (rule, position, message) = YAMLErrorTranslation.translate(error, file: file)
            diagnostics.report(rule, at: position, message)
            return nil
        } catch {
            diagnostics.report(InputRules.syntax, at: SourcePosition(path: file.path, line: 1, column: 1),
                               "het bestand kan niet als YAML gelezen worden")
            return nil
        }
    }
}

/// Converts Yams' nodes, enforcing depth, size and the ban on anchors. It
/// stops at the first problem, so an alias bomb is refused at its first
/// anchor without ever being walked.
private struct NodeConverter {
    let path: String
    var visited = 0
    var problem: (rule: Rule, position: SourcePosition, message: String)?

    init(path: String) {
        self.path = path
    }

    mutating func convert(_ node: Node, depth: Int) -> YAMLNode? {
        guard problem == nil else { return nil }
        let position = self.position(node.mark)
        visited += 1
        if visited > YAMLLoader.maximumNodes {
            fail(InputRules.tooLarge, position, "het bestand bevat meer dan \(YAMLLoader.maximumNodes) waarden")
            return nil
        }
        if depth > YAMLLoader.maximumDepth {
            fail(InputRules.tooDeep, position, "de gegevens zijn hier meer dan \(YAMLLoader.maximumDepth) niveaus diep genest")
            return nil
        }
        if node.anchor != nil {
            fail(InputRules.anchors, position, "YAML-ankers (&) en -aliassen (*) worden niet ondersteund; schrijf de waarde voluit")
            return nil
        }
        switch node {
        case .scalar(let scalar):
            guard scalar.string.utf8.count <= YAMLLoader.maximumScalarLength else {
                fail(InputRules.tooLarge, position,
                     "deze waarde is \(scalar.string.utf8.count) bytes lang; het maximum is \(YAMLLoader.maximumScalarLength)")
                return nil
            }
            return YAMLNode(.scalar(YAMLScalar(scalar.string, style: Self.style(scalar.style))), at: position)
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            for (key, value) in mapping {
                let keyPosition = self.position(key.mark)
                guard case .scalar(let keyScalar) = key, key.anchor == nil else {
                    fail(InputRules.complexKey, keyPosition, "een veldnaam moet gewone tekst zijn")
                    return nil
                }
                guard let converted = convert(value, depth: depth + 1) else { return nil }
                pairs.append(YAMLPair(key: keyScalar.string, keyPosition: keyPosition, value: converted))
            }
            return YAMLNode(.mapping(pairs), at: position)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                guard let converted = convert(item, depth: depth + 1) else { return nil }
                items.append(converted)
            }
            return YAMLNode(.sequence(items), at: position)
        case .alias:
            fail(InputRules.anchors, position, "YAML-aliassen (*) worden niet ondersteund; schrijf de waarde voluit")
            return nil
        }
    }

    private mutating func fail(_ rule: Rule, _ position: SourcePosition, _ message: String) {
        if problem == nil { problem = (rule, position, message) }
    }

    private func position(_ mark: Mark?) -> SourcePosition {
        SourcePosition(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func style(_ style: Node.Scalar.Style) -> YAMLScalar.Style {
        switch style {
        case .singleQuoted: .singleQuoted
        case .doubleQuoted: .doubleQuoted
        case .literal: .literal
        case .folded: .folded
        default: .plain
        }
    }
}
