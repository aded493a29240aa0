#!/usr/bin/env python3
"""Reference intervals of regression with ARIMA errors that include the regression
coefficients' estimation uncertainty, from statsmodels (0.15).

For each case of xreg.json and xreg_intercept.json (R's fits, written by make_fixtures.R and
make_intercept_fixture.R) the ARMA coefficients and
sigma^2 are fixed at R's estimates, and the regression coefficients (drift and intercept
included, as columns 1..n and 1) are states of the Kalman filter:

    SARIMAX(y, exog=X, order, seasonal_order, mle_regression=False,
            simple_differencing=False, use_exact_diffuse=True).filter(params)

The differencing states and the coefficient states start exact diffuse (Durbin & Koopman
ch. 5; statsmodels' default would be approximate diffuse with variance 1e10, which this
script also runs and records the largest difference of), the ARMA states stationary. The
h-step forecast variance then holds sigma^2 * (the ARIMA error variance) plus
g_h' Var(beta | ARMA, sigma^2) g_h. On the log scale (lambda = 0) the bounds are
exp(mean +- z se) and the mean exp(mean), as forecast.Arima back-transforms.

    python3 Tests/Fixtures/xreg/make_coefficient_uncertainty.py   (from the package root)

writes Tests/Fixtures/xreg/coefficient_uncertainty.json.
"""
import json
import os
import warnings

import numpy as np
import statsmodels
from statsmodels.tsa.statespace.sarimax import SARIMAX

HERE = os.path.dirname(os.path.abspath(__file__))


def reference(case, exact=True):
    names = case["coefNames"]
    coef = dict(zip(names, case["coef"]))
    p, d, q = case["order"]
    P, D, Q = case["seasonal"]
    m = case["period"]
    y = np.asarray(case["series"], dtype=float)
    n = len(y)
    h = len(case["newxreg"][0])
    if case["lambda"] is not None:
        assert case["lambda"] == 0, "only logs are used here"
        y = np.log(y)
    hist, fut, exog_names = [], [], []
    if "intercept" in names:
        hist.append(np.ones(n)); fut.append(np.ones(h)); exog_names.append("intercept")
    if "drift" in names:
        hist.append(np.arange(1, n + 1, dtype=float)); fut.append(np.arange(n + 1, n + h + 1, dtype=float))
        exog_names.append("drift")
    for j, name in enumerate(case["xregNames"]):
        hist.append(np.asarray(case["xreg"][j], dtype=float)); fut.append(np.asarray(case["newxreg"][j], dtype=float))
        exog_names.append(name)
    X = np.column_stack(hist)
    Xf = np.column_stack(fut)
    kwargs = dict(use_exact_diffuse=True) if exact else {}
    model = SARIMAX(y, exog=X, order=(p, d, q), seasonal_order=(P, D, Q, m if (P or D or Q) else 0),
                    trend="n", mle_regression=False, simple_differencing=False, **kwargs)
    params = []
    for pname in model.param_names:
        if pname.startswith("ar.S.L"):
            params.append(coef["sar%d" % (int(pname[6:]) // m)])
        elif pname.startswith("ma.S.L"):
            params.append(coef["sma%d" % (int(pname[6:]) // m)])
        elif pname.startswith("ar.L"):
            params.append(coef["ar%d" % int(pname[4:])])
        elif pname.startswith("ma.L"):
            params.append(coef["ma%d" % int(pname[4:])])
        elif pname == "sigma2":
            params.append(case["sigma2"])
        else:
            raise ValueError(pname)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = model.filter(np.asarray(params))
        fc = res.get_forecast(steps=h, exog=Xf)
    mean = np.asarray(fc.predicted_mean)
    var = np.asarray(fc.var_pred_mean)
    ci80 = np.asarray(fc.conf_int(alpha=0.2))
    ci95 = np.asarray(fc.conf_int(alpha=0.05))
    # The coefficient states at the end of the history: GLS estimates given the ARMA part,
    # and their covariance Var(beta | ARMA, sigma^2).
    k = X.shape[1]
    beta = res.filtered_state[-k:, -1]
    beta_cov = res.filtered_state_cov[-k:, -k:, -1]
    out = dict(name=case["name"], exog=exog_names, beta=beta.tolist(), betaCovariance=beta_cov.tolist(),
               modelMean=mean.tolist(), modelVariance=var.tolist())
    tr = np.exp if case["lambda"] is not None else (lambda v: v)
    out.update(mean=tr(mean).tolist(), lower80=tr(ci80[:, 0]).tolist(), upper80=tr(ci80[:, 1]).tolist(),
               lower95=tr(ci95[:, 0]).tolist(), upper95=tr(ci95[:, 1]).tolist())
    return out


def main():
    cases = []
    for name in ("xreg.json", "xreg_intercept.json"):
        with open(os.path.join(HERE, name)) as f:
            cases += json.load(f)
    out = []
    for case in cases:
        exact = reference(case, exact=True)
        approx = reference(case, exact=False)
        worst = max(abs(a - b) / abs(b) for key in ("upper95", "lower95", "mean")
                    for a, b in zip(approx[key], exact[key]))
        exact["approximateDiffuseRelativeDifference"] = worst
        out.append(exact)
        print("%-55s  hi95[0] %.4f  hi95[h] %.4f  approx-diffuse rel diff %.1e"
              % (case["name"], exact["upper95"][0], exact["upper95"][-1], worst))
    with open(os.path.join(HERE, "coefficient_uncertainty.json"), "w") as f:
        json.dump(dict(generator="statsmodels %s SARIMAX(mle_regression=False, use_exact_diffuse=True)"
                       % statsmodels.__version__, cases=out), f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
