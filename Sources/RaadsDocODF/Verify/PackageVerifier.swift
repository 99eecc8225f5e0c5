import RaadsDocCore
import XMLSupport
import ZipSupport

/// Checks an .odt the way a demanding reader would: the package rules
/// (mimetype first, stored, no extra field; a manifest that lists exactly
/// the parts), the ODF parts (settings.xml included) against the ODF 1.3
/// schemas, and every other XML part for declarations and well-formedness.
public enum PackageVerifier {
    public static let maximumPartSize = 64 * 1024 * 1024

    /// The problems found; empty when the package is valid. With a
    /// `memo`, a part validated before with the same bytes is not
    /// validated again (the fuzz targets check thousands of packages whose
    /// styles.xml and settings.xml rarely change).
    public static func problems(in bytes: [UInt8], memo: PartValidationMemo? = nil) -> [String] {
        var problems = mimetypeProblems(bytes)
        let archive: ZipArchiveReader
        do {
            archive = try ZipArchiveReader(bytes: bytes)
        } catch {
            return problems + ["geen leesbaar zip-archief: \(error)"]
        }
        guard let manifestEntry = archive.entry(named: "META-INF/manifest.xml") else {
            return problems + ["META-INF/manifest.xml ontbreekt"]
        }
        let listed: Set<String>
        do {
            let manifest = try archive.read(manifestEntry, limit: maximumPartSize)
            problems += schemaProblems(manifest, part: "META-INF/manifest.xml", schema: ODFSchemas.manifest, memo: memo)
            listed = ManifestReader.paths(in: manifest)
        } catch {
            return problems + ["META-INF/manifest.xml is niet leesbaar: \(error)"]
        }
        for entry in archive.entries where entry.name != "mimetype" && !entry.name.hasPrefix("META-INF/") {
            if !entry.name.hasSuffix("/") && !listed.contains(entry.name) {
                problems.append("\(entry.name) staat niet in het manifest")
            }
        }
        for path in listed.sorted() where path != "/" && !path.hasSuffix("/") && archive.entry(named: path) == nil {
            problems.append("het manifest noemt \(path), maar dat staat niet in het pakket")
        }
        for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
            guard let entry = archive.entry(named: part) else {
                if part != "settings.xml" { problems.append("\(part) ontbreekt") }
                continue
            }
            do {
                problems += schemaProblems(try archive.read(entry, limit: maximumPartSize), part: part, schema: ODFSchemas.document, memo: memo)
            } catch {
                problems.append("\(part) is niet leesbaar: \(error)")
            }
        }
        for entry in archive.entries where entry.name.hasSuffix(".xml") && !validatedParts.contains(entry.name) {
            do {
                let bytes = try archive.read(entry, limit: maximumPartSize)
                problems += XMLWellFormedness.problems(in: bytes, name: entry.name).map { "\(entry.name): \($0)" }
            } catch {
                problems.append("\(entry.name) is niet leesbaar: \(error)")
            }
        }
        return problems
    }

    /// The parts validated against a schema; every other XML part is
    /// checked for declarations and well-formedness.
    private static let validatedParts: Set<String> = ["META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml", "settings.xml"]

    /// The mimetype rules, checked on the raw bytes of the first local
    /// header: name, method 0 (stored), no extra field, exact content.
    package static func mimetypeProblems(_ bytes: [UInt8]) -> [String] {
        let expected = Array(ODFVersion.mediaType.utf8)
        guard bytes.count >= 30, bytes[0..<4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) else {
            return ["het bestand begint niet met een zip-bestandskop"]
        }
        let method = Int(bytes[8]) | Int(bytes[9]) << 8
        let nameLength = Int(bytes[26]) | Int(bytes[27]) << 8
        let extraLength = Int(bytes[28]) | Int(bytes[29]) << 8
        guard bytes.count >= 30 + nameLength, bytes[30..<30 + nameLength].elementsEqual(Array("mimetype".utf8)) else {
            return ["het eerste bestand in het pakket is niet 'mimetype'"]
        }
        var problems: [String] = []
        if method != 0 { problems.append("'mimetype' is gecomprimeerd; het moet ongecomprimeerd (stored) zijn") }
        if extraLength != 0 { problems.append("'mimetype' heeft een extra veld in de bestandskop") }
        let start = 30 + nameLength + extraLength
        if method == 0, bytes.count >= start + expected.count,
           !bytes[start..<start + expected.count].elementsEqual(expected) {
            problems.append("'mimetype' bevat niet \(ODFVersion.mediaType)")
        }
        return problems
    }

    private static func schemaProblems(_ xml: [UInt8], part: String, schema: Result<RelaxNGSchema, XMLError>,
                                       memo: PartValidationMemo?) -> [String] {
        switch schema {
        case .failure(let error): return ["\(part): kan niet valideren: \(error)"]
        case .success(let schema):
            let validate = { schema.validate(xml, name: part).map { "\(part): \($0)" } }
            return memo?.problems(of: part, xml, validate: validate) ?? validate()
        }
    }
}
