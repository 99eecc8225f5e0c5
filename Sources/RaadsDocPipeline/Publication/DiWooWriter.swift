import RaadsDocCore
import XMLSupport

/// DiWoo metadata (version 0.9.8 of standaarden.overheid.nl/diwoo/metadata)
/// for the Woo publication of one document, from its index.json entry: the
/// publisher as TOOI identifier, the official title, the Woo information
/// category, the creation date and the document action. A test validates
/// it against the official XSD.
package enum DiWooWriter {
    package static let namespace = "https://standaarden.overheid.nl/diwoo/metadata/"

    /// The XML, or why the document cannot have DiWoo metadata (in Dutch).
    package static func xml(_ entry: IndexEntry) -> Result<[UInt8], PublicationExport.Problem> {
        func refuse(_ reason: String) -> Result<[UInt8], PublicationExport.Problem> {
            .failure(PublicationExport.Problem(description: reason))
        }
        guard let publication = entry.publication else { return refuse("index.json zegt niets over publicatie; maak de batch opnieuw") }
        guard publication.country == .nl else {
            return refuse("Vlaams document (land: BE): DiWoo is de Nederlandse standaard voor de Wet open overheid en geldt niet in Vlaanderen; er is geen DiWoo gemaakt")
        }
        guard let tooiURI = publication.tooiURI else {
            return refuse("het profiel heeft geen TOOI-code; zet 'tooi: gm' met de CBS-code van de gemeente in raadsdoc.yaml, zoals 'tooi: gm0626'")
        }
        guard let title = entry.title, let category = publication.category, let action = publication.action else {
            return refuse("de soort '\(entry.soort ?? "?")' heeft geen Woo-informatiecategorie")
        }
        guard let date = entry.date else {
            return refuse("het document heeft geen datum; DiWoo vraagt het tijdstip van de documenthandeling")
        }
        let organisation = publication.organisation ?? "gemeente"
        do {
            let xml = XMLWriter(indented: true)
            xml.startDocument()
            xml.startElement("diwoo:Document")
            xml.attribute("xmlns:diwoo", namespace)
            xml.startElement("diwoo:DiWoo")
            element("diwoo:publisher", organisation, resource: tooiURI, xml)
            xml.startElement("diwoo:titelcollectie")
            element("diwoo:officieleTitel", title, xml)
            xml.endElement()
            xml.startElement("diwoo:classificatiecollectie")
            xml.startElement("diwoo:informatiecategorieen")
            element("diwoo:informatiecategorie", category.label, resource: category.uri, xml)
            xml.endElement()
            xml.endElement()
            element("diwoo:creatiedatum", date, xml)
            element("diwoo:language", "Nederlands", resource: "http://publications.europa.eu/resource/authority/language/NLD", xml)
            if entry.outputs.contains(where: { $0.path.hasSuffix(".pdf") }) {
                element("diwoo:format", "PDF", resource: "http://publications.europa.eu/resource/authority/file-type/PDF", xml)
            }
            xml.startElement("diwoo:documenthandelingen")
            xml.startElement("diwoo:documenthandeling")
            element("diwoo:soortHandeling", action.label, resource: action.uri, xml)
            element("diwoo:atTime", date + "T00:00:00", xml)
            element("diwoo:wasAssociatedWith", organisation, resource: tooiURI, xml)
            xml.endElement()
            xml.endElement()
            xml.endElement()
            xml.endElement()
            return .success(try xml.finish())
        } catch {
            return refuse(error.description)
        }
    }

    private static func element(_ name: StaticString, _ value: String, resource: String? = nil, _ xml: XMLWriter) {
        xml.startElement(name)
        if let resource { xml.attribute("resource", resource) }
        xml.text(value)
        xml.endElement()
    }
}
