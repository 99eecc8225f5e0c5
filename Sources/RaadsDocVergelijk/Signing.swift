import RaadsDocCore

/// In a redline the signatures are paragraphs, party by party, in the
/// order the signing grid shows them: a new party or signatory is then a
/// tracked insertion like any other, which a table row cannot be.
enum Signing {

    static func flattened(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            guard case .signatures(let signatures) = block else { return [block] }
            switch signatures.layout {
            case .signingGrid:
                return signatures.parties.flatMap { $0.gridHeader + $0.signatories.flatMap(\.gridSignature) }
            case .sideBySide:
                // As the writer's table reads: up to three names, then their functions.
                let signatories = signatures.signatories
                return stride(from: 0, to: signatories.count, by: 3).flatMap { start -> [Block] in
                    let group = signatories[start..<min(start + 3, signatories.count)]
                    return group.map { .text($0.name, style: .signatureName) }
                        + group.map { .paragraph($0.functionParagraph(style: .signatureFunction)) }
                }
            }
        }
    }
}
