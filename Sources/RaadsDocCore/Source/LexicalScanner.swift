import XMLSupport

/// One pass over the raw UTF-8 bytes of an input file, before YAML parsing,
/// for what must be refused on sight: characters XML forbids (and DEL and
/// the C1 controls, which libyaml refuses without a position), line
/// separators that would shift every position after them, tab indentation,
/// `%TAG` directives and anchors. Anchors are found here, before Yams
/// builds its tree, because an alias used as a key would make Yams hash the
/// whole aliased structure: a "billion laughs" bomb in a key position takes
/// exponential time before any node reaches our converter. An '&' that may
/// start an anchor is only a candidate (`anchorOffsets`): inside a block
/// scalar it is text, which the loader settles with a parse in which the
/// candidates cannot be anchors. Every '!' is noted in `exclamationMarks`,
/// so the loader can tell a tag (a node starting with '!') from text.
///
/// Works on bytes because it runs on every file of a batch: printable ASCII,
/// nearly all of a document, costs one comparison per byte. Lines end at
/// "\n", "\r\n" or a lone "\r" and columns count scalars, as libyaml does.
package struct LexicalScanner {
    package typealias Problem = (line: Int, column: Int, rule: Rule, message: String)

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var column = 1
    private var lineStart = 0
    private var indenting = true
    /// The byte offset of every '&' that may start an anchor.
    package private(set) var anchorOffsets: [Int] = []
    /// Where each '!' stands, as line and column.
    package private(set) var exclamationMarks: Set<SourceLocation> = []

    package struct SourceLocation: Hashable, Sendable {
        package let line: Int
        package let column: Int
    }

    package init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next problem, or nil at the end of the text.
    package mutating func next() -> Problem? {
        while index < bytes.count {
            skipPlainText()
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") {
                let position = (line, column)
                let isAnchor = startsAnchor(at: index)
                if isAnchor { anchorOffsets.append(index) }
                indenting = false
                advance(1)
                if isAnchor {
                    return (position.0, position.1, InputRules.anchors,
                            "YAML leest '&' vóór een woord hier als anker, en ankers worden niet ondersteund; schrijf de waarde voluit, of zet tekst die met '&' begint tussen aanhalingstekens")
                }
                continue
            }
            if byte == UInt8(ascii: "!") {
                exclamationMarks.insert(SourceLocation(line: line, column: column))
                indenting = false
                advance(1)
                continue
            }
            if byte == UInt8(ascii: "%") {
                let position = (line, column)
                let isDirective = index == lineStart && startsTagDirective(at: index)
                indenting = false
                advance(1)
                if isDirective {
                    return (position.0, position.1, InputRules.tags,
                            "een %TAG-regel geeft YAML-tags een eigen betekenis, en tags worden niet ondersteund; verwijder de regel")
                }
                continue
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                let crlf = byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
                index += crlf ? 2 : 1
                line += 1
                column = 1
                lineStart = index
                indenting = true
                continue
            }
            let position = (line, column)
            let scalar = decodeScalar()
            if scalar == "\t" {
                if indenting {
                    return (position.0, position.1, InputRules.tabIndent,
                            "tab gebruikt voor inspringing; YAML staat alleen spaties toe. Vervang de tab door spaties")
                }
                continue
            }
            indenting = false
            if scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                return (position.0, position.1, InputRules.forbiddenCharacter,
                        "onzichtbaar regelscheidingsteken U+\(Self.hexCode(scalar)) (vaak meegekopieerd uit een webpagina of pdf); vervang het door een spatie of een gewone nieuwe regel")
            }
            if !XMLText.isAllowed(scalar) || Self.isDeleteOrC1Control(scalar) {
                let what = scalar.value < 0x20 || Self.isDeleteOrC1Control(scalar) ? "onzichtbaar stuurteken" : "ongeldig teken"
                return (position.0, position.1, InputRules.forbiddenCharacter,
                        "\(what) U+\(Self.hexCode(scalar)) (vaak meegekopieerd uit een ander programma); verwijder het")
            }
        }
        return nil
    }

    /// Moves past printable ASCII other than '&', '!' and '%' (nearly all of a file),
    /// noting where a line's indentation ends: one comparison for a byte
    /// from "'" to '~' (letters, digits and most punctuation), a few for
    /// the rest of printable ASCII (space, '"', '#', '$').
    private mutating func skipPlainText() {
        guard let base = bytes.baseAddress else { return }
        let start = index
        var end = start
        while end < bytes.count {
            let byte = base[end]
            if byte &- UInt8(ascii: "'") <= UInt8(ascii: "~") - UInt8(ascii: "'") {
                end += 1
                continue
            }
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "#")
                || byte == UInt8(ascii: "$") else { break }
            end += 1
        }
        if indenting {
            for offset in start..<end where base[offset] != UInt8(ascii: " ") && base[offset] != UInt8(ascii: "-") {
                indenting = false
                break
            }
        }
        column += end - start
        index = end
    }

    private mutating func advance(_ count: Int) {
        index += count
        column += 1
    }

    /// Decodes the scalar at `index` (the text is valid UTF-8) and moves past it.
    private mutating func decodeScalar() -> Unicode.Scalar {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(length == 1 ? lead : lead & (0xFF >> (length + 1)))
        for offset in 1..<max(length, 1) where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        advance(min(length, bytes.count - index))
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Whether the '&' at `position` can start a YAML anchor: it is followed
    /// by a name and stands where a node may begin (at the start of the
    /// line's content, after '-', '?', ':', '[', '{' or ',', or after a tag).
    /// This errs on the side of seeing an anchor: "B&W" and "a & b" are
    /// text, but so is "a, &b" inside quotes, which is reported too.
    private func startsAnchor(at position: Int) -> Bool {
        let next = position + 1
        guard next < bytes.count, !Self.isOneOf(bytes[next], " \t,[]{}\r\n") else { return false }
        var cursor = position - 1
        while true {
            while cursor >= lineStart && (bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t")) { cursor -= 1 }
            guard cursor >= lineStart else { return true }
            if Self.isOneOf(bytes[cursor], "-?:[{,") { return true }
            var start = cursor
            while start > lineStart && bytes[start - 1] != UInt8(ascii: " ") && bytes[start - 1] != UInt8(ascii: "\t") { start -= 1 }
            guard bytes[start] == UInt8(ascii: "!") else { return false }
            cursor = start - 1
        }
    }

    /// Whether a "%TAG" directive starts at `position`, the start of a line.
    private func startsTagDirective(at position: Int) -> Bool {
        let name: [UInt8] = Array("%TAG".utf8)
        guard position + name.count <= bytes.count else { return false }
        return (0..<name.count).allSatisfy { bytes[position + $0] == name[$0] }
    }

    /// DEL and the C1 controls (except NEL, reported as a line separator):
    /// XML allows them, but libyaml refuses them, and no document needs them.
    package static func isDeleteOrC1Control(_ scalar: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(scalar.value) && scalar.value != 0x85
    }

    private static func isOneOf(_ byte: UInt8, _ characters: StaticString) -> Bool {
        characters.withUTF8Buffer { $0.contains(byte) }
    }

    package static func hexCode(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
