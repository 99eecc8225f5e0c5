import Foundation

/// raadsdoc's own check of a PDF/A file, for where no full validator is at
/// hand (veraPDF is not packaged for Debian, and PDFBox Preflight knows
/// PDF/A-1b only). It checks what an archive cannot do without and what a
/// PDF that merely says it is PDF/A often lacks:
///
/// - the XMP metadata declares `pdfaid:part` and `pdfaid:conformance` as
///   asked (2 and B for PDF/A-2b);
/// - every font is embedded: each font descriptor has a FontFile,
///   FontFile2 or FontFile3, and no simple font goes without a descriptor
///   (the standard 14 fonts, which a reader substitutes);
/// - the catalog has an output intent (GTS_PDFA1 with an ICC profile);
/// - nothing is encrypted and there is no JavaScript.
///
/// It reads the file's objects as they are; streams are skipped, not
/// decoded. LibreOffice writes every dictionary outside a stream, so that
/// sees them all; a file with object streams (/ObjStm), whose dictionaries
/// are compressed, is reported as one this inspection cannot judge.
package struct PDFAInspection: Sendable, Equatable {
    /// How index.json names this check.
    package static let validatorName = "raadsdoc-pdfa-inspectie"

    /// What the XMP metadata declares; nil when it declares nothing.
    package let part: String?
    package let conformance: String?
    /// What is wrong, in Dutch; empty when the file passes.
    package let findings: [String]

    package var conforms: Bool { findings.isEmpty }

    /// Inspects `bytes` as a PDF/A of `part` (1 or 2) and `conformance`
    /// ("B").
    package static func inspect(_ bytes: [UInt8], part expectedPart: String = "2", conformance expectedConformance: String = "B") -> PDFAInspection {
        let file = PDFObjects(bytes)
        var findings: [String] = []
        if file.objects.values.contains(where: { $0.has("/Type", "/ObjStm") }) {
            findings.append("het bestand heeft objectstromen (/ObjStm), die deze controle niet leest")
        }
        let catalog = file.objects.values.first { $0.has("/Type", "/Catalog") }
        var part: String?
        var conformance: String?
        if let catalog {
            if let metadata = catalog.reference(after: "/Metadata").flatMap({ file.objects[$0] }), let stream = metadata.stream {
                if metadata.tokens.contains("/Filter") {
                    findings.append("de XMP-metadata is gecomprimeerd en niet te lezen")
                } else {
                    let xmp = String(decoding: bytes[stream], as: UTF8.self)
                    part = XMPValue.named("pdfaid:part", in: xmp)
                    conformance = XMPValue.named("pdfaid:conformance", in: xmp)
                }
            } else {
                findings.append("de catalogus heeft geen XMP-metadata (/Metadata)")
            }
            if !catalog.tokens.contains("/OutputIntents") {
                findings.append("de catalogus heeft geen output intent (/OutputIntents)")
            } else if !file.all.contains(where: { $0.has("/S", "/GTS_PDFA1") && $0.tokens.contains("/DestOutputProfile") }) {
                findings.append("er is geen output intent GTS_PDFA1 met een ICC-profiel (/DestOutputProfile)")
            }
        } else {
            findings.append("geen catalogus (/Type /Catalog) gevonden; is dit wel een PDF?")
        }
        if catalog != nil && !(part == expectedPart && conformance == expectedConformance) {
            findings.append("de XMP-metadata verklaart pdfaid:part \(part ?? "–") en pdfaid:conformance \(conformance ?? "–"), "
                            + "niet \(expectedPart) en \(expectedConformance)")
        }
        for object in file.all {
            if object.has("/Type", "/FontDescriptor"),
               !object.tokens.contains(where: { $0 == "/FontFile" || $0 == "/FontFile2" || $0 == "/FontFile3" }) {
                findings.append("lettertype \(object.value(after: "/FontName") ?? "zonder naam") is niet ingebed")
            }
            if object.has("/Type", "/Font"), let subtype = object.value(after: "/Subtype"),
               ["/Type1", "/MMType1", "/TrueType"].contains(subtype), !object.hasKey("/FontDescriptor") {
                findings.append("lettertype \(object.value(after: "/BaseFont") ?? "zonder naam") is niet ingebed (geen /FontDescriptor)")
            }
        }
        if file.all.contains(where: { $0.tokens.contains("/Encrypt") }) {
            findings.append("het bestand is versleuteld (/Encrypt)")
        }
        if file.all.contains(where: { $0.tokens.contains("/JavaScript") || $0.tokens.contains("/JS") }) {
            findings.append("het bestand bevat JavaScript")
        }
        return PDFAInspection(part: part, conformance: conformance, findings: findings)
    }
}

