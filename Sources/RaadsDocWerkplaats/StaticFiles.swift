import Foundation
import Hummingbird
import RaadsDocCore

/// The page's own files (resources of this target) and CodeMirror 5 as
/// Debian's libjs-codemirror installs it. Both by fixed names only: no
/// path from the request reaches the file system.
enum StaticFiles {
    /// Where libjs-codemirror puts CodeMirror.
    static let codeMirrorRoot = "/usr/share/javascript/codemirror"

    /// The CodeMirror files the page loads, with their types.
    static let codeMirrorFiles: [String: String] = [
        "lib/codemirror.js": javascript, "lib/codemirror.css": css,
        "mode/yaml/yaml.js": javascript,
        "addon/lint/lint.js": javascript, "addon/lint/lint.css": css,
        "addon/selection/active-line.js": javascript,
    ]

    /// Our own files.
    static let ownFiles: [String: String] = ["werkplaats.js": javascript, "werkplaats.css": css]

    static let javascript = "text/javascript; charset=utf-8"
    static let css = "text/css; charset=utf-8"

    static func page() -> Response {
        file(resource: "index.html", type: "text/html; charset=utf-8")
    }

    static func own(_ name: String) -> Response {
        guard let type = ownFiles[name] else { return notFound }
        return file(resource: name, type: type)
    }

    static func codeMirror(_ path: String) -> Response {
        guard let type = codeMirrorFiles[path] else { return notFound }
        guard let bytes = try? FileSystem.read(PathName.join(codeMirrorRoot, path)) else {
            return Werkplaats.response(.message(
                "CodeMirror ontbreekt (\(codeMirrorRoot)/\(path)); installeer het pakket libjs-codemirror (make demo doet dat)", status: 503))
        }
        return Werkplaats.response(Reply(status: 200, contentType: type, body: bytes))
    }

    private static func file(resource name: String, type: String) -> Response {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "static"),
              let bytes = try? FileSystem.read(url.path) else { return notFound }
        return Werkplaats.response(Reply(status: 200, contentType: type, body: bytes))
    }

    private static var notFound: Response {
        Werkplaats.response(.message("niet gevonden", status: 404))
    }
}
