import XMLSupport
import Yams

/// Turns the bytes of an input file into a `YAMLNode` tree with positions.
///
/// Hostile input is refused before it can hurt: files and values above the
/// size limits, invalid UTF-8, characters XML forbids, tab indentation,
/// nesting beyond `maximumDepth` (libyaml itself stops at 1000), anchors and
/// aliases (so no "billion laughs"), and more nodes than `maximumNodes`.
/// A UTF-8 byte order mark and CRLF or CR line ends, as Windows and old Mac
/// editors write them, are accepted.
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
    /// is nil when the file cannot be used at all. `bytes` may stop just
    /// past `maximumFileSize` (see `FileSystem.read(_:limit:)`).
    public static func parse(_ bytes: [UInt8], path: String, diagnostics: inout DiagnosticList) -> Loaded {
        let start = SourcePosition(path: path, line: 1, column: 1)
        guard bytes.count <= maximumFileSize else {
            diagnostics.report(InputRules.tooLarge, at: start,
                               "het bestand is groter dan \(megabytes(maximumFileSize)), het maximum voor een invoerbestand; splits het op of verwijder wat er per ongeluk in terecht is gekomen")
            return Loaded(file: SourceFile(path: path, text: ""), root: nil)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = decodeUTF8(body, path: path, diagnostics: &diagnostics) else {
            let shown = wideEncoding(body) != nil ? "" : String(decoding: body, as: UTF8.self)
            return Loaded(file: SourceFile(path: path, text: shown), root: nil)
        }
        let file = SourceFile(path: path, text: text)
        guard text.contains(where: { !$0.isWhitespace }) else {
            diagnostics.report(InputRules.unreadable, at: start,
                               "het bestand is leeg; begin met 'soort: …' (een voorbeeld geeft 'raadsdoc nieuw <soort>')")
            return Loaded(file: file, root: nil)
        }
        return Loaded(file: file, root: scanAndParse(file, diagnostics: &diagnostics))
    }

    private static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10),\(tenths % 10) MB"
    }

    /// The name of the encoding whose byte order mark starts the bytes:
    /// UTF-16 as Windows editors write for "Unicode", or UTF-32.
    private static func wideEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16 ('Unicode')" }
        return nil
    }

    /// Decodes UTF-8, reporting the position of the first invalid byte
    /// (lines counted as `SourceFile` counts them).
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, path: String, diagnostics: inout DiagnosticList) -> String? {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let encoding = wideEncoding(bytes) {
            diagnostics.report(InputRules.encoding, at: SourcePosition(path: path, line: 1, column: 1),
                               "het bestand is opgeslagen als \(encoding); sla het op als UTF-8")
            return nil
        }
        var line = 1
        var column = 1
        var afterCarriageReturn = false
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" && afterCarriageReturn {
                    column = 1
                } else if scalar == "\n" || scalar == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                afterCarriageReturn = scalar == "\r"
            case .emptyInput:
                diagnostics.report(InputRules.encoding, at: SourcePosition(path: path, line: 1, column: 1),
                                   "het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8")
                return nil
            case .error:
                let byte = bytes[bytes.startIndex + min(offset, bytes.count - 1)]
                let hex = String(byte, radix: 16, uppercase: true)
                diagnostics.report(InputRules.encoding, at: SourcePosition(path: path, line: line, column: column),
                                   "ongeldige UTF-8-byte 0x\(hex.count == 1 ? "0" + hex : hex): het bestand is waarschijnlijk opgeslagen als ANSI of Latin-1; sla het op als UTF-8")
                return nil
            }
        }
    }

    /// Checks that need the raw text: forbidden characters, line
    /// separators, tab indentation, `%TAG` directives and anchors (see
    /// `LexicalScanner`), then the parse. When the only problems are '&'
    /// that may start anchors, the text is first parsed with those '&'
    /// turned into '+': no anchor can exist in that parse, so no alias bomb
    /// can go off. If it fails on an alias, the '&' were anchors and are
    /// reported as such; if it succeeds, every one of them was text (as in
    /// "Zie ook: &amp;" in a block scalar) or an anchor nothing refers to,
    /// which the converter reports at its node. Returns nil, with the
    /// problems reported, when there is no tree.
    private static func scanAndParse(_ file: SourceFile, diagnostics: inout DiagnosticList) -> YAMLNode? {
        var text = file.text
        var problems: [(line: Int, column: Int, rule: Rule, message: String)] = []
        var anchorOffsets: [Int] = []
        var exclamationMarks: Set<LexicalScanner.SourceLocation> = []
        text.withUTF8 { bytes in
            var scanner = LexicalScanner(bytes: bytes)
            while let problem = scanner.next() {
                problems.append(problem)
                if problems.count - scanner.anchorOffsets.count >= 20 { break }
            }
            anchorOffsets = scanner.anchorOffsets
            exclamationMarks = scanner.exclamationMarks
        }
        func reportProblems(_ selected: [(line: Int, column: Int, rule: Rule, message: String)]) {
            for problem in selected.prefix(20) {
                diagnostics.report(problem.rule, at: SourcePosition(path: file.path, line: problem.line, column: problem.column),
                                   problem.message)
            }
        }
        let others = problems.filter { $0.rule != InputRules.anchors }
        guard others.isEmpty else {
            reportProblems(others)
            return nil
        }
        if !anchorOffsets.isEmpty {
            var neutral = Array(file.text.utf8)
            for offset in anchorOffsets { neutral[offset] = UInt8(ascii: "+") }
            let neutralFile = SourceFile(path: file.path, text: String(decoding: neutral, as: UTF8.self))
            if case .failed(let rule, let position, let message) = LargeStackThread.run({ parseOutcome(neutralFile, exclamationMarks: exclamationMarks) }) {
                if rule == InputRules.anchors {
                    reportProblems(problems)
                } else {
                    diagnostics.report(rule, at: position, message)
                }
                return nil
            }
        }
        return parse(file, exclamationMarks: exclamationMarks, diagnostics: &diagnostics)
    }

    /// Parses on a thread with a large stack (see `LargeStackThread`), so
    /// that nesting up to libyaml's limit cannot overflow the caller's.
    private static func parse(_ file: SourceFile, exclamationMarks: Set<LexicalScanner.SourceLocation>,
                              diagnostics: inout DiagnosticList) -> YAMLNode? {
        switch LargeStackThread.run({ parseOutcome(file, exclamationMarks: exclamationMarks) }) {
        case .parsed(let root):
            return root
        case .failed(let rule, let position, let message):
            diagnostics.report(rule, at: position, message)
            return nil
        }
    }

    private enum ParseOutcome {
        case parsed(YAMLNode)
        case failed(Rule, SourcePosition, String)
    }

    private static func parseOutcome(_ file: SourceFile, exclamationMarks: Set<LexicalScanner.SourceLocation>) -> ParseOutcome {
        let start = SourcePosition(path: file.path, line: 1, column: 1)
        do {
            let parser = try Parser(yaml: file.text, resolver: .basic, encoding: .utf8)
            guard let root = try parser.singleRoot() else {
                return .failed(InputRules.unreadable, start,
                               "het bestand bevat alleen commentaar en geen gegevens; begin met 'soort: …' (een voorbeeld geeft 'raadsdoc nieuw <soort>')")
            }
            var converter = NodeConverter(path: file.path, exclamationMarks: exclamationMarks)
            let converted = converter.convert(root, depth: 1)
            if let problem = converter.problem {
                return .failed(problem.rule, problem.position, problem.message)
            }
            guard let converted else { return .failed(InputRules.syntax, start, "het bestand kan niet als YAML gelezen worden") }
            return .parsed(converted)
        } catch let error as YamlError {
            let (rule, position, message) = YAMLErrorTranslation.translate(error, file: file)
            return .failed(rule, position, message)
        } catch {
            return .failed(InputRules.syntax, start, "het bestand kan niet als YAML gelezen worden")
        }
    }
}

