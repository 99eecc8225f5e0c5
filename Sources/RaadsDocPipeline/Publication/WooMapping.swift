/// Which Woo information category each soort is published under, and
/// which DiWoo document action made it what it is. Both come from the TOOI
/// value lists that DiWoo 0.9.8 enumerates in diwoo-metadata-lijsten.xsd:
/// scw_woo_informatiecategorieen (version 4) and ccw_plooi_documenthandelingen
/// (version 2). docs/publicatie.md explains the choices.
package enum WooMapping {
    /// A concept from a TOOI value list: its URI and its label there.
    package struct Concept: Sendable, Equatable {
        package let uri: String
        package let label: String
    }

    private static let kern = "https://identifier.overheid.nl/tooi/def/thes/kern/"

    package static let convenanten = Concept(uri: kern + "c_8fc2335c", label: "convenanten")
    package static let ingekomenStukken = Concept(uri: kern + "c_8c840238", label: "bij vertegenwoordigende organen ingekomen stukken")
    package static let onderzoeksrapporten = Concept(uri: kern + "c_fdaee95e", label: "onderzoeksrapporten")
    package static let inspanningsverplichting = Concept(uri: kern + "c_816e508d", label: "inspanningsverplichting art 3.1 Woo")

    package static let ondertekening = Concept(uri: kern + "c_e1ec050e", label: "ondertekening")
    package static let vaststelling = Concept(uri: kern + "c_641ecd76", label: "vaststelling")

    /// Every concept above, to read index.json back by URI.
    package static let all = [convenanten, ingekomenStukken, onderzoeksrapporten, inspanningsverplichting, ondertekening, vaststelling]

    package static func concept(uri: String) -> Concept? {
        all.first { $0.uri == uri }
    }

    /// The category and action of every soort; a test checks that every
    /// soort of the registry is here.
    package static let bySoort: [String: (category: Concept, action: Concept)] = [
        // The college informs the council: a document the council receives.
        "raadsmededeling": (ingekomenStukken, vaststelling),
        "raadsinformatiebrief": (ingekomenStukken, vaststelling),
        // Agreements with other parties, signed by them all.
        "samenwerkingsovereenkomst": (convenanten, ondertekening),
        "intentieovereenkomst": (convenanten, ondertekening),
        "klimaatdeal": (convenanten, ondertekening),
        "klimaatakkoord": (convenanten, ondertekening),
        "rapport": (onderzoeksrapporten, vaststelling),
        // No category of article 3.3 Woo fits a letter or a plan as such;
        // published, they fall under the general duty of article 3.1.
        "brief": (inspanningsverplichting, ondertekening),
        "plan-van-aanpak": (inspanningsverplichting, vaststelling),
    ]
}
