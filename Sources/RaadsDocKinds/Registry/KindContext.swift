import RaadsDocCore
import RaadsDocSchema

/// What a kind may ask of the run while it checks one input: another input
/// file, loaded and checked once per run. The workspace answers; a kind never
/// sees more of it.
public protocol DocumentLoader: Sendable {
    /// Loads and checks the input at `path`, reached through `chain` (the
    /// canonical paths of the documents that led here); the documents it
    /// refers to are looked up in and added to `memo`.
    func load(_ path: String, chain: [String], memo: ReferenceMemo) -> LoadedDocument
}

/// The documents loaded while checking one top-level document and what it
/// refers to, by canonical path: each is loaded once however many
/// documents of the graph refer to it, so a graph shaped like a diamond
/// costs time and memory in its number of documents, not its number of
/// paths. It lives as long as the top-level load, so a batch that keeps no
/// documents does not grow with the number of inputs.
public final class ReferenceMemo {
    package var documents: [String: LoadedDocument] = [:]

    public init() {}
}

/// What a kind sees while decoding and checking one input file.
public final class KindContext {
    public let profile: Profile
    public let file: SourceFile
    private let loader: any DocumentLoader
    private let memo: ReferenceMemo
    /// The canonical paths of the documents that led here, for cycles.
    package let chain: [String]
    /// The longest chain of documents referring to each other that is
    /// followed: loading is recursive, and a chain of hundreds of bijlagen
    /// is a mistake, not a document.
    package static let maximumDepth = 64
    /// The diagnostics already taken over from referenced documents, so
    /// that a document reached along many paths adds its problems once.
    private var seenDiagnostics = Set<String>()
    public private(set) var diagnostics = DiagnosticList()
    /// The documents this one refers to, by their canonical path.
    public private(set) var references: [String: LoadedDocument] = [:]
    /// The canonical paths of the referenced documents that are bijlagen,
    /// in the order the input lists them.
    public private(set) var attachmentOrder: [String] = []
    /// Nanoseconds spent loading referenced documents, which their own
    /// stages count; the checking stage of this document leaves it out.
    package private(set) var referenceTime = 0

    package init(profile: Profile, file: SourceFile, loader: any DocumentLoader, chain: [String], memo: ReferenceMemo) {
        self.profile = profile
        self.file = file
        self.loader = loader
        self.chain = chain
        self.memo = memo
    }

    public func report(_ rule: Rule, at position: SourcePosition, _ message: String) {
        diagnostics.report(rule, at: position, message)
    }

    /// Loads and checks the input file `reference` points to (relative to
    /// this file). A missing file, a cycle, a file that is not a document
    /// (a profile, a pdf), a kind not in `kinds` or errors inside it are
    /// reported at the reference; the referenced file's own diagnostics are
    /// reported too, at their own positions.
    public func load(_ reference: Located<String>, kinds: [String]? = nil, asAttachment: Bool = false) -> LoadedDocument? {
        let resolved = PathName.join(PathName.directory(of: file.path), reference.value)
        if let problem = FileSystem.problem(readingFile: resolved) {
            let missing = !FileSystem.hasEntry(resolved)
            report(ReferenceRules.missing, at: reference.position, missing
                ? "het bestand '\(reference.value)' bestaat niet\(resolved == reference.value ? "" : " (gezocht: \(resolved))"); controleer het pad, dat relatief is aan dit bestand"
                : "'\(reference.value)' is niet te gebruiken: \(problem)")
            return nil
        }
        guard let canonical = FileSystem.canonical(resolved) else {
            report(ReferenceRules.missing, at: reference.position, "'\(reference.value)' is niet te openen: \(FileSystem.errorText())")
            return nil
        }
        let expected = kinds.map { "een \($0.joined(separator: " of "))" } ?? "een invoerbestand van raadsdoc"
        if !PathName.isYAML(resolved) {
            report(ReferenceRules.wrongKind, at: reference.position,
                   "'\(reference.value)' is geen YAML-invoerbestand; hier wordt \(expected) verwacht. Noem een ander bestand met alleen zijn titel")
            return nil
        }
        if ProfileSpec.isProfile(resolved) {
            report(ReferenceRules.wrongKind, at: reference.position,
                   "'\(reference.value)' is het profiel van de gemeente, geen document; hier wordt \(expected) verwacht")
            return nil
        }
        if chain.contains(canonical) {
            report(ReferenceRules.cycle, at: reference.position,
                   "'\(reference.value)' verwijst (via via) terug naar dit document; verwijzingen mogen geen kring vormen, haal een van de verwijzingen weg")
            return nil
        }
        if chain.count >= Self.maximumDepth {
            report(ReferenceRules.tooDeep, at: reference.position,
                   "'\(reference.value)' ligt dieper dan \(Self.maximumDepth) documenten in een keten van verwijzingen; raadsdoc volgt die niet verder. Verwijs rechtstreeks naar de bijlagen")
            return nil
        }
        let start = StageClock.now()
        let loaded: LoadedDocument
        if let memoised = memo.documents[canonical] {
            loaded = memoised
        } else {
            loaded = loader.load(resolved, chain: chain, memo: memo)
            memo.documents[canonical] = loaded
        }
        referenceTime += StageClock.now() - start
        for diagnostic in loaded.diagnostics.items
        where seenDiagnostics.insert("\(diagnostic.position)|\(diagnostic.code)|\(diagnostic.message)").inserted {
            diagnostics.append(diagnostic)
        }
        let errors = loaded.diagnostics.sorted.count { $0.severity == .fout }
        if errors > 0 {
            report(ReferenceRules.brokenReference, at: reference.position,
                   "'\(reference.value)' bevat \(errors == 1 ? "een fout" : "\(errors) fouten"); los die eerst op (ze staan in deze uitvoer bij dat bestand)")
        }
        if let kinds, let soort = loaded.soort, !kinds.contains(soort) {
            report(ReferenceRules.wrongKind, at: reference.position,
                   "'\(reference.value)' is een \(soort), maar hier wordt \(expected) verwacht; verwijs naar een ander bestand")
            return nil
        }
        references[canonical] = loaded
        if asAttachment && !attachmentOrder.contains(canonical) { attachmentOrder.append(canonical) }
        return loaded.model == nil ? nil : loaded
    }
}

