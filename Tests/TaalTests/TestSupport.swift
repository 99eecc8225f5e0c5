import Foundation
import Taal

/// Dictionaries take a moment to open; the tests share one set.
enum Shared {
    static let check: Result<LanguageCheck, TaalError> = Result { () throws(TaalError) in try LanguageCheck.dutch() }
    static let belgian: Result<LanguageCheck, TaalError> = Result { () throws(TaalError) in try LanguageCheck.dutch(.belgium) }

    static func language() throws -> LanguageCheck { try check.get() }
}

extension String {
    /// The UTF-8 byte range of the first occurrence of `needle`.
    func byteRange(of needle: String, after start: Int = 0) -> Range<Int>? {
        let bytes = Array(utf8)
        let target = Array(needle.utf8)
        guard !target.isEmpty, bytes.count >= target.count else { return nil }
        for offset in start...(bytes.count - target.count) where bytes[offset..<offset + target.count].elementsEqual(target) {
            return offset..<offset + target.count
        }
        return nil
    }

    func slice(_ range: Range<Int>) -> String {
        String(decoding: Array(utf8)[range], as: UTF8.self)
    }
}
