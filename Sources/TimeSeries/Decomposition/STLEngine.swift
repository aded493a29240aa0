/// The inner and outer loops of STL over preallocated workspaces (R's `stl`, `stlstp`,
/// `stlss`, `stlfts`, `stlrwt`). Spans are made odd and at least 3 here, the period at
/// least 2, as the Fortran does; parameters were validated by `STL.decompose`.
///
/// A class owning raw buffers (freed in `deinit`) so the kernels can hold several
/// workspaces at once without per-pass allocation or exclusivity conflicts.
final class STLEngine {
    let n: Int, period: Int
    let seasonalSpan: Int, trendSpan: Int, lowPassSpan: Int
    let seasonalDegree: Int, trendDegree: Int, lowPassDegree: Int
    let seasonalJump: Int, trendJump: Int, lowPassJump: Int
    let inner: Int

    private let seasonBuffer: UnsafeMutablePointer<Double>
    private let trendBuffer: UnsafeMutablePointer<Double>
    private let weightBuffer: UnsafeMutablePointer<Double>
    /// Five columns of n + 2m values (the Fortran's `work`), column-major.
    private let work: UnsafeMutablePointer<Double>
    private let workCount: Int

    var season: [Double] { Array(UnsafeBufferPointer(start: seasonBuffer, count: n)) }
    var trend: [Double] { Array(UnsafeBufferPointer(start: trendBuffer, count: n)) }
    var robustnessWeights: [Double] { Array(UnsafeBufferPointer(start: weightBuffer, count: n)) }

    init(n: Int, period: Int, seasonalSpan: Int, trendSpan: Int, lowPassSpan: Int,
         seasonalDegree: Int, trendDegree: Int, lowPassDegree: Int,
         seasonalJump: Int, trendJump: Int, lowPassJump: Int, inner: Int) {
        func oddAtLeast3(_ k: Int) -> Int { let v = max(3, k); return v % 2 == 0 ? v + 1 : v }
        self.n = n
        self.period = max(2, period)
        self.seasonalSpan = oddAtLeast3(seasonalSpan)
        self.trendSpan = oddAtLeast3(trendSpan)
        self.lowPassSpan = oddAtLeast3(lowPassSpan)
        self.seasonalDegree = seasonalDegree
        self.trendDegree = trendDegree
        self.lowPassDegree = lowPassDegree
        self.seasonalJump = seasonalJump
        self.trendJump = trendJump
        self.lowPassJump = lowPassJump
        self.inner = inner
        seasonBuffer = .allocate(capacity: n)
        seasonBuffer.initialize(repeating: 0, count: n)
        trendBuffer = .allocate(capacity: n)
        trendBuffer.initialize(repeating: 0, count: n)
        weightBuffer = .allocate(capacity: n)
        weightBuffer.initialize(repeating: 1, count: n)
        workCount = (n + 2 * self.period) * 5
        work = .allocate(capacity: workCount)
        work.initialize(repeating: 0, count: workCount)
    }

    deinit {
        seasonBuffer.deallocate()
        trendBuffer.deallocate()
        weightBuffer.deallocate()
        work.deallocate()
    }

    /// Runs one robustness-free pass then `outer` robust passes (the weights of the last
    /// pass are reported; with `outer = 0` they are all 1).
    func run(_ y: [Double], outer: Int) {
        let n = self.n
        y.withUnsafeBufferPointer { yb in
            guard let y = yb.baseAddress else { return }
            var useWeights = false
            var pass = 0
            while true {
                innerLoop(y, useWeights: useWeights)
                pass += 1
                if pass > outer { break }
                updateRobustnessWeights(y)
                useWeights = true
            }
        }
        if outer <= 0 {
            for i in 0..<n { weightBuffer[i] = 1 }
        }
    }

