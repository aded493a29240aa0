# Parity fixtures for Almanac's ComplexExponentialSmoothing: statsforecast 2.1.1
# AutoCES(season_length=m) (Svetunkov & Kourentzes CES, model "Z") and its per-type
# fits (cesmodel with seasontype N, S, P, F; nmse = 3) on three reference series,
# 12 M3 monthly training series spread over the file and 2 of the shortest, and a
# 20-point prefix of AirPassengers (too short for seasonal types: n < 2m).
# Run from this folder: python3 make_ces.py
# Writes
#   ces_params.csv    one row per (series, type); type "auto" is AutoCES's choice:
#                     parameters a0, a1, b0, b1 (NaN when not used), loglik, aicc,
#                     sigma2 and the chosen type for "auto".
#   ces_states.csv    the initial states (initstate) per (series, type), row-major.
#   ces_decompose.csv statsmodels seasonal_decompose(y, period=p).seasonal[:p] (additive)
#                     of AirPassengers for odd and even p (the P/F initial seasonal states).
#   ces_forecasts.csv point forecasts (h = 18; 10 for the annual Nile) per (series, type),
#                     and for "auto" also statsforecast's simulated 80/95% bounds
#                     (5000 paths, seed 1) for a loose comparison.
import numpy as np
import pandas as pd
from statsforecast.models import AutoCES
from statsforecast.ces import cesmodel, forecast_ces, initstate
from statsmodels.tsa.seasonal import seasonal_decompose

base = "../../../../shared/datasets/"
series = {}
for name, m in [("airpassengers", 12), ("usaccdeaths", 12), ("nile", 1)]:
    series[name] = (pd.read_csv(base + "reference/" + name + ".csv")["value"].to_numpy(float), m)
series["airpassengers20"] = (series["airpassengers"][0][:20], 12)
m3 = pd.read_csv(base + "m3-monthly.csv")
tr = m3[m3.split == "train"].sort_values(["series", "t"])
groups = {k: g["value"].to_numpy(float) for k, g in tr.groupby("series", sort=False)}
ids = list(dict.fromkeys(tr["series"]))
pick = ids[7::119][:12]
shortest = sorted(ids, key=lambda k: (len(groups[k]), k))
pick += [k for k in shortest if k not in pick][:2]
for k in pick:
    series[k] = (groups[k], 12)

def r(v):
    return repr(float(v)) if v is not None else "nan"

prm, sts, fcs = [], [], []
for name, (y, m) in series.items():
    h = 10 if m == 1 else 18
    types = ["N"] if (m == 1 or len(y) < 2 * m) else ["N", "S", "P", "F"]
    for t in types:
        fit = cesmodel(y=y, m=m, seasontype=t, alpha_0=None, alpha_1=None, beta_0=None,
                       beta_1=None, nmse=3)
        p = fit["par"]
        prm.append(dict(series=name, period=m, n=len(y), h=h, type=t, chosen=t,
                        a0=r(p["alpha_0"]), a1=r(p["alpha_1"]), b0=r(p["beta_0"]), b1=r(p["beta_1"]),
                        loglik=r(fit["loglik"]), aicc=r(fit["aicc"]), sigma2=r(fit["sigma2"])))
        s0 = initstate(y, 1 if t == "N" else m, t)
        for i, v in enumerate(s0.ravel()):
            sts.append(dict(series=name, type=t, index=i, value=r(v)))
        f = forecast_ces(fit, h)["mean"]
        for i, v in enumerate(f):
            fcs.append(dict(series=name, type=t, h=i + 1, mean=r(v), lo80="nan", hi80="nan",
                            lo95="nan", hi95="nan"))
    model = AutoCES(season_length=m).fit(y)
    d = model.model_
    p = d["par"]
    prm.append(dict(series=name, period=m, n=len(y), h=h, type="auto", chosen=d["seasontype"],
                    a0=r(p["alpha_0"]), a1=r(p["alpha_1"]), b0=r(p["beta_0"]), b1=r(p["beta_1"]),
                    loglik=r(d["loglik"]), aicc=r(d["aicc"]), sigma2=r(d["sigma2"])))
    pr = model.predict(h, level=[80, 95])
    for i in range(h):
        fcs.append(dict(series=name, type="auto", h=i + 1, mean=r(pr["mean"][i]),
                        lo80=r(pr["lo-80"][i]), hi80=r(pr["hi-80"][i]),
                        lo95=r(pr["lo-95"][i]), hi95=r(pr["hi-95"][i])))
pd.DataFrame(prm).to_csv("ces_params.csv", index=False)
pd.DataFrame(sts).to_csv("ces_states.csv", index=False)
pd.DataFrame(fcs).to_csv("ces_forecasts.csv", index=False)

air = series["airpassengers"][0]
dec = []
for p in [4, 7, 12]:
    for i, v in enumerate(seasonal_decompose(air, period=p).seasonal[:p]):
        dec.append(dict(period=p, index=i, value=r(v)))
pd.DataFrame(dec).to_csv("ces_decompose.csv", index=False)
