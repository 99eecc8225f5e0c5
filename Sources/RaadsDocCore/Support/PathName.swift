/// Path arithmetic on strings, without touching the disk.
public enum PathName {
    /// A path as it is shown in text output: as it is, unless it holds a
    /// control character, a quote or ": " (which could make a line look like
    /// a diagnostic of its own); then in double quotes, with control
    /// characters as escapes (\n, \t, \u{1B}).
    public static func displayed(_ path: String) -> String {
        let plain = !path.containsBytes(of: ": ") && !path.hasSuffix(":") && !path.containsByte(UInt8(ascii: "\"")) && !path.hasPrefix(" ")
            && !path.unicodeScalars.contains { isInvisible($0) }
        guard !plain else { return path }
        var shown = "\""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\t": shown += "\\t"
            case "\r": shown += "\\r"
            case "\"": shown += "\\\""
            case "\\": shown += "\\\\"
            case _ where isInvisible(scalar): shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown + "\""
    }

    /// Control characters and the ones that reorder or break lines.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value)
            || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Whether a file name has the extension of a YAML input file.
    public static func isYAML(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: separator) else { return "." }
        if slash == path.utf8.startIndex { return "/" }
        return String(Substring(path.utf8[..<slash]))
    }

    public static func lastComponent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: separator) else { return path }
        return String(Substring(path.utf8[path.utf8.index(after: slash)...]))
    }

    /// The file name without its extension: "brief.yaml" → "brief".
    public static func stem(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return name }
        return String(Substring(name.utf8[..<dot]))
    }

    /// `relative` resolved against `directory`; absolute paths stay as they are.
    public static func join(_ directory: String, _ relative: String) -> String {
        if relative.utf8.first == separator { return normalize(relative) }
        if directory.isEmpty || directory == "." { return normalize(relative) }
        // Sized once: a batch keeps every input's path until it has them all,
        // and a string grown by appending may hold twice what it needs.
        var path = ""
        path.reserveCapacity(directory.utf8.count + 1 + relative.utf8.count)
        path += directory
        path += "/"
        path += relative
        return normalize(path)
    }

    /// Removes "." components and empty ones and resolves ".." where
    /// possible. Components are split at the byte "/", as the kernel splits
    /// them (not at the Character "/", which a combining mark after the
    /// slash would hide); a path that needs none of this, the common case
    /// on a batch's hot path, comes back as it is.
    public static func normalize(_ path: String) -> String {
        if isNormal(path.utf8) { return path }
        let bytes = Array(path.utf8)
        let absolute = bytes.first == separator
        var parts: [ArraySlice<UInt8>] = []
        for component in bytes.split(separator: separator) {
            if component.elementsEqual(current) { continue }
            if component.elementsEqual(parent), let last = parts.last, !last.elementsEqual(parent) {
                parts.removeLast()
            } else if component.elementsEqual(parent) && absolute {
                continue
            } else {
                parts.append(component)
            }
        }
        var joined: [UInt8] = absolute ? [separator] : []
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.append(separator) }
            joined.append(contentsOf: part)
        }
        return joined.isEmpty ? "." : String(decoding: joined, as: UTF8.self)
    }

    private static let separator = UInt8(ascii: "/")
    private static let current = Array(".".utf8)
    private static let parent = Array("..".utf8)

    /// Whether `normalize` would leave the path as it is because it has no
    /// empty, "." or ".." component ("" is not normal: it becomes ".").
    private static func isNormal(_ path: String.UTF8View) -> Bool {
        // A single byte ("/", ".", a letter) is what normalize makes of it.
        guard path.count > 1 else { return !path.isEmpty }
        // The component read so far: its length and how many of its bytes are dots.
        var length = 0
        var dots = 0
        var leading = true
        for byte in path {
            if byte == separator {
                // A leading "/" ends no component.
                if !leading && length == dots && length <= 2 { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
            leading = false
        }
        return !(length == dots && length <= 2)
    }
}
