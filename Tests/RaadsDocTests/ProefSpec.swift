@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// A group with every form of field, for tests of forms that no
/// registered kind uses yet (amounts, numbers, choices); fixtures that say
/// `# spec: proef` are checked against it.
enum ProefSpec {
    static let spec: ObjectSpec = ObjectSpec("proef", "Een proefgroep met elke vorm van veld.", [
        .optional("tekst", .text, "Tekst."),
        .optional("opgemaakt", .richText, "Opgemaakte tekst."),
        .optional("datum", .date, "Een datum."),
        .optional("bedrag", .amount, "Een bedrag."),
        .optional("aantal", .integer(1...5), "Een aantal van 1 tot en met 5."),
        .optional("score", .decimal(decimals: 2, range: 0...10), "Een score van 0 tot en met 10."),
        .optional("actief", .boolean, "Ja of nee."),
        .optional("keuze", .choice(["laag", "middel", "hoog"]), "Een keuze."),
        .optional("lijst", .list(.text, minimum: 1), "Een lijst met minstens één tekst."),
        .optional("groep", .object { CommonSpecs.signatory }, "Een groep."),
        .optional("bijlage", .textOrObject(SpecReference { CommonSpecs.attachment }, shorthand: "titel"), "Tekst of groep."),
        .optional("pad", .filePath, "Een pad."),
        .optional("vrij", .dictionary(.amount), "Vrije namen, elk met een bedrag."),
    ])
}
