import HashSupport
import Synchronization

/// Remembers, within one process, what `PackageVerifier` found in a part:
/// the key is the part's name and the SHA-256 of its bytes, so a part is
/// validated again only when it differs. Unlike `ValidationCache` nothing
/// is written to disk; the fuzz targets verify thousands of packages a
/// minute whose styles.xml and settings.xml are mostly byte-identical.
/// At most `maximumEntries` outcomes are kept (then it starts afresh), so
/// that memory stays bounded however many distinct parts are seen.
public final class PartValidationMemo: Sendable {
    public let maximumEntries: Int
    private let outcomes = Mutex<[String: [String]]>([:])

    public init(maximumEntries: Int = 4096) {
        self.maximumEntries = maximumEntries
    }

    /// The problems `validate` reports for `bytes` as the part `name`,
    /// from memory when these exact bytes were validated before.
    func problems(of name: String, _ bytes: [UInt8], validate: () -> [String]) -> [String] {
        let key = name + "\u{0}" + SHA256.hex(bytes)
        if let known = outcomes.withLock({ $0[key] }) { return known }
        let problems = validate()
        outcomes.withLock { outcomes in
            if outcomes.count >= maximumEntries { outcomes.removeAll(keepingCapacity: true) }
            outcomes[key] = problems
        }
        return problems
    }
}
