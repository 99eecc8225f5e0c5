import Testing
@testable import RaadsDocCore

/// PathName works on UTF-8 bytes. These tests hold it to the
/// Character-based arithmetic it replaced, on every path where a Character
/// "/" and the byte "/" are the same thing (no combining mark after a
/// slash), and pin what it does where they are not.
@Suite struct PathNameTests {
    @Test func normalizeResolvesDotsAndEmptyComponents() {
        let cases: [(String, String)] = [
            ("", "."), (".", "."), ("..", ".."), ("/", "/"), ("//", "/"), ("/..", "/"), ("/../a", "/a"),
            ("a", "a"), ("a/", "a"), ("./a", "a"), ("a/.", "a"), ("a/..", "."), ("../a", "../a"),
            ("../../a", "../../a"), ("a/../..", ".."), ("a//b", "a/b"), ("/a/./b/../c", "/a/c"),
            ("...", "..."), ("a/.../b", "a/.../b"), (".a/..b/c.", ".a/..b/c."), ("brieven/raadsbrieven/brief-1.yaml", "brieven/raadsbrieven/brief-1.yaml"),
            ("/tmp/ü/é.yaml", "/tmp/ü/é.yaml"), ("map met spatie/./x", "map met spatie/x"),
        ]
        for (path, normal) in cases {
            #expect(PathName.normalize(path) == normal, "normalize(\(path))")
        }
    }

    @Test func byteArithmeticAgreesWithCharacterArithmetic() {
        // Every path of up to six pieces from an alphabet with the
        // components that matter, multi-byte letters among them.
        let pieces = ["/", ".", "..", "a", "é", "b.c", "ü/", "x y"]
        var paths = [""]
        var frontier = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { prefix in pieces.map { prefix + $0 } }
            paths += frontier
        }
        for path in paths {
            #expect(PathName.normalize(path) == Reference.normalize(path), "normalize(\(path))")
            #expect(PathName.directory(of: path) == Reference.directory(of: path), "directory(of: \(path))")
            #expect(PathName.lastComponent(of: path) == Reference.lastComponent(of: path), "lastComponent(of: \(path))")
            #expect(PathName.stem(of: path) == Reference.stem(of: path), "stem(of: \(path))")
            for other in ["", ".", "c", "/d", "../e", "f/./g"] {
                #expect(PathName.join(path, other) == Reference.join(path, other), "join(\(path), \(other))")
            }
        }
    }

    @Test func aCombiningMarkAfterASlashDoesNotHideTheSlash() {
        // The kernel splits "a//\u{301}" into "a", "" and "\u{301}"; so does PathName.
        #expect(PathName.normalize("a//\u{301}") == "a/\u{301}")
        #expect(PathName.lastComponent(of: "a/\u{301}b") == "\u{301}b")
        #expect(PathName.directory(of: "a/\u{301}b") == "a")
    }

    /// The Character-based arithmetic PathName had before, kept as the
    /// reference.
    enum Reference {
        static func directory(of path: String) -> String {
            guard let slash = path.lastIndex(of: "/") else { return "." }
            if slash == path.startIndex { return "/" }
            return String(path[..<slash])
        }

        static func lastComponent(of path: String) -> String {
            guard let slash = path.lastIndex(of: "/") else { return path }
            return String(path[path.index(after: slash)...])
        }

        static func stem(of path: String) -> String {
            let name = lastComponent(of: path)
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
            return String(name[..<dot])
        }

        static func join(_ directory: String, _ relative: String) -> String {
            if relative.hasPrefix("/") { return normalize(relative) }
            if directory.isEmpty || directory == "." { return normalize(relative) }
            return normalize(directory + "/" + relative)
        }

        static func normalize(_ path: String) -> String {
            let absolute = path.hasPrefix("/")
            var parts: [Substring] = []
            for component in path.split(separator: "/") {
                if component == "." || component.isEmpty { continue }
                if component == "..", let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if component == ".." && absolute {
                    continue
                } else {
                    parts.append(component)
                }
            }
            let joined = parts.joined(separator: "/")
            return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
        }
    }
}
