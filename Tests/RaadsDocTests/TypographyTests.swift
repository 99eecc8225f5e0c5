import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// The typography of what raadsdoc writes: the profile's language with
/// Dutch hyphenation, no-break spaces inside units, lead-in lines kept with
/// what they introduce, grid lines drawn once, and columns wide enough for
/// their longest word.
@Suite struct TypographyTests {
    static func styles(of odt: [UInt8]) throws -> String {
        String(decoding: try TestSupport.part("styles.xml", of: odt), as: UTF8.self)
    }

    static func content(of odt: [UInt8]) throws -> String {
        String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
    }

    static let letter = InputDiagnosticsTests.valid.replacingOccurrences(
        of: "tekst: Tekst.",
        with: "tekst: |\n  Op 1 augustus 2021 besloot de raad, op grond van artikel 4, € 2.000 vrij te maken.\n\n  Wij vragen u het volgende:\n\n  - een besluit.")

    @Test func theDocumentLanguageIsTheProfilesAndTextHyphenates() throws {
        let dutch = try TestSupport.render(try TestSupport.writeInput(Self.letter))
        let flemish = try TestSupport.render(try TestSupport.writeInput(Self.letter, profile: "gemeente: Mechelen\nland: BE\n"))
        #expect(try Self.styles(of: dutch).contains(#"fo:language="nl" fo:country="NL""#))
        #expect(try Self.styles(of: flemish).contains(#"fo:language="nl" fo:country="BE""#))
        #expect(!(try Self.styles(of: flemish).contains(#"fo:country="NL""#)))
        let meta = String(decoding: try TestSupport.part("meta.xml", of: flemish), as: UTF8.self)
        #expect(meta.contains("<dc:language>nl-BE</dc:language>"))
        let tekst = try #require(StyleDefinition.shared.first { $0.name == "Tekst" })
        #expect(tekst.text.contains { $0 == ("fo:hyphenate", "true") })
        let heading = try #require(StyleDefinition.shared.first { $0.name == "Kop 1" })
        #expect(heading.text.contains { $0 == ("fo:hyphenate", "false") }, "headings do not hyphenate")
        #expect(PackageVerifier.problems(in: flemish) == [])
    }

