import RaadsDocCore
import XMLSupport

extension PageGeometry {
    /// The page of a template's default page style ("Standard", else the
    /// first), so that generated tables fit its text area. What cannot be
    /// read keeps the built-in value.
    package init(templateStyles styles: XMLElement) {
        self.init()
        guard let layoutName = Self.defaultPageLayoutName(templateStyles: styles),
              let automatic = styles.child(ODFNamespaces.office, "automatic-styles") else { return }
        for case .element(let layout) in automatic.children
        where layout.is(ODFNamespaces.style, "page-layout") && layout.value(ODFNamespaces.style, "name") == layoutName {
            guard let properties = layout.child(ODFNamespaces.style, "page-layout-properties") else { return }
            func length(_ name: String) -> Int? {
                properties.value(ODFNamespaces.fo, name).flatMap(PageGeometry.thousandthsOfCentimetre)
            }
            if let width = length("page-width") { self.width = width }
            if let height = length("page-height") { self.height = height }
            if let top = length("margin-top") { marginTop = top }
            if let bottom = length("margin-bottom") { marginBottom = bottom }
            if let left = length("margin-left") { marginLeft = left }
            if let right = length("margin-right") { marginRight = right }
            if textWidth < 1_000 { self = PageGeometry() }
            return
        }
    }

    /// An ODF length ("2.5cm", "0.7874in", "20mm", "56.7pt") in thousandths
    /// of a centimetre; nil for anything else or anything absurd.
    package static func thousandthsOfCentimetre(_ length: String) -> Int? {
        let units: [(suffix: String, thousandths: Double)] = [
            ("cm", 1_000), ("mm", 100), ("in", 2_540), ("pt", 2_540.0 / 72), ("pc", 2_540.0 / 6),
        ]
        for unit in units where length.hasSuffix(unit.suffix) {
            guard let number = Double(length.dropLast(unit.suffix.count)), number.isFinite,
                  abs(number * unit.thousandths) < 1_000_000 else { return nil }
            return Int((number * unit.thousandths).rounded())
        }
        return nil
    }
}

extension PageGeometry {
    /// The page layout of a template's default page style ("Standard",
    /// else the first).
    package static func defaultPageLayoutName(templateStyles styles: XMLElement) -> String? {
        let masters = styles.child(ODFNamespaces.office, "master-styles")?.children.compactMap { content -> XMLElement? in
            guard case .element(let element) = content, element.is(ODFNamespaces.style, "master-page") else { return nil }
            return element
        } ?? []
        let master = masters.first(where: { $0.value(ODFNamespaces.style, "name") == "Standard" }) ?? masters.first
        return master?.value(ODFNamespaces.style, "page-layout-name")
    }
}
