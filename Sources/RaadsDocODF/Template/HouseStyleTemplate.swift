import HashSupport
import RaadsDocCore
import XMLSupport
import ZipSupport

/// A house-style template ready to fill: read, checked, cleaned, completed
/// with the built-in styles and cut at its placeholders once per run, then
/// shared by every document that uses it (also across threads).
public final class HouseStyleTemplate: Sendable {
    /// A part copied unchanged into each document (pictures, settings).
    package struct CopiedEntry: Sendable {
        package let name: String
        package let mediaType: String
    }

    package let content: SegmentedPart
    package let styles: SegmentedPart
    package let copied: [CopiedEntry]
    /// The template file, to copy the unchanged parts from without
    /// inflating them.
    package let bytes: [UInt8]
    /// The SHA-256 of the template file: an output made with another
    /// version of the template is out of date.
    public let sha256: String
    package let geometry: PageGeometry
    /// The page layout of the template's default page style, which the
    /// page styles of a bundle's parts use too.
    package let partPageLayout: String
    /// Starts the name of every generated automatic style and table.
    package let styleNamePrefix: String
    /// The field placeholders the template uses, in order of appearance.
    public let fieldNames: [String]

    /// Writes the prepared trees into their pieces and holes and takes
    /// what every document needs from them.
    private init(content: XMLElement, styles: XMLElement, blocks: [TemplateBlock], package: TemplatePackage,
                 fieldNames: [String]) throws(XMLError) {
        self.content = try SegmentedPart.write(content, blocks: Self.placement(of: blocks), stylesHole: true)
        self.styles = try SegmentedPart.write(styles, blocks: [:], stylesHole: false, masterPagesHole: true)
        copied = Self.copiedEntries(package)
        bytes = package.bytes
        sha256 = SHA256.hex(package.bytes)
        geometry = PageGeometry(templateStyles: styles)
        partPageLayout = PageGeometry.defaultPageLayoutName(templateStyles: styles) ?? "Pagina"
        styleNamePrefix = Self.prefix(avoiding: content)
        self.fieldNames = fieldNames
    }

    /// Reads and prepares the template at `path`. `fields` are the field
    /// placeholders any kind fills; anything else is an unknown placeholder.
    /// `styles` are the built-in paragraph styles, which complete the
    /// template's own.
    package static func prepare(_ path: String, fields: [String], styles: [StyleDefinition],
                             limits: TemplateLimits = TemplateLimits())
        -> (template: HouseStyleTemplate?, problems: [TemplateProblem]) {
        prepared(TemplatePackage.read(path, limits: limits), fields: fields, styles: styles)
    }

    /// Prepares a template held in memory, as `prepare(_:fields:styles:limits:)` does a file.
    package static func prepare(bytes: [UInt8], fields: [String], styles: [StyleDefinition],
                                limits: TemplateLimits = TemplateLimits())
        -> (template: HouseStyleTemplate?, problems: [TemplateProblem]) {
        prepared(TemplatePackage.read(bytes: bytes, limits: limits), fields: fields, styles: styles)
    }

    private static func prepared(_ read: Result<TemplatePackage, TemplateProblem>, fields: [String], styles: [StyleDefinition])
        -> (template: HouseStyleTemplate?, problems: [TemplateProblem]) {
        switch read {
        case .failure(let problem): return (nil, [problem])
        case .success(let package): return compile(package, fields: fields, styles: styles)
        }
    }

    /// Placeholders are filled in text only; one in an attribute (a link
    /// target, a frame's name) would stay as written, so it is refused.
    private static func placeholdersInAttributes(_ root: XMLElement, part: String) -> [TemplateProblem] {
        for element in root.descendants() {
            if let attribute = element.attributes.first(where: { $0.value.contains("{{") }) {
                return [TemplateProblem(TemplateRules.placeholderInAttribute,
                    "\(part): het attribuut \(attribute.name) van \(element.name) bevat '\(XMLText.removingForbiddenCharacters(String(attribute.value.prefix(60))))'; plaatshouders werken alleen in de tekst, niet in een link, naam of andere eigenschap")]
            }
        }
        return []
    }

