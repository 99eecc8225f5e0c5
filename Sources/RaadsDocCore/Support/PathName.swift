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
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    public static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The file name without its extension: "brief.yaml" → "brief".
    public static func stem(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `relative` resolved against `directory`; absolute paths stay as they are.
    public static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        if directory.isEmpty || directory == "." { return normalize(relative) }
        return normalize(directory + "/" + relative)
    }

    /// Removes "." components and resolves ".." where possible.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/") {
            if component == "." || component.isEmpty { continue }
            if component == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if component == ".." && absolute {
                continue
            } else {
                parts.append(component)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
