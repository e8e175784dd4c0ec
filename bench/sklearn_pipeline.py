#!/usr/bin/python3
"""The suite's pipeline done the single-machine Python way, for the side-by-side benchmark.

    bench/sklearn_pipeline.py INPUT.csv [--out DIR] [--silhouette-sample 20000] [--sweep-sample 200000]

Same steps as `segment run`, as a data scientist would write them with pandas and scikit-learn:
  ingest    read the raw CSV, both date styles, hard errors to a quarantine frame with a reason,
            soft problems to null; input = clean + quarantined is checked
  features  one row per customer: latest non-null attribute, recency/frequency/monetary, age,
            median imputation, quintile RFM scores (the suite's tie rule) and named segments
  model     log1p + standard scaling + PCA (90 % variance), K-means k = 2..10 fitted on a sample
            and measured on all (WSSSE), silhouette on a sample (scikit-learn's is quadratic),
            bisecting K-means and a Gaussian mixture at the chosen k, the final K-means on all,
            Gaussian Naive Bayes on a stratified 80/20 split (weighted F1)
  publish   customer segments and profiles written out
Differences from the suite, on purpose or by necessity: the silhouette is estimated on a sample
(the suite measures it on every customer); tables are written as CSV because Debian 12 packages
no pyarrow; k is the best silhouette of the sweep (the suite combines knee and silhouette).
Prints one line per step with the elapsed seconds and ends with a JSON summary line.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import pandas as pd
from sklearn.cluster import BisectingKMeans, KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import f1_score, silhouette_score
from sklearn.mixture import GaussianMixture
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.preprocessing import StandardScaler

COLUMNS = ["transaction_id", "customer_id", "dob", "gender", "location", "balance",
           "txn_date", "txn_time", "amount"]
START = time.monotonic()
STEPS = {}


def step(name, t0, rows=None):
    took = time.monotonic() - t0
    STEPS[name] = round(took, 2)
    extra = f"{rows:>12,} rows" if rows is not None else " " * 17
    print(f"[sklearn] {name:<44}{extra} {took:7.1f}s  (total {time.monotonic() - START:6.1f}s)", flush=True)


def parse_dates(text):
    """d/m/yy, dd-mm-yyyy: day, month, year split by / or -; NaT where impossible."""
    parts = text.str.extract(r"^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\s*$")
    year = pd.to_numeric(parts[2], errors="coerce")
    return parts, year


def to_date(day, month, year):
    frame = pd.DataFrame({"year": year, "month": pd.to_numeric(month, errors="coerce"),
                          "day": pd.to_numeric(day, errors="coerce")})
    return pd.to_datetime(frame, errors="coerce")


def ingest(path):
    t0 = time.monotonic()
    raw = pd.read_csv(path, header=0, names=COLUMNS, dtype=str, keep_default_na=False,
                      skipinitialspace=True, on_bad_lines="skip", engine="c")
    n = len(raw)
    raw["line"] = np.arange(2, n + 2)
    reason = pd.Series(pd.NA, index=raw.index, dtype="object")

    def reject(mask, code):
        reason.loc[mask & reason.isna()] = code

    reject(raw.transaction_id.str.strip() == "", "MISSING_TRANSACTION_ID")
    reject(raw.customer_id.str.strip() == "", "MISSING_CUSTOMER_ID")
    reject(raw.txn_date.str.strip() == "", "MISSING_TRANSACTION_DATE")
    parts, year = parse_dates(raw.txn_date)
    year = year.where(year >= 100, year + 2000)
    txn_date = to_date(parts[0], parts[1], year)
    reject(txn_date.isna(), "BAD_TRANSACTION_DATE")
    hhmmss = pd.to_numeric(raw.txn_time, errors="coerce")
    hh, mm, ss = hhmmss // 10000, hhmmss // 100 % 100, hhmmss % 100
    reject(hhmmss.isna() | (hh > 23) | (mm > 59) | (ss > 59) | (hhmmss < 0), "BAD_TRANSACTION_TIME")
    amount = pd.to_numeric(raw.amount, errors="coerce")
    reject(amount.isna(), "BAD_AMOUNT")
    reject(amount < 0, "NEGATIVE_AMOUNT")
    reject(raw.transaction_id.duplicated() & reason.isna(), "DUPLICATE_TRANSACTION_ID")
    quarantine = raw.loc[reason.notna(), ["line"]].assign(reason=reason[reason.notna()])
    ok = reason.isna()

    dob_parts, dob_year = parse_dates(raw.dob)
    century = np.where(dob_year + 2000 > txn_date.dt.year, 1900, 2000)
    dob_year = dob_year.where(dob_year >= 100, dob_year + century)
    dob = to_date(dob_parts[0], dob_parts[1], dob_year)
    dob = dob.where((dob.dt.year != 1800) & (dob <= txn_date))
    gender = raw.gender.str.upper().where(raw.gender.str.upper().isin(["M", "F"]))
    clean = pd.DataFrame({
        "customer_id": raw.customer_id, "dob": dob, "gender": gender,
        "location": raw.location.str.strip().replace("", pd.NA),
        "balance": pd.to_numeric(raw.balance, errors="coerce"),
        "txn_ts": txn_date + pd.to_timedelta(hh * 3600 + mm * 60 + ss, unit="s"),
        "amount": amount, "line": raw.line})[ok]
    if len(clean) + len(quarantine) != n:
        sys.exit(f"ingest: {n} input rows != {len(clean)} clean + {len(quarantine)} quarantined")
    step("ingest: parse, clean, quarantine", t0, n)
    return clean, quarantine, n


RFM_SEGMENTS = [  # (name, r range, f range, m range): first match wins, as in reference.conf
    ("Champions", (4, 5), (4, 5), (4, 5)), ("Loyal Customers", (3, 5), (4, 5), (1, 5)),
    ("Potential Loyalist", (4, 5), (2, 3), (1, 5)), ("New Customers", (5, 5), (1, 1), (1, 5)),
    ("Promising", (4, 4), (1, 1), (1, 5)), ("Need Attention", (3, 3), (3, 3), (1, 5)),
    ("Need Attention", (3, 3), (1, 2), (4, 5)), ("About To Sleep", (3, 3), (1, 2), (1, 3)),
    ("Can't Lose Them", (1, 2), (4, 5), (4, 5)), ("At Risk", (1, 2), (3, 5), (1, 5)),
    ("Hibernating", (2, 2), (1, 2), (1, 5)), ("Hibernating", (1, 1), (2, 2), (1, 5)),
    ("Lost", (1, 1), (1, 1), (1, 5))]


def quintile_scores(values, higher_is_better):
    """score = 1 + #{k in 1..4 : worse(v) >= k n / 5}, worse(v) = customers strictly worse."""
    v = values.to_numpy(dtype=float)
    ordered = np.sort(v if higher_is_better else -v)
    worse = np.searchsorted(ordered, v if higher_is_better else -v, side="left")
    n = len(v)
    return 1 + sum((worse >= k * n / 5).astype(int) for k in range(1, 5))


