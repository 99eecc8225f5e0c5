import HashSupport
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema
import RaadsDocTaal
import Synchronization

/// Loads input files and their profiles, once each, for one run. Shared by
/// the worker threads of a batch; loading itself runs on the caller's thread.
public final class Workspace: DocumentLoader {
    public let sources = SourceCatalog()
    /// The house-style templates of this run, each prepared once.
    public let templates: TemplateStore
    /// The time this run spends per stage; loading adds to it here, and
    /// rendering a document of this workspace too (see `Renderer`).
    public let clock: StageClock
    private let profileOverride: String?
    private let retainsDocuments: Bool
    private let languageReviewer: LanguageReviewer?
    private let runSettings: [String: String]
    private let templateOverride: String?
    private let documents = Mutex<[String: LoadedDocument]>([:])
    private let profileLocations = Mutex<[String: ProfileLocation]>([:])
    private let profiles = Mutex<[String: (Profile, DiagnosticList, hash: String)]>([:])
    private let readFailure = Atomic<Bool>(false)

    /// Whether a file of this run (an input, a file it refers to, a profile)
    /// could not be read: a read error, which the commands exit with 2 for,
    /// unlike an error in the input itself.
    public var hadReadFailure: Bool { readFailure.load(ordering: .relaxed) }

    /// `profileOverride` is the `--profiel` file, used instead of the
    /// nearest raadsdoc.yaml; `runSettings` are the profile settings chosen
    /// for this run on the command line (`--nummering`);
    /// `templateOverride` the `--sjabloon` file, used instead of the
    /// templates the profiles name. A batch of thousands of documents
    /// passes `retainsDocuments: false`, so that memory stays flat:
    /// a document another one refers to is then loaded again for each
    /// top-level document that refers to it instead of kept (within one
    /// top-level document's references, once: see `ReferenceMemo`), and
    /// source text is kept only for files with diagnostics. `clock` is the run's stage clock.
    /// With a `languageReviewer` (`--taal`), every input that checks clean
    /// in structure also gets the language check. A run that only checks
    /// (`check`) passes `keepsTemplateVerdicts`: a template's problems then
    /// come from an earlier run's verdict on the same bytes when there is
    /// one (see `TemplateVerdictCache`), instead of from preparing it again.
    public init(profileOverride: String? = nil, runSettings: [String: String] = [:],
                templateOverride: String? = nil, retainsDocuments: Bool = true, clock: StageClock = StageClock(),
                languageReviewer: LanguageReviewer? = nil, keepsTemplateVerdicts: Bool = false) {
        templates = TemplateStore(fieldNames: { TemplateFields.knownNames }, styles: KindRegistry.styles,
                                  limits: TemplateLimits(), verdicts: keepsTemplateVerdicts ? .standard : nil)
        self.clock = clock
        self.languageReviewer = languageReviewer
        self.profileOverride = profileOverride
        self.runSettings = runSettings
        self.templateOverride = templateOverride
        self.retainsDocuments = retainsDocuments
    }

    /// Loads, checks and decodes the input at `path`; a raadsdoc.yaml is
    /// checked as a profile.
    public func load(_ path: String) -> LoadedDocument {
        load(path, chain: [], memo: ReferenceMemo())
    }

    /// Loads an input held in memory, such as a kind's starter document,
    /// as if it were the file at `path`, with `profile` instead of the one
    /// its folder would give. It is not cached.
    public func load(source bytes: [UInt8], path: String, profile: Profile) -> LoadedDocument {
        read(path, canonical: path, chain: [path], memo: ReferenceMemo(), source: (bytes, profile))
    }

    /// Composes the document tree of a loaded document; with `bundle`, the
    /// bijlagen that are input files follow it, each from a new page.
    /// The tree carries the publication metadata of index.json (Woo
    /// category, document action, TOOI code) and the SHA-256 of the source
    /// into meta.xml.
    public func compose(_ document: LoadedDocument, bundle: Bool = false) -> Document? {
        guard var tree = document.compose(bundle: bundle) else { return nil }
        if let summary = document.summary {
            tree.metadata.userDefined = PublicationRecord(document).userDefinedFields(
                title: summary.title, date: summary.date, sourceHash: document.sourceHash)
        }
        return tree
    }

