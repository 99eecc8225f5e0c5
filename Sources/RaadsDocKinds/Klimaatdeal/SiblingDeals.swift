import RaadsDocCore
import RaadsDocSchema

/// The other klimaatdeal files in a deal's folder, read just far enough to
/// know their number. The deals of one akkoord are kept together, so a
/// number used twice in a folder is caught even when the deals are checked
/// without their akkoord. The files are not loaded as documents: their own
/// problems are reported when they are checked themselves.
package enum SiblingDeals {
    /// The names of the files next to `path` whose deal has `number`.
    package static func files(withNumber number: Int, besides path: String) -> [String] {
        let directory = PathName.directory(of: path)
        let own = PathName.lastComponent(of: path)
        return FileSystem.contents(of: directory).filter { name in
            guard name != own, name != ProfileSpec.fileName, name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
                  let other = dealNumber(in: PathName.join(directory, name)) else { return false }
            return other == number
        }
    }

    private static func dealNumber(in path: String) -> Int? {
        guard let bytes = try? FileSystem.read(path, limit: YAMLLoader.maximumFileSize) else { return nil }
        var ignored = DiagnosticList()
        guard let root = YAMLLoader.parse(bytes, path: path, diagnostics: &ignored).root,
              let soort = root["soort"]?.scalar, Klimaatdeal.names.contains(String(soort.text.trimmingSpaces)),
              let number = root["nummer"]?.scalar?.text else { return nil }
        return try? ValueParsing.integer(number, range: nil, field: "nummer").get()
    }
}