/// The objects of a PDF file, tokenised outside their streams: names (with
/// #xx escapes decoded), numbers, keywords and dictionary brackets;
/// strings become a placeholder, so that a name inside a string does not
/// count. The trailer is kept as an object of its own.
struct PDFObjects {
    struct Object {
        var tokens: [String] = []
        var stream: Range<Int>?

        /// Whether `key` is directly followed by `value`, as in /Type /Font.
        func has(_ key: String, _ value: String) -> Bool {
            zip(tokens, tokens.dropFirst()).contains { $0 == key && $1 == value }
        }

        /// Whether `key` occurs as a key: not as the value of /Type.
        func hasKey(_ key: String) -> Bool {
            tokens.indices.contains { tokens[$0] == key && ($0 == 0 || tokens[$0 - 1] != "/Type") }
        }

        func value(after key: String) -> String? {
            guard let index = tokens.firstIndex(of: key), index + 1 < tokens.count else { return nil }
            return tokens[index + 1]
        }

        /// The object number of `key N G R`.
        func reference(after key: String) -> Int? {
            guard let index = tokens.firstIndex(of: key), index + 3 < tokens.count, tokens[index + 3] == "R" else { return nil }
            return Int(tokens[index + 1])
        }
    }

    /// By object number (the last definition wins, as in an updated file).
    private(set) var objects: [Int: Object] = [:]
    private(set) var trailers: [Object] = []

    var all: [Object] { Array(objects.values) + trailers }

    init(_ bytes: [UInt8]) {
        var lexer = Lexer(bytes: bytes)
        var current = Object()
        // The last two tokens: the number and generation in front of `obj`.
        var recent: [String] = []
        var number: Int?
        var inTrailer = false
        while let token = lexer.next() {
            switch token {
            case "obj":
                if inTrailer { trailers.append(current); inTrailer = false }
                number = recent.count == 2 ? Int(recent[0]) : nil
                current = Object()
            case "endobj":
                if let number { objects[number] = current }
                number = nil
                current = Object()
            case "stream":
                current.stream = lexer.skipStream(length: Self.directLength(current.tokens))
            case "trailer":
                if inTrailer { trailers.append(current) }
                current = Object()
                inTrailer = true
            case "startxref":
                if inTrailer { trailers.append(current); inTrailer = false }
                current = Object()
            default:
                current.tokens.append(token)
            }
            recent = Array((recent + [token]).suffix(2))
        }
        if inTrailer { trailers.append(current) }
    }

    /// The `/Length` of a stream when it is written as a number, not as a
    /// reference to one.
    private static func directLength(_ tokens: [String]) -> Int? {
        guard let index = tokens.lastIndex(of: "/Length"), index + 1 < tokens.count,
              let length = Int(tokens[index + 1]) else { return nil }
        if index + 3 < tokens.count && tokens[index + 3] == "R" { return nil }
        return length
    }

    struct Lexer {
        let bytes: [UInt8]
        var index = 0

        static func isWhitespace(_ byte: UInt8) -> Bool {
            switch byte {
            case 0, 9, 10, 12, 13, 32: true
            default: false
            }
        }

