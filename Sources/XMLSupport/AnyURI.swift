internal import CLibXML2

/// Whether a value is an xsd:anyURI as the ODF schema check (`verify`)
/// decides it: libxml2's own check of the built-in type, which parses the
/// value as an RFC 3986 reference.
public enum AnyURI {
    private static let types: Void = { xmlSchemaInitTypes() }()

    public static func isValid(_ value: String) -> Bool {
        _ = types
        guard let type = xmlSchemaGetBuiltInType(XML_SCHEMAS_ANYURI) else { return false }
        return xmlSchemaValPredefTypeNode(type, value, nil, nil) == 0
    }
}
