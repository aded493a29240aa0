import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one clock of the harnesses: wall time, and CPU time of the calling thread or of the
/// whole process. On a shared machine CPU time is the figure to compare (a descheduled
/// thread keeps the wall clock running, not its CPU clock); wall time shows the disturbance.
enum BenchClock {
    /// Monotonic wall-clock seconds.
    static func wallSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// CPU seconds consumed by the calling thread.
    static func threadCPUSeconds() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }

    /// CPU seconds consumed by the process (all threads).
    static func processCPUSeconds() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

    private static func seconds(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
