/// Escapes text and attribute values on their UTF-8 bytes, exactly as
/// libxml2 2.9's xmlTextWriter did (xmlEncodeSpecialChars for text,
/// xmlBufAttrSerializeTxtContent without a document for attributes), so
/// documents stay byte for byte what they were. Scalars XML 1.0 forbids
/// (`XMLText.isAllowed`) are dropped on the way.
enum XMLEscaping {
    /// Text content: `<`, `>`, `&`, `"` and carriage return become
    /// references; line feed, tab, `'` and all other scalars stay as they are.
    static func appendText(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, to: &output, textStep) }
    }

    /// As `appendText(_:to:)`, for UTF-8 that is valid: a string's, or a
    /// part of it cut at ASCII bytes.
    static func appendText(utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        escape(bytes, to: &output, textStep)
    }

    /// An attribute value between double quotes: as text, and tab and line
    /// feed become references too (so a parser's attribute-value
    /// normalisation keeps them). A non-ASCII scalar stays UTF-8 with
    /// `keepingUTF8`, and is otherwise a hexadecimal character reference:
    /// libxml2 wrote those until the document declared its encoding
    /// (`XMLWriter.startDocument`).
    static func appendAttributeValue(_ value: String, keepingUTF8: Bool, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { escape($0, to: &output) { bytes, index in
            let byte = bytes[index]
            if byte > UInt8(ascii: ">") && byte < 0x80 { return nil }
            return switch byte {
            case 0x09: .replace("&#9;")
            case 0x0A: .replace("&#10;")
            case 0x80... where !keepingUTF8 && !isNonCharacter(bytes, at: index): .reference
            default: textStep(bytes, index)
            }
        } }
    }

    /// What becomes of a byte that does not simply stay.
    private enum Step {
        /// It is written as this reference.
        case replace(StaticString)
        /// It and the bytes after it, this many in all, are left out.
        case drop(Int)
        /// The scalar it starts is written as a hexadecimal reference.
        case reference
    }

    /// Bytes 0x3F and up stay, except 0xEF (a possible U+FFFE or U+FFFF):
    /// most letters are told apart by this test alone.
    @inline(__always)
    private static func textStep(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Step? {
        let byte = bytes[index]
        if byte > UInt8(ascii: ">") && byte != 0xEF { return nil }
        return switch byte {
        case UInt8(ascii: "<"): .replace("&lt;")
        case UInt8(ascii: ">"): .replace("&gt;")
        case UInt8(ascii: "&"): .replace("&amp;")
        case UInt8(ascii: "\""): .replace("&quot;")
        case 0x0D: .replace("&#13;")
        case 0x09, 0x0A: nil
        case ..<0x20: .drop(1)
        case 0xEF where isNonCharacter(bytes, at: index): .drop(3)
        default: nil
        }
    }

    /// Copies the UTF-8 in `bytes` to `output` in runs of bytes that stay
    /// (`step` says nil), with what `step` says in between.
    @inline(__always)
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], _ step: (UnsafeBufferPointer<UInt8>, Int) -> Step?) {
        var run = 0
        var index = 0
        while index < bytes.count {
            guard let next = step(bytes, index) else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            switch next {
            case .replace(let reference):
                append(reference, to: &output)
                index += 1
            case .drop(let count):
                index += count
            case .reference:
                let (scalar, length) = decodeScalar(bytes, at: index)
                appendHexReference(scalar, to: &output)
                index += length
            }
            run = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
    }

    @inline(__always)
    static func append(_ literal: StaticString, to output: inout [UInt8]) {
        literal.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    /// U+FFFE or U+FFFF (EF BF BE, EF BF BF), which XML 1.0 forbids.
    @inline(__always)
    private static func isNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and its length in
    /// bytes. A Swift string's UTF-8 is always valid, so the lead byte tells
    /// the length and its continuation bytes are there.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var scalar = lead & (0x7F >> UInt32(length))
        for offset in 1..<length where index + offset < bytes.count {
            scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (scalar, length)
    }

    /// `&#x` and the scalar in upper-case hexadecimal without leading zeros.
    private static func appendHexReference(_ scalar: UInt32, to output: inout [UInt8]) {
        append("&#x", to: &output)
        var shift = 28
        while shift > 0 && scalar >> UInt32(shift) == 0 { shift -= 4 }
        while shift >= 0 {
            let digit = UInt8(scalar >> UInt32(shift) & 0xF)
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
            shift -= 4
        }
        output.append(UInt8(ascii: ";"))
    }
}
