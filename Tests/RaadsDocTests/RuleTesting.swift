import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

// The one set of helpers for rule tests: check an input, then expect the
// diagnostics it must give. Each expectation reports a failure at the
// caller's line.

/// Rule tests that start from a valid input, change one thing and expect
/// the diagnostics that change causes, at their exact line and column.
protocol RuleTesting {
    /// An input that checks clean.
    static var valid: String { get }
}

extension RuleTesting {
    /// The valid input with `old`, which must be in it, replaced by `new`.
    func changed(_ old: String, _ new: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        #expect(Self.valid.contains(old), "'\(old)' staat niet in het voorbeeld", sourceLocation: sourceLocation)
        return Self.valid.replacingOccurrences(of: old, with: new)
    }
}

// MARK: Checking an input

/// The diagnostics of `yaml`, written as `name` into a fresh folder (with
/// `profile` as its raadsdoc.yaml and `files` next to it) and loaded in a
/// fresh workspace, in the order they were reported.
func diagnostics(of yaml: String, as name: String = "invoer.yaml", profile: String? = nil,
                 beside files: [String: [UInt8]] = [:]) throws -> [Diagnostic] {
    diagnostics(at: try TestSupport.writeInput(yaml, name: name, profile: profile, beside: files))
}

/// The diagnostics of the input at `path` (and of what it refers to),
/// loaded in a fresh workspace, in the order they were reported.
func diagnostics(at path: String) -> [Diagnostic] {
    TestSupport.load(path).0.diagnostics.items
}

/// The diagnostics of checking `bytes`, read as the file at `path`, against
/// `spec` alone: no kind, profile or workspace.
func diagnostics(of bytes: [UInt8], as path: String, against spec: ObjectSpec) -> [Diagnostic] {
    var diagnostics = DiagnosticList()
    let loaded = YAMLLoader.parse(bytes, path: path, diagnostics: &diagnostics)
    if let root = loaded.root {
        SpecChecker(file: loaded.file).check(root, against: spec, diagnostics: &diagnostics)
    }
    return diagnostics.items
}

// MARK: Expecting diagnostics

/// Expects `found` to hold exactly one diagnostic: `code`, with `severity`,
/// at `line`:`column` (at any column when `column` is nil) and, when `file`
/// is given, in the file of that name. Returns it, for checks of its
/// message; throws when `found` is empty.
@discardableResult
func expectOnly(_ code: String, at line: Int, _ column: Int? = nil, in found: [Diagnostic], file: String? = nil,
                severity: Severity = .fout, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
    #expect(found.map(\.code) == [code], "\(listing(found))", sourceLocation: sourceLocation)
    let diagnostic = try #require(found.first, sourceLocation: sourceLocation)
    expectPlace(of: diagnostic, line, column, file: file, severity: severity, sourceLocation: sourceLocation)
    return diagnostic
}

/// Expects exactly one diagnostic with `code` among `found`, which may hold
/// others as well, with `severity`, at `line`:`column` (at any column when
/// `column` is nil) and, when `file` is given, in the file of that name.
/// Returns it; throws when there is not exactly one.
@discardableResult
func expectOne(_ code: String, at line: Int, _ column: Int? = nil, in found: [Diagnostic], file: String? = nil,
               severity: Severity = .fout, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
    let withCode = found.filter { $0.code == code }
    let diagnostic = try #require(withCode.count == 1 ? withCode.first : nil,
                                  "verwacht één \(code), gevonden: \(listing(found))", sourceLocation: sourceLocation)
    expectPlace(of: diagnostic, line, column, file: file, severity: severity, sourceLocation: sourceLocation)
    return diagnostic
}

/// Expects no diagnostics at all.
func expectNone(in found: [Diagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(found.isEmpty, "\(listing(found))", sourceLocation: sourceLocation)
}

private func expectPlace(of diagnostic: Diagnostic, _ line: Int, _ column: Int?, file: String?, severity: Severity,
                         sourceLocation: SourceLocation) {
    if let column {
        #expect((diagnostic.position.line, diagnostic.position.column) == (line, column), sourceLocation: sourceLocation)
    } else {
        #expect(diagnostic.position.line == line, sourceLocation: sourceLocation)
    }
    if let file {
        #expect(diagnostic.position.path.hasSuffix("/" + file), "\(diagnostic.position)", sourceLocation: sourceLocation)
    }
    #expect(diagnostic.severity == severity, "\(diagnostic.code): \(diagnostic.message)", sourceLocation: sourceLocation)
}

/// The diagnostics as raadsdoc prints them, one a line, for failure messages.
private func listing(_ found: [Diagnostic]) -> String {
    guard !found.isEmpty else { return "geen meldingen" }
    return found.map { "\($0.position): \($0.severity.rawValue)[\($0.code)]: \($0.message)" }.joined(separator: "\n")
}
