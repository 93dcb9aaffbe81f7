import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                             _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// libFuzzer's driver (`LLVMFuzzerRunDriver` from clang's `libclang_rt.fuzzer_no_main`),
/// started from a Swift executable's own entry point; see ../Scripts/fuzz.sh.
public enum LibFuzzer {
    /// Runs the driver with the process's arguments on `testOneInput` and exits with its status.
    public static func run(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, testOneInput))
    }

    /// Reports a broken property with the input that broke it, and stops so libFuzzer saves it.
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("property broken: \(message)\n".utf8))
        abort()
    }
}
