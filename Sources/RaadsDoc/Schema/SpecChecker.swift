/// Checks a YAML tree against an `ObjectSpec` and reports, each at its own
/// position: unknown fields (with a suggestion), missing or empty required
/// fields, values of the wrong form, impossible dates, bad amounts and
/// numbers, values outside a choice, lists that are too short, and markup
/// in text fields that cannot be rendered.
public struct SpecChecker {
    let file: SourceFile?

    public init(file: SourceFile?) {
        self.file = file
    }

    public func check(_ node: YAMLNode, against spec: ObjectSpec, diagnostics: inout DiagnosticList) {
        checkObject(node, spec, context: spec.name, diagnostics: &diagnostics)
    }

    private func checkObject(_ node: YAMLNode, _ spec: ObjectSpec, context: String, diagnostics: inout DiagnosticList) {
        guard let pairs = node.pairs else {
            diagnostics.report(InputRules.wrongType, at: node.position,
                               "'\(context)' moet een groep velden zijn (veld: waarde), niet een \(node.kindName)")
            return
        }
        for pair in pairs {
            guard let field = spec.field(pair.key) else {
                let suggestion = Suggestions.closest(to: pair.key, among: spec.fields.map(\.name))
                let hint = suggestion.map { " — bedoelde je '\($0)'?" } ?? " in '\(spec.name)'"
                diagnostics.report(InputRules.unknownKey, at: pair.keyPosition, "onbekend veld '\(pair.key)'\(hint)")
                continue
            }
            if pair.value.isNull {
                if field.isRequired {
                    diagnostics.report(InputRules.missingField, at: pair.keyPosition, "het verplichte veld '\(field.name)' is leeg")
                }
                continue
            }
            checkValue(pair.value, field.type, field: field.name, diagnostics: &diagnostics)
        }
        for field in spec.fields where field.isRequired && !pairs.contains(where: { $0.key == field.name }) {
            diagnostics.report(InputRules.missingField, at: node.position,
                               "het verplichte veld '\(field.name)' ontbreekt in '\(context)'")
        }
    }

    private func checkValue(_ node: YAMLNode, _ type: FieldType, field: String, diagnostics: inout DiagnosticList) {
        switch type {
        case .object(let reference):
            checkObject(node, reference.spec, context: field, diagnostics: &diagnostics)
        case .textOrObject(let reference, _):
            if node.pairs != nil {
                checkObject(node, reference.spec, context: field, diagnostics: &diagnostics)
            } else {
                checkScalar(node, .text, field: field, diagnostics: &diagnostics)
            }
        case .list(let element, let minimum):
            guard let items = node.items else {
                diagnostics.report(InputRules.wrongType, at: node.position,
                                   "'\(field)' moet een lijst zijn (regels die met '- ' beginnen), niet een \(node.kindName)")
                return
            }
            if items.count < minimum {
                diagnostics.report(InputRules.tooFewItems, at: node.position,
                                   "'\(field)' moet minstens \(minimum) \(minimum == 1 ? "onderdeel" : "onderdelen") hebben")
            }
            for item in items {
                if item.isNull {
                    diagnostics.report(InputRules.missingField, at: item.position, "een leeg onderdeel in de lijst '\(field)'")
                } else {
                    checkValue(item, element, field: field, diagnostics: &diagnostics)
                }
            }
        case .dictionary(let element):
            guard let pairs = node.pairs else {
                diagnostics.report(InputRules.wrongType, at: node.position,
                                   "'\(field)' moet een groep velden zijn, niet een \(node.kindName)")
                return
            }
            for pair in pairs where !pair.value.isNull {
                checkValue(pair.value, element, field: "\(field).\(pair.key)", diagnostics: &diagnostics)
            }
        default:
            checkScalar(node, type, field: field, diagnostics: &diagnostics)
        }
    }

    private func checkScalar(_ node: YAMLNode, _ type: FieldType, field: String, diagnostics: inout DiagnosticList) {
        guard let scalar = node.scalar else {
            diagnostics.report(InputRules.wrongType, at: node.position,
                               "'\(field)' moet \(type.dutchName) zijn, niet een \(node.kindName)")
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
        case .choice(let options):
            let value = String(text.trimmingSpaces)
            if options.contains(value) {
                failure = nil
            } else {
                let suggestion = Suggestions.closest(to: value, among: options).map { " — bedoelde je '\($0)'?" } ?? ""
                failure = ValueParsing.Failure(
                    rule: InputRules.invalidChoice,
                    message: "'\(value)' is geen geldige waarde voor '\(field)'\(suggestion) Mogelijk: \(options.joined(separator: ", ")).")
            }
        case .text, .filePath:
            failure = text.trimmingSpaces.isEmpty
                ? ValueParsing.Failure(rule: InputRules.missingField, message: "het veld '\(field)' is leeg") : nil
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
        let rich = RichText(scalar.text, at: position)
        for (markdownPosition, problem) in RichTextConversion.unsupported(rich.nodes) {
            diagnostics.report(InputRules.unsupportedMarkup,
                               at: map.position(line: markdownPosition.line, column: markdownPosition.column),
                               "in '\(field)': \(problem)")
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
