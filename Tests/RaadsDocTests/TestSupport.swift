import Foundation
@testable import RaadsDocCore
@testable import RaadsDocSchema
@testable import RaadsDocODF
@testable import RaadsDocKinds
@testable import RaadsDocPipeline
import XMLSupport
import ZipSupport

/// Helpers shared by the tests: paths, temporary inputs, rendering, and
/// reading parts back out of a package.
enum TestSupport {
    /// The package root, found from this file's location.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String {
        packageRoot + "/" + relative
    }

    /// Every example input under inputs/.
    static var exampleInputs: [String] {
        InputDiscovery.inputs(in: [path("inputs")]).files
    }

    /// Every profile (raadsdoc.yaml) under inputs/.
    static var exampleProfiles: [String] {
        let root = path("inputs")
        let found = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix("/" + ProfileSpec.fileName) }.sorted().map { root + "/" + $0 }
    }

    /// A copy of example input folders (under `<copy>/inputs/`) with the
    /// templates their profiles name next to them, as in the repository, so
    /// that relative paths keep working. Returns the copy's inputs folder.
    static func copyOfExamples(_ folders: [String]) throws -> String {
        let root = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: path("templates"), toPath: root + "/templates")
        try FileManager.default.createDirectory(atPath: root + "/inputs", withIntermediateDirectories: true)
        for folder in folders {
            try FileManager.default.copyItem(atPath: path("inputs/" + folder), toPath: root + "/inputs/" + folder)
        }
        return root + "/inputs"
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("raadsdoc-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Writes `text` as `name` into a new temporary folder (with an optional
    /// profile and other `files` next to it) and returns the file's path.
    static func writeInput(_ text: String, name: String = "invoer.yaml", profile: String? = nil,
                           beside files: [String: [UInt8]] = [:]) throws -> String {
        let directory = try temporaryDirectory()
        if let profile {
            try profile.write(toFile: directory + "/raadsdoc.yaml", atomically: true, encoding: .utf8)
        }
        for (file, bytes) in files {
            try FileSystem.writeAtomically(bytes, to: directory + "/" + file)
        }
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Loads an input in a fresh workspace.
    static func load(_ path: String) -> (LoadedDocument, Workspace) {
        let workspace = Workspace()
        return (workspace.load(path), workspace)
    }

    /// The .odt bytes of an input that must check without errors.
    static func render(_ path: String) throws -> [UInt8] {
        let (document, workspace) = load(path)
        guard !document.diagnostics.hasErrors else {
            throw TestFailure("\(path) heeft fouten: \(document.diagnostics.items.map(\.message))")
        }
        return try Renderer().odt(document, workspace: workspace)
    }

    /// One part of a package, inflated.
    static func part(_ name: String, of odt: [UInt8]) throws -> [UInt8] {
        let archive = try ZipArchiveReader(bytes: odt)
        guard let entry = archive.entry(named: name) else { throw TestFailure("\(name) ontbreekt") }
        return try archive.read(entry, limit: 64 * 1024 * 1024)
    }

    /// The text of content.xml, paragraphs on lines, as a reader sees it.
    static func text(of odt: [UInt8]) throws -> String {
        let root = try XMLTree.parse(try part("content.xml", of: odt), name: "content.xml").get()
        var output = ""
        func walk(_ element: XMLElement) {
            for child in element.children {
                switch child {
                // A no-break space reads as a space.
                case .text(let text): output += text.replacingOccurrences(of: "\u{00A0}", with: " ")
                case .element(let element):
                    if ["text:tab", "text:s", "text:line-break"].contains(element.name) { output += " " }
                    walk(element)
                    if ["text:p", "text:h"].contains(element.name) { output += "\n" }
                    // The label LibreOffice shows before the item, as it reads in print.
                    if element.name == "text:number" { output += " " }
                }
            }
        }
        walk(root)
        return output
    }

    /// The raadsdoc executable built next to the test bundle.
    static let executable: String? = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("raadsdoc").path, path(".build/debug/raadsdoc")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether a command is on the PATH.
    static func hasCommand(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }

    /// Runs a program and returns its exit status and standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Collapses all white space to single spaces, for searching PDF text.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Something outside the package that some tests need: LibreOffice,
/// pdftotext, Python's jsonschema, git, the shared seeds. Where one is missing
/// those tests are skipped; under CI=true they fail instead, so that a CI
/// machine without it cannot pass by testing less. Use it as
/// `.enabled(if: try Tool.require(.soffice, .pdftotext))`.
struct Tool: Sendable {
    /// How messages name it.
    let name: String
    /// How to get it: the Debian package, or where it belongs.
    let remedy: String
    let isPresent: @Sendable () -> Bool

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// A command on the PATH.
    static func command(_ name: String, package: String) -> Tool {
        Tool(name: name, remedy: "installeer \(package), of draai `make test-deps`") { TestSupport.hasCommand(name) }
    }

    static let soffice = command("soffice", package: "libreoffice-writer-nogui")
    static let pdftotext = command("pdftotext", package: "poppler-utils")
    static let python3 = command("python3", package: "python3")
    static let jsonschema = Tool(name: "Python met jsonschema en PyYAML",
                                 remedy: "installeer python3-jsonschema en python3-yaml, of draai `make test-deps`") {
        SchemaChecker.python != nil
    }
    /// Debian's /usr/bin/python3 with LibreOffice's uno module, which the
    /// scripts in Tests/RaadsDocTests/Scripts drive LibreOffice with.
    static let pythonUNO = Tool(name: "/usr/bin/python3 met uno", remedy: "installeer python3-uno, of draai `make test-deps`") {
        FileSystem.exists("/usr/bin/python3") && FileSystem.exists("/usr/lib/python3/dist-packages/uno.py")
    }
    /// The package as a git work tree, as a clone is.
    static let git = Tool(name: "git met de repository", remedy: "installeer git en test in een clone van de repository") {
        TestSupport.hasCommand("git") && FileSystem.exists(TestSupport.path(".git"))
    }
    /// Debian's headless Chromium, its WebDriver and Selenium for
    /// /usr/bin/python3: the werkplaats' browser test.
    static let chromium = Tool(name: "chromium, chromedriver en python3-selenium",
                               remedy: "installeer chromium, chromium-driver en python3-selenium, of draai `make test-deps`") {
        FileSystem.exists("/usr/bin/chromium") && FileSystem.exists("/usr/bin/chromedriver")
            && FileSystem.exists("/usr/bin/python3") && FileSystem.exists("/usr/lib/python3/dist-packages/selenium")
    }
    /// Java with Debian's PDFBox Preflight and the JAXB and activation jars
    /// Java 17 no longer ships: validates PDF/A-1b.
    static let preflight = Tool(name: "java met PDFBox Preflight",
                                remedy: "installeer libpdfbox2-java, libactivation-java en libjaxb-api-java, of draai `make test-deps`") {
        TestSupport.hasCommand("java") && Preflight.classPath.split(separator: ":").allSatisfy { FileSystem.exists(String($0)) }
    }
    static let sharedMaterial = Tool(name: "../shared/tools/fidelity.py",
                                     remedy: "de gedeelde map met zaden en tools hoort naast de repository te staan") {
        SharedMaterial.available
    }

    /// Whether the tests needing `tools` can run: true when all are
    /// present; when one is missing false, or under CI=true (in
    /// `environment`) a thrown `Missing`, which fails those tests.
    static func require(_ tools: Tool..., environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Bool {
        let missing = tools.filter { !$0.isPresent() }
        guard !missing.isEmpty else { return true }
        guard environment["CI"]?.lowercased() == "true" else { return false }
        throw Missing(description: missing.map { "\($0.name) ontbreekt: \($0.remedy)" }.joined(separator: "; ")
            + " (met CI=true worden tests die het nodig hebben niet overgeslagen)")
    }
}

/// PDFBox Preflight, the PDF/A-1b validator of Debian's libpdfbox2-java.
enum Preflight {
    static let classPath = ["preflight", "pdfbox2", "xmpbox", "commons-logging", "jaxb-api", "javax.activation"]
        .map { "/usr/share/java/\($0).jar" }.joined(separator: ":")

    /// Whether Preflight finds `pdf` a valid PDF/A-1b, with its report.
    static func validate(_ pdf: String) throws -> (valid: Bool, report: String) {
        let result = try TestSupport.run("java", ["-cp", classPath, "org.apache.pdfbox.preflight.Validator_A1b", pdf])
        return (result.status == 0 && result.output.contains("is a valid PDF/A-1b file"), result.output)
    }
}
