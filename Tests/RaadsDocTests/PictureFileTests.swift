import Foundation
import Glibc
import Testing
@testable import RaadsDocCore

/// Pictures are told by their bytes, measured from them, and read only as
/// regular files of limited size beside the input.
@Suite struct PictureFileTests {
    static let png = (try? FileSystem.read(TestSupport.path("Tests/RaadsDocTests/Fixtures/afbeeldingen/kaart.png"))) ?? []

    /// A JPEG with an APP0 segment before its baseline frame header.
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46,
                                0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x01, 0x2C, 0x02, 0x58, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9]

    @Test func readsTheSizeOfAPNG() throws {
        let picture = try PictureFile.picture(from: Self.png, name: "kaart.png").get()
        #expect(picture.format == .png)
        #expect((picture.width, picture.height) == (40, 20))
    }

    @Test func readsTheSizeOfAJPEGFromItsFrameHeader() throws {
        let picture = try PictureFile.picture(from: Self.jpeg, name: "foto.jpg").get()
        #expect(picture.format == .jpeg)
        #expect((picture.width, picture.height) == (600, 300))
        var progressive = Self.jpeg
        progressive[9] = 0xC2
        #expect(try PictureFile.picture(from: progressive, name: "foto.jpg").get().width == 600)
        #expect(throws: PictureFile.Problem.self) { try PictureFile.picture(from: Array(Self.jpeg.prefix(12)), name: "foto.jpg").get() }
    }

    @Test func readsTheSizeOfAnSVGFromItsAttributes() throws {
        func size(_ attributes: String) -> (Double, Double)? {
            let svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \(attributes)/>"
            return try? PictureFile.picture(from: Array(svg.utf8), name: "a.svg").get().size
        }
        #expect(size("width=\"300\" height=\"150\"")! == (300, 150))
        #expect(size("width=\"2in\" height=\"96pt\"")! == (192, 128))
        #expect(size("viewBox=\"0 0 40 10\"")! == (40, 10))
        #expect(size("width=\"80\" viewBox=\"0,0,40,10\"")! == (80, 20))
        #expect(size("width=\"100%\"") == nil)
        #expect(size("") == nil)
    }

    @Test func refusesWhatIsNoPictureWhateverItsName() {
        for bytes in [Array("soort: brief".utf8), Array("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>".utf8), []] {
            #expect(throws: PictureFile.Problem.self) { try PictureFile.picture(from: bytes, name: "kaart.png").get() }
        }
        let entity = "<!DOCTYPE svg [<!ENTITY x \"1000\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"&x;\" height=\"10\"/>"
        #expect(throws: PictureFile.Problem.self) { try PictureFile.picture(from: Array(entity.utf8), name: "a.svg").get() }
    }

    @Test func refusesPathsOutsideTheInputsFolder() {
        for reference in ["/etc/passwd", "../kaart.png", "sub/../../kaart.png", "https://example.nl/k.png", ""] {
            #expect(throws: PictureFile.Problem.self) { try PictureFile.resolve(reference, besides: "map/invoer.yaml").get() }
        }
        #expect((try? PictureFile.resolve("sub/kaart.png", besides: "map/invoer.yaml").get()) == "map/sub/kaart.png")
    }

    @Test func readsOnlyRegularFilesOfLimitedSize() throws {
        let directory = try TestSupport.temporaryDirectory()
        let input = directory + "/invoer.yaml"
        #expect(mkfifo(directory + "/pijp.png", 0o600) == 0)
        #expect(PictureFile.load("pijp.png", besides: input).failure?.description.contains("geen gewoon bestand") == true)
        #expect(mkdir(directory + "/map.png", 0o700) == 0)
        #expect(PictureFile.load("map.png", besides: input).failure?.description.contains("geen gewoon bestand") == true)
        #expect(PictureFile.load("weg.png", besides: input).failure?.description.contains("bestaat niet") == true)
        try FileSystem.writeAtomically(Self.png + [UInt8](repeating: 0, count: PictureFile.maximumSize), to: directory + "/groot.png")
        #expect(PictureFile.load("groot.png", besides: input).failure?.description.contains("groter dan 10 MB") == true)
        try FileSystem.writeAtomically(Self.png, to: directory + "/kaart.png")
        #expect(try PictureFile.load("kaart.png", besides: input).get().bytes == Self.png)
    }
}

extension Picture {
    var size: (Double, Double) { (width, height) }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

@Suite struct PictureCountTests {
    @Test func aTextFieldShowsAtMostTwentyPictures() throws {
        let directory = try TestSupport.temporaryDirectory()
        try FileSystem.writeAtomically(PictureFileTests.png, to: directory + "/kaart.png")
        let source = Array(repeating: "![kaart](kaart.png)", count: PictureFile.maximumCount + 2).joined(separator: "\n\n")
        let text = RichText(source, at: SourcePosition(path: directory + "/invoer.yaml", line: 1, column: 1))
        #expect(text.problems.map { "\($0.position) \($0.kind)" } == ["41:1 picture", "43:1 picture"])
    }
}
