import RaadsDocCore
import RaadsDocSchema

/// A section of free text with a heading and optional subsections.
public struct Section: Sendable {
    public var heading: Located<String>
    public var text: RichText?
    public var sections: [Section]

    public init?(_ input: ObjectReader) {
        guard let heading = input.text("kop") else { return nil }
        self.heading = heading
        text = input.richText("tekst")
        sections = input.objects("secties").compactMap(Section.init)
    }

    /// Headings and text as tree blocks; top-level headings numbered
    /// "1. Aanleiding" when `numbered`.
    public static func blocks(_ sections: [Section], level: Int = 1, numbered: Bool = false) -> [Block] {
        var blocks: [Block] = []
        for (index, section) in sections.enumerated() {
            let number = numbered && level == 1 ? HeadingNumber.chapter(index + 1) : nil
            blocks.append(.heading(Heading(level: level, [.text(section.heading.value)], number: number)))
            blocks += section.text?.blocks() ?? []
            blocks += Section.blocks(section.sections, level: min(level + 1, 4), numbered: numbered)
        }
        return blocks
    }
}
