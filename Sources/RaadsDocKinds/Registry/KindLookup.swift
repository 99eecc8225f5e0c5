import RaadsDocCore
import RaadsDocSchema

/// Finding a kind by the name a user wrote, with a Dutch message that
/// names the known kinds when the name is not one of them. Used for
/// `soort:` in input files and for `raadsdoc schema` and `raadsdoc nieuw`.
extension KindRegistry {
    public struct UnknownKind: Error, CustomStringConvertible {
        public let description: String
    }

    public static func lookup(_ soort: String) -> Result<KindDescriptor, UnknownKind> {
        if let kind = kind(named: soort) { return .success(kind) }
        let suggestion = Suggestions.closest(to: soort, among: allNames).map { " — bedoelde je '\($0)'?" } ?? "."
        return .failure(UnknownKind(
            description: "onbekende soort '\(soort)'\(suggestion) Bekende soorten: \(allNames.joined(separator: ", ")) (zie 'raadsdoc schema --lijst')"))
    }
}
