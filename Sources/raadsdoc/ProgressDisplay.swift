import Foundation
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema
import Synchronization

/// Shows how far a batch is. On a terminal: one line redrawn in place with
/// a bar, the count, the rate and the time left. Otherwise: a plain line at
/// the start of each phase and at every tenth of it, so logs stay short.
final class ProgressDisplay: Sendable {
    private struct State {
        var phase = ""
        var phaseStart = 0.0
        var lastDraw = 0.0
        var lastTenth = -1
        var drewLine = false
    }

    private let onTerminal: Bool
    private let state = Mutex(State())

    init(onTerminal: Bool) {
        self.onTerminal = onTerminal
    }

    func update(phase: String, done: Int, total: Int) {
        let now = ProcessInfo.processInfo.systemUptime
        let text: String? = state.withLock { state in
            if state.phase != phase {
                state.phase = phase
                state.phaseStart = now
                state.lastTenth = -1
                state.lastDraw = 0
            }
            let elapsed = max(now - state.phaseStart, 0.001)
            let rate = Double(done) / elapsed
            if onTerminal {
                guard done == total || now - state.lastDraw >= 0.1 else { return nil }
                state.lastDraw = now
                state.drewLine = true
                return "\r" + Self.bar(done: done, total: total) + " \(done)/\(total) \(phase)  "
                    + "\(Int(rate)) doc/s  nog \(Self.duration(rate > 0 ? Double(total - done) / rate : 0))\u{1B}[K"
            }
            let tenth = total == 0 ? 10 : done * 10 / total
            guard tenth != state.lastTenth else { return nil }
            state.lastTenth = tenth
            return "\(phase): \(done)/\(total) (\(Int(rate)) doc/s)\n"
        }
        if let text { Terminal.write(text) }
    }

    func finish() {
        if onTerminal && state.withLock({ $0.drewLine }) { Terminal.write("\n") }
    }

    private static func bar(done: Int, total: Int, width: Int = 24) -> String {
        let filled = total == 0 ? width : done * width / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let remainder = whole % 60
        return "\(whole / 60):" + (remainder < 10 ? "0" : "") + String(remainder)
    }
}
