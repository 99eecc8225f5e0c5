import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import XMLSupport

/// Text reaches the document exactly as written, and characters XML forbids
/// never reach it at all.
@Suite struct EscapingTests {
    static let letter = """
        soort: brief
        datum: 2021-07-13
        geadresseerde: Coöperatie "Zon & Wind" <Voorschoten>
        onderwerp: 'Tarieven > 10 & < 20: geëvalueerd'
        aanhef: Geachte heer, mevrouw,
        tekst: |
          De ‘curly quotes’ en “dubbele” blijven staan, net als   drie spaties.

          Een regel met A&B en <tag> en "aanhalingstekens".
        slot: Hoogachtend,
        ondertekening:
          namens: College van B&W
          ondertekenaars:
            - naam: J. Jansen
              functie: secretaris
            - naam: A. de Vries
              functie: burgemeester
        kenmerk: UIT-1
        adres: [Postbus 1]

        """

    /// JSON (index.json, the journal, --format json) escapes what it must
    /// and copies the rest exactly, also a quote or line break that a
    /// combining mark follows.
    @Test func styleNamesEscapeWhatAnXMLNameCannotHold() {
        #expect(StyleName.encode("Kop 1") == "Kop_20_1")
        #expect(StyleName.encode("Standaard") == "Standaard")
        #expect(StyleName.encode("rd_lijst-2.b") == "rd_lijst-2.b")
        #expect(StyleName.encode("1e") == "_31_e")
        #expect(StyleName.encode("-a") == "_2d_a")
        #expect(StyleName.encode("Tekst é") == "Tekst_20__e9_")
        #expect(StyleName.encode("") == "")
        #expect(StyleName.encode("€ 😀\u{0}") == "_20ac__20__1f600__0_")
        for name in ["Kop 1", "a.b c", "§ 2", "Tabel tekst", "Ä-b", "x\ty"] {
            let expected = name.unicodeScalars.enumerated().map { index, scalar in
                let value = scalar.value
                let allowed = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0x5F
                    || (index > 0 && ((0x30...0x39).contains(value) || value == 0x2D || value == 0x2E))
                return allowed ? String(scalar) : "_" + String(value, radix: 16) + "_"
            }.joined()
            #expect(StyleName.encode(name) == expected, "\(name)")
        }
    }

    @Test func jsonStringsAreEscapedExactly() throws {
        let text = "Zon \"&\" Wind\\ \u{1}\r\n\t\"\u{301}é€"
        let json = JSONValue.string(text).compact
        #expect(json == #""Zon \"&\" Wind\\ \u0001\r\n\t\"\#u{301}é€""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }

    @Test func specialCharactersAndDiacriticsSurvive() throws {
        let odt = try TestSupport.render(try TestSupport.writeInput(Self.letter))
        #expect(PackageVerifier.problems(in: odt) == [])
        let text = try TestSupport.text(of: odt)
        #expect(text.contains("Coöperatie \"Zon & Wind\" <Voorschoten>"))
        #expect(text.contains("Tarieven > 10 & < 20: geëvalueerd"))
        #expect(text.contains("De ‘curly quotes’ en “dubbele” blijven staan"))
        #expect(text.contains("Een regel met A&B en <tag> en \"aanhalingstekens\"."))
        #expect(text.contains("College van B&W"))
    }

    @Test func inlineHTMLStaysAsTextWithAWarning() throws {
        try expectOnly("RD-INVOER-019", at: 9, 24, in: diagnostics(of: Self.letter), severity: .waarschuwing)
    }

    @Test func runsOfSpacesAreKept() throws {
        let odt = try TestSupport.render(try TestSupport.writeInput(Self.letter))
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        #expect(content.contains("net als <text:s text:c=\"2\"/>drie spaties"))
    }

    @Test func aControlCharacterIsAnErrorAtItsPosition() throws {
        let input = Self.letter.replacingOccurrences(of: "Hoogachtend,", with: "Hoog\u{0007}achtend,")
        let (document, _) = TestSupport.load(try TestSupport.writeInput(input))
        let diagnostic = try expectOnly("RD-INVOER-015", at: 10, 11, in: document.diagnostics.items)
        #expect(diagnostic.message.contains("U+0007"))
        #expect(document.model == nil)
    }

    @Test func theWriterDropsForbiddenCharactersAsALastDefence() throws {
        let writer = XMLWriter()
        writer.startDocument()
        writer.startElement("p")
        writer.attribute("a", "x\u{1}y")
        writer.text("voor\u{0}\u{B}\u{FFFE}na")
        writer.endElement()
        let bytes = try writer.finish()
        #expect(XMLWellFormedness.problems(in: bytes, name: "p.xml").isEmpty)
        #expect(String(decoding: bytes, as: UTF8.self).contains("<p a=\"xy\">voorna</p>"))
    }
}
