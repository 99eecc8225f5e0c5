import Glibc
import RaadsDocCore
import RaadsDocKinds
import RaadsDocODF
import RaadsDocPipeline
import RaadsDocSchema

/// Output to the user's terminal.
enum Terminal {
    /// Writes a message and a line break to standard error.
    static func error(_ message: String) {
        write(message.hasSuffix("\n") ? message : message + "\n")
    }

    /// Writes text to standard error as it is.
    static func write(_ message: String) {
        var text = message
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(2, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
    static var standardOutputIsTerminal: Bool { isatty(1) == 1 }
}

/// Ends the process with `code`.
func terminate(_ code: Int32) -> Never {
    exit(code)
}
