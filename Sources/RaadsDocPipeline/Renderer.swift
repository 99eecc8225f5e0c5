import RaadsDocCore
import RaadsDocHTML
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// The last stages of the pipeline for one document: compose the tree,
/// write the ODF parts, zip them, and put the file in place atomically.
/// The time each stage takes goes to the clock of the document's workspace.
public struct Renderer: Sendable {
    public let writer: ODFWriter
    /// The HTML of `render --html` and the werkplaats' preview, in the
    /// built-in house style (a template's styles are the ODT's alone).
    package let htmlWriter = HTMLWriter(styles: KindRegistry.styles)

    public init(writer: ODFWriter = ODFWriter(styles: KindRegistry.styles)) {
        self.writer = writer
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The .odt bytes of a loaded document that checked without errors;
    /// with `bundle`, its bijlagen that are input files follow it.
    public func odt(_ document: LoadedDocument, workspace: Workspace, bundle: Bool = false) throws(Failure) -> [UInt8] {
        guard let tree = workspace.clock.measure(.compose, { workspace.compose(document, bundle: bundle) }) else {
            throw Failure(description: "\(document.path) kan niet worden opgemaakt: de invoer bevat fouten")
        }
        do {
            return try writer.odt(tree, template: workspace.template(for: document), clock: workspace.clock)
        } catch {
            throw Failure(description: "\(document.path): schrijven van ODF mislukt: \(error)")
        }
    }

    /// The HTML of a loaded document that checked without errors, one
    /// file with its pictures embedded.
    package func html(_ document: LoadedDocument, workspace: Workspace, bundle: Bool = false) throws(Failure) -> [UInt8] {
        guard let tree = workspace.clock.measure(.compose, { workspace.compose(document, bundle: bundle) }) else {
            throw Failure(description: "\(document.path) kan niet worden opgemaakt: de invoer bevat fouten")
        }
        return htmlWriter.html(tree)
    }

    /// Writes the output of `document` into `relative` below `root`,
    /// atomically: the ODT, or with `html` the HTML file.
    package func render(_ document: LoadedDocument, workspace: Workspace, to relative: String, below root: String,
                        bundle: Bool = false, html: Bool) throws(Failure) {
        guard html else {
            try render(document, workspace: workspace, to: relative, below: root, bundle: bundle)
            return
        }
        let bytes = try self.html(document, workspace: workspace, bundle: bundle)
        try place(bytes, workspace: workspace, to: relative, below: root)
    }

    /// Renders `document` into `path`, atomically.
    public func render(_ document: LoadedDocument, workspace: Workspace, to path: String, bundle: Bool = false) throws(Failure) {
        try render(document, workspace: workspace, to: PathName.lastComponent(of: path), below: PathName.directory(of: path), bundle: bundle)
    }

    /// Renders `document` into `relative` below the folder `root`,
    /// atomically, making the folders between; no folder below `root` is
    /// entered through a link.
    public func render(_ document: LoadedDocument, workspace: Workspace, to relative: String, below root: String,
                       bundle: Bool = false) throws(Failure) {
        try place(try odt(document, workspace: workspace, bundle: bundle), workspace: workspace, to: relative, below: root)
    }

    private func place(_ bytes: [UInt8], workspace: Workspace, to relative: String, below root: String) throws(Failure) {
        do {
            try workspace.clock.measure(.write) { () throws(FileSystem.Failure) in
                try FileSystem.writeAtomically(bytes, to: relative, below: root)
            }
        } catch {
            throw Failure(description: error.description)
        }
    }
}
