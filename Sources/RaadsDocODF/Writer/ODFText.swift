import RaadsDocCore
import XMLSupport

extension XMLWriter {
    /// Writes text with ODF's white-space rules: runs of spaces become
    /// `<text:s text:c="n"/>`, tabs `<text:tab/>` and newlines
    /// `<text:line-break/>`, so that what the author wrote is what shows.
    /// Used for the generated body and for the values of template fields.
    package func odfText(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func flush(upTo end: Int) {
                if end > runStart {
                    self.text(utf8: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
                }
            }
            while index < bytes.count {
                // Only space, tab, line feed and carriage return (all below
                // 0x21) are more than text here.
                if bytes[index] > UInt8(ascii: " ") {
                    index += 1
                    continue
                }
                switch bytes[index] {
                case UInt8(ascii: " "):
                    var end = index
                    while end < bytes.count && bytes[end] == UInt8(ascii: " ") { end += 1 }
                    let count = end - index
                    if index == 0 || count > 1 {
                        let literal = index == 0 ? 0 : 1
                        flush(upTo: index + literal)
                        startElement("text:s")
                        if count - literal > 1 { attribute("text:c", String(count - literal)) }
                        endElement()
                        runStart = end
                    }
                    index = end
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    flush(upTo: index)
                    let isTab = bytes[index] == UInt8(ascii: "\t")
                    emptyElement(isTab ? "text:tab" : "text:line-break")
                    let crlf = bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
                    index += crlf ? 2 : 1
                    runStart = index
                default:
                    index += 1
                }
            }
            flush(upTo: bytes.count)
        }
    }
}
