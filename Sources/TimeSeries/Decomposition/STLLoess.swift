/// The loess building blocks of STL (Cleveland, Cleveland, McRae & Terpenning 1990), as
/// in the netlib Fortran that R's `stl` runs. Positions are the integers 1…n, so index
/// arithmetic below is 1-based (`p[j - 1]` is observation j); everything works on raw
/// pointers into workspaces that `STL.decompose` allocates once.
enum STLLoess {
    /// The Fortran source writes these thresholds as single-precision literals (`.999`,
    /// `.001`), which are widened to double; reproducing the widened values keeps every
    /// tricube cut-off decision identical to R's.
    static let nearOne = Double(Float(0.999))
    static let nearZero = Double(Float(0.001))

    /// Local fit at `xs` from observations `left…right` of `y[1…n]`: tricube weights
    /// `(1 − (|j − xs|/h)³)³` with bandwidth `h = max(xs − left, right − xs)` (widened by
    /// `⌊(span − n)/2⌋` when the span exceeds n), times the robustness weights when given;
    /// degree 1 adds the weighted least-squares slope (skipped when the weighted spread of
    /// the positions is below 0.001·(n − 1)). Returns nil when all weights vanish.
    /// `w` receives the (final) weights at `left…right`.
    /// - Complexity: O(right − left).
    static func estimate(_ y: UnsafePointer<Double>, n: Int, span: Int, degree: Int, at xs: Double,
                         left: Int, right: Int, weights w: UnsafeMutablePointer<Double>,
                         robustness rw: UnsafePointer<Double>?) -> Double? {
        let range = Double(n) - 1
        var h = max(xs - Double(left), Double(right) - xs)
        if span > n { h += Double((span - n) / 2) }
        let h9 = nearOne * h
        let h1 = nearZero * h
        var a = 0.0
        for j in left...right {
            let r = abs(Double(j) - xs)
            if r <= h9 {
                var wj: Double
                if r <= h1 {
                    wj = 1
                } else {
                    let q = r / h
                    let t = 1 - q * q * q
                    wj = t * t * t
                }
                if let rw { wj = rw[j - 1] * wj }
                w[j - 1] = wj
                a += wj
            } else {
                w[j - 1] = 0
            }
        }
        guard a > 0 else { return nil }
        for j in left...right { w[j - 1] /= a }
        if h > 0 && degree > 0 {
            var centre = 0.0
            for j in left...right { centre += w[j - 1] * Double(j) }
            var b = xs - centre
            var c = 0.0
            for j in left...right {
                let d = Double(j) - centre
                c += w[j - 1] * (d * d)
            }
            if c.squareRoot() > nearZero * range {
                b /= c
                for j in left...right { w[j - 1] *= b * (Double(j) - centre) + 1 }
            }
        }
        var ys = 0.0
        for j in left...right { ys += w[j - 1] * y[j - 1] }
        return ys
    }

    /// Loess smooth of `y[1…n]` into `ys[1…n]` with span `span` (odd), fitted exactly at
    /// every `jump`-th position (and at n) and linearly interpolated in between. The
    /// window is the `span` nearest positions (the whole series when `span ≥ n`); a fit
    /// whose weights all vanish keeps the observation. `scratch` needs n entries.
    /// - Complexity: O(n/jump · span + n).
    static func smooth(_ y: UnsafePointer<Double>, n: Int, span: Int, degree: Int, jump: Int,
                       robustness rw: UnsafePointer<Double>?, into ys: UnsafeMutablePointer<Double>,
                       scratch: UnsafeMutablePointer<Double>) {
        if n < 2 {
            ys[0] = y[0]
            return
        }
        let step = min(jump, n - 1)
        var left = 1, right = n
        if span >= n {
            left = 1
            right = n
            for i in stride(from: 1, through: n, by: step) {
                ys[i - 1] = estimate(y, n: n, span: span, degree: degree, at: Double(i), left: left, right: right,
                                     weights: scratch, robustness: rw) ?? y[i - 1]
            }
        } else if step == 1 {
            let half = (span + 1) / 2
            left = 1
            right = span
            for i in 1...n {
                if i > half && right != n {
                    left += 1
                    right += 1
                }
                ys[i - 1] = estimate(y, n: n, span: span, degree: degree, at: Double(i), left: left, right: right,
                                     weights: scratch, robustness: rw) ?? y[i - 1]
            }
        } else {
            let half = (span + 1) / 2
            for i in stride(from: 1, through: n, by: step) {
                if i < half {
                    left = 1
                    right = span
                } else if i >= n - half + 1 {
                    left = n - span + 1
                    right = n
                } else {
                    left = i - half + 1
                    right = span + i - half
                }
                ys[i - 1] = estimate(y, n: n, span: span, degree: degree, at: Double(i), left: left, right: right,
                                     weights: scratch, robustness: rw) ?? y[i - 1]
            }
        }
        guard step != 1 else { return }
        for i in stride(from: 1, through: n - step, by: step) {
            let delta = (ys[i + step - 1] - ys[i - 1]) / Double(step)
            for j in (i + 1)...(i + step - 1) { ys[j - 1] = ys[i - 1] + delta * Double(j - i) }
        }
        let k = ((n - 1) / step) * step + 1
        if k != n {
            // The last fit reuses the window of the last jump, as the Fortran does.
            ys[n - 1] = estimate(y, n: n, span: span, degree: degree, at: Double(n), left: left, right: right,
                                 weights: scratch, robustness: rw) ?? y[n - 1]
            if k != n - 1 {
                let delta = (ys[n - 1] - ys[k - 1]) / Double(n - k)
                for j in (k + 1)...(n - 1) { ys[j - 1] = ys[k - 1] + delta * Double(j - k) }
            }
        }
    }

    /// Running mean of length `length` over `x[1…n]`: `out[i]` = mean of x[i…i+length−1]
    /// for i = 1…n−length+1, updated by adding and dropping one term as the Fortran does.
    static func movingAverage(_ x: UnsafePointer<Double>, n: Int, length: Int, into out: UnsafeMutablePointer<Double>) {
        let count = n - length + 1
        let len = Double(length)
        var v = 0.0
        for i in 0..<length { v += x[i] }
        out[0] = v / len
        guard count > 1 else { return }
        for j in 1..<count {
            v = v - x[j - 1] + x[j + length - 1]
            out[j] = v / len
        }
    }
}
