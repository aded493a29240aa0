import Foundation

/// The two objective functions R's `arima` optimises, with every buffer preallocated
/// once per fit: `armaCSS` (½ log of the conditional mean square) and `armafn`
/// (½ [log(ssq/ν) + Σlog Fₜ/ν], the concentrated exact Gaussian −log-likelihood / n).
///
/// - Complexity: one evaluation is O(n·(k + nnz(φ) + nnz(θ))) for CSS; for ML O(n·rd² +
///   np²·r) with R's filter and Gardner's Q0, or O(n·(k + r) + p²) on the fast path
///   (`DifferencedLikelihood`); neither allocates.
final class ARIMAObjective {
    let n: Int
    let arma: ARMAOrders
    let ncxreg: Int
    let narma: Int
    let kappa: Double
    let ncond: Int
    let pTot: Int
    let qTot: Int
    private let x: UnsafeMutablePointer<Double>
    private let xreg: UnsafeMutablePointer<Double>
    private let xAdj: UnsafeMutablePointer<Double>
    private let phi: UnsafeMutablePointer<Double>
    private let theta: UnsafeMutablePointer<Double>
    private let params: UnsafeMutablePointer<Double>
    private let work: UnsafeMutablePointer<Double>
    private let input: UnsafeMutablePointer<Double>
    private let css: CSSWorkspace
    let kalman: KalmanWorkspace
    /// The ML objective on the differenced series with the ARMA state only (exact diffuse
    /// likelihood, `ARMAKalmanWorkspace`) when requested; nil when not, when the series or
    /// a regressor has missing values or κ is below R's 10⁶ — then R's full state-space
    /// filter is used.
    let differenced: DifferencedLikelihood?
    /// Use the autocovariance Q0 (`AutocovarianceQ0Workspace`) instead of Gardner's in the
    /// differenced path when the parameters are transformed (AR part stationary by
    /// construction); Gardner's otherwise.
    var useAutocovarianceQ0 = true

    init(x xIn: [Double], xreg xregIn: [Double], ncxreg: Int, arma: ARMAOrders, delta: [Double],
         kappa: Double, ncond: Int, rossignol: Bool = false, exactDiffuse: Bool = false) {
        n = xIn.count
        self.arma = arma
        self.ncxreg = ncxreg
        narma = arma.count
        self.kappa = kappa
        self.ncond = ncond
        pTot = arma.p + arma.period * arma.P
        qTot = arma.q + arma.period * arma.Q
        x = .allocate(capacity: max(n, 1))
        xreg = .allocate(capacity: max(n * ncxreg, 1))
        xAdj = .allocate(capacity: max(n, 1))
        phi = .allocate(capacity: max(pTot, 1))
        theta = .allocate(capacity: max(qTot, 1))
        params = .allocate(capacity: max(narma + ncxreg, 1))
        work = .allocate(capacity: max(narma + ncxreg, 1))
        input = .allocate(capacity: max(narma + ncxreg, 1))
        for i in 0..<n { x[i] = xIn[i] }
        for i in 0..<(n * ncxreg) { xreg[i] = xregIn[i] }
        css = CSSWorkspace(n: n, p: pTot, q: qTot)
        kalman = KalmanWorkspace(p: pTot, q: qTot, delta: delta)
        kalman.rossignol = rossignol
        let complete = !xIn.contains { $0.isNaN } && !xregIn.contains { $0.isNaN }
        differenced = exactDiffuse && complete && kappa >= 1e6 && n > delta.count
            ? DifferencedLikelihood(x: xIn, xreg: xregIn, ncxreg: ncxreg, delta: delta, p: pTot, q: qTot)
            : nil
        // Without regressors the series to difference never changes: do it once.
        if ncxreg == 0 { css.difference(x, arma: arma) }
    }

    deinit {
        x.deallocate(); xreg.deallocate(); xAdj.deallocate(); phi.deallocate(); theta.deallocate()
        params.deallocate(); work.deallocate(); input.deallocate()
    }

    /// Loads the full parameter vector, expands φ/θ and subtracts the regression part.
    @inline(__always)
    private func load(_ par: [Double], transform: Bool) {
        for i in 0..<par.count { input[i] = par[i] }
        ParameterTransform.transPars(input, arma, transform: transform, phi: phi, theta: theta,
                                     params: params, work: work)
        for i in 0..<n { xAdj[i] = x[i] }
        for j in 0..<ncxreg {
            let b = par[narma + j]
            let col = xreg + n * j
            for i in 0..<n { xAdj[i] -= col[i] * b }
        }
    }

