import RaadsDocCore
import XMLSupport
import ZipSupport

/// How much of a template raadsdoc is willing to read. A template comes
/// from elsewhere (a communications department, an e-mail), so the zip is
/// checked before anything is inflated: a LibreOffice template has a few
/// dozen entries and rarely more than a few megabytes of pictures.
public struct TemplateLimits: Sendable {
    public var fileSize = 20 * 1024 * 1024
    public var entries = 1_000
    public var totalSize = 64 * 1024 * 1024
    /// content.xml, styles.xml and the manifest are parsed into memory; a
    /// LibreOffice template's are some tens of kilobytes.
    public var xmlPartSize = 16 * 1024 * 1024
    /// The highest ratio of inflated to compressed size for an entry that
    /// inflates to more than `ratioThreshold` bytes; XML compresses some
    /// ten times, zeros in a zip bomb a thousand times.
    public var compressionRatio: UInt64 = 100
    public var ratioThreshold: UInt64 = 1024 * 1024

    public init() {}
}

/// A problem that makes a template unusable (or, for a warning, imperfect),
/// before it is tied to the profile line that names the template.
public struct TemplateProblem: Error, Sendable, Equatable {
    public let rule: Rule
    public let message: String

    package init(_ rule: Rule, _ message: String) {
        self.rule = rule
        self.message = message
    }
}

