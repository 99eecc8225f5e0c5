import Foundation
import RaadsDocCore
import XMLSupport

/// The OASIS ODF 1.3 RelaxNG schemas shipped with raadsdoc as resources,
/// compiled once per process on first use.
public enum ODFSchemas {
    public static let documentSchemaFile = "OpenDocument-v1.3-schema.rng"
    public static let manifestSchemaFile = "OpenDocument-v1.3-manifest-schema.rng"
    /// The SHA-256 of `documentSchemaFile`, which keys the validation cache.
    /// A constant, so that a `raadsdoc check` served from that cache does
    /// not find, read and hash 600 KB on every start (some 2 ms, against a
    /// cold start of about 20); ValidationCacheTests fails when it no longer
    /// matches the file.
    package static let documentSchemaSHA256 = "40bad03efdbb02825230d357da0aa6ac679934c5bf56c6281752c0c24d58e4e6"

    /// The folder holding the schema files.
    public static var directory: String? {
        Bundle.module.path(forResource: "odf-schema", ofType: nil)
    }

    public static let document: Result<RelaxNGSchema, XMLError> = compile(documentSchemaFile)
    public static let manifest: Result<RelaxNGSchema, XMLError> = compile(manifestSchemaFile)

    private static func compile(_ name: String) -> Result<RelaxNGSchema, XMLError> {
        guard let directory else { return .failure(XMLError("de ODF-schema's zijn niet gevonden bij raadsdoc")) }
        do {
            return .success(try RelaxNGSchema(path: directory + "/" + name))
        } catch {
            return .failure(error)
        }
    }
}
