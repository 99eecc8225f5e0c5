/// A SHA-256 digest held as its 32 bytes: a quarter of the memory of its
/// hex text as a String, for the hundreds of thousands of digests that an
/// earlier run's index.json holds.
public struct SHA256Digest: Hashable, Sendable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    /// The digest written as 64 hex digits (either case); nil for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var words: [UInt64] = [0, 0, 0, 0]
        for (index, digit) in digits.enumerated() {
            let value: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = digit - UInt8(ascii: "A") + 10
            default: return nil
            }
            words[index / 16] = words[index / 16] << 4 | UInt64(value)
        }
        self.words = (words[0], words[1], words[2], words[3])
    }

    public static let byteCount = 32

    /// The digest from its 32 bytes, as `bytes` gives them (bytes past the
    /// 32nd are not read, missing ones count as zero).
    public init(bytes: some Collection<UInt8>) {
        var words: [UInt64] = [0, 0, 0, 0]
        for (index, byte) in bytes.prefix(Self.byteCount).enumerated() {
            words[index / 8] |= UInt64(byte) << (56 - 8 * UInt64(index % 8))
        }
        self.words = (words[0], words[1], words[2], words[3])
    }

    /// The 32 bytes, most significant first, as SHA-256 writes them.
    public var bytes: [UInt8] {
        [words.0, words.1, words.2, words.3].flatMap { word in
            (0..<8).map { UInt8(truncatingIfNeeded: word >> (56 - 8 * UInt64($0))) }
        }
    }

    /// The 64 lowercase hex digits, as `SHA256.hex` writes them.
    public var hex: String {
        [words.0, words.1, words.2, words.3].map { word in
            let text = String(word, radix: 16)
            return String(repeating: "0", count: 16 - text.utf8.count) + text
        }.joined()
    }

    public static func == (lhs: SHA256Digest, rhs: SHA256Digest) -> Bool {
        lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
