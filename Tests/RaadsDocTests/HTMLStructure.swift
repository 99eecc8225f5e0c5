/// Checks of the HTML the writer makes that a browser would not report:
/// every element closed in order (void elements excepted), ids unique,
/// every `#fragment` link pointing at an id, headings never skipping a
/// level, every image with an alt attribute.
enum HTMLStructure {
    private static let voidElements: Set<String> = ["meta", "br", "img", "col", "hr", "link", "input"]

    struct Tag {
        let name: String
        let closing: Bool
        let attributes: String
    }

    /// The tags of `html` in order (the content of `<style>` skipped).
    static func tags(_ html: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let inside = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if inside.hasPrefix("!") { continue }
            let closing = inside.hasPrefix("/")
            let body = closing ? inside.dropFirst() : inside
            let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
            tags.append(Tag(name: name, closing: closing, attributes: String(body.dropFirst(name.count))))
            if name == "style" && !closing, let end = rest.range(of: "</style>") {
                rest = rest[end.lowerBound...]
            }
        }
        return tags
    }

    static func attribute(_ name: String, of tag: Tag) -> String? {
        guard let range = tag.attributes.range(of: " " + name + "=\"") else { return nil }
        return String(tag.attributes[range.upperBound...].prefix { $0 != "\"" })
    }

    static func problems(_ html: String) -> [String] {
        var problems: [String] = []
        var stack: [String] = []
        var ids: [String] = []
        var fragments: [String] = []
        var lastHeading = 0
        for tag in tags(html) {
            if tag.closing {
                if stack.last == tag.name { stack.removeLast() } else { problems.append("</\(tag.name)> sluit \(stack.last ?? "niets")") }
                continue
            }
            if !voidElements.contains(tag.name) { stack.append(tag.name) }
            if let id = attribute("id", of: tag) { ids.append(id) }
            if tag.name == "a", let href = attribute("href", of: tag), href.hasPrefix("#") { fragments.append(String(href.dropFirst())) }
            if tag.name == "img" && attribute("alt", of: tag) == nil { problems.append("img zonder alt") }
            if tag.name.count == 2, tag.name.hasPrefix("h"), let level = Int(tag.name.dropFirst()) {
                if level > lastHeading + 1 { problems.append("h\(level) na h\(lastHeading)") }
                lastHeading = level
            }
        }
        if !stack.isEmpty { problems.append("niet gesloten: \(stack)") }
        let unique = Set(ids)
        if unique.count != ids.count { problems.append("dubbele id's: \(ids)") }
        for fragment in fragments where !unique.contains(fragment) { problems.append("#\(fragment) wijst nergens heen") }
        return problems
    }
}
