import Testing
import SpellSupport
import Taal

/// The domain list only earns its place if the bare dictionary refuses
/// each entry; a word hunspell-nl learns later becomes noise here.
struct DomainWordListTests {
    @Test func listIsLargeAndWithoutDuplicates() throws {
        let words = try DomainWords.shipped()
        #expect(words.count >= 150)
        #expect(Set(words.map(\.word)).count == words.count)
    }

    @Test func everyEntryIsRefusedByTheBareDictionary() throws {
        let bare = try SpellDictionary.dutch()
        let accepted = try DomainWords.shipped().filter { bare.isCorrect($0.word) }.map(\.word)
        #expect(accepted == [], "hunspell-nl kent deze woorden al: \(accepted)")
    }

    @Test func everyExampleIsADictionaryWord() throws {
        let bare = try SpellDictionary.dutch()
        let unknown = try DomainWords.shipped().compactMap(\.example).filter { !bare.isCorrect($0) }
        #expect(unknown == [])
    }

    @Test func everyEntryIsAcceptedByTheChecker() throws {
        let checker = try Shared.language().spelling
        let refused = try DomainWords.shipped().filter { !checker.findings(in: $0.word).isEmpty }.map(\.word)
        #expect(refused == [])
    }
}
