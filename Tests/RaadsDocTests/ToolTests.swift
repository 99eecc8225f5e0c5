import Foundation
import Testing

/// `Tool.require`, which every test needing LibreOffice, pdftotext,
/// jsonschema or ../shared goes through: a missing tool skips the test
/// locally and fails it under CI=true.
@Suite struct ToolTests {
    static let missing = Tool.command("raadsdoc-bestaat-niet", package: "raadsdoc-nergens")
    static let present = Tool.command("sh", package: "dash")

    @Test func aMissingToolSkipsLocally() throws {
        #expect(try Tool.require(Self.missing, environment: [:]) == false)
        #expect(try Tool.require(Self.present, Self.missing, environment: ["CI": "false"]) == false)
    }

    @Test(arguments: ["true", "TRUE"])
    func aMissingToolFailsUnderCI(_ flag: String) {
        let error = #expect(throws: Tool.Missing.self) {
            try Tool.require(Self.present, Self.missing, environment: ["CI": flag])
        }
        #expect(error?.description == "raadsdoc-bestaat-niet ontbreekt: installeer raadsdoc-nergens, of draai `make test-deps` "
                + "(met CI=true worden tests die het nodig hebben niet overgeslagen)")
    }

    @Test func presentToolsRunLocallyAndUnderCI() throws {
        #expect(try Tool.require(Self.present, environment: [:]))
        #expect(try Tool.require(Self.present, environment: ["CI": "true"]))
        #expect(try Tool.require(Tool(name: "altijd", remedy: "") { true }, environment: ["CI": "true"]))
    }
}
