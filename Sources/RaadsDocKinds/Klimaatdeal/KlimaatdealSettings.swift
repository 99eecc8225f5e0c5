import RaadsDocCore
import RaadsDocSchema

extension Klimaatdeal {
    public static let profileSettings: [Field] = [
        .optional("themas", .list(.text), "De duurzaamheidsthema's van de gemeente, voor klimaatdeals."),
    ]
}

extension Profile {
    /// The municipality's sustainability themes (`themas` in raadsdoc.yaml),
    /// in the order overviews group the deals by.
    package var themes: [String] {
        settings.map { ObjectReader($0).texts("themas").map(\.value) } ?? []
    }
}