/// Converts Yams' nodes, enforcing depth, size and the bans on anchors and
/// tags, and refusing characters an escape in double quotes ("\x01",
/// "\0") put into a value or key, as the scanner refuses them raw. It
/// stops at the first problem, so an alias bomb is refused at its first
/// anchor without ever being walked.
private struct NodeConverter {
    let path: String
    /// Where a '!' stands in the text: a node that starts at one has a tag.
    /// (Yams cannot tell `!!str "x"` from `"x"`.)
    let exclamationMarks: Set<LexicalScanner.SourceLocation>
    var visited = 0
    var problem: (rule: Rule, position: SourcePosition, message: String)?

    init(path: String, exclamationMarks: Set<LexicalScanner.SourceLocation>) {
        self.path = path
        self.exclamationMarks = exclamationMarks
    }

    /// Whether a node starting at `position` has a tag.
    private func isTagged(_ position: SourcePosition) -> Bool {
        !exclamationMarks.isEmpty
            && exclamationMarks.contains(LexicalScanner.SourceLocation(line: position.line, column: position.column))
    }

    private mutating func failOnTag(_ position: SourcePosition) -> Bool {
        guard isTagged(position) else { return false }
        fail(InputRules.tags, position,
             "YAML-tags zoals !!str, !!binary of !eigen worden niet ondersteund; raadsdoc bepaalt zelf hoe een waarde gelezen wordt. Verwijder de tag, of zet tekst die met '!' begint tussen aanhalingstekens")
        return true
    }