    /// The SHA-256 of the profile file a document was checked with ("" for
    /// the built-in default).
    public func profileHash(of document: LoadedDocument) -> String {
        document.profile.path.map(profileHash(atPath:)) ?? ""
    }

    private func profileHash(atPath path: String) -> String {
        profileEntry(at: path).hash
    }

    /// The house-style template a document is rendered with; nil for the
    /// built-in house style (or a template that failed its checks).
    public func template(for document: LoadedDocument) -> HouseStyleTemplate? {
        guard let soort = document.soort, let kind = document.kind,
              let reference = templateReference(document.profile, soort: soort, kind: kind) else { return nil }
        return templates.template(at: reference.path).template
    }

    /// The template for a kind: `--sjabloon`, or the one the profile names
    /// for this soort, for the kind, or for all kinds. Its problems are
    /// reported at the profile line naming it, or at the `--sjabloon` file.
    private func templateReference(_ profile: Profile, soort: String, kind: KindDescriptor)
        -> (path: String, name: String, position: SourcePosition)? {
        if let templateOverride {
            return (templateOverride, templateOverride, SourcePosition(path: templateOverride, line: 1, column: 1))
        }
        guard let named = profile.templatesByKind[soort] ?? profile.template(for: kind.name) else { return nil }
        let directory = profile.path.map(PathName.directory(of:)) ?? "."
        return (PathName.join(directory, named.value), named.value, named.position)
    }

    public func load(_ path: String, chain: [String], memo: ReferenceMemo) -> LoadedDocument {
        let canonical = FileSystem.canonical(path) ?? PathName.normalize(path)
        if retainsDocuments, let cached = documents.withLock({ $0[canonical] }) { return cached }
        let loaded = read(path, canonical: canonical, chain: chain + [canonical], memo: memo)
        if retainsDocuments { documents.withLock { $0[canonical] = loaded } }
        return loaded
    }

