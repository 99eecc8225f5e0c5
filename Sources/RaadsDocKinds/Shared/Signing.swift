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
        signatories.compactMap { input in
            guard let name = input.name?.value, let function = input.function?.value else { return nil }
            return Signatory(organisation: input.organisation?.value, name: name, function: function,
                             place: input.place?.value, date: input.date?.value.dutch)
        }
    }
}

public struct SignatoryInput: Sendable {
    public enum Role: Sendable, Equatable {
        case burgemeester, secretaris, griffier, algemeenDirecteur, other
    }

    public var name: Located<String>?
    public var function: Located<String>?
    public var organisation: Located<String>?
    public var place: Located<String>?
    public var date: Located<Datum>?
    public var position: SourcePosition

    public init(_ input: ObjectReader) {
        name = input.text("naam")
        function = input.text("functie")
        organisation = input.text("organisatie")
        place = input.text("plaats")
        date = input.date("datum")
        position = input.position
    }

    /// The office the function names, judged from its words.
    public var role: Role {
        guard let function = function?.value.lowercased() else { return .other }
        if function.contains("burgemeester") { return .burgemeester }
        if function.contains("griffier") { return .griffier }
        if function.contains("secretaris") { return .secretaris }
        if function.contains("algemeen directeur") { return .algemeenDirecteur }
        return .other
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
