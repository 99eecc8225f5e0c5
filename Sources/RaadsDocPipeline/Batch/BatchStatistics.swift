import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// The figures `raadsdoc batch --statistieken` prints for the benchmark:
/// time per stage summed over threads, the deflate floor, and throughput.
public enum BatchStatistics {
    /// The report of a run whose stages `clock` measured.
    public static func report(items: BatchResults, clock: StageClock, wallSeconds: Double) -> String {
        let stages = clock.seconds()
        let pipeline = stages.filter { $0.0 != .deflateFloor }.reduce(0) { $0 + $1.1 }
        let floor = stages.first { $0.0 == .deflateFloor }?.1 ?? 0
        let made = items.count(of: .gemaakt)
        var output = "statistieken (seconden, opgeteld over alle threads):\n"
        for (stage, seconds) in stages where stage != .deflateFloor {
            output += "  " + stage.dutchName.padded(24) + decimal(seconds, 3) + "\n"
        }
        output += "  " + "pijplijn totaal".padded(24) + decimal(pipeline, 3) + "\n"
        if floor > 0 {
            output += "  " + StageClock.Stage.deflateFloor.dutchName.padded(24) + decimal(floor, 3)
                + "  (pijplijn = \(decimal(pipeline / floor, 2)) × deflate)\n"
        }
        output += "  " + "wandklok".padded(24) + decimal(wallSeconds, 3) + "\n"
        output += "  " + "documenten gemaakt".padded(24) + String(made) + "\n"
        if wallSeconds > 0 {
            output += "  " + "documenten/s".padded(24) + String(Int(Double(made) / wallSeconds)) + "\n"
        }
        return output
    }

    /// A number with `places` decimals and a decimal comma.
    package static func decimal(_ value: Double, _ places: Int) -> String {
        let scale = (0..<places).reduce(1) { result, _ in result * 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let fraction = String(abs(scaled) % scale)
        return "\(scaled / scale)," + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
