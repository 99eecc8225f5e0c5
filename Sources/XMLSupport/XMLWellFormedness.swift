internal import CLibXML2

/// Well-formedness checks for XML read from elsewhere, with the same safe
/// parser settings as validation.
public enum XMLWellFormedness {
    /// The problems libxml2 finds while parsing; empty when well-formed.
    public static func problems(in bytes: [UInt8], name: String) -> [XMLProblem] {
        let parsed = SafeXMLParser.parse(bytes, name: name)
        if let document = parsed.document { xmlFreeDoc(document) }
        return parsed.problems
    }

    /// The line of the first `<!DOCTYPE` or `<!ENTITY` in the bytes, if any:
    /// the declarations the safe parser refuses, found before parsing so a
    /// caller can name them apart from other malformed XML.
    public static func declarationLine(in bytes: [UInt8]) -> Int? {
        SafeXMLParser.declarationLine(in: bytes)
    }
}
