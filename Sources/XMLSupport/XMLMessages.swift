/// Dutch wording for libxml2's English parser and RelaxNG messages, keeping
/// the element and attribute names they mention. A message this table does
/// not know is kept in English, after a Dutch lead-in.
public enum XMLMessages {
    /// Patterns with `%1` and `%2` standing for the names in the message.
    private static let patterns: [(english: String, dutch: String)] = [
        ("Did not expect element %1 there", "element %1 hoort hier niet"),
        ("Expecting an element %1, got nothing", "element %1 ontbreekt hier"),
        ("Expecting element %1, got nothing", "element %1 ontbreekt hier"),
        ("Expecting element %1, got %2", "hier hoort element %1, niet %2"),
        ("Expecting an element , got nothing", "hier ontbreekt een element"),
        ("Element %1 has extra content: %2", "element %1 bevat %2, dat er niet in hoort"),
        ("Element %1 failed to validate attributes", "de attributen van element %1 kloppen niet"),
        ("Element %1 failed to validate content", "de inhoud van element %1 klopt niet"),
        ("Invalid attribute %1 for element %2", "attribuut %1 hoort niet bij element %2"),
        ("Extra element %1 in interleave", "element %1 hoort hier niet"),
        ("Expecting element %1 to be empty", "element %1 moet leeg zijn"),
        ("Error validating datatype %1", "een waarde heeft niet de vorm %1"),
        ("Type %1 doesn't allow value '%2'", "de waarde '%2' past niet bij het type %1"),
        ("Error validating value %1", "de waarde %1 is ongeldig"),
        ("Element %1 failed to validate", "element %1 voldoet niet aan het schema"),
        ("Expecting no namespace for element %1", "element %1 hoort geen naamruimte te hebben"),
        ("Expecting a namespace for element %1", "element %1 mist zijn naamruimte"),
        ("Element %1 has wrong namespace: expecting %2", "element %1 heeft de verkeerde naamruimte; verwacht is %2"),
        ("Opening and ending tag mismatch: %1 line %2 and %3", "begin- en eindtag passen niet bij elkaar (%1 op regel %2)"),
        ("Excessive depth in document: %1 use XML_PARSE_HUGE option", "het document is dieper genest dan %1 niveaus"),
        ("xmlSAX2Characters: huge text node", "een tekst in het document is groter dan raadsdoc leest"),
        ("Namespace prefix %1 for %2 on %3 is not defined", "het voorvoegsel %1 (bij %2 op %3) is nergens als naamruimte gedeclareerd"),
        ("Namespace prefix %1 on %2 is not defined", "het voorvoegsel %1 (van %2) is nergens als naamruimte gedeclareerd"),
        ("Extra content at the end of the document", "na het einde van het document staat nog iets"),
        ("Start tag expected, '<' not found", "geen XML: er staat geen '<' aan het begin"),
        ("Document is empty", "het document is leeg"),
        ("Premature end of data in tag %1 line %2", "het document houdt midden in element %1 (regel %2) op"),
        ("Input is not proper UTF-8, indicate encoding !", "de tekst is geen geldige UTF-8"),
    ]

    /// The Dutch for one libxml2 message (without its trailing newline).
    public static func dutch(_ message: String) -> String {
        let message = message.hasSuffix("\n") ? String(message.dropLast()) : message
        for (english, dutch) in patterns {
            if let names = match(message, english) {
                var result = dutch
                for (index, name) in names.enumerated() {
                    result = result.replacing("%\(index + 1)", with: name)
                }
                return result
            }
        }
        if message.contains("XML_PARSE_HUGE") {
            return "het document overschrijdt een grens van de XML-lezer (te diep genest of te grote tekst)"
        }
        return "XML-fout (\(message))"
    }

    /// The texts standing for `%1`, `%2`… when `message` has the shape of
    /// `pattern`, or nil.
    private static func match(_ message: String, _ pattern: String) -> [String]? {
        var pieces: [Substring] = []
        var rest = Substring(pattern)
        while let range = rest.firstRange(of: "%"), rest[range.upperBound...].first?.isNumber == true {
            pieces.append(rest[..<range.lowerBound])
            rest = rest[rest.index(after: range.upperBound)...]
        }
        pieces.append(rest)
        guard pieces.count > 1 else { return message == pattern ? [] : nil }
        var text = Substring(message)
        guard text.hasPrefix(pieces[0]) else { return nil }
        text = text.dropFirst(pieces[0].count)
        var names: [String] = []
        for piece in pieces.dropFirst() {
            if piece.isEmpty {
                names.append(String(text))
                text = ""
                continue
            }
            guard let found = text.firstRange(of: piece) else { return nil }
            names.append(String(text[..<found.lowerBound]))
            text = text[found.upperBound...]
        }
        return text.isEmpty ? names : nil
    }
}
