import Foundation
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline

/// `raadsdoc vergelijk` on two loaded documents: compose both, compare
/// their trees, write the redline.
public enum Comparison {
    /// The redline of two documents that checked without errors; nil when
    /// one of them cannot be composed. The author is `author`, else the
    /// organisation of NIEUW's profile; the date of every change is NIEUW's
    /// date (from its input, or SOURCE_DATE_EPOCH where it has none).
    public static func redline(old: LoadedDocument, new: LoadedDocument, workspace: Workspace,
                               author: String? = nil) -> Redline? {
        guard let oldTree = workspace.compose(old), let newTree = workspace.compose(new) else { return nil }
        let settings = RedlineSettings(
            author: author ?? new.profile.organisationName ?? "raadsdoc",
            date: (newTree.metadata.date ?? oldTree.metadata.date ?? Datum.epoch).iso,
            oldIdentities: Overeenkomst.identities(of: old), newIdentities: Overeenkomst.identities(of: new))
        return Redline.compare(old: oldTree, new: newTree, settings: settings)
    }

    /// The redline as an ODT in the house style of NIEUW: its profile's
    /// template, or the built-in style.
    public static func odt(_ redline: Redline, new: LoadedDocument, workspace: Workspace) throws -> [UInt8] {
        try ODFWriter(styles: KindRegistry.styles).odt(redline.document, template: workspace.template(for: new))
    }

    /// The change list for machines: a JSON array, keys sorted.
    public static func json(_ changes: [ChangeEntry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(changes) else { return "[]" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension Comparison {
    /// The instructions of the wijzigingsovereenkomst from OUD to NIEUW;
    /// nil when one of them cannot be composed.
    public static func amendment(old: LoadedDocument, new: LoadedDocument, workspace: Workspace, renumbers: Bool) -> Amendment? {
        guard let oldTree = workspace.compose(old), let newTree = workspace.compose(new) else { return nil }
        let settings = RedlineSettings(author: "", date: "", oldIdentities: Overeenkomst.identities(of: old),
                                       newIdentities: Overeenkomst.identities(of: new))
        return Amendment.instructions(old: oldTree, new: newTree, settings: settings, renumbers: renumbers)
    }

    /// The input of the wijzigingsovereenkomst (see `AmendmentInput`).
    public static func amendmentInput(old: LoadedDocument, new: LoadedDocument, newSource: String, workspace: Workspace,
                                      renumbers: Bool) -> String? {
        guard let amendment = amendment(old: old, new: new, workspace: workspace, renumbers: renumbers),
              let oldTree = workspace.compose(old) else { return nil }
        let title = oldTree.fields["citeertitel"].flatMap { $0.isEmpty ? nil : $0 } ?? oldTree.metadata.title
        let version = oldTree.fields["versie"].flatMap { $0.isEmpty ? nil : $0 }
        return AmendmentInput.yaml(newSource: newSource, oldTitle: title, oldVersion: version, instructions: amendment.instructions)
    }
}