def features(clean):
    t0 = time.monotonic()
    clean = clean.sort_values(["customer_id", "txn_ts", "line"])
    grouped = clean.groupby("customer_id", sort=False)
    snapshot = clean.txn_ts.max().normalize() + pd.Timedelta(days=1)
    customers = pd.DataFrame({
        "last_txn": grouped.txn_ts.max(), "frequency": grouped.size(),
        "monetary": grouped.amount.sum(), "dob": grouped.dob.last(),  # last() skips nulls
        "gender": grouped.gender.last(), "location": grouped.location.last(),
        "balance": grouped.balance.last()})
    customers["recency_days"] = (snapshot - customers.last_txn.dt.normalize()).dt.days.clip(lower=1)
    age = (snapshot - customers.dob).dt.days / 365.2425
    age = np.floor(age).where(age <= 120)
    customers["age"] = age.fillna(age.median())
    customers["balance"] = customers.balance.fillna(customers.balance.median())
    customers["gender"] = customers.gender.fillna("U")
    customers["r"] = quintile_scores(customers.recency_days, higher_is_better=False)
    customers["f"] = quintile_scores(customers.frequency, higher_is_better=True)
    customers["m"] = quintile_scores(customers.monetary, higher_is_better=True)
    segment = pd.Series("Others", index=customers.index)
    for name, (r0, r1), (f0, f1), (m0, m1) in reversed(RFM_SEGMENTS):
        hit = customers.r.between(r0, r1) & customers.f.between(f0, f1) & customers.m.between(m0, m1)
        segment = segment.where(~hit, name)
    customers["rfm_segment"] = segment
    step("features: customers, RFM scores and segments", t0, len(customers))
    return customers


