import FuzzHarness
import Glibc

/// Runs libFuzzer on a `FuzzTarget`. Built only with RAADSDOC_FUZZ=1 and
/// -sanitize=fuzzer, which links libFuzzer. SwiftPM links an executable's
/// entry point under its own name (`<target>_main`), which hides
/// libFuzzer's `main`, so each target's `@main` calls the driver itself.
package enum FuzzDriver {
    /// The C signature of `LLVMFuzzerTestOneInput`.
    package typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs libFuzzer with the command line's options (corpus folders, or
    /// single inputs to rerun) and exits with its status.
    package static func run(_ testOneInput: TestOneInput) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }

    /// One input: a problem stops the process, which libFuzzer records as a
    /// crash and saves the input of.
    package static func test(_ target: FuzzTarget, _ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if let problem = target.problems(in: bytes).first {
            let line = Array("Fuzz\(target.rawValue): \(problem)\n".utf8)
            _ = write(2, line, line.count)
            abort()
        }
        return 0
    }
}

/// libFuzzer's driver (compiler-rt): parses the libFuzzer options in `argv`
/// and runs the fuzzing loop or the given inputs.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                 _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
