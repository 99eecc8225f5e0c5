import RaadsDocCore
import Synchronization

/// The rich texts of one input, parsed once: the `SpecChecker` parses them
/// to report markup that cannot be rendered, and reading the model through
/// an `ObjectReader` then takes them from here instead of running cmark on
/// the same text again.
package final class RichTextMemo: Sendable {
    private let parsed = Mutex<[SourcePosition: RichText]>([:])

    package init() {}

    /// The pictures of all texts parsed so far, each once, sorted.
    package var picturePaths: [String] {
        let texts = parsed.withLock { Array($0.values) }
        return Set(texts.flatMap(\.picturePaths)).sorted()
    }

    package func richText(_ source: String, at position: SourcePosition) -> RichText {
        if let known = parsed.withLock({ $0[position] }), known.source == source { return known }
        let made = RichText(source, at: position)
        parsed.withLock { $0[position] = made }
        return made
    }
}
