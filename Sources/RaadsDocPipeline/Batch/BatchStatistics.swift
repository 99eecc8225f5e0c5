import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocSchema

/// The figures `raadsdoc batch --statistieken` prints for the benchmark:
/// time per stage summed over threads, the floor (deflate and write), and
/// throughput.
public enum BatchStatistics {
    /// The report of a run whose stages `clock` measured.
    public static func report(items: BatchResults, clock: StageClock, wallSeconds: Double) -> String {
        let stages = clock.seconds()
        let pipeline = stages.filter { !$0.0.isFloor }.reduce(0) { $0 + $1.1 }
        let floors = stages.filter { $0.0.isFloor }
        let floor = floors.reduce(0) { $0 + $1.1 }
        let made = items.count(of: .gemaakt)
        var output = "statistieken (seconden, opgeteld over alle threads):\n"
        for (stage, seconds) in stages where !stage.isFloor {
            output += "  " + stage.dutchName.padded(24) + decimal(seconds, 3) + "\n"
        }
        output += "  " + "pijplijn totaal".padded(24) + decimal(pipeline, 3) + "\n"
        if floor > 0, made > 0 {
            output += "ondergrens (wat elk document minstens kost, op dezelfde opslag):\n"
            for (stage, seconds) in floors {
                output += "  " + stage.dutchName.padded(40) + decimal(seconds, 3) + "\n"
            }
            output += "  " + "ondergrens totaal".padded(40) + decimal(floor, 3)
                + "  (pijplijn = \(decimal(pipeline / floor, 2)) × de ondergrens)\n"
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
