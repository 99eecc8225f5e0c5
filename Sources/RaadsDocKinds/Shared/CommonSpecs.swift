import RaadsDocCore
import RaadsDocSchema

import RaadsDocCore

/// Groups of fields that several kinds share.
public enum CommonSpecs {
    public static let signatory: ObjectSpec = ObjectSpec("ondertekenaar", "Iemand die het document ondertekent.", [
        .optional("naam", .text, "Naam zoals onder het document, zoals 'drs. N. Stemerdink'."),
        .optional("functie", .text, "Functie, zoals 'burgemeester' of 'gemeentesecretaris'."),
        .optional("mandaat", .text, "Wie tekent bij mandaat of delegatie: de regel onder de functie, zoals 'bij mandaat van de burgemeester'."),
        .optional("organisatie", .text, "Organisatie namens welke getekend wordt."),
        .optional("plaats", .text, "Plaats van ondertekening."),
        .optional("datum", .date, "Datum van ondertekening."),
    ])

    public static let signing: ObjectSpec = ObjectSpec("ondertekening", "Wie het document ondertekent, en namens wie.", [
        .optional("namens", .text, "Regel boven de namen, zoals 'het college van burgemeester en wethouders,'."),
        .optional("ondertekenaars", .list(.object { signatory }),
                  "De ondertekenaars, in volgorde van links naar rechts. Tekent het college met één van het paar "
                  + "burgemeester en secretaris (of algemeen directeur), dan vult raadsdoc de ander aan uit raadsdoc.yaml."),
    ])

    public static let section: ObjectSpec = ObjectSpec("sectie", "Een hoofdstuk of paragraaf met een kop.", [
        .required("kop", .text, "De kop, zonder nummer; raadsdoc nummert waar dat is ingesteld."),
        .optional("tekst", .richText, "De tekst onder de kop."),
        .optional("secties", .list(.object { section }), "Onderliggende paragrafen."),
    ])

    public static let attachment: ObjectSpec = ObjectSpec("bijlage", "Een bijlage: een titel, of een ander invoerbestand.", [
        .optional("titel", .text, "Titel van de bijlage; bij 'bestand' de titel van dat document."),
        .optional("bestand", .filePath, "Pad naar het invoerbestand van de bijlage, relatief aan dit bestand."),
    ])

    /// The bijlagen of a letter: titles, or other input files.
    public static let attachmentsField = Field.optional(
        "bijlagen", .list(.textOrObject(SpecReference { attachment }, shorthand: "titel")),
        "De bijlagen: een titel, of 'bestand:' met het pad naar een ander invoerbestand.")

    /// A letter that brings its bijlagen along in one document.
    public static let bundleField = Field.optional(
        "bundel", .boolean,
        "ja: de bijlagen die invoerbestanden zijn, komen elk vanaf een nieuwe pagina achter de brief, in één document.")
}
