import Glibc
import HashSupport
import RaadsDocCore

/// Remembers, across runs, the outcome of validating XML against the ODF
/// 1.3 schema. Compiling the schema takes a good part of a second, which a
/// `raadsdoc check` of one letter should not pay each time for the same
/// house-style template.
///
/// An outcome holds only for the same XML, the same schema and the same
/// raadsdoc (which decides what is validated and how problems read), so
/// the key is the SHA-256 of all three, and the entries of one raadsdoc
/// version and schema share a folder of their own:
/// `<base>/odf13-<version>-<schema hash>/<key>.txt`. Storing an entry also
/// cleans up (see `clean()`): other versions' folders go, and the folder in
/// use keeps its newest entries within a bound.
package struct ValidationCache: Sendable {
    /// The folder holding every version's entries.
    package let base: String
    package let version: String
    /// The SHA-256 of the schema file validated against.
    package let schemaHash: String
    /// At most this many entries are kept, and at most `maximumBytes`.
    package let maximumEntries: Int
    package let maximumBytes: Int

    package init(base: String, version: String = RaadsDocVersion.number, schemaHash: String,
                 maximumEntries: Int = 256, maximumBytes: Int = 4 << 20) {
        self.base = base
        self.version = version
        self.schemaHash = schemaHash
        self.maximumEntries = maximumEntries
        self.maximumBytes = maximumBytes
    }

    /// The cache of this raadsdoc and its shipped schema, under
    /// $XDG_CACHE_HOME/raadsdoc (or ~/.cache/raadsdoc); nil without a usable
    /// home folder, and then nothing is kept and the schema is simply
    /// consulted again.
    package static let standard: ValidationCache? = baseDirectory.map {
        ValidationCache(base: $0, schemaHash: ODFSchemas.documentSchemaSHA256)
    }

    /// The problems `validate` reports for `parts`, from the cache when
    /// these exact bytes were validated before by this raadsdoc against
    /// this schema.
    package func problems(of parts: [[UInt8]], validate: () -> [String]) -> [String] {
        if let known = lines(for: parts) { return known }
        let problems = validate()
        store(problems, for: parts)
        return problems
    }

    /// The lines kept for `parts`, or nil when none are.
    package func lines(for parts: [[UInt8]]) -> [String]? {
        guard let bytes = try? FileSystem.read(entryPath(for: parts)) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.isEmpty ? [] : text.split(separator: "\n").map(String.init)
    }

    /// Keeps `lines` (none of which holds a line break) for `parts`, then
    /// cleans up; a cache that cannot be written is simply not kept.
    package func store(_ lines: [String], for parts: [[UInt8]]) {
        if (try? FileSystem.createDirectories(folder)) != nil,
           (try? FileSystem.writeAtomically(Array(lines.joined(separator: "\n").utf8), to: entryPath(for: parts))) != nil {
            clean()
        }
    }

    private func entryPath(for parts: [[UInt8]]) -> String {
        PathName.join(folder, key(of: parts) + Self.entrySuffix)
    }

    /// The folder of this version's and schema's entries.
    package var folder: String {
        PathName.join(base, folderName)
    }

    package var folderName: String {
        let safeVersion = String(version.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") ? $0 : "_" })
        return Self.folderPrefix + safeVersion + "-" + schemaHash.prefix(Self.folderHashLength)
    }

    /// The SHA-256 of this version, the schema and the parts, each part
    /// ended by a zero byte (which XML cannot contain).
    package func key(of parts: [[UInt8]]) -> String {
        SHA256.hex(Array("raadsdoc \(version)\nschema \(schemaHash)\n".utf8) + parts.flatMap { $0 + [0] })
    }

    static let folderPrefix = "odf13-"
    static let folderHashLength = 16
    static let entrySuffix = ".txt"

    private static let baseDirectory: String? = {
        if let cache = environment("XDG_CACHE_HOME"), cache.hasPrefix("/") { return cache + "/raadsdoc" }
        if let home = environment("HOME"), home.hasPrefix("/") { return home + "/.cache/raadsdoc" }
        return nil
    }()

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
