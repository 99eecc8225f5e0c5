import FuzzDriver
import FuzzHarness

/// libFuzzer entry point for `FuzzTarget.template` (see Fuzz/README.md).
@main
enum FuzzTemplate {
    static func main() {
        FuzzDriver.run(testOneInput)
    }
}

/// One input; under this name also for libFuzzer's own `main`, which is
/// linked but hidden by ours.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzDriver.test(.template, data, size)
}
