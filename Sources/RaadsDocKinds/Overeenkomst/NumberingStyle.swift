import RaadsDocCore
import RaadsDocSchema

extension Overeenkomst {
    /// How agreements number and cite their articles.
    public enum NumberingStyle: String, Sendable, CaseIterable {
        /// Aanwijzingen voor de regelgeving: Artikel 1, 1., a., 1°.
        case aanwijzingen
        /// As seed 001 writes it: "artikel 4 lid 3", a., i.
        case vrij
        /// Flemish: Art. 1., § 1., 1°, a).
        case vlaams

        /// The setting in raadsdoc.yaml and on the command line.
        public static let settingName = "nummering"

        /// The numbering of a document: the run's choice, else the
        /// document's own (`document`), else the profile's, else
        /// aanwijzingen.
        public static func chosen(document: NumberingStyle?, profile: Profile) -> NumberingStyle {
            if let run = profile.runSettings[settingName].flatMap(NumberingStyle.init(rawValue:)) { return run }
            if let document { return document }
            let written = profile.settings.flatMap { ObjectReader($0).text(settingName)?.value }
            return written.flatMap(NumberingStyle.init(rawValue:)) ?? .aanwijzingen
        }
    }

    public static let profileSettings: [Field] = [
        .optional(NumberingStyle.settingName, .choice(NumberingStyle.allCases.map(\.rawValue)),
                  "Nummering van overeenkomsten: aanwijzingen, vrij of vlaams."),
    ]
    public static let runSettings = [NumberingStyle.settingName]
}
