import RaadsDocCore

/// Writes a document tree as one self-contained, accessible HTML5 file:
/// the language of the document on `html`, the house style as CSS,
/// pictures embedded as data: URIs, footnotes at the end. The same tree
/// gives the same bytes. Like the ODF writer it knows the tree, never a kind.
package struct HTMLWriter: Sendable {
    /// The paragraph styles of the house style (`KindRegistry.styles`).
    package let styles: [StyleDefinition]

    package init(styles: [StyleDefinition]) {
        self.styles = styles
    }

    package func html(_ document: Document) -> [UInt8] {
        let metadata = document.metadata
        let body = HTMLBodyWriter()
        body.write(document: document.blocks)
        var html = "<!DOCTYPE html>\n<html lang=\"" + HTMLText.escaped(Self.language(metadata.language)) + "\">\n<head>\n"
        html += "<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"raadsdoc \(RaadsDocVersion.number)\">\n"
        if let date = metadata.date { html += "<meta name=\"dcterms.date\" content=\"\(date.iso)\">\n" }
        if !metadata.subject.isEmpty {
            html += "<meta name=\"description\" content=\"" + HTMLText.escaped(metadata.subject) + "\">\n"
        }
        if !metadata.keywords.isEmpty {
            html += "<meta name=\"keywords\" content=\"" + HTMLText.escaped(metadata.keywords.joined(separator: ", ")) + "\">\n"
        }
        html += "<title>" + HTMLText.escaped(metadata.title) + "</title>\n"
        html += "<style>\n" + HTMLStyleSheet.css(styles) + "</style>\n</head>\n<body>\n"
        if !document.page.headerText.isEmpty {
            html += "<header class=\"koptekst " + HTMLText.styleClass(ParagraphStyle.header.name) + "\">"
                + HTMLText.escaped(document.page.headerText) + "</header>\n"
        }
        html += "<main>\n" + body.html + "</main>\n"
        if !document.page.footerText.isEmpty {
            html += "<footer class=\"voettekst " + HTMLText.styleClass(ParagraphStyle.footer.name) + "\">"
                + HTMLText.escaped(document.page.footerText) + "</footer>\n"
        }
        html += "</body>\n</html>\n"
        return Array(html.utf8)
    }

    /// A BCP 47 tag as `lang` wants it: "nl-NL", "nl-BE"; "nl" when the
    /// metadata holds something else.
    static func language(_ tag: String) -> String {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let wellFormed = !parts.isEmpty && parts.count <= 3 && parts.allSatisfy { part in
            (1...8).contains(part.count) && part.utf8.allSatisfy { (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0) }
        }
        return wellFormed ? tag : "nl"
    }
}