    @Test func unitsAreBoundByNoBreakSpaces() throws {
        #expect(NoBreakSpaces.bound("€ 2.000 op 1 augustus 2021 volgens artikel 4, § 2") ==
                "€\u{A0}2.000 op 1\u{A0}augustus\u{A0}2021 volgens artikel\u{A0}4, §\u{A0}2")
        #expect(NoBreakSpaces.bound("de artikelen zijn 4 en mei is een maand") == "de artikelen zijn 4 en mei is een maand")
        #expect(NoBreakSpaces.bound("zie artikel ", numberFollows: true) == "zie artikel\u{A0}")
        // A space that carries a combining mark is one Character with it: it
        // stays, and the text around it is copied exactly, not twice.
        #expect(NoBreakSpaces.bound("artikel 4 \u{301}en € 5") == "artikel\u{A0}4 \u{301}en €\u{A0}5")
        #expect(NoBreakSpaces.bound("1 \u{301}augustus") == "1 \u{301}augustus")
        let content = try Self.content(of: TestSupport.render(TestSupport.writeInput(Self.letter)))
        #expect(content.contains("Op 1\u{A0}augustus\u{A0}2021 besloot de raad, op grond van artikel\u{A0}4, €\u{A0}2.000 vrij"))
    }

    /// The byte sieve in front of `NoBreakSpaces.binds` only saves work:
    /// for every pair of words from a list of likely and unlikely ones,
    /// the space binds exactly when `binds` says so behind the sieve the
    /// writers had before (`firstSieve`, which bounds a word of other
    /// scripts before the space to eight bytes).
    @Test func theSievesBindWhatTheRulesBind() {
        let words = ["€", "artikel", "Artikel", "(artikel", "‘artikel", "art.", "§", "lid", "1", "12", "123", "2.000", "2021", "½", "²",
                     "٣", "१२", "１", "Ⅻ", "augustus", "Augustus", "MEI", "mei", "1e", "één", "–", "x", "é1", "\u{301}augustus", "1\u{301}",
                     "januari", "2024,", "4,", "(1", "nr.", "İ", "Kelvin", "\u{212A}", "ab", "a1"]
        for before in words {
            for after in words {
                let bound = NoBreakSpaces.bound(before + " " + after)
                let firstSieve = Array(after.utf8).first.map { first in
                    let bytes = Array(before.utf8)
                    if first >= 0x80 || (0x30...0x39).contains(first) { return true }
                    if bytes.contains(where: { $0 >= 0x80 }) { return bytes.count <= 8 }
                    return !bytes.isEmpty && bytes.count <= 2 && bytes.allSatisfy { (0x30...0x39).contains($0) }
                } ?? false
                let binds = firstSieve && NoBreakSpaces.binds(Substring(before), Substring(after))
                #expect(bound == before + (binds ? "\u{A0}" : " ") + after, "\(before) | \(after)")
            }
        }
    }

    @Test func aLeadInLineIsKeptWithWhatFollows() throws {
        let content = try Self.content(of: TestSupport.render(TestSupport.writeInput(Self.letter)))
        let style = try #require(content.range(of: #"<style:style style:name="Inleidend1" style:family="paragraph" style:parent-style-name="Tekst"><style:paragraph-properties fo:keep-with-next="always"/>"#))
        #expect(!style.isEmpty)
        #expect(content.contains(#"<text:p text:style-name="Inleidend1">Wij vragen u het volgende:</text:p>"#))
    }

    @Test func gridLinesAreDrawnOnceAndColumnsFitTheirLongestWord() throws {
        let table = Table(columns: [TableColumn(weight: 0.2), TableColumn(weight: 5)],
                          headerRows: [TableRow([.text("nr", style: .tableHeading), .text("Omschrijving", style: .tableHeading)])],
                          rows: [TableRow([.text("1"), .text("Klimaatrisicomanagement")]), TableRow([.text("2"), .text("kort")])])
        let document = Document(metadata: DocumentMetadata(title: "T", subject: "T", date: Datum.epoch),
                                page: PageSetup(headerText: ""), header: [], body: [.table(table)])
        let odt = try ODFWriter(styles: StyleDefinition.shared).odt(document)
        #expect(PackageVerifier.problems(in: odt) == [])
        let content = try Self.content(of: odt)
        // The first row draws the top line, the first column the left one; every cell its right and bottom.
        #expect(content.contains(#"fo:border-top="0.5pt solid #808080" fo:border-left="0.5pt solid #808080""#))
        #expect(content.contains(#"fo:border-top="none" fo:border-left="none" fo:border-bottom="0.5pt solid #808080" fo:border-right="0.5pt solid #808080""#))
        #expect(!content.contains(#"fo:border="0.5pt"#), "no cell draws all four lines")
        let widths = ColumnWidths.widths(table, textWidth: PageGeometry().textWidth, metrics: .standard)
        let nr = ColumnWidths.width(of: "nr", font: TextMetrics.standard.font(of: .tableHeading))
        #expect(widths[0] >= nr + ColumnWidths.padding, "a weight of 0.2 alone would break 'nr'")
        #expect(widths.reduce(0, +) == PageGeometry().textWidth)
    }

    /// A cell's words split at spaces, tabs and line ends, and after a
    /// hyphen or slash: byte by byte for ASCII text, by character for the
    /// rest, with the same pieces either way.
    @Test func cellTextSplitsIntoTheSameWordsWhateverItsCharacters() {
        func words(_ text: String) -> [String] {
            ColumnWidths.words(in: [.text(text)]).map { String($0.word) }
        }
        #expect(words("  Post 2025-2026\tkosten/baten\nvan-\n/x -") == ["Post", "2025-", "2026", "kosten/", "baten", "van-", "/", "x", "-"])
        #expect(words("  Pöst 2025-2026\tkösten/baten\nvan-\n/x -") == ["Pöst", "2025-", "2026", "kösten/", "baten", "van-", "/", "x", "-"])
        #expect(words("") == [] && words(" \n\t") == [])
        #expect(words("a\r\nb") == ["a\r\nb"], "CR LF is one character, and no separator")
    }

    @Test func bytewiseSearchFindsWhatContainsFinds() {
        #expect("gemeentesecretaris".containsBytes(of: "secretaris"))
        #expect(!"secretari".containsBytes(of: "secretaris") && !"".containsBytes(of: "a"))
        #expect("".containsBytes(of: "") && "ë: x".containsBytes(of: ": ") && !"ë:x".containsBytes(of: ": "))
        #expect("burgemeester".containsBytes(of: "meester") && !"burgemeeste".containsBytes(of: "meester"))
        #expect("a^b".containsByte(UInt8(ascii: "^")) && !"ab".containsByte(UInt8(ascii: "^")))
    }

    /// The memchr search against a naive one over bytes, on every pair of
    /// texts from a set with repeats, overlaps, a match at either end and
    /// non-ASCII bytes.
    @Test func bytewiseSearchAgreesWithANaiveOne() {
        let texts = ["", "a", "aa", "aaa", "ab", "ba", "aab", "abab", "ababa", "![", "x![y", "![![", "!", "[", "ë", "ëë", "aë", "ëa",
                     "burgemeester", "meester", "meestermeester", "mees", "ter", "€ 2", "^", "a^", "^a"]
        func naive(_ text: String, _ word: String) -> Bool {
            let text = Array(text.utf8), word = Array(word.utf8)
            guard !word.isEmpty else { return true }
            guard text.count >= word.count else { return false }
            return (0...(text.count - word.count)).contains { Array(text[$0..<($0 + word.count)]) == word }
        }
        for text in texts {
            for word in texts {
                #expect(text.containsBytes(of: word) == naive(text, word), "\(text) | \(word)")
            }
            for byte in [UInt8(ascii: "a"), UInt8(ascii: "^"), UInt8(ascii: "["), 0xC3, 0xAB, 0] {
                #expect(text.containsByte(byte) == text.utf8.contains(byte), "\(text) | \(byte)")
            }
        }
    }
}
