import RaadsDocCore

/// The built-in house style as a template: a document in that style with
/// each placeholder where the built-in style puts its part, a letterhead
/// on the first page (organisation; postal and visiting address and
/// contact on one line, which stays one empty line when the profile has
/// none of them) and the organisation in the header of the pages after it. LibreOffice saves it as
/// templates/standaard/standaard.ott (`make sjablonen`), the template a
/// communications officer starts from.
public enum StandardTemplate {
    public static var document: Document {
        Document(
            metadata: DocumentMetadata(title: "Standaard huisstijl", subject: "Sjabloon voor raadsdoc",
                                       date: Datum.epoch, keywords: ["sjabloon"]),
            page: PageSetup(headerText: "{{organisatie}}", letterhead: Letterhead(
                organisation: "{{organisatie}}", lines: ["{{postadres}}    {{bezoekadres}}    {{contact}}"])),
            body: TemplateBlock.allCases.map { .text($0.placeholder) })
    }
}
