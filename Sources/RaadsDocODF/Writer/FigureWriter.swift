import HashSupport
import RaadsDocCore
import XMLSupport

/// A picture file to put in the package, named after its bytes.
package struct PackagedPicture: Sendable, Equatable {
    package let path: String
    package let mediaType: String
    package let bytes: [UInt8]

    /// "Pictures/<hash>.png": the same picture, once in the package.
    package static func path(of picture: Picture) -> String {
        "Pictures/" + SHA256.hex(picture.bytes).prefix(32) + "." + picture.format.fileExtension
    }

    package init(path: String, mediaType: String, bytes: [UInt8]) {
        self.path = path
        self.mediaType = mediaType
        self.bytes = bytes
    }

    package init(_ picture: Picture) {
        self.init(path: Self.path(of: picture), mediaType: picture.format.mediaType, bytes: picture.bytes)
    }
}

extension BodyWriter {
    /// A figure: a paragraph holding the picture as a character-anchored
    /// frame at its natural size (96 pixels to the inch) scaled down to fit
    /// the text width and 60% of the text height, then its caption with a
    /// `text:sequence` field, so the word processor numbers the figures.
    func writeFigure(_ figure: Figure) {
        figureCount += 1
        let picture = figure.picture
        let path = PackagedPicture.path(of: picture)
        if !pictures.contains(where: { $0.path == path }) {
            pictures.append(PackagedPicture(path: path, mediaType: picture.format.mediaType, bytes: picture.bytes))
        }
        let (width, height) = Self.frameSize(picture, geometry: styles.geometry)
        xml.startElement("text:p")
        xml.attribute("text:style-name", paragraphStyleName(.body))
        xml.startElement("draw:frame")
        xml.attribute("draw:name", "\(styles.namePrefix)Figuur\(figureCount)")
        xml.attribute("text:anchor-type", "as-char")
        xml.attribute("svg:width", PageGeometry.centimetres(width))
        xml.attribute("svg:height", PageGeometry.centimetres(height))
        xml.startElement("draw:image")
        xml.attribute("xlink:href", path)
        xml.attribute("xlink:type", "simple")
        xml.attribute("xlink:show", "embed")
        xml.attribute("xlink:actuate", "onLoad")
        xml.attribute("draw:mime-type", picture.format.mediaType)
        xml.endElement()
        if !figure.alternativeText.isEmpty {
            xml.startElement("svg:title")
            xml.text(figure.alternativeText)
            xml.endElement()
        }
        if !figure.caption.isEmpty {
            xml.startElement("svg:desc")
            xml.text(figure.caption.plainText)
            xml.endElement()
        }
        xml.endElement()
        xml.endElement()
        guard !figure.caption.isEmpty else { return }
        captionCount += 1
        xml.startElement("text:p")
        xml.attribute("text:style-name", paragraphStyleName(.note))
        xml.odfText(figure.label + " ")
        xml.startElement("text:sequence")
        xml.attribute("text:ref-name", "ref\(styles.namePrefix)\(figure.label)\(captionCount)")
        xml.attribute("text:name", figure.label)
        xml.attribute("text:formula", "ooow:\(figure.label)+1")
        xml.attribute("style:num-format", "1")
        xml.text(String(captionCount))
        xml.endElement()
        xml.odfText(": ")
        writeInlines(figure.caption)
        xml.endElement()
    }

    /// Width and height in thousandths of a centimetre.
    static func frameSize(_ picture: Picture, geometry: PageGeometry) -> (Int, Int) {
        let naturalWidth = picture.width * 2540 / 96
        let naturalHeight = picture.height * 2540 / 96
        let maximumHeight = Double(geometry.height - geometry.marginTop - geometry.marginBottom) * 0.6
        let scale = min(1, Double(geometry.textWidth) / naturalWidth, maximumHeight / naturalHeight)
        return (max(Int((naturalWidth * scale).rounded()), 1), max(Int((naturalHeight * scale).rounded()), 1))
    }
}
