"""NIST StRD linear-regression references (Longley, Wampler1, Wampler2) in extended
precision with mpmath, cross-checked against the NIST certified values.

Writes longley.csv (the 16 rows, identical to NIST's Longley data; taken from
statsmodels.datasets.longley) and nist_reference.json (coefficients, standard errors,
residual SD, R², and for Longley the lm summary quantities).

Run: python3 nist_reference.py   (mpmath, statsmodels)
"""
import json
import mpmath as mp
from statsmodels.datasets import longley

mp.mp.dps = 60

data = longley.load_pandas().data
cols = ["TOTEMP", "GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"]
with open("longley.csv", "w") as f:
    f.write(",".join(cols) + "\n")
    for _, row in data.iterrows():
        f.write(",".join(repr(float(row[c])) for c in cols) + "\n")


def ols(y, X):
    """Exact-to-60-digit OLS: normal equations are harmless at this precision."""
    n, p = len(y), len(X[0])
    Xm = mp.matrix(X)
    ym = mp.matrix(y)
    XtX = Xm.T * Xm
    Xty = Xm.T * ym
    beta = mp.lu_solve(XtX, Xty)
    inv = mp.inverse(XtX)
    res = ym - Xm * beta
    rss = sum(r * r for r in res)
    rdf = n - p
    s2 = rss / rdf
    se = [mp.sqrt(s2 * inv[j, j]) for j in range(p)]
    ybar = sum(y) / n
    fitted = Xm * beta
    mss = sum((fitted[i] - ybar) ** 2 for i in range(n))
    r2 = mss / (mss + rss)
    adj = 1 - (1 - r2) * (n - 1) / rdf
    fstat = (mss / (p - 1)) / s2
    out = {
        "coefficients": [float(b) for b in beta],
        "standardErrors": [float(s) for s in se],
        "residualSD": float(mp.sqrt(s2)),
        "rSquared": float(r2),
        "adjustedRSquared": float(adj),
        "rss": float(rss),
        "fStatistic": float(fstat) if rss > 0 else None,
        "residualDF": rdf,
    }
    if rss > 0:
        ll = mp.mpf(1) / 2 * (-n * (mp.log(2 * mp.pi) + 1 - mp.log(n) + mp.log(rss)))
        out["logLikelihood"] = float(ll)
        out["aic"] = float(-2 * ll + 2 * (p + 1))
        out["bic"] = float(-2 * ll + mp.log(n) * (p + 1))
    return out


# Longley: TOTEMP on an intercept and the six regressors.
y = [mp.mpf(repr(float(v))) for v in data["TOTEMP"]]
X = [[mp.mpf(1)] + [mp.mpf(repr(float(data[c][i]))) for c in cols[1:]] for i in range(len(y))]
ref = {"longley": ols(y, X)}

# Wampler1 / Wampler2: x = 0..20, degree-5 polynomial, exact fits.
x = [mp.mpf(i) for i in range(21)]
X5 = [[xi ** k for k in range(6)] for xi in x]
w1 = [sum(xi ** k for k in range(6)) for xi in x]
w2 = [sum(mp.mpf(10) ** (-k) * xi ** k for k in range(6)) for xi in x]
ref["wampler1"] = ols(w1, X5)
ref["wampler2"] = ols(w2, X5)
ref["wampler1"]["y"] = [float(v) for v in w1]
ref["wampler2"]["y"] = [float(v) for v in w2]

# NIST certified values (https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml).
certified_longley_coef = [-3482258.63459582, 15.0618722713733, -0.358191792925910e-01,
                          -2.02022980381683, -1.03322686717359, -0.511041056535807e-01,
                          1829.15146461355]
certified_longley_se = [890420.383607373, 84.9149257747669, 0.334910077722432e-01,
                        0.488399681651699, 0.214274163161675, 0.226073200069370,
                        455.478499142212]
for got, want in zip(ref["longley"]["coefficients"], certified_longley_coef):
    assert abs(got - want) <= 1e-13 * abs(want), (got, want)
for got, want in zip(ref["longley"]["standardErrors"], certified_longley_se):
    assert abs(got - want) <= 1e-13 * abs(want), (got, want)
assert abs(ref["longley"]["residualSD"] - 304.854073561965) < 1e-10
assert abs(ref["longley"]["rSquared"] - 0.995479004577296) < 1e-14
for got, want in zip(ref["wampler1"]["coefficients"], [1.0] * 6):
    assert abs(got - want) < 1e-15
for got, want in zip(ref["wampler2"]["coefficients"], [1, 0.1, 0.01, 0.001, 1e-4, 1e-5]):
    assert abs(got - want) <= 1e-15 * abs(want)
# Certified SEs are exactly 0 (exact fits); here they are 0 up to the 60-digit rounding.
assert all(abs(s) < 1e-40 for s in ref["wampler1"]["standardErrors"] + ref["wampler2"]["standardErrors"])

with open("nist_reference.json", "w") as f:
    json.dump(ref, f, indent=1)
print(json.dumps(ref["longley"], indent=1))
