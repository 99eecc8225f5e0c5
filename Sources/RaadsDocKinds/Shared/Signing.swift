import RaadsDocCore
import RaadsDocSchema

/// Who signs a document, as written in the input.
public struct Signing: Sendable {
    public var onBehalfOf: String?
    public var signatories: [SignatoryInput]
    public var position: SourcePosition

    public init(_ input: ObjectReader) {
        onBehalfOf = input.text("namens")?.value
        signatories = input.objects("ondertekenaars").map(SignatoryInput.init)
        position = input.position
    }

    /// The signatories that have a name and a function, for the tree.
    public var treeSignatories: [Signatory] {
        signatories.compactMap(\.treeSignatory)
    }
}

public struct SignatoryInput: Sendable {
    /// The offices the signing rules know, judged from the words of a
    /// function or a mandate.
    public enum Role: Sendable, Hashable, CaseIterable {
        case burgemeester, secretaris, griffier, algemeenDirecteur, dijkgraaf, secretarisDirecteur, commissaris, other

        /// The office `text` names: "gemeentesecretaris" is a secretaris,
        /// "secretaris-directeur" is not.
        package static func named(in text: String) -> Role {
            let text = text.lowercased()
            if text.containsBytes(of: "burgemeester") { return .burgemeester }
            if text.containsBytes(of: "dijkgraaf") || text.containsBytes(of: "watergraaf") { return .dijkgraaf }
            if text.containsBytes(of: "commissaris van de koning") { return .commissaris }
            if text.containsBytes(of: "griffier") { return .griffier }
            if text.containsBytes(of: "secretaris-directeur") || text.containsBytes(of: "secretaris directeur") { return .secretarisDirecteur }
            if text.containsBytes(of: "secretaris") { return .secretaris }
            if text.containsBytes(of: "algemeen directeur") || text.containsBytes(of: "algemeen-directeur") { return .algemeenDirecteur }
            return .other
        }
    }

    public var name: Located<String>?
    public var function: Located<String>?
    /// "bij mandaat van de burgemeester": by whose mandate or delegation
    /// this person signs.
    public var mandate: Located<String>?
    /// "de heer", "mevrouw", where the agreement names the person.
    public var salutation: Located<String>?
    public var organisation: Located<String>?
    public var place: Located<String>?
    public var date: Located<Datum>?
    public var position: SourcePosition

    public init(_ input: ObjectReader) {
        name = input.text("naam")
        function = input.text("functie")
        mandate = input.text("mandaat")
        salutation = input.text("aanhef")
        organisation = input.text("organisatie")
        place = input.text("plaats")
        date = input.date("datum")
        position = input.position
    }

    package init(name: Located<String>?, function: Located<String>?, mandate: Located<String>? = nil,
                 position: SourcePosition) {
        self.name = name
        self.function = function
        self.mandate = mandate
        self.position = position
    }

    /// The office the function names, judged from its words.
    public var role: Role {
        function.map { Role.named(in: $0.value) } ?? .other
    }

    /// The offices this person signs for: their own, and the one whose
    /// mandate they hold.
    public var roles: [Role] {
        [role] + (mandate.map { [Role.named(in: $0.value)] } ?? [])
    }

    /// The signatory in the tree, when it has a name and a function.
    public var treeSignatory: Signatory? {
        guard let name = name?.value, let function = function?.value else { return nil }
        return Signatory(name: name, function: function, mandate: mandate?.value)
    }
}

extension Signing {
    /// No signatories, for inputs whose checks already reported the gap.
    public static func empty(at position: SourcePosition) -> Signing {
        Signing(onBehalfOf: nil, signatories: [], position: position)
    }

    package init(onBehalfOf: String?, signatories: [SignatoryInput], position: SourcePosition) {
        self.onBehalfOf = onBehalfOf
        self.signatories = signatories
        self.position = position
    }
}

/// Comparing people's names as written in different places.
public enum PersonName {
    /// Equal up to case, spaces and full stops: "A.R. de Graaf" and
    /// "A. R. de Graaf" are the same person.
    public static func same(_ a: String, _ b: String) -> Bool {
        normalized(a) == normalized(b)
    }

    /// Names are compared many times per document, so ASCII names, nearly
    /// all of them, are folded byte by byte.
    package static func normalized(_ name: String) -> String {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(name.lowercased().filter { $0 != " " && $0 != "." && $0 != "\u{00A0}" })
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(utf8.count)
        for byte in utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: ".") {
            folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