    private func read(_ path: String, canonical: String, chain: [String], memo: ReferenceMemo,
                      source: (bytes: [UInt8], profile: Profile)? = nil) -> LoadedDocument {
        if source == nil && ProfileSpec.isProfile(path) {
            let (profile, diagnostics) = self.profile(at: path)
            return LoadedDocument(path: path, canonicalPath: canonical, kind: nil, soort: nil, model: nil, summary: nil,
                                  diagnostics: diagnostics, profile: profile, references: [:], attachmentOrder: [],
                                  sourceHash: profileHash(atPath: path))
        }
        var diagnostics = DiagnosticList()
        var (profile, profileDiagnostics) = source.map { ($0.profile, DiagnosticList()) } ?? self.profile(forDocumentAt: path)
        profile.runSettings = runSettings
        diagnostics.append(contentsOf: profileDiagnostics)
        var sourceHash = ""
        func failed(_ soort: String? = nil, kind: KindDescriptor? = nil) -> LoadedDocument {
            LoadedDocument(path: path, canonicalPath: canonical, kind: kind, soort: soort, model: nil, summary: nil,
                           diagnostics: diagnostics, profile: profile, references: [:], attachmentOrder: [],
                           sourceHash: sourceHash)
        }
        var bytes = source?.bytes ?? []
        if source == nil {
            do {
                bytes = try clock.measure(.read) { () throws(FileSystem.Failure) in
                    try FileSystem.read(path, limit: YAMLLoader.maximumFileSize)
                }
            } catch {
                readFailure.store(true, ordering: .relaxed)
                diagnostics.report(InputRules.unreadable, at: SourcePosition(path: path, line: 1, column: 1), error.description)
                return failed()
            }
        }
        sourceHash = SHA256.hex(bytes)
        let loaded = clock.measure(.yaml) { YAMLLoader.parse(bytes, path: path, diagnostics: &diagnostics) }
        defer { if retainsDocuments || !diagnostics.items.isEmpty { sources.add(loaded.file) } }
        guard let root = loaded.root else { return failed() }
        guard root.pairs != nil else {
            diagnostics.report(InputRules.wrongType, at: root.position,
                               "een invoerbestand moet een groep velden zijn (veld: waarde), te beginnen met 'soort:'")
            return failed()
        }
        guard let soortPair = root.pairs?.first(where: { $0.key == "soort" }) else {
            diagnostics.report(InputRules.unknownKind, at: root.position,
                               "het veld 'soort' ontbreekt; zet bovenaan 'soort: …' met een van: \(KindRegistry.allNames.joined(separator: ", "))")
            return failed()
        }
        guard let soortText = soortPair.value.scalar?.text.trimmingSpaces, !soortText.isEmpty else {
            let problem = soortPair.value.scalar == nil ? "moet één woord zijn, geen \(soortPair.value.kindName)" : "is leeg"
            diagnostics.report(InputRules.unknownKind, at: soortPair.keyPosition,
                               "het veld 'soort' \(problem); kies uit: \(KindRegistry.allNames.joined(separator: ", "))")
            return failed()
        }
        let soort = String(soortText)
        let kind: KindDescriptor
        switch KindRegistry.lookup(soort) {
        case .success(let found):
            kind = found
        case .failure(let unknown):
            diagnostics.report(InputRules.unknownKind, at: soortPair.value.position, unknown.description)
            return failed()
        }
        if let reference = templateReference(profile, soort: soort, kind: kind) {
            for problem in templates.problems(at: reference.path) {
                diagnostics.report(problem.rule, at: reference.position, "sjabloon \(reference.name): \(problem.message)")
            }
        }
        let clockStart = StageClock.now()
        var structure = DiagnosticList()
        let richTexts = RichTextMemo()
        SpecChecker(file: loaded.file, memo: richTexts).check(root, against: kind.spec, diagnostics: &structure)
        diagnostics.append(contentsOf: structure)
        guard !structure.hasErrors else { return failed(soort, kind: kind) }
        let context = KindContext(profile: profile, file: loaded.file, loader: self, chain: chain, memo: memo)
        let (model, summary) = kind.run(ObjectReader(root, memo: richTexts), soort, context)
        clock.add(.check, since: clockStart, excluding: context.referenceTime)
        diagnostics.append(contentsOf: context.diagnostics)
        var languageScores: LanguageScores?
        if let languageReviewer {
            let review = clock.measure(.taal) {
                languageReviewer.review(root, spec: kind.spec, file: loaded.file, profile: profile, soort: soort)
            }
            diagnostics.append(contentsOf: review.diagnostics)
            languageScores = review.scores
        }
        let pictures = richTexts.picturePaths.map { picture in
            (picture, (try? PictureFile.read(picture).get()).map(SHA256.hex) ?? "")
        }
        return LoadedDocument(path: path, canonicalPath: canonical, kind: kind, soort: soort, model: model,
                              summary: summary, diagnostics: diagnostics, profile: profile,
                              references: context.references, attachmentOrder: context.attachmentOrder,
                              sourceHash: sourceHash, pictureHashes: pictures, languageScores: languageScores)
    }

    /// The profile for a document: `--profiel`, or the nearest raadsdoc.yaml
    /// in the document's folder or above it, or the built-in default.
    package func profile(forDocumentAt path: String) -> (Profile, DiagnosticList) {
        if let profileOverride { return profile(at: profileOverride) }
        let folder = PathName.directory(of: path)
        let found = profileLocations.withLock { $0[folder] } ?? locateProfile(from: folder)
        profileLocations.withLock { $0[folder] = found }
        guard let (display, canonical) = found.location else { return (Profile.standard, DiagnosticList()) }
        return profile(at: display, canonical: canonical)
    }

