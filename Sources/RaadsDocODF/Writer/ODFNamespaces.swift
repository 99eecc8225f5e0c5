import RaadsDocCore
import XMLSupport

/// The namespaces raadsdoc writes, declared on each part's root element.
package enum ODFNamespaces {
    package static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    package static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    package static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    package static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    package static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    package static let xlink = "http://www.w3.org/1999/xlink"
    package static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    package static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    package static let dc = "http://purl.org/dc/elements/1.1/"
    package static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    package static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    package static let xml = "http://www.w3.org/XML/1998/namespace"

    /// The prefixes the generated parts use, with their namespaces; a
    /// template's root must bind them the same way.
    package static let generated: [(prefix: String, uri: String)] = [
        ("office", office), ("style", style), ("text", text), ("table", table), ("fo", fo), ("xlink", xlink),
        ("svg", svg), ("draw", draw),
    ]

    /// Every namespace the ODF 1.3 schema defines elements or attributes in.
    /// What a producer adds in other namespaces (LibreOffice's `loext:`,
    /// `officeooo:`, …) is not valid ODF 1.3 and is left out of templates.
    package static let standard: Set<String> = [
        office, style, text, table, fo, xlink, svg, draw, dc, meta, xml,
        "urn:oasis:names:tc:opendocument:xmlns:animation:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:database:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
        "http://www.w3.org/2003/g/data-view#",
        "http://www.w3.org/1998/Math/MathML",
        "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
        "urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0",
        "http://www.w3.org/2002/xforms",
        "http://www.w3.org/1999/xhtml",
    ]

    /// Declares the namespaces a content or styles part uses.
    package static func declareDocumentNamespaces(_ writer: XMLWriter) {
        writer.attribute("xmlns:office", office)
        writer.attribute("xmlns:style", style)
        writer.attribute("xmlns:text", text)
        writer.attribute("xmlns:table", table)
        writer.attribute("xmlns:fo", fo)
        writer.attribute("xmlns:xlink", xlink)
        writer.attribute("xmlns:svg", svg)
        writer.attribute("xmlns:draw", draw)
        writer.attribute("office:version", ODFVersion.number)
    }
}

package enum ODFVersion {
    package static let number = "1.3"
    package static let mediaType = "application/vnd.oasis.opendocument.text"
}

/// Style names as LibreOffice stores them: the display name with every
/// character an XML name cannot hold written as _xx_ (hex), so "Kop 1"
/// becomes "Kop_20_1". A template made in LibreOffice uses the same names.
public enum StyleName {
    /// The writers ask for the same few names on every paragraph, so this
    /// works on bytes: a name that needs no escape comes back as it is,
    /// and the others are built in a byte buffer.
    public static func encode(_ displayName: String) -> String {
        var first = true
        if displayName.utf8.allSatisfy({ byte in
            defer { first = false }
            return isAllowed(UInt32(byte), first: first)
        }) {
            return displayName
        }
        var result: [UInt8] = []
        result.reserveCapacity(displayName.utf8.count + 8)
        first = true
        for scalar in displayName.unicodeScalars {
            if isAllowed(scalar.value, first: first) {
                result.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                result.append(UInt8(ascii: "_"))
                appendHex(scalar.value, to: &result)
                result.append(UInt8(ascii: "_"))
            }
            first = false
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Letters and "_" anywhere, digits, "-" and "." after the first character.
    private static func isAllowed(_ value: UInt32, first: Bool) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: true
        case 0x30...0x39, 0x2D, 0x2E: !first
        default: false
        }
    }

    /// `value` in lower-case hexadecimal without leading zeros, as
    /// `String(value, radix: 16)` writes it.
    private static func appendHex(_ value: UInt32, to bytes: inout [UInt8]) {
        var shift = 28
        while shift > 0 && (value >> UInt32(shift)) == 0 { shift -= 4 }
        while shift >= 0 {
            let digit = UInt8(truncatingIfNeeded: (value >> UInt32(shift)) & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            shift -= 4
        }
    }
}