    package static func compile(_ package: TemplatePackage, fields: [String], styles builtInStyles: [StyleDefinition])
        -> (template: HouseStyleTemplate?, problems: [TemplateProblem]) {
        var content = package.content
        var styles = package.styles
        TemplateSanitizer.sanitize(&content)
        TemplateSanitizer.sanitize(&styles)
        var problems = [bindGeneratedPrefixes(&content, part: "content.xml"), bindGeneratedPrefixes(&styles, part: "styles.xml")]
            .compactMap { $0 }

        var walk = PlaceholderWalk(masterPages: PlaceholderWalk.masterPages(in: content))
        content.modifyChild(ODFNamespaces.office, "body") { walk.walk(&$0, area: .body) }
        styles.modifyChild(ODFNamespaces.office, "master-styles") { walk.walk(&$0, area: .page) }
        problems += walk.problems
        problems += unknownPlaceholders(walk.fields, known: fields)
        problems += placeholdersInAttributes(content, part: "content.xml") + placeholdersInAttributes(styles, part: "styles.xml")
        let misplacedBody = problems.contains { $0.rule == TemplateRules.misplacedBlock && $0.message.hasPrefix(TemplateBlock.inhoud.placeholder) }
        if !walk.blocks.contains(.inhoud) && !misplacedBody {
            problems.append(TemplateProblem(TemplateRules.missingBody,
                "het sjabloon heeft geen {{inhoud}}; zet die plaatshouder alleen in een eigen alinea waar de tekst van het document moet komen"))
        }
        guard problems.isEmpty else { return (nil, problems) }

        let builtIn: XMLElement
        switch StyleMerge.builtIn(builtInStyles) {
        case .success(let tree): builtIn = tree
        case .failure(let error): return (nil, [TemplateProblem(TemplateRules.unreadable, error.description)])
        }
        StyleMerge.complete(&styles, from: builtIn)
        content.modifyChild(ODFNamespaces.office, "body") { body in
            body.modifyChild(ODFNamespaces.office, "text") { PartPages.markDeclarations(in: &$0) }
        }
        if content.childIndex(ODFNamespaces.office, "automatic-styles") == nil {
            let position = content.childIndex(ODFNamespaces.office, "body") ?? content.children.count
            content.children.insert(.element(.odf("office", "automatic-styles", namespace: ODFNamespaces.office)), at: position)
        }
        do {
            let template = try HouseStyleTemplate(content: content, styles: styles, blocks: walk.blocks, package: package,
                                                  fieldNames: walk.fields.map(\.name))
            return (template, try schemaProblems(template))
        } catch {
            return (nil, [TemplateProblem(TemplateRules.unreadable, error.description)])
        }
    }

    /// What the template itself brings in against the ODF 1.3 schema, found
    /// by validating it once filled with nothing: the generated parts are
    /// valid on their own, so what remains comes from the template.
    private static func schemaProblems(_ template: HouseStyleTemplate) throws(XMLError) -> [TemplateProblem] {
        let empty = Document(metadata: DocumentMetadata(title: "", subject: "", date: Datum.epoch),
                             page: PageSetup(headerText: ""), body: [])
        let content = try TemplateWriter.content(empty, template: template).xml
        let styles = try TemplateWriter.styles(empty, template: template)
        func validate() -> [String] {
            guard case .success(let schema) = ODFSchemas.document else { return [] }
            return schema.validate(content, name: "content.xml").map { "content.xml: \($0.text)" }
                + schema.validate(styles, name: "styles.xml").map { "styles.xml: \($0.text)" }
        }
        let problems = ValidationCache.standard?.problems(of: [content, styles], validate: validate) ?? validate()
        guard let first = problems.first else { return [] }
        let more = problems.count > 1 ? " (en \(problems.count - 1) meer)" : ""
        return [TemplateProblem(TemplateRules.invalidResult,
            "wat het sjabloon meebrengt voldoet niet aan ODF 1.3: \(first)\(more); documenten kunnen ongeldig worden")]
    }

