import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import XMLSupport

/// Every shipped house style renders the starter document of every kind
/// (so kinds added later are covered too) into valid, deterministic ODF
/// 1.3 with every placeholder filled and every style it uses defined.
@Suite struct ShippedTemplateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let template: String
        let kind: String
        var testDescription: String { "\(kind) in \(template)" }
    }

    static var cases: [Case] {
        TemplateFixtures.shipped.flatMap { template in KindRegistry.all.map { Case(template: template, kind: $0.name) } }
    }

    static func profile(using template: String) -> String {
        TemplateFixtures.profile.replacingOccurrences(of: "sjabloon.ott", with: TestSupport.path(template))
    }

    /// The starter of the kind, written with the starters of all kinds side
    /// by side (a starter may refer to another as `<soort>.yaml`), next to
    /// a profile that uses the template.
    static func input(_ testCase: Case) throws -> String {
        let directory = try TestSupport.temporaryDirectory()
        try profile(using: testCase.template).write(toFile: directory + "/raadsdoc.yaml", atomically: true, encoding: .utf8)
        for kind in KindRegistry.all {
            try kind.starter.write(toFile: "\(directory)/\(kind.name).yaml", atomically: true, encoding: .utf8)
        }
        return "\(directory)/\(testCase.kind).yaml"
    }

    @Test func everyTemplateAndKindIsCovered() {
        #expect(TemplateFixtures.shipped.count >= 3)
        #expect(Self.cases.count == TemplateFixtures.shipped.count * KindRegistry.all.count)
    }

    @Test(arguments: cases)
    func starterRendersValidAndFilled(_ testCase: Case) throws {
        let path = try Self.input(testCase)
        expectNone(in: diagnostics(at: path))
        let odt = try TestSupport.render(path)
        #expect(PackageVerifier.problems(in: odt) == [])
        #expect(try TestSupport.render(path) == odt)
        let content = String(decoding: try TestSupport.part("content.xml", of: odt), as: UTF8.self)
        let styles = String(decoding: try TestSupport.part("styles.xml", of: odt), as: UTF8.self)
        #expect(!content.contains("{{") && !styles.contains("{{"))
        for name in ODFValidityTests.attributeValues("text:style-name", in: content) {
            #expect(styles.contains("style:name=\"\(name)\"") || content.contains("style:name=\"\(name)\""),
                    "stijl \(name) is niet gedefinieerd")
        }
    }

    @Test(arguments: TemplateFixtures.shipped)
    func stylesAreUniqueAndTheTemplatesOwnAreKept(_ template: String) throws {
        let kind = try #require(KindRegistry.all.first)
        let odt = try TestSupport.render(try Self.input(Case(template: template, kind: kind.name)))
        let merged = try XMLTree.parse(try TestSupport.part("styles.xml", of: odt), name: "styles.xml").get()
        let own = try XMLTree.parse(try TestSupport.part("styles.xml", of: try FileSystem.read(TestSupport.path(template))),
                                    name: "styles.xml").get()
        let mergedStyles = Self.namedStyles(merged)
        #expect(Set(mergedStyles.map(\.key)).count == mergedStyles.count, "dubbele stijlen in styles.xml")
        for style in Self.namedStyles(own) {
            let kept = mergedStyles.first { $0.key == style.key }?.element
            #expect(kept == Self.withoutExtensions(style.element), "\(style.key) is gewijzigd")
        }
        let builtIn = try XMLTree.parse(
            try TestSupport.part("styles.xml", of: try ODFWriter(styles: KindRegistry.styles).odt(StandardTemplate.document)), name: "styles.xml").get()
        for style in Self.namedStyles(builtIn) {
            #expect(mergedStyles.contains { $0.key == style.key }, "\(style.key) ontbreekt")
        }
        let fonts = merged.descendants().filter { $0.name == "style:font-face" }.compactMap { $0.attribute("style:name") }
        for font in Set(merged.descendants().compactMap { $0.attribute("style:font-name") }) {
            #expect(fonts.contains(font), "lettertype \(font) is niet gedeclareerd")
        }
    }

    /// The paragraph and text styles of a styles.xml, by family and name.
    static func namedStyles(_ root: XMLElement) -> [(key: String, element: XMLElement)] {
        let styles = root.children.compactMap { content -> XMLElement? in
            if case .element(let element) = content, element.name == "office:styles" { return element }
            return nil
        }.first
        return styles?.children.compactMap { content in
            guard case .element(let element) = content, element.name == "style:style" else { return nil }
            return ("\(element.attribute("style:family") ?? "")/\(element.attribute("style:name") ?? "")", element)
        } ?? []
    }

    /// templates/standaard is the built-in style: regenerate it with
    /// `make sjablonen` when the built-in style changes.
    @Test func standardTemplateMatchesTheBuiltInStyle() throws {
        let builtIn = try XMLTree.parse(
            try TestSupport.part("styles.xml", of: try ODFWriter(styles: KindRegistry.styles).odt(StandardTemplate.document)), name: "styles.xml").get()
        let saved = try XMLTree.parse(
            try TestSupport.part("styles.xml", of: try FileSystem.read(TestSupport.path("templates/standaard/standaard.ott"))),
            name: "styles.xml").get()
        let savedStyles = Self.namedStyles(saved)
        for (key, style) in Self.namedStyles(builtIn) {
            let match = try #require(savedStyles.first { $0.key == key }?.element, "\(key) ontbreekt; draai make sjablonen")
            for property in ["fo:font-size", "fo:font-weight", "fo:font-style", "fo:color", "fo:text-align"] {
                #expect(Self.property(property, of: match) == Self.property(property, of: style),
                        "\(key) \(property) wijkt af; draai make sjablonen")
            }
        }
    }

    /// The element without LibreOffice's extension attributes, which a
    /// template loses on the way.
    static func withoutExtensions(_ element: XMLElement) -> XMLElement {
        var result = element
        result.attributes.removeAll { ($0.namespace ?? "").contains("documentfoundation") }
        result.children = element.children.map { content in
            if case .element(let child) = content { return .element(withoutExtensions(child)) }
            return content
        }
        return result
    }

    static func property(_ name: String, of style: XMLElement) -> String? {
        style.descendants().lazy.compactMap { $0.attribute(name) }.first
    }

    @Test func theSeedMunicipalitiesUseTheStandardTemplate() {
        let seeds = TestSupport.exampleInputs.filter { $0.contains("/leidse-regio/") || $0.contains("/leidschendam-voorburg/") }
        #expect(seeds.count >= 3)
        for input in seeds {
            #expect(TestSupport.load(input).0.profile.template?.value == "../../templates/standaard/standaard.ott")
        }
    }
}
