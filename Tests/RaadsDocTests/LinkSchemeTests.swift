import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
import XMLSupport

/// Only links to web pages, e-mail and places in the document become
/// hyperlinks; any other target is a fout at the link.
@Suite struct LinkSchemeTests {
    @Test(arguments: ["https://example.com", "http://example.com/a b", "mailto:griffie@example.nl", "#bijlage-1",
                      "HTTPS://EXAMPLE.COM", "https://example.com/?a=%20&b=1&#38;c"])
    func webMailAndDocumentLinksAreAllowed(_ url: String) {
        #expect(LinkScheme.isAllowed(url))
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java&#x09;script:alert(1)",
                      "java&#9;script:x", "java%09script:x", "file:///etc/passwd", "vnd.sun.star.script:Standard.Module1.Main?language=Basic",
                      "macro:///Standard.Module1.Main", "data:text/html,<b>", "\u{01}javascript:x", "bijlage.odt", "C:\\macro.odt",
                      "jav&#97;script:alert(1)", "javascript:a%20b&amp;c", "%6Aavascript:x"])
    func otherTargetsAreRefused(_ url: String) {
        #expect(!LinkScheme.isAllowed(url))
    }

    @Test func aRefusedLinkIsAFoutAtItsPosition() throws {
        let text = "opgemaakt: |\n  Eerste regel.\n  Klik [hier](javascript:alert(1)) maar.\n"
        let found = try expectOnly("RD-INVOER-027", at: 3, 8, in: proefDiagnostics(text))
        #expect(found.message.contains("'javascript:'"))
    }

    @Test func anAutolinkWithAnotherSchemeIsRefused() throws {
        let found = proefDiagnostics("opgemaakt: \"Zie <file:///etc/passwd>\"\n")
        try expectOnly("RD-INVOER-027", at: 1, 17, in: found)
    }

    /// A web or e-mail address written without its scheme is refused like
    /// a file, and the message says what to write (not as a quick fix:
    /// the position is the link's bracket, not a word to replace).
    @Test func anAddressWithoutSchemeGetsTheSchemeSuggested() throws {
        let found = proefDiagnostics("opgemaakt: \"Zie [de site](www.voorschoten.nl) en [mail](info@voorschoten.nl).\"\n")
        #expect(found.map(\.code) == ["RD-INVOER-027", "RD-INVOER-027"])
        #expect(found.first?.message.hasSuffix("; schrijf 'https://www.voorschoten.nl'") == true)
        #expect(found.last?.message.hasSuffix("; schrijf 'mailto:info@voorschoten.nl'") == true)
        #expect(found.allSatisfy { $0.suggestions.isEmpty && !$0.message.contains("bedoelde je") })
        #expect(LinkScheme.withScheme("plan.pdf") == nil, "a file name stays refused, with nothing to suggest")
        #expect(LinkScheme.withScheme("javascript:alert(1)") == nil)
    }

    @Test func anAllowedLinkGivesNoDiagnostic() {
        expectNone(in: proefDiagnostics("opgemaakt: \"Zie [de site](https://example.com) of [mail](mailto:a@b.nl).\"\n"))
    }

    @Test func theWriterKeepsOnlyTheTextOfARefusedLink() throws {
        let paragraph = Paragraph(.body, [.link(url: "javascript:alert(1)", [.text("hier")]), .link(url: "https://example.com", [.text("daar")])])
        let content = String(decoding: try BodyWriter(geometry: PageGeometry()).fragment([.paragraph(paragraph)]), as: UTF8.self)
        #expect(!content.contains("javascript"))
        #expect(content.contains("hier"))
        #expect(content.contains("xlink:href=\"https://example.com\""))
    }

    /// What the schema's anyURI refuses is percent-encoded in the written
    /// target (found by FuzzRender: `https:/[x]/…` made a package `verify`
    /// refused); a valid target, an IPv6 host included, stays as it was.
    @Test func writtenTargetsAreValidURIs() {
        #expect(LinkTarget.sanitized("https:/[x]/www.zuidwijk.nl") == "https:/%5Bx%5D/www.zuidwijk.nl")
        #expect(LinkTarget.sanitized("https://a.nl/b%zz%2F") == "https://a.nl/b%25zz%2F")
        #expect(LinkTarget.sanitized("https://a.nl/a#b#c") == "https://a.nl/a#b%23c")
        #expect(LinkTarget.sanitized("http://[::1]/pagina?x=[1]") == "http://[::1]/pagina?x=%5B1%5D")
        #expect(LinkTarget.sanitized("https://example.com/a b") == "https://example.com/a%20b")
        #expect(LinkTarget.sanitized("mailto:griffie@example.nl") == "mailto:griffie@example.nl")
        // Found by FuzzRender too: a second colon in the host.
        let host = LinkTarget.sanitized("https://www.zuidtag:yaml.org,2002:strwijk.nl/geveltuin")
        #expect(host == "https://www.zuidtag%3Ayaml.org%2C2002%3Astrwijk.nl/geveltuin")
        #expect(AnyURI.isValid(host))
        #expect(!AnyURI.isValid("https://www.zuidtag:yaml.org,2002:strwijk.nl/geveltuin"))
        for url in ["https:/[x]/a", "https://a.nl/b%zz", "https://a.nl/a#b#c", "http://[::1]/p", "https://a:b:c/d", "#a b"] {
            #expect(AnyURI.isValid(LinkTarget.sanitized(url)), "\(url)")
        }
    }
}
