import Foundation
import FuzzSupport

#if FUZZING
/// libFuzzer entry point (built with `-sanitize=fuzzer -DFUZZING`, see Tests/Fuzz/run.sh);
/// the target is chosen by `ALMANAC_FUZZ_TARGET` (csv or model).
nonisolated(unsafe) private var fuzzTarget: FuzzTarget = {
    FuzzTarget(rawValue: ProcessInfo.processInfo.environment["ALMANAC_FUZZ_TARGET"] ?? "") ?? .csv
}()
nonisolated(unsafe) private var fuzzScratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("almanac-fuzz-\(getpid()).csv").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    fuzzTarget.run(data, scratch: fuzzScratch)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links executables with `main` defined as `<module>_main`; hand control to libFuzzer.
@_cdecl("almanac_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return runFuzzerDriver(&count, &vector) { fuzzOneInput($0, $1) }
}
#else
/// Without libFuzzer: `almanac-fuzz TARGET DIR [ITERATIONS] [SEED]` replays every file of the
/// corpus DIR through TARGET, then ITERATIONS seeded mutations of them (default 0, seed 1).
@main
struct FuzzReplay {
    static func main() {
        let args = CommandLine.arguments
        guard args.count >= 3, let target = FuzzTarget(rawValue: args[1]) else {
            FileHandle.standardError.write(Data("usage: almanac-fuzz csv|model CORPUS-DIR [ITERATIONS] [SEED]\n".utf8))
            exit(64)
        }
        let dir = URL(fileURLWithPath: args[2])
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
        let corpus = files.compactMap { try? Data(contentsOf: dir.appendingPathComponent($0)) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-fuzz-\(getpid()).csv").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for input in corpus { target.run(input, scratch: scratch) }
        let iterations = args.count > 3 ? Int(args[3]) ?? 0 : 0
        var mutator = Mutator(state: args.count > 4 ? UInt64(args[4]) ?? 1 : 1)
        for _ in 0..<iterations where !corpus.isEmpty {
            target.run(mutator.mutate(corpus[mutator.below(corpus.count)]), scratch: scratch)
        }
        print("\(target.rawValue): \(corpus.count) corpus inputs and \(iterations) mutations, no crash")
    }
}
#endif