    /// Where each block goes: at its own placeholder, or else the
    /// signature after the body and the attachments after the signature,
    /// so that no part of the document is lost. The letterhead is only
    /// shown where the template asks for it with {{briefhoofd}}.
    package static func placement(of present: [TemplateBlock]) -> [TemplateBlock: [TemplateBlock]] {
        var placement: [TemplateBlock: [TemplateBlock]] = [:]
        for block in present { placement[block] = [block] }
        let signatureHost: TemplateBlock = present.contains(.ondertekening) ? .ondertekening : .inhoud
        if !present.contains(.ondertekening) { placement[.inhoud, default: []].append(.ondertekening) }
        if !present.contains(.bijlagen) { placement[signatureHost, default: []].append(.bijlagen) }
        return placement
    }

    /// The generated parts use the usual prefixes (`text:`, `style:`, …);
    /// the template's root must bind them to the same namespaces. A prefix
    /// it does not declare is declared; one it binds elsewhere is an error.
    private static func bindGeneratedPrefixes(_ root: inout XMLElement, part: String) -> TemplateProblem? {
        for (prefix, uri) in ODFNamespaces.generated {
            let declaration = "xmlns:" + prefix
            if let bound = root.attributes.first(where: { $0.name == declaration }) {
                if bound.value != uri {
                    return TemplateProblem(TemplateRules.unreadable,
                        "\(part) gebruikt het voorvoegsel '\(prefix):' voor een andere namespace dan ODF; sla het sjabloon opnieuw op vanuit LibreOffice")
                }
            } else {
                root.attributes.append(XMLAttribute(name: declaration, value: uri))
            }
        }
        return nil
    }

    private static func unknownPlaceholders(_ found: [(name: String, area: TemplateArea)], known: [String]) -> [TemplateProblem] {
        let knownSet = Set(known)
        let valid = TemplateBlock.allCases.map(\.placeholder) + known.sorted().map { "{{\($0)}}" }
        var reported = Set<String>()
        var problems: [TemplateProblem] = []
        for (name, area) in found where !knownSet.contains(name) && reported.insert(name).inserted {
            let suggestion = Suggestions.closest(to: name, among: known + TemplateBlock.allCases.map(\.rawValue))
                .map { " (bedoelde je {{\($0)}}?)" } ?? ""
            problems.append(TemplateProblem(TemplateRules.unknownPlaceholder,
                "onbekende plaatshouder {{\(name)}} in \(area.rawValue)\(suggestion); geldig zijn: \(valid.joined(separator: ", "))"))
        }
        return problems
    }

    /// A prefix no automatic style or table of the template starts with,
    /// so the generated names ("rdTabel1") cannot meet the template's own
    /// ("Tabel1", as a Dutch LibreOffice names a table).
    private static func prefix(avoiding content: XMLElement) -> String {
        var names: [String] = []
        for element in content.descendants() {
            if element.is(ODFNamespaces.table, "table"), let name = element.value(ODFNamespaces.table, "name") { names.append(name) }
            if let name = element.value(ODFNamespaces.style, "name") { names.append(name) }
        }
        var candidate = "rd"
        var number = 1
        while names.contains(where: { $0.hasPrefix(candidate) }) {
            number += 1
            candidate = "rd\(number)x"
        }
        return candidate
    }

    private static func copiedEntries(_ package: TemplatePackage) -> [CopiedEntry] {
        package.copied.map { entry in
            CopiedEntry(name: entry.name, mediaType: package.mediaTypes[entry.name] ?? mediaType(guessedFrom: entry.name))
        }
    }

    private static func mediaType(guessedFrom name: String) -> String {
        switch PathName.lastComponent(of: name).split(separator: ".").last?.lowercased() {
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "svg": "image/svg+xml"
        case "xml": "text/xml"
        default: "application/octet-stream"
        }
    }
}