def model(customers, seed, sweep_sample, silhouette_sample):
    t0 = time.monotonic()
    x = pd.DataFrame({
        "recency_days": customers.recency_days.astype(float),
        "frequency": np.log1p(customers.frequency), "monetary": np.log1p(customers.monetary),
        "age": customers.age, "balance": np.log1p(customers.balance.clip(lower=0)),
        "gender": customers.gender.map({"M": 1.0, "F": 0.0}).fillna(0.5)}).to_numpy()
    scaled = StandardScaler().fit_transform(x)
    pca = PCA(n_components=0.90, svd_solver="full", random_state=seed).fit(scaled)
    z = pca.transform(scaled)
    step(f"model: scaled, PCA keeps {pca.n_components_} components", t0, len(z))

    rng = np.random.default_rng(seed)
    fit_rows = rng.choice(len(z), size=min(sweep_sample, len(z)), replace=False)
    sil_rows = rng.choice(len(z), size=min(silhouette_sample, len(z)), replace=False)
    sweep = []
    t0 = time.monotonic()
    for k in range(2, 11):
        km = KMeans(n_clusters=k, n_init=1, max_iter=20, random_state=seed).fit(z[fit_rows])
        labels = km.predict(z)
        wssse = float(((z - km.cluster_centers_[labels]) ** 2).sum())
        sil = float(silhouette_score(z[sil_rows], labels[sil_rows]))
        sweep.append({"k": k, "wssse": wssse, "silhouette": sil})
        print(f"[sklearn]   kmeans k={k}: wssse {wssse:.4g}, silhouette {sil:.4f}", flush=True)
    step("model: K-means sweep k=2..10 (fit on sample, measure on all)", t0, len(z))
    k = max(sweep, key=lambda p: p["silhouette"])["k"]

    t0 = time.monotonic()
    alternatives = {}
    for name, estimator in [("bisecting-kmeans", BisectingKMeans(n_clusters=k, random_state=seed)),
                            ("gaussian-mixture", GaussianMixture(n_components=k, random_state=seed))]:
        labels = estimator.fit(z[fit_rows]).predict(z)
        alternatives[name] = float(silhouette_score(z[sil_rows], labels[sil_rows]))
    step(f"model: alternatives at k={k}", t0, len(z))

    t0 = time.monotonic()
    final = KMeans(n_clusters=k, n_init=1, max_iter=40, random_state=seed).fit(z)
    labels = final.labels_
    step("model: final K-means on all customers", t0, len(z))

    t0 = time.monotonic()
    train_x, test_x, train_y, test_y = train_test_split(x, labels, test_size=0.2, stratify=labels,
                                                        random_state=seed)
    nb = GaussianNB().fit(StandardScaler().fit(train_x).transform(train_x), train_y)
    predicted = nb.predict(StandardScaler().fit(train_x).transform(test_x))
    weighted_f1 = float(f1_score(test_y, predicted, average="weighted"))
    step(f"model: Gaussian Naive Bayes, weighted F1 {weighted_f1:.4f}", t0, len(test_y))
    return z, labels, k, sweep, alternatives, weighted_f1


def publish(out, customers, z, labels, quarantine):
    t0 = time.monotonic()
    os.makedirs(out, exist_ok=True)
    segments = customers.assign(cluster_id=labels, pca_1=z[:, 0], pca_2=z[:, 1])
    segments.drop(columns=["last_txn", "dob"]).to_csv(os.path.join(out, "customer_segments.csv"))
    profiles = segments.groupby("cluster_id")[["recency_days", "frequency", "monetary", "age", "balance"]] \
        .agg(["mean", "median"])
    profiles.to_csv(os.path.join(out, "segment_profiles.csv"))
    quarantine.to_csv(os.path.join(out, "quarantine.csv"), index=False)
    step("publish: customer segments, profiles, quarantine (CSV)", t0, len(segments))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("--out", default="bench/out/sklearn")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--sweep-sample", type=int, default=200_000)
    parser.add_argument("--silhouette-sample", type=int, default=20_000)
    args = parser.parse_args()
    clean, quarantine, rows = ingest(args.input)
    customers = features(clean)
    z, labels, k, sweep, alternatives, f1 = model(customers, args.seed, args.sweep_sample,
                                                  args.silhouette_sample)
    publish(args.out, customers, z, labels, quarantine)
    print(json.dumps({"rows": rows, "clean": len(clean), "quarantined": len(quarantine),
                      "customers": len(customers), "k": k, "sweep": sweep, "alternatives": alternatives,
                      "naive_bayes_weighted_f1": f1, "steps": STEPS,
                      "wall_seconds": round(time.monotonic() - START, 2)}))


if __name__ == "__main__":
    main()
