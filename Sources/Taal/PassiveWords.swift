/// The word lists the passive detector reads. All lowercase.
enum PassiveWords {
    /// Separable particles, longest first so "door" wins over "do".
    static let particles: [String] = [
        "achter", "binnen", "buiten", "kennis", "onder", "plaats", "samen", "tegen", "terug", "teweeg",
        "door", "mede", "over", "vast", "voor", "vrij", "aan", "bij", "los", "mee", "neer", "toe", "uit", "weg",
        "af", "in", "na", "om", "op",
    ].sorted { $0.count > $1.count }

    static let prefixes = ["ver", "ont", "her", "be", "er", "ge"]

    static let withoutTrema: [Character: Character] = ["ë": "e", "ï": "i", "ö": "o", "ü": "u", "ä": "a"]

    /// Strong and irregular participles without their prefix: "sproken"
    /// (besproken, gesproken), "nomen" (genomen, opgenomen).
    static let strongTails: Set<String> = [
        "bleven", "dreven", "schreven", "wezen", "weken", "leden", "sneden", "streden", "reden", "beten",
        "grepen", "keken", "leken", "geleken", "bleken", "geven", "lezen", "meten", "treden", "geten", "eten",
        "zeten", "boden", "bogen", "vlogen", "wogen", "logen", "togen", "schoten", "sloten", "goten", "noten",
        "vroren", "zworen", "trokken", "bonden", "dwongen", "vonden", "klonken", "drongen", "sprongen",
        "zongen", "wonnen", "sponnen", "gonnen", "holpen", "worpen", "worven", "storven", "borgen", "dorven",
        "golden", "zonden", "wonden", "nomen", "broken", "sproken", "stolen", "volen", "komen", "dragen",
        "slagen", "graven", "laden", "lopen", "roepen", "hangen", "vangen", "houden", "laten", "heten",
        "raden", "blazen", "slapen", "wassen", "stoten", "scheiden", "heven", "zien", "daan", "bracht",
        "dacht", "zocht", "kocht", "vochten", "vlochten", "zogen", "schapen",
    ]

    /// Participles used as adjectives: "het is bekend", "is bevoegd".
    static let adjectives: Set<String> = [
        "bekend", "gewend", "gelegen", "geleden", "verleden", "bevoegd", "gerechtigd", "verplicht", "geschikt",
        "gezond", "bereid", "betrokken", "bedreven", "gemiddeld", "beroemd", "geliefd", "gerust", "verwant",
        "verlegen", "benodigd", "verschuldigd", "gewenst", "gemotiveerd", "geïnteresseerd", "bezorgd",
        "verheugd", "vertrouwd", "ervaren", "gedetailleerd", "verantwoord", "begaan", "gebaat", "gekant",
        "geneigd", "gespannen", "bezet", "bedacht", "gewoon", "verwend", "gewaagd",
    ]

    /// Participle endings of verbs whose perfect takes "zijn": "is
    /// gestegen", "is binnengekomen", "is ontstaan" are active.
    static let withZijn: [String] = [
        "gekomen", "gegaan", "gebleven", "geworden", "gebeurd", "gestegen", "gedaald", "gegroeid", "gelopen",
        "gevallen", "gestorven", "geslaagd", "gestopt", "gestart", "gevlucht", "gereisd", "gevlogen", "gekeerd",
        "gezakt", "gestaan", "geweest", "gebleken", "gelukt", "geraakt", "gerend", "gesprongen", "gezwommen",
        "gereden", "gevaren", "geklommen", "gearriveerd", "geland", "getreden", "geëindigd", "gekrompen",
        "toegenomen", "afgenomen", "verhuisd", "ontstaan", "verdwenen", "vertrokken", "begonnen", "overleden",
        "verschenen", "verlopen", "vervallen", "veranderd", "ontsnapt", "mislukt", "verstreken", "verschoven",
        "vergaan", "ontbrand", "verouderd", "bevroren", "ontdooid", "gegroeid", "ingegaan", "opgehouden",
    ]

    /// Nouns shaped like weak participles: "er is een besluit genomen".
    static let nouns: Set<String> = [
        "besluit", "bestand", "gebied", "bericht", "verbod", "verband", "verstand", "gezicht", "gewicht",
        "gedicht", "gerecht", "gevecht", "bezit", "verzet", "geluid", "geduld", "verwijt", "genot", "gezant",
        "beleid", "bewind", "geweld", "verschot", "gewest", "gebit", "verzoekschrift", "bestek",
    ]

    /// Before a word these make it a noun: "een besluit", "het bestand".
    static let determiners: Set<String> = [
        "de", "het", "een", "dit", "deze", "dat", "die", "zijn", "haar", "hun", "ons", "onze", "uw", "mijn",
        "elk", "elke", "ieder", "iedere", "geen", "welk", "welke", "wiens", "enig", "enige",
    ]

    /// Before "zijn" these make it the possessive: "met zijn besluit".
    static let prepositions: Set<String> = [
        "aan", "achter", "bij", "binnen", "boven", "buiten", "door", "in", "langs", "met", "na", "naar", "naast",
        "om", "onder", "op", "over", "per", "sinds", "tegen", "tot", "tussen", "uit", "van", "via", "volgens",
        "voor", "zonder",
    ]

    /// Words that open a new clause, past which a participle belongs to
    /// another verb.
    static let subordinators: Set<String> = [
        "dat", "die", "omdat", "doordat", "waardoor", "zodat", "als", "wanneer", "terwijl", "nadat", "voordat",
        "hoewel", "want", "maar", "indien", "tenzij", "waarbij", "waarmee", "waarin", "wat", "welke",
    ]
}
