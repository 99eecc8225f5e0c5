import Foundation
import Testing
@testable import RaadsDocCore
@testable import RaadsDocKinds
@testable import RaadsDocODF
@testable import RaadsDocPipeline

/// Stage clocks belong to a run: what one run measures, and whether it
/// measures the deflate floor, is its own.
@Suite struct StageClockTests {
    static func seconds(_ stage: StageClock.Stage, of clock: StageClock) -> Double {
        clock.seconds().first { $0.0 == stage }?.1 ?? -1
    }

    @Test func twoClocksCountApart() {
        let first = StageClock()
        let second = StageClock()
        first.measure(.yaml) { Thread.sleep(forTimeInterval: 0.001) }
        first.add(.zip, since: StageClock.now() - 5_000_000)
        #expect(Self.seconds(.yaml, of: first) > 0)
        #expect(Self.seconds(.zip, of: first) >= 0.005)
        #expect(second.seconds().allSatisfy { $0.1 == 0 })
    }

    @Test func aWriterMeasuresTheDeflateFloorOnlyForAClockThatAsks() throws {
        let writer = ODFWriter(styles: KindRegistry.styles)
        let letter = SharedPartsTests.letter(header: "Gemeente Klokstad")
        let measuring = StageClock(measuresFloor: true)
        let plain = StageClock()
        _ = try writer.odt(letter, clock: measuring)
        _ = try writer.odt(letter, clock: plain)
        #expect(Self.seconds(.deflateFloor, of: measuring) > 0)
        #expect(Self.seconds(.deflateFloor, of: plain) == 0)
        #expect(Self.seconds(.zip, of: plain) > 0)
        #expect(Self.seconds(.xml, of: plain) > 0)
    }

    /// Two batches at the same time in one process, one with
    /// `--statistieken`: each run's clock has its own totals, and only the
    /// one that asked measured the deflate floor.
    @Test func twoBatchesAtOnceKeepTheirOwnClocks() throws {
        let input = try BatchTests.meetingFolder(broken: false)
        let outputs = [try TestSupport.temporaryDirectory(), try TestSupport.temporaryDirectory()]
        let outcomes = WorkerPool.map(2, jobs: 2) { index in
            let options = BatchOptions(outputDirectory: outputs[index], jobs: 2, measuresFloor: index == 0)
            return BatchRunner(options: options).run([input]) { _, _, _ in }
        }
        let (measuring, plain) = (outcomes[0], outcomes[1])
        #expect(measuring.succeeded && plain.succeeded)
        #expect(measuring.workspace.clock !== plain.workspace.clock)
        #expect(Self.seconds(.deflateFloor, of: measuring.workspace.clock) > 0)
        #expect(Self.seconds(.writeFloor, of: measuring.workspace.clock) > 0)
        #expect(Self.seconds(.deflateFloor, of: plain.workspace.clock) == 0)
        #expect(Self.seconds(.writeFloor, of: plain.workspace.clock) == 0)
        for outcome in outcomes {
            #expect(Self.seconds(.yaml, of: outcome.workspace.clock) > 0)
            #expect(Self.seconds(.zip, of: outcome.workspace.clock) > 0)
        }
        let report = BatchStatistics.report(items: measuring.items, clock: measuring.workspace.clock, wallSeconds: 1)
        #expect(report.contains(StageClock.Stage.deflateFloor.dutchName))
        #expect(report.contains("× de ondergrens"))
        #expect(report.contains(StageClock.Stage.writeFloor.dutchName))
        // The floor's second write leaves nothing behind.
        let left = try FileManager.default.subpathsOfDirectory(atPath: outputs[0])
        #expect(!left.contains { $0.contains(FileSystem.temporaryMarker) || $0.contains("ondergrens") })
        let plainReport = BatchStatistics.report(items: plain.items, clock: plain.workspace.clock, wallSeconds: 1)
        #expect(!plainReport.contains(StageClock.Stage.deflateFloor.dutchName))
    }
}

