import CLAPACK
#if canImport(Glibc)
import Glibc
#endif

/// OpenBLAS thread configuration.
///
/// Almanac's matrices are small (a few dozen rows or columns per call), where
/// OpenBLAS threading costs more than it gains; parallelism comes from running
/// series side by side instead. So OpenBLAS runs single-threaded unless the
/// environment variable `ALMANAC_BLAS_THREADS` asks for more.
public enum BLASThreads {
    /// Applied once, on first use of any BLAS/LAPACK wrapper.
    static let configured: Void = {
        let requested = getenv("ALMANAC_BLAS_THREADS").flatMap { Int32(String(cString: $0)) }
        openblas_set_num_threads(max(1, requested ?? 1))
    }()

    /// Ensure the thread setting is applied (cheap after the first call).
    @inline(__always) public static func ensureConfigured() { _ = configured }

    /// The number of threads OpenBLAS will use for a call.
    public static var current: Int {
        ensureConfigured()
        return Int(openblas_get_num_threads())
    }

    /// Override the thread count for this process.
    public static func set(_ threads: Int) {
        ensureConfigured()
        openblas_set_num_threads(Int32(max(1, threads)))
    }
}
