/// Dutch enumerations: "a", "a en b", "a, b en c".
package enum DutchList {
    package static func joined(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " en " + last
    }
}
