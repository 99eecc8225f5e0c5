/// A JSON value with ordered object members, so that every JSON file we
/// write (schemas, index.json, diagnostics) has stable bytes.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Int)
    /// A number with a fixed count of decimals, held in its smallest unit:
    /// `fixed(523, decimals: 1)` is 52.3. No floating point reaches a file.
    case fixed(Int, decimals: Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.compact == rhs.compact
    }

    /// On one line.
    public var compact: String {
        var output: [UInt8] = []
        write(to: &output, indent: nil, level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Indented by two spaces, with a final newline.
    public var pretty: String {
        var output: [UInt8] = []
        write(to: &output, indent: Array("  ".utf8), level: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// The members of an object on one line, without its braces (so that
    /// pieces written apart can be joined into one object); any other
    /// value as `compact` gives it.
    public var compactMembers: String {
        guard case .object(let members) = self else { return compact }
        var output: [UInt8] = []
        JSONValue.writeMembers(members, to: &output, indent: nil, level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Into a byte buffer: index.json and the journal write every
    /// document's entry, and appending to a String costs several times as
    /// much per piece.
    private func write(to output: inout [UInt8], indent: [UInt8]?, level: Int) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .number(let value): output += String(value).utf8
        case .fixed(let value, let decimals): output += JSONValue.fixedText(value, decimals: decimals).utf8
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let values):
            if values.isEmpty { output += "[]".utf8; return }
            output.append(UInt8(ascii: "["))
            for index in values.indices {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONValue.breakLine(&output, indent: indent, level: level + 1)
                values[index].write(to: &output, indent: indent, level: level + 1)
            }
            JSONValue.breakLine(&output, indent: indent, level: level)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output += "{}".utf8; return }
            output.append(UInt8(ascii: "{"))
            JSONValue.writeMembers(members, to: &output, indent: indent, level: level)
            JSONValue.breakLine(&output, indent: indent, level: level)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// The members of an object at `level`, each on its own line when indented.
    private static func writeMembers(_ members: [(String, JSONValue)], to output: inout [UInt8], indent: [UInt8]?, level: Int) {
        for index in members.indices {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            breakLine(&output, indent: indent, level: level + 1)
            writeString(members[index].0, to: &output)
            output.append(UInt8(ascii: ":"))
            if indent != nil { output.append(UInt8(ascii: " ")) }
            members[index].1.write(to: &output, indent: indent, level: level + 1)
        }
    }

    /// A new line indented to `level`, when there is an indent.
    private static func breakLine(_ output: inout [UInt8], indent: [UInt8]?, level: Int) {
        guard let indent else { return }
        output.append(UInt8(ascii: "\n"))
        for _ in 0..<level { output += indent }
    }

    /// `value` as a JSON string. index.json and the journal escape every
    /// path, hash and title of a batch, and nearly none needs an escape:
    /// those are copied whole; the others are escaped byte by byte.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        if value.utf8.contains(where: needsEscape) {
            for byte in value.utf8 {
                if needsEscape(byte) { output += escape(byte).utf8 } else { output.append(byte) }
            }
        } else {
            output += value.utf8
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\r"): return "\\r"
        case UInt8(ascii: "\t"): return "\\t"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    /// "52.3", "-0.5", "7" for `decimals` 0; Dutch text passes "," as
    /// `separator`.
    package static func fixedText(_ value: Int, decimals: Int, separator: String = ".") -> String {
        guard decimals > 0 else { return String(value) }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let magnitude = value.magnitude
        let fraction = String(magnitude % UInt(scale))
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        return (value < 0 ? "-" : "") + String(magnitude / UInt(scale)) + separator + padded
    }
}
