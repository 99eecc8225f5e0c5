// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "raadsdoc",
    products: [
        .executable(name: "raadsdoc", targets: ["raadsdoc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .systemLibrary(
            name: "CLibDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // syncfs(2), which Glibc's Swift module leaves out.
        .systemLibrary(name: "CSyncFS"),
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        .target(name: "FileSystemSupport", dependencies: ["CSyncFS"]),
        .target(name: "ZipSupport", dependencies: ["CLibZip", "CLibDeflate"]),
        .target(name: "HashSupport", dependencies: ["CCrypto"]),
        .target(name: "MarkdownSupport", dependencies: ["CCmarkGFM"]),
        // The pipeline, one target per stage; SwiftPM refuses a dependency
        // cycle, so a back-edge (a writer knowing a kind, a kind knowing the
        // workspace) does not compile. ARCHITECTURE.md has the map.
        .target(
            name: "RaadsDocCore",
            dependencies: ["XMLSupport", "MarkdownSupport", "FileSystemSupport", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "RaadsDocSchema", dependencies: ["RaadsDocCore"]),
        .target(
            name: "RaadsDocODF",
            dependencies: ["RaadsDocCore", "XMLSupport", "ZipSupport", "HashSupport"],
            resources: [.copy("Resources/odf-schema")]
        ),
        // The HTML writer: the tree as one accessible HTML5 file, for the
        // werkplaats' preview and for publication. Knows the tree, never a kind.
        .target(name: "RaadsDocHTML", dependencies: ["RaadsDocCore"]),
        .target(name: "RaadsDocKinds", dependencies: ["RaadsDocCore", "RaadsDocSchema"]),
        .target(
            name: "RaadsDocPipeline",
            dependencies: ["RaadsDocCore", "RaadsDocSchema", "RaadsDocODF", "RaadsDocHTML", "RaadsDocKinds", "RaadsDocTaal", "HashSupport", "ZipSupport"]
        ),
        // `raadsdoc vergelijk`: two versions of a document as one redline
        // with tracked changes, aligned by structure (docs/vergelijk.md).
        .target(
            name: "RaadsDocVergelijk",
            dependencies: ["RaadsDocCore", "RaadsDocKinds", "RaadsDocODF", "RaadsDocPipeline"]
        ),
        // The local web page (`raadsdoc werkplaats`): Hummingbird on loopback,
        // the pipeline's check, preview and render behind a token.
        .target(
            name: "RaadsDocWerkplaats",
            dependencies: [
                "RaadsDocCore", "RaadsDocSchema", "RaadsDocKinds", "RaadsDocHTML", "RaadsDocPipeline", "RaadsDocTaal",
                "HashSupport", .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources/static")]
        ),
        // The language check on raadsdoc input: prose fields, positions and
        // the RD-TAAL rules, on top of the standalone Taal library.
        .target(name: "RaadsDocTaal", dependencies: ["RaadsDocCore", "RaadsDocSchema", "Taal"]),
        .executableTarget(
            name: "raadsdoc",
            dependencies: [
                "RaadsDocCore", "RaadsDocSchema", "RaadsDocODF", "RaadsDocKinds", "RaadsDocPipeline", "RaadsDocTaal",
                "RaadsDocWerkplaats", "RaadsDocVergelijk",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What each fuzz target checks of one input (Fuzz/README.md).
        .target(
            name: "FuzzHarness",
            dependencies: ["RaadsDocCore", "RaadsDocODF", "RaadsDocKinds", "RaadsDocPipeline"],
            path: "Fuzz/Harness"
        ),
        .testTarget(
            name: "RaadsDocTests",
            dependencies: [
                "RaadsDocCore", "RaadsDocSchema", "RaadsDocODF", "RaadsDocHTML", "RaadsDocKinds", "RaadsDocPipeline",
                "RaadsDocTaal", "RaadsDocWerkplaats", "XMLSupport", "ZipSupport", "HashSupport", "MarkdownSupport",
                "FuzzHarness", "RaadsDocVergelijk",
            ],
            resources: [.copy("Fixtures")]
        ),

        // Language check (Dutch spelling, readability, jargon). Standalone:
        // none of these targets depends on RaadsDoc. C interop stays in
        // CHunspell/CHyphen and the SpellSupport wrapper.
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        .systemLibrary(
            name: "CHyphen",
            providers: [.apt(["libhyphen-dev"])]
        ),
        .target(name: "SpellSupport", dependencies: ["CHunspell", "CHyphen"]),
        .target(name: "Taal", dependencies: ["SpellSupport"], resources: [.process("Resources")]),
        .testTarget(name: "TaalTests", dependencies: ["Taal", "SpellSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Coverage-guided fuzzing (`make fuzz`, see Fuzz/README.md): the libFuzzer
// entry points need libFuzzer, which only -sanitize=fuzzer links, so they
// exist only when RAADSDOC_FUZZ=1 and never in a plain `swift build` or
// `swift test`. What each target checks (FuzzHarness) is always built: the
// regression test runs the saved findings through it.
if ProcessInfo.processInfo.environment["RAADSDOC_FUZZ"] == "1" {
    package.targets.append(.target(name: "FuzzDriver", dependencies: ["FuzzHarness"], path: "Fuzz/Driver"))
    for name in ["YAML", "RichText", "Template", "Render"] {
        package.targets.append(.executableTarget(name: "Fuzz\(name)", dependencies: ["FuzzDriver", "FuzzHarness"],
                                                 path: "Fuzz/\(name)"))
        package.products.append(.executable(name: "Fuzz\(name)", targets: ["Fuzz\(name)"]))
    }
}
