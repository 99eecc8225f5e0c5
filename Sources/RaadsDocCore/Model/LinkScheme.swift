import MarkdownSupport

/// Which link targets become hyperlinks: web pages (http, https), e-mail
/// (mailto) and places in the document (#…). Any other scheme — javascript:,
/// file:, data:, macro:, vnd.sun.star.script: and the like — can start a
/// program or script when the reader clicks it in LibreOffice or Word.
public enum LinkScheme {
    public static let allowed = ["http", "https", "mailto"]

    /// Whether `url` may be written as a hyperlink. The scheme is read the
    /// way browsers read it: after leading spaces and control characters,
    /// with tabs and line breaks inside it ignored, in any case, and with
    /// character references (`&#x09;`) and percent escapes decoded — so
    /// `java&#x09;script:` and ` JavaScript:` are refused too. A target
    /// without a scheme is only allowed as a place in the document (`#…`):
    /// a relative path such as `macro.odt` opens a local file.
    public static func isAllowed(_ url: String) -> Bool {
        guard let scheme = scheme(of: url) else { return url.hasPrefix("#") }
        return allowed.contains(scheme)
    }

    /// What a link without a scheme most likely means: a web address
    /// ("www.voorschoten.nl") with https://, an e-mail address with
    /// mailto:; nil for anything else (a file name stays refused).
    public static func withScheme(_ url: String) -> String? {
        guard scheme(of: url) == nil, !url.contains(" ") else { return nil }
        if url.lowercased().hasPrefix("www."), url.dropFirst(4).contains(".") { return "https://" + url }
        let parts = url.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !url.contains("/") { return "mailto:" + url }
        return nil
    }

    /// The lowercased scheme of `url`, or nil when it has none (a relative
    /// path, or `#…`).
    public static func scheme(of url: String) -> String? {
        // No escape holds a colon, so escapes after the first one cannot
        // change the scheme: only a URL with one before it is decoded (most
        // links have none, and decoding is most of the cost).
        let beforeColon = url.utf8.prefix { $0 != UInt8(ascii: ":") }
        let escaped = beforeColon.contains(UInt8(ascii: "&")) || beforeColon.contains(UInt8(ascii: "%"))
        var letters = ""
        for scalar in (escaped ? decoded(url) : url).unicodeScalars {
            if scalar.value <= 0x20 && letters.isEmpty { continue }
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            if scalar == ":" { return letters.isEmpty ? nil : letters.lowercased() }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar) else {
                return nil
            }
            letters.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// `url` with `&#…;` / `&#x…;` references and `%XX` escapes decoded,
    /// repeatedly, so that an encoded scheme shows as it would be followed.
    private static func decoded(_ url: String) -> String {
        var current = url
        for _ in 0..<4 {
            let next = decodeOnce(current)
            if next == current { break }
            current = next
        }
        return current
    }

    private static func decodeOnce(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", index + 2 < scalars.count, scalars[index + 1] == "#" {
                var cursor = index + 2
                let isHex = cursor < scalars.count && (scalars[cursor] == "x" || scalars[cursor] == "X")
                if isHex { cursor += 1 }
                var digits = ""
                while cursor < scalars.count, digits.count < 8, scalars[cursor].properties.isASCIIHexDigit {
                    digits.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                if !digits.isEmpty, let value = UInt32(digits, radix: isHex ? 16 : 10), let scalar = Unicode.Scalar(value) {
                    result.append(scalar)
                    index = cursor < scalars.count && scalars[cursor] == ";" ? cursor + 1 : cursor
                    continue
                }
            }
            if scalars[index] == "%", index + 2 < scalars.count,
               let value = UInt8(String(String.UnicodeScalarView(scalars[(index + 1)...(index + 2)])), radix: 16), value < 0x80 {
                result.append(Unicode.Scalar(value))
                index += 3
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// The links in `nodes` whose target is refused, with their position
    /// in the text.
    public static func refusedLinks(in nodes: [MarkdownNode]) -> [(url: String, position: MarkdownPosition)] {
        var found: [(url: String, position: MarkdownPosition)] = []
        func walk(_ nodes: [MarkdownNode], block: MarkdownPosition?) {
            for node in nodes {
                let position = node.start.line > 0 ? node.start : block ?? node.start
                switch node.kind {
                case .link(let url, _):
                    if !isAllowed(url) { found.append((url, position)) }
                default:
                    break
                }
                walk(node.children, block: position)
            }
        }
        walk(nodes, block: nil)
        return found
    }
}
