import RaadsDocCore

extension ParagraphStyle {
    /// A right-aligned column heading above amounts.
    package static let amountHeading = ParagraphStyle("Bedrag kop")
}

extension PlanVanAanpak {
    /// The begroting's headings over amounts.
    public static let styles = [
        StyleDefinition(name: ParagraphStyle.amountHeading.name, parent: "Tabel kop", paragraph: [("fo:text-align", "end")]),
    ]
}
