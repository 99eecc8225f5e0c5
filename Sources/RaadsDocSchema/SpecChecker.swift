import RaadsDocCore

/// Checks a YAML tree against an `ObjectSpec` and reports, each at its own
/// position: unknown fields (with a suggestion, or the group they belong
/// in), missing or empty required fields, values of the wrong form,
/// impossible dates, bad amounts and numbers, values outside a choice,
/// lists that are too short, markup in text fields that cannot be
/// rendered, links to anything but web pages, e-mail or the document
/// itself, and invisible characters in plain text fields. A value of only
/// invisible characters counts as empty.
public struct SpecChecker {
    package let file: SourceFile?
    /// Where parsed rich texts are kept for reading the model afterwards.
    package let memo: RichTextMemo?
    /// Whether a date may be 'in te vullen': in a document with
    /// `status: concept`, for the dates that are not required.
    private var allowsPlaceholderDates = false

    public init(file: SourceFile?) {
        self.init(file: file, memo: nil)
    }

    package init(file: SourceFile?, memo: RichTextMemo?) {
        self.file = file
        self.memo = memo
    }

    public func check(_ node: YAMLNode, against spec: ObjectSpec, diagnostics: inout DiagnosticList) {
        var checker = self
        checker.allowsPlaceholderDates = node.pairs?.contains {
            $0.key == "status" && $0.value.scalar?.text == "concept" && spec.field("status") != nil
        } ?? false
        checker.checkObject(node, spec, label: "'\(spec.name)'", anchor: node.position, parents: [], diagnostics: &diagnostics)
    }

    /// `anchor` is where a missing field is reported: the key that opens
    /// the group, or the list item, rather than the group's first field.
    /// `parents` are the groups around this one, for the hint that a
    /// field is indented wrongly.
    private func checkObject(_ node: YAMLNode, _ spec: ObjectSpec, label: String, anchor: SourcePosition,
                             parents: [ObjectSpec], diagnostics: inout DiagnosticList) {
        guard let pairs = node.pairs else {
            diagnostics.report(InputRules.wrongType, at: node.position,
                               "\(label) moet een groep velden zijn (veld: waarde, ingesprongen op de regels eronder), geen \(node.kindName)")
            return
        }
        for pair in pairs {
            guard let field = spec.field(pair.key) else {
                diagnostics.report(InputRules.unknownKey, at: pair.keyPosition,
                                   unknownFieldMessage(pair.key, in: spec, parents: parents))
                continue
            }
            let isBlank = pair.value.isNull || (field.isRequired && pair.value.scalar.map { InvisibleText.isBlank($0.text) } == true)
            if isBlank {
                if field.isRequired {
                    diagnostics.report(InputRules.missingField, at: pair.keyPosition,
                                       "het verplichte veld '\(field.name)' is leeg; vul het in (\(field.hint))")
                }
                continue
            }
            if case .date = field.type, pair.value.scalar.map({ $0.text.trimmingSpaces == DateEntry.placeholder }) == true {
                reportPlaceholderDate(field, at: pair.value.position, diagnostics: &diagnostics)
                continue
            }
            checkValue(pair.value, field.type, field: field.name, label: "'\(field.name)'", anchor: pair.keyPosition,
                       parents: parents + [spec], diagnostics: &diagnostics)
        }
        for field in spec.fields where field.isRequired && !pairs.contains(where: { $0.key == field.name }) {
            diagnostics.report(InputRules.missingField, at: anchor,
                               "het verplichte veld '\(field.name)' ontbreekt in '\(spec.name)'; voeg '\(field.name):' toe (\(field.hint))")
        }
    }

