/// A string as an array of Unicode scalars with the UTF-8 offset of each,
/// so scanners can look around freely and still report byte ranges.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the byte where scalar `i` starts; one extra entry
    /// holds the total length.
    let offsets: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    var count: Int { scalars.count }

    subscript(index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    func byteRange(_ range: Range<Int>) -> Range<Int> {
        offsets[range.lowerBound]..<offsets[range.upperBound]
    }

    /// The index of the scalar that starts at `byte`, or the first after it.
    func index(ofByte byte: Int) -> Int {
        var low = 0
        var high = scalars.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < byte { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Unicode.Scalar {
    var isLetterLike: Bool {
        properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }

    var isDigit: Bool { properties.numericType == .decimal }

    var isWordCharacter: Bool { isLetterLike || isDigit }

    var isSpace: Bool { properties.isWhitespace }

    var isUppercaseLetter: Bool { properties.isUppercase }

    var isLowercaseLetter: Bool { properties.isLowercase }

    /// Hyphen-minus and the Unicode hyphens that join compounds. Dashes
    /// (– —) separate words and are not among them.
    var isHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }

    /// The straight and the typographic apostrophe.
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 }
}
