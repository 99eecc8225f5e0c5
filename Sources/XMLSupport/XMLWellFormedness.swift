import CLibXML2

/// Well-formedness checks for XML read from elsewhere, with the same safe
/// parser settings as validation.
public enum XMLWellFormedness {
    /// The problems libxml2 finds while parsing; empty when well-formed.
    public static func problems(in bytes: [UInt8], name: String) -> [XMLProblem] {
        let parsed = SafeXMLParser.parse(bytes, name: name)
        if let document = parsed.document { xmlFreeDoc(document) }
        return parsed.problems
    }
}
