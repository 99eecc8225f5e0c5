import Glibc
import HashSupport
import RaadsDocCore

/// Remembers, across runs, the outcome of validating XML against the ODF
/// 1.3 schema. Compiling the schema takes a good part of a second, which a
/// `raadsdoc check` of one letter should not pay each time for the same
/// house-style template. The key is the SHA-256 of the validated bytes, so
/// an outcome can never be reused for other XML. Kept under
/// $XDG_CACHE_HOME/raadsdoc (or ~/.cache/raadsdoc); without a usable home
/// folder, nothing is kept and the schema is simply consulted again.
package enum ValidationCache {
    /// The problems `validate` reports for `parts`, from the cache when
    /// these exact bytes were validated before.
    package static func problems(of parts: [[UInt8]], validate: () -> [String]) -> [String] {
        guard let directory else { return validate() }
        let key = SHA256.hex(parts.flatMap { $0 + [0] })
        let path = PathName.join(directory, "odf13-\(key).txt")
        if let bytes = try? FileSystem.read(path) {
            let text = String(decoding: bytes, as: UTF8.self)
            return text.isEmpty ? [] : text.split(separator: "\n").map(String.init)
        }
        let problems = validate()
        if (try? FileSystem.createDirectories(directory)) != nil {
            try? FileSystem.writeAtomically(Array(problems.joined(separator: "\n").utf8), to: path)
        }
        return problems
    }

    private static let directory: String? = {
        if let cache = environment("XDG_CACHE_HOME"), cache.hasPrefix("/") { return cache + "/raadsdoc" }
        if let home = environment("HOME"), home.hasPrefix("/") { return home + "/.cache/raadsdoc" }
        return nil
    }()

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
