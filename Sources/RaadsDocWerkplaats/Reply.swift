import RaadsDocCore

/// What a handler answers, before it becomes a Hummingbird response: kept
/// free of the server's types so the document work stays plain code.
struct Reply: Sendable {
    var status: Int
    var contentType: String
    var body: [UInt8]
    var headers: [(String, String)] = []

    static func json(_ value: JSONValue, status: Int = 200) -> Reply {
        Reply(status: status, contentType: "application/json; charset=utf-8", body: Array(value.compact.utf8))
    }

    /// A refusal or failure with a Dutch message for the page to show.
    static func message(_ text: String, status: Int, extra: [(String, JSONValue)] = []) -> Reply {
        json(.object([("melding", .string(text))] + extra), status: status)
    }

    static func html(_ bytes: [UInt8]) -> Reply {
        Reply(status: 200, contentType: "text/html; charset=utf-8", body: bytes)
    }

    /// A file to save, named `name` in the browser's download.
    static func download(_ bytes: [UInt8], contentType: String, name: String) -> Reply {
        Reply(status: 200, contentType: contentType, body: bytes,
              headers: [("Content-Disposition", contentDisposition(name))])
    }

    /// `attachment` with an ASCII fallback name and the exact name in
    /// RFC 5987 form, so no quote or line break of a file name reaches
    /// the header.
    static func contentDisposition(_ name: String) -> String {
        let fallback = String(name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" && scalar.value != 0x7F
                ? Character(scalar) : "_"
        })
        var encoded = ""
        for byte in name.utf8 {
            let isPlain = (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            encoded += isPlain ? String(UnicodeScalar(byte)) : "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }
}
