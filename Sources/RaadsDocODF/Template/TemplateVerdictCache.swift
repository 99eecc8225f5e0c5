import RaadsDocCore

/// Remembers, across runs, what checking a house-style template found, so
/// that `raadsdoc check` of one letter does not parse, clean and validate
/// the same template again on every run: that is half of its cold start.
///
/// A verdict holds only for the same template bytes, the same limits and
/// the same raadsdoc executable (whose fields, built-in styles and checks
/// decide it), so all of those make the key. Entries live beside the
/// validation outcomes (see `ValidationCache`) and share its bounds and
/// clean-up. An entry that does not read back as problems of known rules
/// is ignored and the template checked again.
package struct TemplateVerdictCache: Sendable {
    private let store: ValidationCache
    private let executable: String

    package init(store: ValidationCache, executable: String) {
        self.store = store
        self.executable = executable
    }

    /// The cache of this raadsdoc, beside its validation outcomes; nil
    /// where either has no place, and then every template is checked.
    package static let standard: TemplateVerdictCache? = ValidationCache.standard.flatMap { store in
        ExecutableIdentity.current.map { TemplateVerdictCache(store: store, executable: $0) }
    }

    /// The problems kept for this template, or nil when there are none kept.
    package func problems(of bytes: [UInt8], fields: [String], limits: TemplateLimits) -> [TemplateProblem]? {
        guard let lines = store.lines(for: parts(bytes, fields: fields, limits: limits)) else { return nil }
        var problems: [TemplateProblem] = []
        for line in lines {
            guard let problem = Self.decode(line) else { return nil }
            problems.append(problem)
        }
        return problems
    }

    package func keep(_ problems: [TemplateProblem], of bytes: [UInt8], fields: [String], limits: TemplateLimits) {
        store.store(problems.map(Self.encode), for: parts(bytes, fields: fields, limits: limits))
    }

    private func parts(_ bytes: [UInt8], fields: [String], limits: TemplateLimits) -> [[UInt8]] {
        let setting = "sjabloonoordeel\n\(executable)\n\(fields.joined(separator: " "))\n"
            + "\(limits.fileSize) \(limits.entries) \(limits.totalSize) \(limits.xmlPartSize) \(limits.compressionRatio) \(limits.ratioThreshold)"
        return [Array(setting.utf8), bytes]
    }

    /// One problem per line: its rule's id, a tab, and its message with
    /// backslashes and line breaks escaped.
    private static func encode(_ problem: TemplateProblem) -> String {
        var line = problem.rule.code + "\t"
        for character in problem.message.unicodeScalars {
            switch character {
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            default: line.unicodeScalars.append(character)
            }
        }
        return line
    }

    private static func decode(_ line: String) -> TemplateProblem? {
        guard let tab = line.firstIndex(of: "\t"),
              let rule = TemplateRules.all.first(where: { $0.code == line[..<tab] }) else { return nil }
        var message = ""
        var escaped = false
        for character in line[line.index(after: tab)...].unicodeScalars {
            if escaped {
                switch character {
                case "\\": message += "\\"
                case "n": message += "\n"
                case "r": message += "\r"
                default: return nil
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                message.unicodeScalars.append(character)
            }
        }
        return escaped ? nil : TemplateProblem(rule, message)
    }
}
