import Glibc
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// Finds the input files among paths given on the command line: files as
/// they are, folders searched recursively for .yaml and .yml files, in a
/// stable order. Profiles (raadsdoc.yaml) are not documents.
///
/// Discovery never opens a file and cannot hang: pipes, sockets and devices
/// are skipped with a warning, a link is followed only when it stays inside
/// the folder given, and each folder is searched once (by device and inode),
/// so a loop of links ends. A folder that cannot be read is an error.
public enum InputDiscovery {
    /// An input file and where its output goes, relative to the output
    /// folder: a file found in a folder keeps its place below that folder.
    public struct Input: Sendable, Equatable {
        public let path: String
        public let outputStem: String
    }

    /// What a search found.
    public struct Found: Sendable {
        public var inputs: [Input] = []
        /// Paths given on the command line that do not exist.
        public var missing: [String] = []
        /// Entries skipped, each with a Dutch warning.
        public var skipped: [String] = []
        /// Paths that could not be read (a folder without access, a link
        /// that leads nowhere or in a circle), each with a Dutch message.
        public var unreadable: [String] = []
    }

    public static func inputs(in paths: [String]) -> (files: [String], missing: [String]) {
        let found = discover(paths)
        return (found.inputs.map(\.path), found.missing)
    }

    public static func discover(_ paths: [String]) -> Found {
        var found = Found()
        for path in paths {
            var link = stat()
            guard lstat(path, &link) == 0 else {
                if errno == ENOENT { found.missing.append(path) } else { found.unreadable.append(unreadable(path)) }
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                found.unreadable.append(unreadable(path))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                var visited: Set<FileIdentity> = [FileIdentity(status)]
                let root = FileSystem.canonical(path) ?? path
                collect(PathName.normalize(path), relative: "", root: root, visited: &visited, into: &found)
            case S_IFREG:
                found.inputs.append(Input(path: path, outputStem: PathName.stem(of: path)))
            default:
                // Named on the command line: not a warning but an error.
                found.unreadable.append(FileSystem.problem(readingFile: path) ?? notAFile(path, mode: status.st_mode))
            }
        }
        return found
    }

    private static func collect(_ directory: String, relative: String, root: String,
                                visited: inout Set<FileIdentity>, into found: inout Found) {
        let folder: OpenDirectory
        do {
            folder = try OpenDirectory(directory)
        } catch {
            found.unreadable.append(error.description)
            return
        }
        for (name, mode) in folder.entries() where !name.hasPrefix(".") {
            let path = PathName.join(directory, name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            if (mode & S_IFMT) == S_IFLNK {
                guard stat(path, &status) == 0 else {
                    // A link that leads nowhere matters only where an input was meant.
                    if PathName.isYAML(name) { found.unreadable.append(unreadable(path)) }
                    continue
                }
                let target = FileSystem.canonical(path) ?? path
                guard target == root || target.hasPrefix(root == "/" ? "/" : root + "/") else {
                    if PathName.isYAML(name) || (status.st_mode & S_IFMT) == S_IFDIR {
                        found.skipped.append("\(PathName.displayed(path)) is een koppeling naar \(PathName.displayed(target)), buiten \(PathName.displayed(root)); niet gevolgd")
                    }
                    continue
                }
            } else {
                guard fstatat(folder.descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                guard visited.insert(FileIdentity(status)).inserted else {
                    found.skipped.append("\(PathName.displayed(path)) is een map die al is doorzocht (een kring van koppelingen?); niet nog eens doorzocht")
                    continue
                }
                collect(path, relative: relativePath, root: root, visited: &visited, into: &found)
            case S_IFREG where PathName.isYAML(name) && !ProfileSpec.isProfile(name):
                let stem = PathName.join(PathName.directory(of: relativePath), PathName.stem(of: name))
                found.inputs.append(Input(path: path, outputStem: stem))
            case S_IFREG:
                continue
            default:
                if PathName.isYAML(name) { found.skipped.append(notAFile(path, mode: status.st_mode)) }
            }
        }
    }

    private static func unreadable(_ path: String) -> String {
        FileSystem.problem(readingFile: path) ?? "kan \(PathName.displayed(path)) niet lezen"
    }

    private static func notAFile(_ path: String, mode: mode_t) -> String {
        "\(PathName.displayed(path)) is \(SystemError.kindName(ofMode: mode)), geen gewoon bestand; overgeslagen"
    }

    /// A file on disk, whichever name it is reached by.
    private struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }
}
