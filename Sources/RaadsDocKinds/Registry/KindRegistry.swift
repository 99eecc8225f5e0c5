import RaadsDocCore
import RaadsDocSchema

/// Every document kind raadsdoc knows. Adding a kind is adding its folder
/// under Kinds/ and one line here.
public enum KindRegistry {
    public static let all: [KindDescriptor] = [
        KindDescriptor(Raadsmededeling.self),
        KindDescriptor(Brief.self),
        KindDescriptor(Klimaatdeal.self),
        KindDescriptor(Klimaatakkoord.self),
        KindDescriptor(PlanVanAanpak.self),
        KindDescriptor(Rapport.self),
        KindDescriptor(Overeenkomst.self),
    ]

    public static func kind(named soort: String) -> KindDescriptor? {
        all.first { $0.names.contains(soort) }
    }

    public static var allNames: [String] { all.flatMap(\.names) }

    /// raadsdoc.yaml: the fields every profile has, then the settings each
    /// kind declares, each name once.
    public static let profileSpec: ObjectSpec = {
        var seen = Set<String>()
        return ProfileSpec.root(kindSettings: all.flatMap(\.profileSettings).filter { seen.insert($0.name).inserted })
    }()

    /// The settings a run may set on the command line, in registry order.
    public static var runSettings: [String] { all.flatMap(\.runSettings) }

    /// The built-in house style's paragraph styles: the shared ones, then
    /// each kind's own in registry order, each name once.
    public static let styles: [StyleDefinition] = {
        var seen = Set<String>()
        return (StyleDefinition.shared + StyleDefinition.bundle + StyleDefinition.letter + all.flatMap(\.styles)).filter { seen.insert($0.name).inserted }
    }()
}
