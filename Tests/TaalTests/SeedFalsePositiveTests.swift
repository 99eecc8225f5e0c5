import Foundation
import Testing
import Taal

/// The five seed documents are real published municipal texts, so what
/// the checker flags in them is mostly a false alarm. Some flags are right:
/// the seeds hold typing errors, and words that text extraction from PDF
/// broke apart. Those are listed here, checked to stay flagged, and left
/// out of the false-positive rate.
struct SeedFalsePositiveTests {
    /// ../shared/seeds from the package root.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    static var seedsPresent: Bool { FileManager.default.fileExists(atPath: folder) }
    static var onCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Real errors in the seeds, with what was meant.
    static let realErrors: [String: String] = [
        // Typing and spelling errors.
        "aangenaamere": "aangenamere", "ambitieuw": "ambitieus", "ambitueus": "ambitieus",
        "bedrijvenaankpak": "bedrijvenaanpak", "bergerevents": "burgerevents", "commerciéle": "commerciële",
        "elektriciteits": "elektriciteits- (weglatingsstreepje vergeten)", "energiehuisen": "energiehuizen",
        "energiekart": "energiekaart", "formaleren": "formaliseren", "gedachtengoed": "gedachtegoed",
        "hefboomen": "hefbomen", "hoofcontouren": "hoofdcontouren", "klilaatstrategieën": "klimaatstrategieën",
        "klimaatadaptie": "klimaatadaptatie", "Klimaatdialog": "Klimaatdialoog",
        "Klimatrisicomanagement": "Klimaatrisicomanagement", "kopiéren": "kopiëren",
        "Maturiteits": "Maturiteitsniveau (los geschreven)", "Meerin": "Meer in",
        "meersgezinswoningen": "meergezinswoningen", "onmiddelijk": "onmiddellijk", "regelementen": "reglementen",
        "Subsidierglementen": "Subsidiereglementen", "uitvoeringfase": "uitvoeringsfase",
        "Vorbereidingen": "Voorbereidingen", "zonodig": "zo nodig",
        // Broken by text extraction: a lost "fi" ligature or spaces inside a word.
        "inanciële": "financiële", "rastructuur": "infrastructuur", "rastructuren": "infrastructuren",
        "welzijnsinf": "welzijnsinfrastructuren", "ieke": "specifieke", "len": "Versnellen",
        "omschol": "omscholing", "ing": "omscholing", "invester": "investeringscapaciteit",
        "gscapa": "investeringscapaciteit", "Qver": "Over",
    ]

    @Test func falsePositiveRateOnTheSeeds() throws {
        guard Self.seedsPresent else {
            if Self.onCI { Issue.record("de map met seeds ontbreekt: \(Self.folder)") }
            return
        }
        let checker = try Shared.language().spelling
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 5)
        var words = 0
        var flagged: [String] = []
        for name in names {
            let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
            words += Tokenizer.words(in: text).count
            flagged += checker.findings(in: text, suggestionLimit: 0).map(\.text)
        }
        let falsePositives = flagged.filter { Self.realErrors[$0] == nil }
        let perThousand = Double(falsePositives.count) * 1000 / Double(words)
        let rawPerThousand = Double(flagged.count) * 1000 / Double(words)
        print("seeds: \(words) woorden, \(flagged.count) gemarkeerd (\(rawPerThousand) per 1000), "
            + "\(falsePositives.count) vals alarm (\(perThousand) per 1000): \(falsePositives.sorted())")
        #expect(perThousand <= 2, "vals alarm: \(falsePositives.sorted())")
        #expect(rawPerThousand <= 3)
        let missed = Set(Self.realErrors.keys).subtracting(flagged)
        #expect(missed.isEmpty, "echte fouten niet meer gevonden: \(missed.sorted())")
    }
}