    /// "in te vullen" is a concept's blank: refused in a final document,
    /// and in a concept for the dates the checks need (a period, a
    /// milestone), with the dates that may say it named.
    private func reportPlaceholderDate(_ field: Field, at position: SourcePosition, diagnostics: inout DiagnosticList) {
        if !allowsPlaceholderDates {
            diagnostics.report(InputRules.dateNotation, at: position,
                               "'\(field.name)' moet een datum als JJJJ-MM-DD zijn; 'in te vullen' kan alleen in een concept (status: concept)")
        } else if !field.acceptsPlaceholderInDraft {
            diagnostics.report(InputRules.dateNotation, at: position,
                               "'\(field.name)' is nodig voor de controles en moet ook in een concept een datum als JJJJ-MM-DD zijn; 'in te vullen' kan bij de datum van het document, van een besluit en van de ondertekening")
        }
    }

    private func unknownFieldMessage(_ key: String, in spec: ObjectSpec, parents: [ObjectSpec]) -> String {
        if let suggestion = Suggestions.closest(to: key, among: spec.fields.map(\.name)) {
            return "onbekend veld '\(key)' — bedoelde je '\(suggestion)'?"
        }
        if let owner = spec.fields.first(where: { $0.type.nestedSpecs.contains { $0.field(key) != nil } }) {
            return "onbekend veld '\(key)' in '\(spec.name)'; het hoort onder '\(owner.name)': controleer de inspringing"
        }
        if let parent = parents.last, parent.field(key) != nil {
            return "het veld '\(key)' hoort niet in '\(spec.name)' maar een niveau hoger, in '\(parent.name)': laat het minder ver inspringen"
        }
        return "onbekend veld '\(key)' in '\(spec.name)'; mogelijke velden: \(spec.fields.map(\.name).joined(separator: ", "))"
    }

    private func checkValue(_ node: YAMLNode, _ type: FieldType, field: String, label: String, anchor: SourcePosition,
                            parents: [ObjectSpec], diagnostics: inout DiagnosticList) {
        switch type {
        case .object(let reference):
            checkObject(node, reference.spec, label: label, anchor: anchor, parents: parents, diagnostics: &diagnostics)
        case .textOrObject(let reference, _):
            if node.pairs != nil {
                checkObject(node, reference.spec, label: label, anchor: anchor, parents: parents, diagnostics: &diagnostics)
            } else if node.scalar != nil {
                checkScalar(node, .text, field: field, label: label, diagnostics: &diagnostics)
            } else {
                diagnostics.report(InputRules.wrongType, at: node.position,
                                   "\(label) moet tekst of een groep velden zijn, geen \(node.kindName)")
            }
        case .list(let element, let minimum):
            guard let items = node.items else {
                diagnostics.report(InputRules.wrongType, at: node.position,
                                   "\(label) moet een lijst zijn (regels die met '- ' beginnen, onder '\(field):'), geen \(node.kindName)")
                return
            }
            if items.count < minimum {
                diagnostics.report(InputRules.tooFewItems, at: node.position,
                                   "\(label) moet minstens \(minimum) \(minimum == 1 ? "onderdeel" : "onderdelen") hebben; vul de lijst aan")
            }
            for item in items {
                if item.isNull {
                    diagnostics.report(InputRules.missingField, at: item.position,
                                       "een leeg onderdeel in de lijst '\(field)'; vul het in of verwijder de regel met alleen '-'")
                } else {
                    checkValue(item, element, field: field, label: "een onderdeel van '\(field)'", anchor: item.position,
                               parents: parents, diagnostics: &diagnostics)
                }
            }
        case .dictionary(let element):
            guard let pairs = node.pairs else {
                diagnostics.report(InputRules.wrongType, at: node.position,
                                   "\(label) moet een groep velden zijn (naam: waarde, ingesprongen op de regels eronder), geen \(node.kindName)")
                return
            }
            for pair in pairs where !pair.value.isNull {
                let name = "\(field).\(pair.key)"
                checkValue(pair.value, element, field: name, label: "'\(name)'", anchor: pair.keyPosition,
                           parents: parents, diagnostics: &diagnostics)
            }
        case .text, .richText, .date, .amount, .integer, .decimal, .boolean, .choice, .filePath:
            checkScalar(node, type, field: field, label: label, diagnostics: &diagnostics)
        }
    }

