import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// Finds the input files among paths given on the command line: files as
/// they are, folders searched recursively for .yaml and .yml files, in a
/// stable order. Profiles (raadsdoc.yaml) are not documents.
public enum InputDiscovery {
    /// An input file and where its output goes, relative to the output
    /// folder: a file found in a folder keeps its place below that folder.
    public struct Input: Sendable, Equatable {
        public let path: String
        public let outputStem: String
    }

    public static func inputs(in paths: [String]) -> (files: [String], missing: [String]) {
        let found = discover(paths)
        return (found.inputs.map(\.path), found.missing)
    }

    public static func discover(_ paths: [String]) -> (inputs: [Input], missing: [String]) {
        var inputs: [Input] = []
        var missing: [String] = []
        for path in paths {
            if FileSystem.isDirectory(path) {
                collect(PathName.normalize(path), relative: "", into: &inputs)
            } else if FileSystem.exists(path) {
                inputs.append(Input(path: path, outputStem: PathName.stem(of: path)))
            } else {
                missing.append(path)
            }
        }
        return (inputs, missing)
    }

    private static func collect(_ directory: String, relative: String, into inputs: inout [Input]) {
        for name in FileSystem.contents(of: directory) where !name.hasPrefix(".") {
            let path = PathName.join(directory, name)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if FileSystem.isDirectory(path) {
                collect(path, relative: relativePath, into: &inputs)
            } else if PathName.isYAML(name) && !ProfileSpec.isProfile(name) {
                let stem = PathName.join(PathName.directory(of: relativePath), PathName.stem(of: name))
                inputs.append(Input(path: path, outputStem: stem))
            }
        }
    }

}
