// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "raadsdoc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "raadsdoc", targets: ["raadsdoc"]),
        .library(name: "RaadsDoc", targets: ["RaadsDoc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
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
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        .target(name: "ZipSupport", dependencies: ["CLibZip", "CZlib"]),
        .target(name: "HashSupport", dependencies: ["CCrypto"]),
        .target(name: "MarkdownSupport", dependencies: ["CCmarkGFM"]),
        .target(
            name: "RaadsDoc",
            dependencies: [
                "XMLSupport", "ZipSupport", "MarkdownSupport", "HashSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources/odf-schema")]
        ),
        .executableTarget(
            name: "raadsdoc",
            dependencies: [
                "RaadsDoc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RaadsDocTests",
            dependencies: ["RaadsDoc", "XMLSupport", "ZipSupport", "HashSupport", "MarkdownSupport"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