    private func checkScalar(_ node: YAMLNode, _ type: FieldType, field: String, label: String,
                             diagnostics: inout DiagnosticList) {
        guard let scalar = node.scalar else {
            diagnostics.report(InputRules.wrongType, at: node.position,
                               "\(label) moet \(type.dutchName) zijn, geen \(node.kindName); schrijf de waarde direct achter '\(field):'\(node.items != nil && type.isText ? ", of gebruik '|' voor tekst over meerdere regels" : "")")
            return
        }
        let text = scalar.text
        let failure: ValueParsing.Failure?
        switch type {
        case .date: failure = ValueParsing.date(text, field: field).failure
        case .amount: failure = ValueParsing.amount(text, field: field).failure
        case .integer(let range): failure = ValueParsing.integer(text, range: range, field: field).failure
        case .decimal(let decimals, let range):
            failure = ValueParsing.decimal(text, decimals: decimals, range: range, field: field).failure
        case .boolean: failure = ValueParsing.boolean(text, field: field).failure
        case .choice(let options): failure = ValueParsing.choice(text, options: options, field: field).failure
        case .text, .filePath:
            failure = InvisibleText.isBlank(text)
                ? ValueParsing.Failure(rule: InputRules.missingField,
                                       message: "het veld '\(field)' is leeg; vul het in of laat het veld weg") : nil
            if failure == nil, let invisible = InvisibleText.first(in: text) {
                diagnostics.report(InputRules.invisibleCharacter, at: node.position,
                                   "'\(field)' bevat het onzichtbare teken \(InvisibleText.describe(invisible)); de tekst ziet er dan gewoon uit maar wordt anders gelezen, gesorteerd of gevonden. Verwijder het teken")
            }
        case .richText:
            failure = nil
            checkRichText(scalar, at: node.position, field: field, diagnostics: &diagnostics)
        case .list, .object, .textOrObject, .dictionary:
            failure = nil
        }
        if let failure {
            diagnostics.report(failure.rule, at: node.position, failure.message)
        }
    }

    private func checkRichText(_ scalar: YAMLScalar, at position: SourcePosition, field: String, diagnostics: inout DiagnosticList) {
        let map = ScalarPositionMap(scalar: scalar, at: position, file: file)
        let rich = memo?.richText(scalar.text, at: position) ?? RichText(scalar.text, at: position)
        for problem in rich.problems {
            diagnostics.report(problem.rule, at: map.position(line: problem.position.line, column: problem.position.column),
                               "in '\(field)': \(problem.message)")
        }
        for (url, markdownPosition) in LinkScheme.refusedLinks(in: rich.nodes) {
            let shown = url.count > 80 ? url.prefix(80) + "…" : url
            let what = LinkScheme.scheme(of: url).map { "gebruikt het schema '\($0):'" } ?? "wijst naar een bestand"
            // Not "bedoelde je …": that is a quick fix for the word at the
            // position, and this position is the link's opening bracket.
            let advice = LinkScheme.withScheme(url).map { "; schrijf '\($0)'" } ?? ""
            diagnostics.report(InputRules.linkScheme,
                               at: map.position(line: markdownPosition.line, column: markdownPosition.column),
                               "in '\(field)': de link '\(shown)' \(what), en zo'n link kan bij aanklikken een programma, script of bestand openen; raadsdoc maakt alleen links met http://, https://, mailto: of #… (een plek in het document)\(advice)")
        }
    }
}

extension Field {
    /// The field's summary as a parenthetical hint in a message: "het
    /// onderwerp" from "Het onderwerp.".
    package var hint: String {
        var text = summary
        if text.hasSuffix(".") { text.removeLast() }
        guard let first = text.first, !text.dropFirst().prefix(1).contains(where: \.isUppercase) else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension Result {
    package var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
