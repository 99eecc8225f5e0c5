internal import CCrypto

/// SHA-256 digests through OpenSSL's libcrypto, for index.json and for
/// recognising inputs that did not change since the last run.
public enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        var context = SHA256_CTX()
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        let ok = bytes.withUnsafeBytes { raw in
            digest.withUnsafeMutableBufferPointer { output in
                SHA256_Init(&context) == 1 && SHA256_Update(&context, raw.baseAddress, raw.count) == 1
                    && SHA256_Final(output.baseAddress, &context) == 1
            }
        }
        guard ok else { return "" }
        return digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
