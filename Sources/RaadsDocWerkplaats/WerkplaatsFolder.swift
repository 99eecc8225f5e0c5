import Glibc
import RaadsDocCore

/// The folder the werkplaats serves, and the only place it reads or writes
/// documents. A path from the browser is a relative name below it; it is
/// refused, with a Dutch message, when it could lead anywhere else: an
/// absolute path, `..`, an empty or hidden step, a backslash, a control
/// character, a `%` left after the one decoding of the URL (an encoded
/// variant decoded again would be another path), or a symbolic link on the
/// way or at the end.
package struct WerkplaatsFolder: Sendable {
    /// The folder, absolute and without links.
    package let root: String

    package struct Refusal: Error, CustomStringConvertible, Sendable {
        package let description: String
    }

    package init(_ path: String) throws(Refusal) {
        guard FileSystem.isDirectory(path), let canonical = FileSystem.canonical(path) else {
            throw Refusal(description: "\(PathName.displayed(path)) is geen map")
        }
        root = canonical
    }

    /// The longest name accepted, in bytes.
    static let maximumLength = 1024

    /// The absolute path of the document `relative` below the folder.
    /// With `existing`, it must be a regular file there; otherwise it may
    /// also be missing (a new document), but its folder must exist.
    package func document(_ relative: String, existing: Bool) throws(Refusal) -> String {
        func refuse(_ reason: String) -> Refusal {
            Refusal(description: "'\(PathName.displayed(relative))' \(reason); de werkplaats opent alleen documenten binnen \(PathName.displayed(root))")
        }
        guard !relative.isEmpty else { throw Refusal(description: "geen document genoemd") }
        guard relative.utf8.count <= Self.maximumLength else { throw refuse("is te lang") }
        guard !relative.hasPrefix("/") else { throw refuse("is een absoluut pad") }
        guard !relative.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" || $0 == "%" }) else {
            throw refuse("bevat een teken dat in een documentnaam niet mag (\\, %, of een stuurteken)")
        }
        let components = relative.split(separator: "/", omittingEmptySubsequences: false)
        for component in components {
            if component == ".." { throw refuse("gaat met '..' omhoog") }
            if component.isEmpty || component == "." { throw refuse("heeft een lege stap of '.'") }
            if component.hasPrefix(".") { throw refuse("noemt een verborgen bestand of map") }
        }
        guard PathName.isYAML(relative) else { throw refuse("is geen .yaml-bestand") }
        var path = root
        for (index, component) in components.enumerated() {
            path += "/" + component
            var status = stat()
            let isLast = index == components.count - 1
            guard lstat(path, &status) == 0 else {
                if isLast && !existing && errno == ENOENT { return path }
                throw refuse(errno == ENOENT ? "bestaat niet" : "kan niet worden gelezen: \(SystemError.text())")
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFLNK { throw refuse("gaat via een symbolische koppeling, die de werkplaats niet volgt") }
            if isLast {
                guard type == S_IFREG else { throw refuse("is geen gewoon bestand") }
            } else if type != S_IFDIR {
                throw refuse("gaat door iets dat geen map is")
            }
        }
        return path
    }

    /// `path` relative to the folder, when it lies below it.
    package func relative(_ path: String) -> String? {
        guard path.hasPrefix(root + "/") else { return nil }
        return String(path.dropFirst(root.count + 1))
    }
}