/// A template's zip archive, read within the limits, with its content and
/// styles parsed by the safe parser (no network, no DTD, no entities).
package struct TemplatePackage {
    package static let textMediaTypes = [ODFVersion.mediaType, "application/vnd.oasis.opendocument.text-template"]

    package let bytes: [UInt8]
    /// The entries every document gets unchanged: pictures (the logo) and
    /// settings; not the thumbnail, the template's metadata, toolbars or
    /// macros. Each was inflated once within the limits, so a directory
    /// that lies about their size cannot smuggle a bomb into the documents.
    package let copied: [ZipEntryInfo]
    /// Media types by path, from the template's manifest.
    package let mediaTypes: [String: String]
    package let content: XMLElement
    package let styles: XMLElement

    package static func read(_ path: String, limits: TemplateLimits) -> Result<TemplatePackage, TemplateProblem> {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path, limit: limits.fileSize)
        } catch {
            return .failure(TemplateProblem(TemplateRules.unreadable, error.description))
        }
        return read(bytes: bytes, limits: limits)
    }

    /// Reads a template held in memory, as `read(_:limits:)` does a file.
    package static func read(bytes: [UInt8], limits: TemplateLimits) -> Result<TemplatePackage, TemplateProblem> {
        guard bytes.count <= limits.fileSize else {
            return .failure(TemplateProblem(TemplateRules.tooLarge,
                "het bestand is groter dan \(megabytes(limits.fileSize)); raadsdoc leest sjablonen tot die grootte"))
        }
        let archive: ZipArchiveReader
        do {
            archive = try ZipArchiveReader(bytes: bytes)
        } catch {
            return .failure(TemplateProblem(TemplateRules.unreadable, bytes.starts(with: [0x50, 0x4B])
                ? "het bestand is een beschadigd zip-archief: \(error.description)"
                : "het bestand is geen .ott- of .odt-bestand (geen zip-archief)"))
        }
        if let problem = entryProblem(archive.entries, limits: limits) { return .failure(problem) }
        do throws(TemplateProblem) {
            let mimetype = try part("mimetype", of: archive, limit: 256)
            let mediaType = String(decoding: mimetype, as: UTF8.self)
            guard textMediaTypes.contains(mediaType) else {
                throw TemplateProblem(TemplateRules.unreadable,
                    "het bestand is geen tekstdocument maar '\(XMLText.removingForbiddenCharacters(String(mediaType.prefix(80))))'; maak het sjabloon in LibreOffice Writer")
            }
            let manifest = try tree(try part("META-INF/manifest.xml", of: archive, limit: limits.xmlPartSize),
                                    name: "META-INF/manifest.xml")
            if manifest.descendants().contains(where: { $0.localName == "encryption-data" }) {
                throw TemplateProblem(TemplateRules.unreadable,
                    "het sjabloon is beveiligd met een wachtwoord; sla het op zonder wachtwoord")
            }
            var mediaTypes: [String: String] = [:]
            for entry in manifest.descendants() where entry.localName == "file-entry" {
                if let path = entry.attribute("manifest:full-path") {
                    mediaTypes[path] = entry.attribute("manifest:media-type") ?? ""
                }
            }
            let copied = archive.entries.filter { isCopied($0.name) }
            for entry in copied {
                let bytes = try part(entry.name, of: archive, limit: Int(min(entry.size, UInt64(limits.totalSize))))
                if entry.name.hasSuffix(".xml") { try checkCopiedXML(bytes, name: entry.name) }
            }
            return .success(TemplatePackage(
                bytes: bytes, copied: copied, mediaTypes: mediaTypes,
                content: try tree(try part("content.xml", of: archive, limit: limits.xmlPartSize), name: "content.xml"),
                styles: try tree(try part("styles.xml", of: archive, limit: limits.xmlPartSize), name: "styles.xml")))
        } catch {
            return .failure(error)
        }
    }

    /// Checks the directory before anything is inflated: the number of
    /// entries, their names, and their sizes as the directory states them
    /// (inflating stops at the limit too, in case the directory lies).
    package static func entryProblem(_ entries: [ZipEntryInfo], limits: TemplateLimits) -> TemplateProblem? {
        if entries.count > limits.entries {
            return TemplateProblem(TemplateRules.tooManyEntries,
                "het archief bevat \(entries.count) bestanden; raadsdoc leest sjablonen met hoogstens \(limits.entries)")
        }
        if let long = entries.first(where: { $0.name.utf8.count > maximumNameLength }) {
            return TemplateProblem(TemplateRules.unsafeEntryName,
                "het archief bevat een bestand met een naam van \(DutchNumber.grouped(long.name.utf8.count)) bytes ('\(XMLText.removingForbiddenCharacters(String(long.name.prefix(60))))…'); raadsdoc leest namen tot \(DutchNumber.grouped(maximumNameLength)) bytes")
        }
        if let unsafe = entries.first(where: { !isSafe($0.name) }) {
            return TemplateProblem(TemplateRules.unsafeEntryName,
                "het archief bevat het bestand '\(XMLText.removingForbiddenCharacters(String(unsafe.name.prefix(120))))' met een absoluut pad of '..'")
        }
        let total = entries.reduce(UInt64(0)) { $0 &+ $1.size }
        if total > UInt64(limits.totalSize) {
            return TemplateProblem(TemplateRules.tooLarge,
                "het archief is uitgepakt \(megabytes(total)); raadsdoc leest sjablonen tot \(megabytes(limits.totalSize)) uitgepakt")
        }
        for entry in entries where entry.size > limits.ratioThreshold {
            let ratio = entry.size / max(entry.compressedSize, 1)
            if ratio > limits.compressionRatio {
                return TemplateProblem(TemplateRules.tooLarge,
                    "'\(entry.name)' is \(ratio) keer zo groot als gecomprimeerd (een zip-bom?); raadsdoc staat hoogstens \(limits.compressionRatio) keer toe")
            }
        }
        return nil
    }

    /// The longest entry name raadsdoc accepts, in bytes; LibreOffice's
    /// own names are a few dozen.
    package static let maximumNameLength = 1024

    /// An XML part copied unchanged (settings.xml) is held to what the
    /// parts raadsdoc writes are held to: no declarations, well-formed, and
    /// valid against the ODF 1.3 schema, so that no document inherits
    /// entities or garbage from its template. The verdict is remembered
    /// (`ValidationCache`): compiling the schema would cost a `check` some
    /// 150 ms on every start.
    private static func checkCopiedXML(_ bytes: [UInt8], name: String) throws(TemplateProblem) {
        _ = try tree(bytes, name: name)
        func validate() -> [String] {
            guard case .success(let schema) = ODFSchemas.document else { return [] }
            return schema.validate(bytes, name: name).map(\.text)
        }
        if let problem = (ValidationCache.standard?.problems(of: [Array(name.utf8), bytes], validate: validate) ?? validate()).first {
            throw TemplateProblem(TemplateRules.unreadable,
                "\(name) voldoet niet aan ODF 1.3 (\(problem)); sla het sjabloon opnieuw op vanuit LibreOffice")
        }
    }

    package static func isCopied(_ name: String) -> Bool {
        !name.hasSuffix("/") && (name.hasPrefix("Pictures/") || name == "settings.xml")
    }

    /// A relative path inside the package: no leading slash or drive
    /// letter, no backslashes, no "..".
    package static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.contains("\\") { return false }
        if let colon = name.firstIndex(of: ":"), !name[..<colon].contains("/") { return false }
        return !name.split(separator: "/").contains("..")
    }

    private static func part(_ name: String, of archive: ZipArchiveReader, limit: Int) throws(TemplateProblem) -> [UInt8] {
        guard let entry = archive.entry(named: name) else {
            throw TemplateProblem(TemplateRules.unreadable, "\(name) ontbreekt; het bestand is geen OpenDocument-tekst")
        }
        do {
            return try archive.read(entry, limit: limit)
        } catch {
            let isSize = error.description.contains(" is groter dan ")
            throw TemplateProblem(isSize ? TemplateRules.tooLarge : TemplateRules.unreadable, error.description)
        }
    }

    private static func tree(_ bytes: [UInt8], name: String) throws(TemplateProblem) -> XMLElement {
        if let line = XMLWellFormedness.declarationLine(in: bytes) {
            throw TemplateProblem(TemplateRules.declarations,
                "\(name) bevat op regel \(line) een DOCTYPE- of ENTITY-declaratie; raadsdoc leest zulke XML niet")
        }
        switch XMLTree.parse(bytes, name: name) {
        case .success(let root): return root
        case .failure(let error): throw TemplateProblem(TemplateRules.unreadable, error.description)
        }
    }

    private static func megabytes<Number: BinaryInteger>(_ count: Number) -> String {
        let tenths = (UInt64(count) * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}