    /// Refuses a scalar holding a character the scanner would have refused
    /// raw, which only an escape in double quotes can put there.
    private mutating func failOnEscapedCharacter(_ text: String, _ position: SourcePosition) -> Bool {
        guard Self.mayHoldRefusedCharacter(text), let scalar = text.unicodeScalars.first(where: { !XMLText.isAllowed($0) || LexicalScanner.isDeleteOrC1Control($0)
            || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return false }
        let code = "U+\(LexicalScanner.hexCode(scalar))"
        let escape = scalar.value == 0 ? "\\0" : "\\x.. of \\u...."
        fail(InputRules.forbiddenCharacter, position,
             "deze waarde bevat het onzichtbare stuurteken \(code), geschreven als escape (zoals \(escape)) tussen dubbele aanhalingstekens; zo'n teken kan niet in een document staan, verwijder het")
        return true
    }

    /// Whether `text` may hold a character `failOnEscapedCharacter` looks
    /// for: a C0 control other than tab and line ends, DEL, a C1 control
    /// (C2 80–9F in UTF-8), U+2028 or U+2029 (E2 80 A8/A9), or U+FFFE or
    /// U+FFFF (EF BF BE/BF). Byte by byte, as this runs on every scalar of
    /// every input and the scalar view costs several times as much;
    /// printable ASCII, nearly every byte, is passed over with one test.
    private static func mayHoldRefusedCharacter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for offset in bytes.indices {
                let byte = bytes[offset]
                if byte &- 0x20 < 0x5F { continue }
                switch byte {
                case 0x9, 0xA, 0xD: continue
                case 0xC2: if offset + 1 < bytes.count && bytes[offset + 1] < 0xA0 { return true }
                case 0xE2: if offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9) { return true }
                case 0xEF: if offset + 2 < bytes.count && bytes[offset + 1] == 0xBF && bytes[offset + 2] >= 0xBE { return true }
                case ..<0x20, 0x7F: return true
                default: continue
                }
            }
            return false
        }
    }

    mutating func convert(_ node: Node, depth: Int) -> YAMLNode? {
        guard problem == nil else { return nil }
        let position = self.position(node.mark)
        visited += 1
        if visited > YAMLLoader.maximumNodes {
            fail(InputRules.tooLarge, position, "het bestand bevat meer dan \(DutchNumber.grouped(YAMLLoader.maximumNodes)) waarden; zo'n groot document verwerkt raadsdoc niet, splits het op")
            return nil
        }
        if depth > YAMLLoader.maximumDepth {
            fail(InputRules.tooDeep, position, "de gegevens zijn hier meer dan \(YAMLLoader.maximumDepth) niveaus diep genest; geen document heeft zoveel niveaus nodig, controleer de inspringing en de haakjes [ ] en { }")
            return nil
        }
        if node.anchor != nil {
            fail(InputRules.anchors, position, "YAML-ankers (&) en -aliassen (*) worden niet ondersteund; schrijf de waarde voluit, of zet tekst die met & of * begint tussen aanhalingstekens")
            return nil
        }
        if failOnTag(position) { return nil }
        switch node {
        case .scalar(let scalar):
            guard scalar.string.utf8.count <= YAMLLoader.maximumScalarLength else {
                fail(InputRules.tooLarge, position,
                     "deze waarde is \(DutchNumber.grouped(scalar.string.utf8.count)) bytes lang; het maximum is \(DutchNumber.grouped(YAMLLoader.maximumScalarLength)), splits de tekst op (bijvoorbeeld in secties)")
                return nil
            }
            if failOnEscapedCharacter(scalar.string, position) { return nil }
            return YAMLNode(.scalar(YAMLScalar(scalar.string, style: Self.style(scalar.style))), at: position)
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            for (key, value) in mapping {
                let keyPosition = self.position(key.mark)
                guard case .scalar(let keyScalar) = key, key.anchor == nil else {
                    fail(InputRules.complexKey, keyPosition, "een veldnaam moet gewone tekst zijn, zoals 'onderwerp'; een lijst of groep kan geen veldnaam zijn")
                    return nil
                }
                if failOnTag(keyPosition) || failOnEscapedCharacter(keyScalar.string, keyPosition) { return nil }
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
            fail(InputRules.anchors, position, "YAML-aliassen (*) worden niet ondersteund; schrijf de waarde voluit, of zet tekst die met * begint tussen aanhalingstekens")
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