    /// `stlrwt`: bisquare weights of |y − S − T| scaled by 6 × their median (the mean of
    /// the two middle order statistics as R's partial sort finds them).
    private func updateRobustnessWeights(_ y: UnsafePointer<Double>) {
        let n = self.n
        let rw = weightBuffer
        for i in 0..<n { rw[i] = abs(y[i] - (trendBuffer[i] + seasonBuffer[i])) }
        // Partially sort a copy in the first work column, exactly as R (see STLPartialSort).
        let mid1 = n / 2 + 1, mid2 = n - mid1 + 1
        for i in 0..<n { work[i] = rw[i] }
        STLPartialSort.run(work, n: n, targets: (mid1, mid2))
        let cmad = 3.0 * (work[mid1 - 1] + work[mid2 - 1])
        let c9 = STLLoess.nearOne * cmad
        let c1 = STLLoess.nearZero * cmad
        for i in 0..<n {
            let r = rw[i]
            if r <= c1 {
                rw[i] = 1
            } else if r <= c9 {
                let u = r / cmad
                let t = 1 - u * u
                rw[i] = t * t
            } else {
                rw[i] = 0
            }
        }
    }

    /// `stlstp`: `inner` passes of cycle-subseries smoothing, low-pass filtering and trend smoothing.
    private func innerLoop(_ y: UnsafePointer<Double>, useWeights: Bool) {
        let n = self.n, np = period, stride = n + 2 * period
        let season = seasonBuffer, trend = trendBuffer
        let w1 = work, w2 = work + stride, w3 = work + 2 * stride
        let w4 = work + 3 * stride, w5 = work + 4 * stride
        let rw: UnsafePointer<Double>? = useWeights ? UnsafePointer(weightBuffer) : nil
        for _ in 0..<inner {
            for i in 0..<n { w1[i] = y[i] - trend[i] }
            // Cycle-subseries smoothing into w2 (n + 2m values); `season` is scratch here.
            smoothCycleSubseries(w1, robustness: rw, into: w2, sub: w3, fitted: w4, subWeights: w5,
                                 scratch: season)
            // Low-pass filter: MA(m), MA(m), MA(3), then loess.
            STLLoess.movingAverage(w2, n: stride, length: np, into: w3)
            STLLoess.movingAverage(w3, n: stride - np + 1, length: np, into: w1)
            STLLoess.movingAverage(w1, n: stride - 2 * np + 2, length: 3, into: w3)
            STLLoess.smooth(w3, n: n, span: lowPassSpan, degree: lowPassDegree, jump: lowPassJump,
                            robustness: nil, into: w1, scratch: w4)
            for i in 0..<n { season[i] = w2[np + i] - w1[i] }
            for i in 0..<n { w1[i] = y[i] - season[i] }
            STLLoess.smooth(w1, n: n, span: trendSpan, degree: trendDegree, jump: trendJump,
                            robustness: rw, into: trend, scratch: w3)
        }
    }

    /// `stlss`: loess-smooths each cycle-subseries j, j+m, … of `y[1…n]` and extrapolates one
    /// value before and after it (fits at positions 0 and k+1); the smoothed subseries are
    /// interleaved back into `out` (n + 2m values).
    private func smoothCycleSubseries(_ y: UnsafeMutablePointer<Double>, robustness rw: UnsafePointer<Double>?,
                      into out: UnsafeMutablePointer<Double>, sub: UnsafeMutablePointer<Double>,
                      fitted: UnsafeMutablePointer<Double>, subWeights: UnsafeMutablePointer<Double>,
                      scratch: UnsafeMutablePointer<Double>) {
        let np = period, ns = seasonalSpan
        for j in 1...np {
            let k = (n - j) / np + 1
            for i in 1...k { sub[i - 1] = y[(i - 1) * np + j - 1] }
            if rw != nil, let rw {
                for i in 1...k { subWeights[i - 1] = rw[(i - 1) * np + j - 1] }
            }
            let subRW: UnsafePointer<Double>? = rw == nil ? nil : UnsafePointer(subWeights)
            STLLoess.smooth(sub, n: k, span: ns, degree: seasonalDegree, jump: seasonalJump,
            robustness: subRW, into: fitted + 1, scratch: scratch)
            fitted[0] = STLLoess.estimate(sub, n: k, span: ns, degree: seasonalDegree, at: 0, left: 1,
                          right: min(ns, k), weights: scratch, robustness: subRW) ?? fitted[1]
            fitted[k + 1] = STLLoess.estimate(sub, n: k, span: ns, degree: seasonalDegree, at: Double(k + 1),
              left: max(1, k - ns + 1), right: k, weights: scratch,
              robustness: subRW) ?? fitted[k]
            for m in 1...(k + 2) { out[(m - 1) * np + j - 1] = fitted[m - 1] }
        }
    }
}
