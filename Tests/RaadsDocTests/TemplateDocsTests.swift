import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import XMLSupport

/// `raadsdoc velden` and the guide docs/huisstijl.md cannot drift from the
/// code: the placeholder list is generated from what each kind's
/// composition sets, and the guide names only what exists.
@Suite struct TemplateDocsTests {
    static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: TestSupport.path(relative), encoding: .utf8)
    }

    /// The names written between `{{` and `}}` in a text, in lower case as
    /// raadsdoc reads them.
    static func placeholders(in text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let start = rest.range(of: "{{"), let end = rest[start.upperBound...].range(of: "}}") {
            names.insert(rest[start.upperBound..<end.lowerBound].lowercased())
            rest = rest[end.upperBound...]
        }
        return names
    }

    @Test func everyKindHasFieldsFromItsComposition() throws {
        for kind in KindRegistry.all {
            let names = TemplateFields.fields(of: kind).map(\.name)
            for common in ["gemeente", "organisatie", "adres", "contact"] {
                #expect(names.contains(common), "\(kind.name) mist {{\(common)}}")
            }
            #expect(names.count > 4, "\(kind.name) vult geen eigen velden")
            let listing = TemplateFields.listing(for: kind)
            for name in names + TemplateBlock.allCases.map(\.rawValue) {
                #expect(listing.contains("{{\(name)}}"))
            }
        }
    }

    @Test func committedFieldNamesAreWhatTheKindsFill() {
        let literal = TemplateFields.allNames.map { "        \"\($0)\",\n" }.joined()
        #expect(TemplateFields.knownNames == TemplateFields.allNames,
                "TemplateFieldNames.swift is verouderd; zet in knownNames:\n\(literal)")
    }

    @Test func generatedFieldListIsUpToDate() throws {
        #expect(try Self.read("docs/velden.md") == TemplateFields.markdown,
                "docs/velden.md is verouderd; maak het opnieuw met make docs")
    }

    @Test func guideNamesOnlyPlaceholdersThatExist() throws {
        let guide = try Self.read("docs/huisstijl.md")
        let valid = Set(TemplateFields.allNames + TemplateBlock.allCases.map(\.rawValue))
        let mentioned = Self.placeholders(in: guide)
        #expect(mentioned.subtracting(valid) == [])
        #expect(Set(TemplateBlock.allCases.map(\.rawValue)).isSubset(of: mentioned))
    }

    @Test func guideNamesOnlyStylesThatExist() throws {
        let guide = try Self.read("docs/huisstijl.md")
        let builtIn = try XMLTree.parse(
            try TestSupport.part("styles.xml", of: try ODFWriter(styles: KindRegistry.styles).odt(StandardTemplate.document)), name: "styles.xml").get()
        let names = Set(builtIn.descendants().filter { $0.name == "style:style" }.map {
            $0.attribute("style:display-name") ?? $0.attribute("style:name") ?? ""
        })
        let table = try #require(guide.components(separatedBy: "| stijl | gebruikt voor |").last?
            .components(separatedBy: "\n\n").first)
        var mentioned = Set<String>()
        for row in table.components(separatedBy: "\n") {
            let columns = row.components(separatedBy: "|")
            guard columns.count > 2 else { continue }
            let quoted = columns[1].components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            mentioned.formUnion(quoted.filter { $0 != "vervolg" })
        }
        #expect(mentioned.count >= 20)
        #expect(mentioned.subtracting(names) == [])
    }

    @Test func guideListsEveryRuleLimitAndShippedTemplate() throws {
        let guide = try Self.read("docs/huisstijl.md")
        for rule in TemplateRules.all { #expect(guide.contains(rule.code)) }
        let limits = TemplateLimits()
        #expect(guide.contains("hoogstens \(limits.entries) bestanden"))
        #expect(guide.contains("\(limits.totalSize / (1024 * 1024)) MB uitgepakt"))
        #expect(guide.contains("\(limits.fileSize / (1024 * 1024)) MB als bestand"))
        for template in TemplateFixtures.shipped { #expect(guide.contains("`\(template)`")) }
    }
}
