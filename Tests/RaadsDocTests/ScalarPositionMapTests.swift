import Testing
@testable import RaadsDocCore

/// Every word of a scalar's value maps to where the author wrote it.
@Suite struct ScalarPositionMapTests {
    static let yaml = """
        gevouwen: >
          Het café kost
          €5 per   
          persoon.

          Nieuwe alinea hier.
        gewoon: Een plain tekst
          over twee regels
        dubbel: "Een \\"quote\\" en\\tdan \\u00E9\\u00E9n woord
          verder daarna\\
          vastgeplakt"
        enkel: 'Het ''huis'' van
          mevrouw Aé'
        letterlijk: |  # opmerking
          Eerste regel café
            ingesprongen woord
          laatste €
        """

    /// The file position of the `occurrence`th `word` in the raw text.
    func rawPosition(of word: String, after key: String) -> (line: Int, column: Int)? {
        let lines = Self.yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return nil }
        for number in start..<lines.count {
            let line = lines[number]
            let searchFrom = number == start ? line.index(line.startIndex, offsetBy: key.count + 1) : line.startIndex
            if let range = line[searchFrom...].range(of: word) {
                return (number + 1, line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    func check(_ key: String, words: [String], expectedValue: String? = nil) throws {
        var diagnostics = DiagnosticList()
        let loaded = YAMLLoader.parse(Array(Self.yaml.utf8), path: "t.yaml", diagnostics: &diagnostics)
        let node = try #require(loaded.root?[key])
        let scalar = try #require(node.scalar)
        if let expectedValue { #expect(scalar.text == expectedValue) }
        let alignment = ScalarPositionMap(scalar: scalar, at: node.position, file: loaded.file).alignment()
        for word in words {
            let range = try #require(scalar.text.range(of: word), "\(word) niet in \(scalar.text)")
            let byte = scalar.text.utf8.distance(from: scalar.text.startIndex, to: range.lowerBound)
            let found = alignment.position(ofValueByte: byte)
            let expected = try #require(rawPosition(of: word, after: key))
            #expect(found.line == expected.line && found.column == expected.column, "\(word): \(found) in plaats van \(expected)")
        }
    }

    @Test func foldedBlock() throws {
        try check("gevouwen", words: ["Het", "café", "kost", "€5", "per", "persoon.", "Nieuwe", "alinea", "hier."],
                  expectedValue: "Het café kost €5 per    persoon.\nNieuwe alinea hier.\n")
    }

    @Test func plainMultiLine() throws {
        try check("gewoon", words: ["Een", "plain", "tekst", "over", "twee", "regels"])
    }

    @Test func doubleQuotedWithEscapes() throws {
        try check("dubbel", words: ["Een", "en", "dan", "woord", "verder", "daarna"])
        var diagnostics = DiagnosticList()
        let loaded = YAMLLoader.parse(Array(Self.yaml.utf8), path: "t.yaml", diagnostics: &diagnostics)
        let node = try #require(loaded.root?["dubbel"])
        let scalar = try #require(node.scalar)
        #expect(scalar.text.contains("\"quote\" en\tdan één woord verder daarnavastgeplakt"))
        let map = ScalarPositionMap(scalar: scalar, at: node.position, file: loaded.file)
        // "één" comes from two \u escapes: its first letter maps to the first backslash.
        let range = try #require(scalar.text.range(of: "één"))
        let position = map.position(ofValueByte: scalar.text.utf8.distance(from: scalar.text.startIndex, to: range.lowerBound))
        let expected = try #require(rawPosition(of: "\\u00E9\\u00E9n", after: "dubbel"))
        #expect(position.line == expected.line && position.column == expected.column)
        let glued = try #require(scalar.text.range(of: "vastgeplakt"))
        let gluedPosition = map.position(ofValueByte: scalar.text.utf8.distance(from: scalar.text.startIndex, to: glued.lowerBound))
        let gluedExpected = try #require(rawPosition(of: "vastgeplakt", after: "dubbel"))
        #expect(gluedPosition.line == gluedExpected.line && gluedPosition.column == gluedExpected.column)
    }

    @Test func singleQuotedWithDoubledQuote() throws {
        try check("enkel", words: ["Het", "huis", "van", "mevrouw", "Aé"], expectedValue: "Het 'huis' van mevrouw Aé")
    }

    @Test func literalBlock() throws {
        try check("letterlijk", words: ["Eerste", "café", "ingesprongen", "woord", "laatste", "€"])
    }
}