    /// Where the profile of the documents in `folder` is: the nearest
    /// raadsdoc.yaml in it or above it, as the user would name it and as
    /// the disk does. Searched once per folder in a run.
    private func locateProfile(from folder: String) -> ProfileLocation {
        var directory = FileSystem.canonical(folder) ?? folder
        var relativePrefix = folder
        while true {
            let candidate = PathName.join(directory, ProfileSpec.fileName)
            // Any entry counts, a broken link too: its read error is then
            // reported instead of the profile being silently skipped.
            if FileSystem.hasEntry(candidate) {
                return ProfileLocation(location: (PathName.join(relativePrefix, ProfileSpec.fileName), candidate))
            }
            if directory == "/" || directory.isEmpty { return ProfileLocation(location: nil) }
            directory = PathName.directory(of: directory)
            relativePrefix = PathName.join(relativePrefix, "..")
        }
    }

    private struct ProfileLocation: Sendable {
        let location: (display: String, canonical: String)?
    }

    private func profile(at path: String, canonical: String? = nil) -> (Profile, DiagnosticList) {
        let entry = profileEntry(at: path, canonical: canonical)
        return (entry.0, entry.1)
    }

    private func profileEntry(at path: String, canonical: String? = nil) -> (Profile, DiagnosticList, hash: String) {
        let key = canonical ?? FileSystem.canonical(path) ?? path
        if let cached = profiles.withLock({ $0[key] }) { return cached }
        var diagnostics = DiagnosticList()
        var profile = Profile.standard
        var hash = ""
        do {
            let bytes = try FileSystem.read(path, limit: YAMLLoader.maximumFileSize)
            hash = SHA256.hex(bytes)
            let loaded = YAMLLoader.parse(bytes, path: path, diagnostics: &diagnostics)
            sources.add(loaded.file)
            if let root = loaded.root {
                SpecChecker(file: loaded.file).check(root, against: KindRegistry.profileSpec, diagnostics: &diagnostics)
                if root.pairs != nil {
                    profile = ProfileSpec.profile(from: ObjectReader(root), path: path)
                }
                if let tooi = ObjectReader(root).text("tooi") {
                    if profile.country == .be {
                        diagnostics.report(InputRules.tooiCode, at: tooi.position,
                                           "een Vlaams profiel (land: BE) heeft geen TOOI-code: TOOI en DiWoo zijn Nederlandse standaarden; haal 'tooi' weg")
                    } else if !Profile.isTOOICode(tooi.value) {
                        diagnostics.report(InputRules.tooiCode, at: tooi.position,
                                           "'\(tooi.value)' is geen TOOI-code van een gemeente; schrijf 'gm' en de viercijferige CBS-code, zoals 'gm0626'")
                    }
                }
                if let logo = profile.logo {
                    switch PictureFile.load(logo.value, besides: path) {
                    case .success(let picture):
                        profile.logoPicture = picture
                        // A new logo makes every output of the profile out of date.
                        hash = SHA256.hex(Array((hash + SHA256.hex(picture.bytes)).utf8))
                    case .failure(let problem):
                        diagnostics.report(InputRules.unusablePicture, at: logo.position, "het logo '\(logo.value)' is niet te gebruiken: \(problem)")
                    }
                }
                for (soort, template) in profile.templatesByKind.sorted(by: { $0.key < $1.key })
                where KindRegistry.kind(named: soort) == nil {
                    let suggestion = Suggestions.closest(to: soort, among: KindRegistry.allNames).map { " — bedoelde je '\($0)'?" } ?? ""
                    diagnostics.report(InputRules.unknownKind, at: template.position,
                                       "'sjablonen' noemt de onbekende soort '\(soort)'\(suggestion)")
                }
            }
        } catch {
            readFailure.store(true, ordering: .relaxed)
            diagnostics.report(InputRules.unreadable, at: SourcePosition(path: path, line: 1, column: 1), error.description)
        }
        profiles.withLock { $0[key] = (profile, diagnostics, hash) }
        return (profile, diagnostics, hash)
    }
}
