import RaadsDocCore
import XMLSupport

/// MDTO (version 1.0.1 of the Nationaal Archief's XML schema) for the
/// archive: one informatieobject per document and one bestand per output
/// file, with its size, SHA-256 and file format. A test validates both
/// against the official XSD.
///
/// What raadsdoc cannot know is said, not made up: the valuation under a
/// selection list is "Nader te bepalen" (code N of the MDTO list of
/// valuations), and the restriction on use is left to the archive creator
/// to determine. Only the PDF/A-2b that passed the PDF/A check gets its
/// PRONOM code (fmt/477); for the other formats the label says what they
/// are and the code is left out rather than guessed.
package enum MDTOWriter {
    package static let namespace = "https://www.nationaalarchief.nl/mdto"

    /// An output file as MDTO describes it.
    package struct File: Sendable {
        package let path: String
        package let size: Int
        package let hash: String
    }

    /// The informatieobject of a document whose outputs are `files`.
    package static func informationObject(_ entry: IndexEntry, files: [File]) throws(XMLError) -> [UInt8] {
        let xml = try start()
        xml.startElement("informatieobject")
        identification(entry, xml)
        element("naam", entry.title ?? entry.source, xml)
        concept("aggregatieniveau", "Archiefstuk", code: nil, list: "Begrippenlijst Aggregatieniveaus MDTO", xml)
        element("taal", "nl", xml)
        if let date = entry.date {
            xml.startElement("event")
            concept("eventType", "Creatie", code: nil, list: "Begrippenlijst EventTypeLijst MDTO", xml)
            element("eventTijd", date, xml)
            xml.endElement()
        }
        concept("waardering", "Nader te bepalen", code: "N", list: "Begrippenlijst Waarderingen MDTO", xml)
        for file in files {
            xml.startElement("heeftRepresentatie")
            element("verwijzingNaam", PathName.lastComponent(of: file.path), xml)
            fileIdentification(file, name: "verwijzingIdentificatie", xml)
            xml.endElement()
        }
        xml.startElement("archiefvormer")
        element("verwijzingNaam", entry.publication?.organisation ?? "onbekend", xml)
        if let tooi = entry.publication?.tooi {
            xml.startElement("verwijzingIdentificatie")
            element("identificatieKenmerk", tooi, xml)
            element("identificatieBron", "TOOI (register gemeenten)", xml)
            xml.endElement()
        }
        xml.endElement()
        xml.startElement("beperkingGebruik")
        concept("beperkingGebruikType", "Nader te bepalen", code: nil, list: "Door de archiefvormer vast te stellen", xml)
        xml.endElement()
        xml.endElement()
        return try finish(xml)
    }

    /// The bestand of one output file of a document.
    package static func file(_ file: File, of entry: IndexEntry, checkedAt time: String) throws(XMLError) -> [UInt8] {
        let xml = try start()
        xml.startElement("bestand")
        fileIdentification(file, name: "identificatie", xml)
        element("naam", PathName.lastComponent(of: file.path), xml)
        element("omvang", String(file.size), xml)
        let format = Self.format(of: file.path, entry)
        concept("bestandsformaat", format.label, code: format.pronom, list: "PRONOM-register", xml)
        xml.startElement("checksum")
        concept("checksumAlgoritme", "SHA256", code: nil, list: "Begrippenlijst ChecksumAlgoritme MDTO", xml)
        element("checksumWaarde", file.hash, xml)
        element("checksumDatum", time, xml)
        xml.endElement()
        xml.startElement("isRepresentatieVan")
        element("verwijzingNaam", entry.title ?? entry.source, xml)
        xml.startElement("verwijzingIdentificatie")
        identificationFields(entry, xml)
        xml.endElement()
        xml.endElement()
        xml.endElement()
        return try finish(xml)
    }

    /// The file format of an output: a label, and the PRONOM code where it
    /// is certain.
    package static func format(of path: String, _ entry: IndexEntry) -> (label: String, pronom: String?) {
        if path.hasSuffix(".pdf") {
            if let pdfa = entry.pdfa, pdfa.part == "2b", pdfa.conforms { return ("Acrobat PDF/A - Portable Document Format 2b", "fmt/477") }
            return ("Portable Document Format (PDF)", nil)
        }
        if path.hasSuffix(".odt") { return ("OpenDocument Text 1.3 (ODF 1.3)", nil) }
        return (PathName.lastComponent(of: path), nil)
    }

    // MARK: Parts

    private static func start() throws(XMLError) -> XMLWriter {
        let xml = XMLWriter(indented: true)
        xml.startDocument()
        xml.startElement("MDTO")
        xml.attribute("xmlns", namespace)
        return xml
    }

    private static func finish(_ xml: XMLWriter) throws(XMLError) -> [UInt8] {
        xml.endElement()
        return try xml.finish()
    }

    /// The path of the document's YAML source, which is unique in its
    /// batch, and the kenmerk index.json gives (a letter's kenmerk, an
    /// agreement's version), if any.
    private static func identification(_ entry: IndexEntry, _ xml: XMLWriter) {
        xml.startElement("identificatie")
        identificationFields(entry, xml)
        xml.endElement()
        if let reference = entry.reference {
            xml.startElement("identificatie")
            element("identificatieKenmerk", reference, xml)
            element("identificatieBron", "raadsdoc: kenmerk in index.json", xml)
            xml.endElement()
        }
    }

    private static func identificationFields(_ entry: IndexEntry, _ xml: XMLWriter) {
        element("identificatieKenmerk", entry.source, xml)
        element("identificatieBron", "raadsdoc: pad van het invoerbestand", xml)
    }

    private static func fileIdentification(_ file: File, name: StaticString, _ xml: XMLWriter) {
        xml.startElement(name)
        element("identificatieKenmerk", file.path, xml)
        element("identificatieBron", "raadsdoc: pad in de uitvoermap", xml)
        xml.endElement()
    }

    private static func concept(_ name: StaticString, _ label: String, code: String?, list: String, _ xml: XMLWriter) {
        xml.startElement(name)
        element("begripLabel", label, xml)
        if let code { element("begripCode", code, xml) }
        xml.startElement("begripBegrippenlijst")
        element("verwijzingNaam", list, xml)
        xml.endElement()
        xml.endElement()
    }

    private static func element(_ name: StaticString, _ value: String, _ xml: XMLWriter) {
        xml.startElement(name)
        xml.text(value)
        xml.endElement()
    }
}
