import RaadsDocSchema

/// What every letter writes itself (`LetterComposer`).
package enum LetterText {
    package static let common: [GeneratedText] = [
        GeneratedText("Aan, Datum, Onderwerp", when: "als labels in het briefhoofd, elk naast zijn waarde uit de invoer"),
        GeneratedText("Bijlage / Bijlagen", when: "als kop boven de lijst van bijlagen, als de brief 'bijlagen' heeft"),
    ]
}