        static func isDelimiter(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
            default: false
            }
        }

        mutating func next() -> String? {
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isWhitespace(byte) {
                    index += 1
                } else if byte == UInt8(ascii: "%") {
                    while index < bytes.count && bytes[index] != 10 && bytes[index] != 13 { index += 1 }
                } else if byte == UInt8(ascii: "(") {
                    skipString()
                    return "(…)"
                } else if byte == UInt8(ascii: "<") {
                    if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "<") {
                        index += 2
                        return "<<"
                    }
                    while index < bytes.count && bytes[index] != UInt8(ascii: ">") { index += 1 }
                    index += 1
                    return "<…>"
                } else if byte == UInt8(ascii: ">") {
                    index += index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">") ? 2 : 1
                    return ">>"
                } else if byte == UInt8(ascii: "/") {
                    index += 1
                    return "/" + name()
                } else if Self.isDelimiter(byte) {
                    index += 1
                    return String(UnicodeScalar(byte))
                } else {
                    let start = index
                    while index < bytes.count && !Self.isWhitespace(bytes[index]) && !Self.isDelimiter(bytes[index]) { index += 1 }
                    return String(decoding: bytes[start..<index], as: UTF8.self)
                }
            }
            return nil
        }

        /// A name after its slash, with #xx escapes decoded, so that
        /// /Java#53cript is seen as /JavaScript.
        private mutating func name() -> String {
            var decoded: [UInt8] = []
            while index < bytes.count && !Self.isWhitespace(bytes[index]) && !Self.isDelimiter(bytes[index]) {
                if bytes[index] == UInt8(ascii: "#"), index + 2 < bytes.count,
                   let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16) {
                    decoded.append(value)
                    index += 3
                } else {
                    decoded.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: decoded, as: UTF8.self)
        }

        /// Skips a literal string, nested parentheses and escapes included.
        private mutating func skipString() {
            var depth = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
        }

        /// Skips the data after `stream` up to `endstream` and returns where
        /// the data lies. With a direct length it is trusted when
        /// `endstream` follows; otherwise the keyword is searched for.
        mutating func skipStream(length: Int?) -> Range<Int> {
            if index < bytes.count && bytes[index] == 13 { index += 1 }
            if index < bytes.count && bytes[index] == 10 { index += 1 }
            let start = index
            let keyword = Array("endstream".utf8)
            if let length, length >= 0, length <= bytes.count - start {
                var after = start + length
                while after < bytes.count && Self.isWhitespace(bytes[after]) { after += 1 }
                if after + keyword.count <= bytes.count && bytes[after..<after + keyword.count].elementsEqual(keyword) {
                    index = after + keyword.count
                    return start..<start + length
                }
            }
            var cursor = start
            while cursor + keyword.count <= bytes.count {
                if bytes[cursor] == keyword[0] && bytes[cursor..<cursor + keyword.count].elementsEqual(keyword) {
                    index = cursor + keyword.count
                    var end = cursor
                    while end > start && (bytes[end - 1] == 10 || bytes[end - 1] == 13) { end -= 1 }
                    return start..<end
                }
                cursor += 1
            }
            index = bytes.count
            return start..<bytes.count
        }
    }
}

/// A property of XMP metadata, written as an element
/// (<pdfaid:part>2</pdfaid:part>) or as an attribute (pdfaid:part="2").
enum XMPValue {
    static func named(_ name: String, in xmp: String) -> String? {
        if let open = xmp.range(of: "<" + name + ">"), let close = xmp.range(of: "</" + name + ">", range: open.upperBound..<xmp.endIndex) {
            return String(xmp[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        for quote in ["\"", "'"] {
            if let start = xmp.range(of: name + "=" + quote), let end = xmp.range(of: quote, range: start.upperBound..<xmp.endIndex) {
                return String(xmp[start.upperBound..<end.lowerBound])
            }
        }
        return nil
    }
}
