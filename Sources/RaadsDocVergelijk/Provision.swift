import RaadsDocCore

/// Names of provisions as a legal drafter writes them, from the tree:
/// "artikel 4" from an article heading, "derde lid" from the lid "3.",
/// "onderdeel b" from the onderdeel "b.". Kinds without articles get the
/// heading's text and the place of a paragraph.
enum Provision {
    /// "artikel 4" for "Artikel 4"/"Artikel 4." numbers, else the heading
    /// text without a closing colon ("A. Overwegende dat").
    static func heading(_ heading: Heading) -> String {
        if let number = heading.number {
            let label = trimmed(number.label)
            if label.lowercased().hasPrefix("artikel") { return label.lowercased() }
        }
        var text = heading.text
        while text.last == ":" || text.last == " " { text.removeLast() }
        return text
    }

    /// The name of a list item from its label and its list's item style.
    static func item(label: String, style: ParagraphStyle?) -> String {
        let bare = trimmed(label).trimmingCharacters(in: ["(", ")"])
        switch style?.name {
        case "Lid":
            if let number = Int(bare) { return ordinal(number) + " lid" }
            return "lid " + bare
        case "Onderdeel": return "onderdeel " + bare
        case "Subonderdeel": return "subonderdeel " + bare
        default: return bare.isEmpty || bare == "–" || bare == "•" ? "opsomming" : "punt " + bare
        }
    }

    static func joined(_ parts: [String]) -> String {
        let named = parts.filter { !$0.isEmpty }
        return named.isEmpty ? "tekst" : named.joined(separator: ", ")
    }

    private static func trimmed(_ label: String) -> String {
        var text = label
        while let last = text.last, last == "." || last == ")" || last == " " { text.removeLast() }
        return text
    }

    /// "eerste", "tweede", … as the Aanwijzingen write leden.
    static func ordinal(_ number: Int) -> String {
        let words = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
                     "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende",
                     "achttiende", "negentiende", "twintigste"]
        return number >= 1 && number <= words.count ? words[number - 1] : "\(number)e"
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
