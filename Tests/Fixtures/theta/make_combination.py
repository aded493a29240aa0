# Independent reference for Almanac's ForecastCombination (numpy/scipy), three members
# with fixed means and error covariances over h = 4 steps.
# Run from this folder: python3 make_combination.py
import json
import numpy as np
from scipy.stats import norm

h = 4
means = [[100.0, 102.0, 104.0, 106.0], [98.0, 99.0, 101.0, 100.0], [105.0, 107.0, 103.0, 110.0]]
def cov(s2, rho):
    c = np.array([[s2 * rho ** abs(i - j) * np.sqrt((1 + i) * (1 + j)) for j in range(h)] for i in range(h)])
    return c
covs = [cov(4.0, 0.6), cov(9.0, 0.3), cov(1.0, 0.9)]
levels = [80.0, 95.0]
out = {"members": [{"mean": m, "covariance": c.flatten(order="F").tolist()} for m, c in zip(means, covs)],
       "levels": levels}
M = np.array(means)
se = np.array([np.sqrt(np.diag(c)) for c in covs])
corr = [c / np.outer(s, s) for c, s in zip(covs, se)]
# pooled standard error, mean rule
mean = M.mean(axis=0); s = se.mean(axis=0); R = sum(corr) / 3
pooled = np.outer(s, s) * R
# median rule
med = np.median(M, axis=0); smed = np.median(se, axis=0)
pooled_med = np.outer(smed, smed) * R
# mixture
mix = sum(covs) / 3 + sum(np.outer(m - mean, m - mean) for m in M) / 3
def bounds(mu, sd, c=1.0):
    return {"lower": [(mu - norm.ppf(0.5 + l / 200) * c * sd).tolist() for l in levels],
            "upper": [(mu + norm.ppf(0.5 + l / 200) * c * sd).tolist() for l in levels]}
out["pooled"] = {"mean": mean.tolist(), "covariance": pooled.flatten(order="F").tolist(), **bounds(mean, s)}
out["median"] = {"mean": med.tolist(), "covariance": pooled_med.flatten(order="F").tolist(), **bounds(med, smed)}
out["mixture"] = {"mean": mean.tolist(), "covariance": (1.21 * mix).flatten(order="F").tolist(),
                  **bounds(mean, np.sqrt(np.diag(mix)), 1.1)}
json.dump(out, open("combination.json", "w"), indent=1)

# Five members: the trimmed mean (drop the highest and lowest forecast per step) with the
# median of the standard errors and the members' mean correlation, width 1.1; and the
# weighted mean (weights 0.5, 0.2, 0.1, 0.1, 0.1) with weighted standard errors and correlations.
means5 = means + [[90.0, 95.0, 120.0, 99.0], [101.0, 101.0, 101.0, 101.0]]
covs5 = covs + [cov(16.0, 0.5), cov(2.25, 0.0)]
out["members5"] = [{"mean": m, "covariance": c.flatten(order="F").tolist()} for m, c in zip(means5, covs5)]
M5 = np.array(means5)
se5 = np.array([np.sqrt(np.diag(c)) for c in covs5])
corr5 = [c / np.outer(s, s) for c, s in zip(covs5, se5)]
tmean = np.sort(M5, axis=0)[1:-1].mean(axis=0)
tse = np.median(se5, axis=0) * 1.1
R5 = sum(corr5) / 5
out["trimmed"] = {"mean": tmean.tolist(), "covariance": (np.outer(tse, tse) * R5).flatten(order="F").tolist(),
                  **bounds(tmean, tse)}
w = np.array([0.5, 0.2, 0.1, 0.1, 0.1])
wmean = w @ M5; wse = w @ se5; Rw = sum(a * c for a, c in zip(w, corr5))
out["weighted"] = {"mean": wmean.tolist(), "covariance": (np.outer(wse, wse) * Rw).flatten(order="F").tolist(),
                   **bounds(wmean, wse)}
json.dump(out, open("combination.json", "w"), indent=1)

# Trimmed quantile averaging (`trimmed-quantiles`): the same five members, now with
# asymmetric (log-normal) bounds around their means; each combined bound is the trimmed mean
# of the members' bounds, moved out from the trimmed-mean point by the width factor 1.1; the
# covariance uses the standard errors implied by the unscaled 95% bounds, the members' mean
# correlation and the factor 1.1².
slog = [0.02, 0.05, 0.01, 0.08, 0.03]
q_members = []
for m, c, sl in zip(means5, covs5, slog):
    m = np.array(m); grow = np.sqrt(np.arange(1, h + 1))
    lo = [(m * np.exp(-norm.ppf(0.5 + l / 200) * sl * grow)).tolist() for l in levels]
    hi = [(m * np.exp(norm.ppf(0.5 + l / 200) * sl * grow)).tolist() for l in levels]
    q_members.append({"mean": m.tolist(), "covariance": c.flatten(order="F").tolist(), "lower": lo, "upper": hi})
out["membersQuantiles"] = q_members
def trim(a):
    return np.sort(a, axis=0)[1:-1].mean(axis=0)
L = [np.minimum(trim(np.array([q["lower"][k] for q in q_members])), tmean) for k in range(len(levels))]
U = [np.maximum(trim(np.array([q["upper"][k] for q in q_members])), tmean) for k in range(len(levels))]
sq = (U[-1] - L[-1]) / (2 * norm.ppf(0.5 + levels[-1] / 200))
out["trimmedQuantiles"] = {"mean": tmean.tolist(),
                           "covariance": (1.21 * np.outer(sq, sq) * R5).flatten(order="F").tolist(),
                           "lower": [(tmean + 1.1 * (b - tmean)).tolist() for b in L],
                           "upper": [(tmean + 1.1 * (b - tmean)).tolist() for b in U]}
json.dump(out, open("combination.json", "w"), indent=1)
