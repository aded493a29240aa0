# Parity fixtures for Almanac's DynamicOptimisedTheta: statsforecast 2.1.1
# DynamicOptimizedTheta(season_length=m) (Fiorucci et al. 2016 DOTM) on four reference
# series and 16 M3 monthly training series (12 spread over the file, 4 of the shortest).
# Run from this folder: python3 make_dotm.py
# Writes dotm_params.csv (fitted l0, alpha, theta, the seasonal decision and the in-sample
# MSE of the one-step errors e_t, t >= 4, on the adjusted scale) and dotm_forecasts.csv
# (h = 18 point forecasts; 10 for the annual Nile).
import numpy as np
import pandas as pd
from statsforecast.models import DynamicOptimizedTheta
from statsmodels.tsa.seasonal import seasonal_decompose

base = "../../../../shared/datasets/"
series = {}
for name, m in [("airpassengers", 12), ("usaccdeaths", 12), ("nile", 1), ("ukdriverdeaths", 12)]:
    series[name] = (pd.read_csv(base + "reference/" + name + ".csv")["value"].to_numpy(float), m)
m3 = pd.read_csv(base + "m3-monthly.csv")
tr = m3[m3.split == "train"].sort_values(["series", "t"])
groups = {k: g["value"].to_numpy(float) for k, g in tr.groupby("series", sort=False)}
ids = list(dict.fromkeys(tr["series"]))
pick = ids[5::117][:12]
shortest = sorted(ids, key=lambda k: (len(groups[k]), k))
pick += [k for k in shortest if k not in pick][:4]
for k in pick:
    series[k] = (groups[k], 12)

prm, fcs = [], []
for name, (y, m) in series.items():
    h = 10 if m == 1 else 18
    model = DynamicOptimizedTheta(season_length=m).fit(y)
    d = model.model_
    mean = model.predict(h)["mean"]
    seasonal = bool(d.get("decompose", False))
    x = y / seasonal_decompose(y, model="multiplicative", period=m).seasonal if seasonal else y
    assert not seasonal or d["decomposition_type"] == "multiplicative"
    # statsforecast's objective is sum(e[3:]^2) / mean(|x|); report it as a mean square.
    mse = d["mse"] * np.mean(np.abs(x)) / (len(x) - 3)
    p = d["par"]
    prm.append(dict(series=name, period=m, n=len(y), h=h, seasonal=int(seasonal),
                    l0=repr(float(p["initial_smoothed"])), alpha=repr(float(p["alpha"])),
                    theta=repr(float(p["theta"])), mse=repr(float(mse))))
    for i, v in enumerate(mean):
        fcs.append(dict(series=name, h=i + 1, mean=repr(float(v))))
pd.DataFrame(prm).to_csv("dotm_params.csv", index=False)
pd.DataFrame(fcs).to_csv("dotm_forecasts.csv", index=False)
