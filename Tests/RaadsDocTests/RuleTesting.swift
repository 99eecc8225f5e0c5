import Testing
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline

/// Rule tests that start from a valid input, change one thing and expect
/// the diagnostics that change causes, at their exact line and column.
protocol RuleTesting {
    /// An input that checks clean.
    static var valid: String { get }
}

extension RuleTesting {
    func diagnostics(_ text: String) throws -> [Diagnostic] {
        TestSupport.load(try TestSupport.writeInput(text)).0.diagnostics.items
    }

    /// The valid input with `old` replaced by `new`.
    func changed(_ old: String, _ new: String) -> String {
        Self.valid.replacingOccurrences(of: old, with: new)
    }

    /// Expects exactly one diagnostic, with `code`, at `line`:`column`.
    func only(_ found: [Diagnostic], _ code: String, at line: Int, _ column: Int,
              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(found.map(\.code) == [code], "\(found.map { "\($0.code) \($0.message)" })", sourceLocation: sourceLocation)
        #expect(found.map { [$0.position.line, $0.position.column] } == [[line, column]], sourceLocation: sourceLocation)
    }
}