/// What a kind sees while composing its document tree.
public struct ComposeContext {
    public let document: LoadedDocument
    public var profile: Profile { document.profile }

    package init(document: LoadedDocument, bundlesAttachments: Bool, attachmentNumber: String? = nil) {
        self.document = document
        self.bundlesAttachments = bundlesAttachments
        self.attachmentNumber = attachmentNumber
    }

    /// The number of this document as a bijlage in a bundle ("2"), when it
    /// is composed as one: its own bijlagen are then numbered within it.
    public let attachmentNumber: String?

    /// The number of this document's own bijlage `ordinal` (from 1): "2",
    /// or "2.1" inside bijlage 2 of a bundle, so that numbers never clash.
    public func attachmentNumber(_ ordinal: Int) -> String {
        attachmentNumber.map { "\($0).\(ordinal)" } ?? String(ordinal)
    }

    /// A document loaded during checking, by the reference that named it.
    public func referenced(_ reference: Located<String>) -> LoadedDocument? {
        let resolved = PathName.join(PathName.directory(of: document.path), reference.value)
        guard let canonical = FileSystem.canonical(resolved) else { return nil }
        return document.references[canonical]
    }

    /// The tree of another loaded document, for bundles: as bijlage
    /// `attachmentNumber` when given.
    public func compose(_ other: LoadedDocument, attachmentNumber: String? = nil) -> Document? {
        other.compose(bundle: false, attachmentNumber: attachmentNumber)
    }

    /// Whether the bijlagen that are input files go into this document
    /// (`--bundel`, or a kind's own field), each from a new page.
    public let bundlesAttachments: Bool

    /// The organisation for the page header: the profile's, or "Gemeente
    /// <gemeente>" from the document.
    public func organisation(fallback gemeente: String?) -> String {
        profile.organisationName ?? gemeente.map { "Gemeente \($0)" } ?? ""
    }

    /// The letterhead of a letter's first page, from the profile: the
    /// organisation, its logo, postal and visiting address and contact.
    public func letterhead(fallback gemeente: String?) -> Letterhead {
        let postal = (profile.postalAddress.isEmpty ? profile.address : profile.postalAddress).joined(separator: ", ")
        let visiting = profile.visitingAddress.joined(separator: ", ")
        let contact = profile.contact.joined(separator: " · ")
        return Letterhead(organisation: organisation(fallback: gemeente), logo: profile.logoPicture,
                          lines: [postal.isEmpty ? "" : "Postadres: " + postal, visiting.isEmpty ? "" : "Bezoekadres: " + visiting, contact]
                              .filter { !$0.isEmpty })
    }

    /// The template fields every document has (gemeente, organisatie, adres,
    /// contact from the profile) merged with the kind's own.
    public func fields(gemeente: String?, _ own: [String: String]) -> [String: String] {
        var fields = [
            "gemeente": gemeente ?? profile.gemeente ?? "",
            "organisatie": organisation(fallback: gemeente),
            "adres": profile.address.joined(separator: ", "),
            "contact": profile.contact.joined(separator: ", "),
            "postadres": (profile.postalAddress.isEmpty ? profile.address : profile.postalAddress).joined(separator: ", "),
            "bezoekadres": profile.visitingAddress.joined(separator: ", "),
        ]
        fields.merge(own) { _, kind in kind }
        return fields
    }
}