    /// R's `armaCSS`.
    func cssObjective(_ par: [Double]) -> Double {
        if ncxreg == 0 {
            for i in 0..<par.count { input[i] = par[i] }
            ParameterTransform.transPars(input, arma, transform: false, phi: phi, theta: theta,
                                         params: params, work: work)
            return 0.5 * log(css.runDifferenced(phi: phi, p: pTot, theta: theta, q: qTot, ncond: ncond))
        }
        load(par, transform: false)
        let s2 = css.run(y: xAdj, arma: arma, phi: phi, p: pTot, theta: theta, q: qTot, ncond: ncond)
        return 0.5 * log(s2)
    }

    /// R's `armafn`: −log-likelihood/ν with σ² concentrated out. On a complete series it
    /// is evaluated exactly on the differenced series (see `DifferencedLikelihood`);
    /// otherwise, or with `fullState`, by R's filter with the differencing in the state.
    func mlObjective(_ par: [Double], transform: Bool, fullState: Bool = false) -> Double {
        if !fullState, let dl = differenced {
            for i in 0..<par.count { input[i] = par[i] }
            ParameterTransform.transPars(input, arma, transform: transform, phi: phi, theta: theta,
                                         params: params, work: work)
            let s = dl.sums(phi: phi, theta: theta, beta: input + narma,
                            autocovarianceQ0: useAutocovarianceQ0 && (transform || kalman.rossignol),
                            gardner: kalman.q0)
            let nu = Double(s.nu)
            return 0.5 * (log(s.ssq / nu) + s.sumlog / nu)
        }
        load(par, transform: transform)
        kalman.initialise(phi: phi, theta: theta, kappa: kappa)
        let s = kalman.run(y: xAdj, n: n, phi: phi, theta: theta, residuals: nil)
        let nu = Double(s.nu)
        let s2 = s.ssq / nu
        return 0.5 * (log(s2) + s.sumlog / nu)
    }

    struct FinalState {
        var phi: [Double]
        var theta: [Double]
        var a: [Double]
        var P: [Double]
        var residuals: [Double]
        var ssq: Double
        /// R's `armafn` value at these coefficients: ½[log(ssq/ν) + Σlog Fₜ/ν].
        var value: Double
    }

    /// Runs the filter at the final (untransformed) coefficients, as R's closing
    /// `arimaSS` call: standardised residuals and the filtered state at time n.
    func finalState(_ coef: [Double]) -> FinalState {
        load(coef, transform: false)
        kalman.initialise(phi: phi, theta: theta, kappa: kappa)
        var res = [Double](repeating: .nan, count: n)
        let s = res.withUnsafeMutableBufferPointer { rb in
            kalman.run(y: xAdj, n: n, phi: phi, theta: theta, residuals: rb.baseAddress)
        }
        let rd = kalman.rd
        return FinalState(phi: (0..<pTot).map { phi[$0] }, theta: (0..<qTot).map { theta[$0] },
                          a: (0..<rd).map { kalman.a[$0] }, P: (0..<(rd * rd)).map { kalman.P[$0] },
                          residuals: res, ssq: s.ssq,
                          value: 0.5 * (log(s.ssq / Double(s.nu)) + s.sumlog / Double(s.nu)))
    }

    /// The expanded φ and θ at the (untransformed) coefficients, as `finalState` reports
    /// them, without the filter pass (the same `transPars` arithmetic).
    func expandedPolynomials(_ coef: [Double]) -> (phi: [Double], theta: [Double]) {
        for i in 0..<coef.count { input[i] = coef[i] }
        ParameterTransform.transPars(input, arma, transform: false, phi: phi, theta: theta,
                                     params: params, work: work)
        return ((0..<pTot).map { phi[$0] }, (0..<qTot).map { theta[$0] })
    }

    /// CSS residuals (zeros for the first `ncond`) and their mean square at `coef`.
    func cssResiduals(_ coef: [Double]) -> (sigma2: Double, residuals: [Double]) {
        load(coef, transform: false)
        let s2 = css.run(y: xAdj, arma: arma, phi: phi, p: pTot, theta: theta, q: qTot, ncond: ncond)
        return (s2, (0..<n).map { css.resid[$0] })
    }
}
