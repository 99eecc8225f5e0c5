import Testing
import Taal

struct LineIndexTests {
    @Test func bytesMapToLinesAndCharacterColumns() throws {
        let text = "Eerste regel\nTwéé gemeenteraadt\n"
        let finding = try #require(try Shared.language().spelling.findings(in: text).first)
        let index = LineIndex(text)
        // "Twéé " is 7 bytes but 5 characters: the word starts in column 6.
        #expect(index.position(ofByte: finding.range.lowerBound) == (line: 2, column: 6))
        #expect(index.position(ofByte: 0) == (line: 1, column: 1))
        #expect(index.position(ofByte: 10_000) == (line: 3, column: 1))
    }
}
