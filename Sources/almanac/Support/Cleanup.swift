import Dispatch
import Foundation
import Reports

/// Removes the temporary files of a run — the standard-input copy and half-written outputs —
/// at exit and when the run is interrupted (SIGINT, SIGTERM, SIGHUP), so that no
/// `.name.tmp-PID-UUID` file is left next to the user's outputs. The interrupted process then
/// dies of the same signal, so the shell sees the usual status.
enum Cleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func installSignalHandlers() {
        let queue = DispatchQueue(label: "almanac.signals")
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler {
                run()
                signal(sig, SIG_DFL)
                raise(sig)
                _exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }

    static func run() {
        TemporaryFiles.removeAll()
        StdinCleanup.run()
    }
}
