import RaadsDocCore

/// The fields of `raadsdoc.yaml`.
public enum ProfileSpec {
    public static let fileName = "raadsdoc.yaml"

    /// Whether `path` names a profile rather than a document.
    public static func isProfile(_ path: String) -> Bool {
        PathName.lastComponent(of: path) == fileName
    }

    /// The profile's fields for `kindSettings`, the settings the kinds
    /// declare, which follow the fields every profile has.
    public static func root(kindSettings: [Field]) -> ObjectSpec {
        ObjectSpec("profiel", "Wat alle documenten van één gemeente delen.", fields + kindSettings)
    }

    /// The fields every profile has.
    public static let fields: [Field] = [
        .required("gemeente", .text, "Naam van de gemeente, zoals 'Voorschoten'."),
        .optional("organisatie", .text, "Naam in de kopregel; standaard 'Gemeente <gemeente>'."),
        .optional("land", .choice(["NL", "BE"]), "NL (standaard) of BE. Met BE volgen overeenkomsten de Vlaamse gewoonten: "
                  + "'Opgemaakt te … in drie exemplaren', ondertekening namens het college van burgemeester en schepenen "
                  + "door burgemeester en algemeen directeur, 'vertegenwoordigd door' (docs/verwijzingen.md)."),
        .optional("tooi", .text, "TOOI-code van de gemeente: 'gm' en de CBS-code, zoals 'gm0626' (Voorschoten). "
                  + "Nodig voor de Woo-publicatie (raadsdoc index diwoo) en staat in de metagegevens van elk document "
                  + "(docs/publicatie.md). Niet voor Vlaamse profielen: TOOI en DiWoo zijn Nederlands."),
        .optional("college", .text, "Naam van het college; standaard 'college van burgemeester en wethouders' (NL) of '… en schepenen' (BE)."),
        .optional("burgemeester", .text, "Naam van de burgemeester, zoals 'drs. N. Stemerdink'; "
                  + "vult de ondertekening aan waar de burgemeester mee moet tekenen."),
        .optional("secretaris", .text, "Naam van de gemeentesecretaris; tekent mee onder brieven van het college "
                  + "als de brief hem niet noemt."),
        .optional("griffier", .text, "Naam van de griffier."),
        .optional("algemeen-directeur", .text, "Naam van de algemeen directeur (Vlaanderen); tekent mee onder brieven "
                  + "en overeenkomsten van de eigen stad of gemeente als die hem niet noemen."),
        .optional("adres", .list(.text), "Adresregels voor de voettekst."),
        .optional("contact", .list(.text), "Contactregels, zoals telefoon en website."),
        .optional("postadres", .list(.text), "Postadres voor het briefhoofd op de eerste pagina, zoals 'Postbus 1' en "
                  + "'1234 AB Voorbeeldgemeente'; standaard de regels van 'adres'."),
        .optional("bezoekadres", .list(.text), "Bezoekadres voor het briefhoofd op de eerste pagina, zoals 'Raadhuisplein 1'."),
        .optional("logo", .filePath, "Logo voor het briefhoofd op de eerste pagina (PNG, JPEG, GIF of SVG), relatief aan dit bestand."),
        .optional("paraaf", .boolean, "ja: elke pagina krijgt onderaan regels voor de paraaf van de ondertekenaars; standaard nee."),
        .optional("sjabloon", .filePath, "Huisstijlsjabloon (.ott of .odt) voor alle soorten, relatief aan dit bestand."),
        .optional("sjablonen", .dictionary(.filePath), "Sjabloon per soort document, zoals 'brief: sjablonen/brief.ott'."),
        .optional("taal", .object { language }, "Instellingen van de taalcontrole (raadsdoc check --taal, raadsdoc taal)."),
    ]

    /// The `taal:` group.
    static let language = ObjectSpec("taal", "Instellingen van de taalcontrole.", [
        .optional("woorden", .list(.text), "Woorden die de spellingcontrole goed rekent: eigen namen en vaktermen van de gemeente."),
        .optional("b1", .list(.text), "Soorten documenten voor inwoners, die op taalniveau B1 geschreven moeten zijn, zoals 'brief'."),
    ])

    /// A commented profile for `raadsdoc nieuw profiel`; it checks clean,
    /// and the starters of the document kinds check clean next to it.
    public static let starter = """
        # Het profiel van een gemeente. raadsdoc zoekt raadsdoc.yaml in de map van
        # een document of in een map daarboven. Controleer met: raadsdoc check raadsdoc.yaml
        gemeente: Voorbeeldgemeente
        land: NL                           # NL of BE
        # tooi: gm0626                     # TOOI-code (gm + CBS-code), voor de Woo-publicatie
        college: college van burgemeester en wethouders
        burgemeester: A. de Vries
        secretaris: J. Jansen
        griffier: K. Bakker
        adres:
          - Postbus 1
          - 1234 AB Voorbeeldgemeente
        contact:
          - 14 0123
          - www.voorbeeldgemeente.nl
        # Een huisstijl: 'sjabloon: huisstijl.ott', of per soort onder 'sjablonen:'.
        themas:
          - energietransitie
          - circulariteit
          - lucht- en waterkwaliteit
          - klimaatadaptatie
          - vergroening en biodiversiteit
        nummering: aanwijzingen            # aanwijzingen, vrij of vlaams
        # De taalcontrole (raadsdoc check --taal): eigen woorden, en de soorten
        # voor inwoners die op taalniveau B1 moeten zijn.
        taal:
          woorden:
            - Voorbeeldgemeente
          b1:
            - brief

        """

    /// Builds the profile from a checked `raadsdoc.yaml`.
    public static func profile(from reader: ObjectReader, path: String) -> Profile {
        var profile = Profile.standard
        profile.path = path
        profile.gemeente = reader.text("gemeente")?.value
        profile.organisation = reader.text("organisatie")?.value
        if reader.text("land")?.value != "BE", let code = reader.text("tooi")?.value, Profile.isTOOICode(code) {
            profile.tooi = code
        }
        if reader.text("land")?.value == "BE" {
            profile.country = .be
            profile.college = "college van burgemeester en schepenen"
        }
        if let college = reader.text("college")?.value { profile.college = college }
        profile.burgemeester = reader.text("burgemeester")?.value
        profile.secretaris = reader.text("secretaris")?.value
        profile.griffier = reader.text("griffier")?.value
        profile.algemeenDirecteur = reader.text("algemeen-directeur")?.value
        profile.address = reader.texts("adres").map(\.value)
        profile.contact = reader.texts("contact").map(\.value)
        profile.postalAddress = reader.texts("postadres").map(\.value)
        profile.visitingAddress = reader.texts("bezoekadres").map(\.value)
        profile.logo = reader.text("logo")
        profile.initialsLine = reader.boolean("paraaf") ?? false
        profile.template = reader.text("sjabloon")
        if let templates = reader.value("sjablonen")?.pairs {
            for pair in templates {
                if let scalar = pair.value.scalar, !scalar.text.trimmingSpaces.isEmpty {
                    profile.templatesByKind[pair.key] = Located(String(scalar.text.trimmingSpaces), at: pair.value.position)
                }
            }
        }
        if let language = reader.object("taal") {
            profile.language = LanguageSettings(
                words: language.texts("woorden").map(\.value), plainLanguageSoorten: language.texts("b1"))
        }
        profile.settings = reader.node
        return profile
    }
}
