extension TemplateFields {
    /// Every field any kind fills (`allNames`), as a committed list: reading
    /// a house-style template needs the names, and learning them by
    /// composing every kind's starter document cost a run about 28 million
    /// instructions at start-up. A test compares this list with `allNames`.
    public static let knownNames: [String] = [
        "aan",
        "aard",
        "adres",
        "auteur",
        "bezoekadres",
        "citeertitel",
        "contact",
        "contactpersoon",
        "datum",
        "einddatum",
        "geadresseerde",
        "gemeente",
        "inwerkingtreding",
        "kenmerk",
        "looptijd",
        "nummer",
        "ondertitel",
        "onderwerp",
        "organisatie",
        "partijen",
        "periode",
        "plaats",
        "portefeuillehouder",
        "postadres",
        "status",
        "thema",
        "titel",
        "trekker",
        "uw-kenmerk",
        "versie",
        "versiedatum",
    ]
}
