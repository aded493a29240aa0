/// Coefficient covariance matrices of a fitted `LinearRegression`.
extension LinearRegression {
    /// The covariance of `β̂` under `estimator` (see `CovarianceEstimator`), `p × p`
    /// with NaN rows and columns for aliased coefficients (as R's `vcov`).
    ///
    /// All estimators are sandwiches around `B = (X₁ᵀX₁)⁻¹` from the QR factor, never
    /// from inverting `XᵀX`.
    ///
    /// - Throws: `.invalidArgument` when Newey–West lag selection is impossible (too few
    ///   observations) or a lag is negative; `.singular` if prewhitening fails.
    /// - Complexity: O(n·k²) (HC), O(n·k²·L) (Newey–West), k = rank.
    public func covariance(_ estimator: CovarianceEstimator = .classical) throws -> Matrix {
        let kept = estimated
        let k = kept.count
        let b = unscaledCovariance.selecting(columns: kept).selecting(rows: kept)
        let inner: Matrix
        switch estimator {
        case .classical:
            inner = (sigma * sigma) * b
            return embed(inner, kept)
        case .hc0, .hc1, .hc2, .hc3:
            let n = Double(observations)
            let omega: [Double] = (0..<observations).map { i in
                let e2 = residuals[i] * residuals[i]
                switch estimator {
                case .hc1: return e2 * n / (n - Double(k))
                case .hc2: return e2 / (1 - hatValues[i])
                case .hc3: return e2 / ((1 - hatValues[i]) * (1 - hatValues[i]))
                default: return e2
                }
            }
            let x1 = design.selecting(columns: kept)
            var meat = Matrix(rows: k, columns: k)
            for a in 0..<k {
                for c in a..<k {
                    var s = 0.0
                    for i in 0..<observations { s += omega[i] * x1[i, a] * x1[i, c] }
                    meat[a, c] = s
                    meat[c, a] = s
                }
            }
            inner = try b * meat * b
        case .neweyWest(let lag, let prewhite, let adjust):
            let u = scores()
            let chosen = try lag ?? neweyWestLag(prewhite: prewhite)
            guard chosen >= 0 else { throw NumericsError.invalidArgument("Newey–West lag \(chosen) < 0") }
            let meat = try NeweyWest.meat(
                scores: u, weights: NeweyWest.bartlettWeights(lag: chosen, count: u.rows),
                prewhite: prewhite, adjust: adjust)
            inner = try b * meat * b
        }
        return embed(symmetrised(inner), kept)
    }

    /// Square roots of the covariance diagonal (NaN for aliased coefficients).
    public func standardErrors(_ estimator: CovarianceEstimator = .classical) throws -> [Double] {
        try covariance(estimator).diagonal.map { $0.squareRoot() }
    }

    /// The OLS scores `u_t = e_t x_t` over the estimated columns (R's `estfun.lm`).
    public func scores() -> Matrix {
        var u = design.selecting(columns: estimated)
        for j in 0..<u.columns { for i in 0..<observations { u[i, j] *= residuals[i] } }
        return u
    }

    /// The automatic Newey–West lag `⌊bwNeweyWest⌋` sandwich's `NeweyWest` uses, with
    /// sandwich's score weights: 0 for the `(Intercept)` column (or, without that name,
    /// for columns whose scores equal the residuals, i.e. columns of ones), 1 otherwise.
    /// The lag is capped at 2⁵² (exact in a `Double`): a near-zero spectral density can give a
    /// finite bandwidth beyond `Int`'s range, and at that size the Bartlett weights of the
    /// available lags are 1 to double precision either way.
    public func neweyWestLag(prewhite: Bool = true) throws -> Int {
        Int(min(try neweyWestBandwidth(prewhite: prewhite).rounded(.down), 0x1p52))
    }

    /// The real-valued Newey–West (1994) bandwidth (`sandwich::bwNeweyWest(fit, prewhite:)`).
    public func neweyWestBandwidth(prewhite: Bool = true) throws -> Double {
        let kept = estimated
        let u = scores()
        var w = [Double](repeating: 1, count: kept.count)
        let keptNames = kept.map { names[$0] }
        if keptNames.contains("(Intercept)") {
            for (a, name) in keptNames.enumerated() where name == "(Intercept)" { w[a] = 0 }
        } else {
            for a in 0..<kept.count {
                var s = 0.0
                for i in 0..<observations { s += (u[i, a] - residuals[i]) * (u[i, a] - residuals[i]) }
                if s < 1e-16 { w[a] = 0 }
            }
        }
        if w.allSatisfy({ $0 <= 0 }) { w = [Double](repeating: 1, count: kept.count) }
        return try NeweyWest.bandwidth(scores: u, weights: w, prewhite: prewhite)
    }

    func symmetrised(_ a: Matrix) -> Matrix {
        var s = a
        for i in 0..<a.rows { for j in (i + 1)..<max(i + 1, a.columns) {
            let v = 0.5 * (a[i, j] + a[j, i])
            s[i, j] = v
            s[j, i] = v
        } }
        return s
    }

    /// Places a `k × k` matrix over the estimated coefficients into `p × p`, NaN elsewhere.
    func embed(_ inner: Matrix, _ kept: [Int]) -> Matrix {
        let p = design.columns
        var out = Matrix(rows: p, columns: p, repeating: .nan)
        for (a, ja) in kept.enumerated() { for (c, jc) in kept.enumerated() { out[ja, jc] = inner[a, c] } }
        return out
    }
}
