import Foundation
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import ZipSupport

/// Small templates built in the tests, for the cases a LibreOffice-made
/// file cannot show (hostile archives, placeholders in odd places), and
/// the paths of the templates that LibreOffice did make.
enum TemplateFixtures {
    static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" \
        office:version="1.3"
        """

    /// The templates shipped in templates/, made by LibreOffice.
    static var shipped: [String] {
        let root = TestSupport.path("templates")
        return FileSystem.contents(of: root).flatMap { folder in
            FileSystem.contents(of: root + "/" + folder).filter { $0.hasSuffix(".ott") }.map { "templates/\(folder)/\($0)" }
        }
    }

    /// A fixture made by LibreOffice, in Tests/RaadsDocTests/Fixtures/sjablonen.
    static func fixture(_ name: String) -> String {
        TestSupport.path("Tests/RaadsDocTests/Fixtures/sjablonen/\(name)")
    }

    static func content(_ body: String, automaticStyles: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(namespaces)><office:automatic-styles>\(automaticStyles)</office:automatic-styles>\
        <office:body><office:text>\(body)</office:text></office:body></office:document-content>
        """
    }

    static func styles(header: String = "<text:p>{{organisatie}}</text:p>", footer: String = "<text:p>{{adres}}</text:p>") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(namespaces)><office:styles/><office:automatic-styles>\
        <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" \
        fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>\
        <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">\
        <style:header>\(header)</style:header><style:footer>\(footer)</style:footer>\
        </style:master-page></office:master-styles></office:document-styles>
        """
    }

    static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text-template"/>\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
        <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
        </manifest:manifest>
        """

    /// The bytes of a template package with these parts; `extra` entries
    /// come after the usual ones.
    static func package(content: String, styles: String = styles(),
                        mimetype: String = "application/vnd.oasis.opendocument.text-template",
                        extra: [(name: String, bytes: [UInt8])] = []) throws -> [UInt8] {
        let timestamp = DOSTimestamp(year: 2024, month: 1, day: 1)
        let writer = try ZipArchiveWriter()
        try writer.add("mimetype", Array(mimetype.utf8), compression: .store, timestamp: timestamp)
        for (name, text) in [("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)] {
            try writer.add(name, Array(text.utf8), compression: .deflate(level: 6), timestamp: timestamp)
        }
        for entry in extra {
            try writer.add(entry.name, entry.bytes, compression: .deflate(level: 9), timestamp: timestamp)
        }
        return try writer.finish()
    }

    /// The letter every template test renders.
    static let letter = """
        soort: raadsmededeling
        datum: 2021-07-13
        kenmerk: RM-2021-01
        onderwerp: Proef met een sjabloon
        aanhef: Geachte leden van de raad,
        tekst: Dit is de tekst van de brief.
        slot: Met vriendelijke groet,
        ondertekening:
          namens: het college van burgemeester en wethouders,
          ondertekenaars:
            - naam: J. Jansen
              functie: secretaris
            - naam: A. de Vries
              functie: burgemeester

        """

    /// The profile naming `sjabloon.ott` on line 4, column 11: where the
    /// template's problems are reported.
    static let profile = """
        gemeente: Proefstad
        adres: [Markt 1, 1234 AB Proefstad]
        contact: [Telefoon 14 0999]
        sjabloon: sjabloon.ott

        """

    /// Writes `template` as sjabloon.ott next to a letter whose profile
    /// names it, and returns the letter's path.
    static func letter(using template: [UInt8], input: String = letter) throws -> String {
        try TestSupport.writeInput(input, profile: profile, beside: ["sjabloon.ott": template])
    }
}
