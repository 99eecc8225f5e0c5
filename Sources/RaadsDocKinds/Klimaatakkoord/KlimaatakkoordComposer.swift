import RaadsDocCore
import RaadsDocSchema

/// The akkoord as a document: a cover page; the inleiding and further
/// sections; the overview of the deals; every deal on a page of its own;
/// and the signature pages with a grid of all signatories, in which the
/// writer never splits one party's block over two pages.
package enum KlimaatakkoordComposer {
    package static func coverPage(_ model: Klimaatakkoord.Model) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 1, [.text(model.title)], style: .coverTitle))]
        if let subtitle = model.subtitle { blocks.append(.text(subtitle, style: .coverSubtitle)) }
        let signing = "Ondertekend" + (model.place.map { " te \($0)" } ?? "") + " op \(model.date.value.dutch)"
        blocks.append(.text(signing, style: .coverSubtitle))
        let people = model.signatories.reduce(0) { $0 + $1.signatories.count }
        let signatories = people == 1 ? "1 ondertekenaar" : "\(people) ondertekenaars"
        blocks.append(.text("\(DealOverview.count(model.deals.entries.count)) · \(signatories)", style: .coverSubtitle))
        if model.isExample { blocks.append(.text(KlimaatdealComposer.exampleNote, style: .note)) }
        return blocks
    }

    package static func body(_ model: Klimaatakkoord.Model, profile: Profile) -> [Block] {
        var blocks: [Block] = [.pageBreak, .tableOfContents(depth: 2), .pageBreak, .heading(1, "Inleiding")]
        blocks += model.introduction?.blocks() ?? []
        blocks += Section.blocks(model.sections)
        blocks += [.pageBreak, .heading(1, "Overzicht van de klimaatdeals")]
        blocks += model.deals.isEmpty
            ? [.text("Dit akkoord bundelt nog geen klimaatdeals.")]
            : model.deals.overview(profile: profile)
        for deal in model.deals.deals {
            blocks.append(.pageBreak)
            blocks += KlimaatdealComposer.header(deal, profile: profile) + KlimaatdealComposer.body(deal)
        }
        return blocks
    }

    package static func signaturePages(_ model: Klimaatakkoord.Model) -> [Block] {
        guard !model.signatories.isEmpty else { return [] }
        return [
            .pageBreak,
            .heading(1, "Ondertekening"),
            .text("Door te ondertekenen committeren de deelnemers zich aan het \(model.title) "
                      + "en aan de klimaatdeals waarin zij deelnemen.", style: .signatureIntro),
            .signatures(SignatureBlock(layout: .signingGrid, parties: model.signatories)),
        ]
    }
}
