/// The page's measurements, in thousandths of a centimetre so that every
/// length we write is exact and formatting needs no floating point.
public struct PageGeometry: Sendable, Hashable {
    public var width = 21_000
    public var height = 29_700
    public var marginTop = 2_000
    public var marginBottom = 1_500
    public var marginLeft = 2_500
    public var marginRight = 2_000

    public init() {}

    public var textWidth: Int { width - marginLeft - marginRight }

    /// "16.500cm".
    package static func centimetres(_ thousandths: Int) -> String {
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)cm"
    }
}
