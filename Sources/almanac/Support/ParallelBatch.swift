import Dispatch
import Forecaster

/// The batch loop of `forecast` and `benchmark`: `work(i)` for every index on up to `jobs`
/// threads, with a progress bar, results in index order.
enum ParallelBatch {
    /// Runs `work` for `0..<count`. Thread `w` takes indices `w, w + workers, …` (no shared queue),
    /// and the results come back in index order, so the output is the same bytes as a serial run.
    ///
    /// - Complexity: `count` calls of `work`, spread over `min(jobs, count)` threads.
    static func map<T>(count: Int, jobs: Int, label: String, _ work: @Sendable (Int) -> T) -> [T] {
        let slots = OrderedResults<T>(count: count)
        let progress = ProgressBar(total: count, label: label)
        let done = SharedCounter()
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < count {
                slots.set(i, work(i))
                progress.update(done.increment())
                i += workers
            }
        }
        return slots.values
    }
}
