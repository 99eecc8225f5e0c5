internal import CCrypto

/// SHA-256 digests through OpenSSL's libcrypto, for index.json and for
/// recognising inputs that did not change since the last run.
public enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { raw in
            digest.withUnsafeMutableBufferPointer { output in
                EVP_Digest(raw.baseAddress, raw.count, output.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        guard ok == 1 else { return "" }
        return digest.prefix(Int(length)).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
