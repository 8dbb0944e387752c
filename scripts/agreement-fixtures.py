#!/usr/bin/python3
"""Expected values of the agreement coefficients, computed by independent implementations.

Writes lib/agreement/fixtures/*.json, which lib/agreement/fixtures.test.ts compares our
TypeScript results to (to 1e-9), so the unit tests need no Python. Re-run after changing what
a fixture covers:

    /usr/bin/python3 scripts/agreement-fixtures.py

Needs Debian's python3-nltk, python3-sklearn (with scipy) and python3-statsmodels. Every data
set is drawn from a seeded random.Random, so the files are the same on every run.

References:
- Krippendorff's alpha: nltk.metrics.agreement.AnnotationTask.alpha, with
  nltk.metrics.distance.binary_distance (nominal), interval_distance ((a - b)^2) and, for the
  relative tolerance t, the distance max(0, |a - b| - t * max(|a|, |b|))^2 passed to
  AnnotationTask as its distance function.
  NLTK's conventions: a missing value is a (coder, item) triple that is absent; items with fewer
  than two labels are ignored; alpha is 1 when the data hold a single label. Data sets where the
  pairable values hold a single label (NLTK divides by zero) or where nothing is pairable are not
  generated.
- Cohen's kappa: sklearn.metrics.cohen_kappa_score (unweighted). Data sets where both coders use
  one and the same label (kappa = 0/0) are not generated.
- Fleiss' kappa: statsmodels.stats.inter_rater.fleiss_kappa(table, method="fleiss"), the table
  made by statsmodels.stats.inter_rater.aggregate_raters.
- Alignment of two annotators: scipy.optimize.linear_sum_assignment on the whole article's
  overlap/union matrix (pairs below the threshold weigh 0 and are dropped from the matching).
  Alignment of three: every partition of each candidate component into cliques, enumerated
  exhaustively. Articles whose optimal alignment is not unique are not generated (tie-breaking
  is ours to choose, so only a unique optimum can be compared unit by unit).
  The measures on those units are computed with the same NLTK / scikit-learn / statsmodels
  calls; span F1 is counted here directly.
"""

import itertools
import json
import os
import random
import sys
import warnings

import nltk
import numpy
import scipy
import sklearn
import statsmodels
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import binary_distance, interval_distance
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "lib", "agreement", "fixtures")
SEED = 20240917
DATASETS = 24

VERSIONS = {
    "python": sys.version.split()[0],
    "nltk": nltk.__version__,
    "scikit-learn": sklearn.__version__,
    "statsmodels": statsmodels.__version__,
    "scipy": scipy.__version__,
    "numpy": numpy.__version__,
}

warnings.filterwarnings("error")  # a degenerate data set must fail loudly here, not become NaN


def tolerance_distance(t):
    def distance(a, b):
        excess = abs(a - b) - t * max(abs(a), abs(b))
        return excess * excess if excess > 0 else 0.0

    return distance


def write(name, reference, compared, datasets):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    header = {
        "generator": "scripts/agreement-fixtures.py",
        "seed": SEED,
        "versions": VERSIONS,
        "reference": reference,
        "compared": compared,
    }
    # One data set per line: small files that still diff line by line.
    lines = [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in header.items()]
    body = ",\n".join("  " + json.dumps(d, separators=(",", ":"), ensure_ascii=False) for d in datasets)
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n" + "\n".join(lines) + '\n "datasets": [\n' + body + "\n ]\n}\n")
    print(f"{path}: {len(datasets)} data sets")


def nltk_alpha(triples, distance):
    return AnnotationTask(data=triples, distance=distance).alpha()


# ---------------------------------------------------------------- coefficients on raw data


def alpha_data(rng, numeric):
    """Units x coders with missing values, labels drawn around a per-unit true label."""
    while True:
        coders = [f"c{i}" for i in range(rng.randint(2, 6))]
        units = rng.randint(3, 60)
        missing = rng.choice([0.0, 0.1, 0.25, 0.4])
        agree = rng.uniform(0.2, 0.95)
        if numeric:
            scale = rng.choice([1, 10, 1000, 30000, 1e6])
            integral = rng.random() < 0.5
        else:
            categories = [f"k{i}" for i in range(rng.randint(2, 6))]
        triples = []
        for u in range(units):
            if numeric:
                truth = rng.uniform(-0.2, 1.0) * scale
            else:
                truth = rng.choice(categories)
            for c in coders:
                if rng.random() < missing:
                    continue
                if numeric:
                    if rng.random() < agree:
                        v = truth * (1 + rng.uniform(-0.04, 0.04)) if rng.random() < 0.5 else truth
                    else:
                        v = rng.uniform(-0.2, 1.0) * scale
                    v = float(round(v)) if integral else v
                else:
                    v = truth if rng.random() < agree else rng.choice(categories)
                triples.append((c, f"u{u}", v))
        by_unit = {}
        for c, u, v in triples:
            by_unit.setdefault(u, []).append(v)
        pairable = [v for vs in by_unit.values() if len(vs) >= 2 for v in vs]
        if len(set(pairable)) >= 2:
            return triples


def alpha_fixtures(rng):
    nominal = []
    interval = []
    tolerance = []
    for i in range(DATASETS):
        triples = alpha_data(rng, numeric=False)
        nominal.append({"name": f"nominal-{i}", "triples": triples, "expected": nltk_alpha(triples, binary_distance)})
    for i in range(DATASETS):
        triples = alpha_data(rng, numeric=True)
        interval.append({"name": f"interval-{i}", "triples": triples, "expected": nltk_alpha(triples, interval_distance)})
    for i in range(DATASETS):
        t = rng.choice([0.01, 0.02, 0.05, 0.1, 0.25])
        triples = alpha_data(rng, numeric=True)
        tolerance.append(
            {
                "name": f"interval-tolerance-{i}",
                "tolerance": t,
                "triples": triples,
                "expected": nltk_alpha(triples, tolerance_distance(t)),
            }
        )
    compared = (
        "krippendorffAlpha(units, metric).value, the units being the triples grouped by item "
        "(coder, item, label); a coder without a triple for an item has no value there."
    )
    write(
        "alpha-nominal.json",
        f"nltk {nltk.__version__} AnnotationTask(data=triples, distance=binary_distance).alpha()",
        compared,
        nominal,
    )
    write(
        "alpha-interval.json",
        f"nltk {nltk.__version__} AnnotationTask(data=triples, distance=interval_distance).alpha()",
        compared,
        interval,
    )
    write(
        "alpha-interval-tolerance.json",
        f"nltk {nltk.__version__} AnnotationTask(data=triples, distance=d).alpha() with "
        "d(a, b) = max(0, |a - b| - tolerance * max(|a|, |b|))^2",
        compared + " Metric: interval with the data set's relative tolerance.",
        tolerance,
    )


def cohen_fixtures(rng):
    datasets = []
    while len(datasets) < DATASETS:
        categories = [f"k{i}" for i in range(rng.randint(2, 6))]
        n = rng.randint(5, 120)
        agree = rng.uniform(0.1, 0.95)
        a = [rng.choice(categories) for _ in range(n)]
        b = [x if rng.random() < agree else rng.choice(categories) for x in a]
        if len(set(a) | set(b)) < 2:
            continue
        datasets.append({"name": f"cohen-{len(datasets)}", "a": a, "b": b, "expected": float(cohen_kappa_score(a, b))})
    write(
        "cohen-kappa.json",
        f"scikit-learn {sklearn.__version__} sklearn.metrics.cohen_kappa_score(a, b)",
        "cohenKappa(a, b).value",
        datasets,
    )


def fleiss_fixtures(rng):
    datasets = []
    while len(datasets) < DATASETS:
        categories = [f"k{i}" for i in range(rng.randint(2, 6))]
        raters = rng.randint(2, 6)
        n = rng.randint(3, 80)
        agree = rng.uniform(0.1, 0.95)
        items = []
        for _ in range(n):
            truth = rng.choice(categories)
            items.append([truth if rng.random() < agree else rng.choice(categories) for _ in range(raters)])
        if len({x for item in items for x in item}) < 2:
            continue
        index = {k: i for i, k in enumerate(categories)}
        table, _ = aggregate_raters(numpy.array([[index[x] for x in item] for item in items]))
        datasets.append(
            {"name": f"fleiss-{len(datasets)}", "items": items, "expected": float(fleiss_kappa(table, method="fleiss"))}
        )
    write(
        "fleiss-kappa.json",
        f"statsmodels {statsmodels.__version__} fleiss_kappa(aggregate_raters(items)[0], method='fleiss')",
        "fleissKappa(items).value, items[i] being the labels item i received",
        datasets,
    )


# ---------------------------------------------------------------- alignment and measures

KINDS = ["casualty", "quantity", "event", "quote"]
QUALIFIERS = ["exact", "about", "at_least", "more_than"]
UNITS = ["people", "dollars", "percent"]
VERDICTS = ["supported", "refuted", "conflicting", "not_enough_evidence"]
STANCES = ["supports", "refutes", "mixed", "context"]
URLS = [f"https://source{i}.example.org/" for i in range(4)]
THRESHOLD = 0.5
EPS = 1e-9


def iou(a, b):
    overlap = min(a["end"], b["end"]) - max(a["start"], b["start"])
    if overlap <= 0:
        return 0.0
    return overlap / ((a["end"] - a["start"]) + (b["end"] - b["start"]) - overlap)


def weight(a, b):
    if a["annotatorId"] == b["annotatorId"]:
        return 0.0
    w = iou(a, b)
    return w if w >= THRESHOLD else 0.0


def random_article(rng, article_id, annotators, base_claims, length):
    """Annotator 0 draws claims; the others copy each with jitter or skip it, and add their own."""
    truth = []
    for _ in range(base_claims):
        start = rng.randint(0, length - 10)
        end = min(length, start + rng.randint(5, 50))
        truth.append(
            {
                "start": start,
                "end": end,
                "kind": rng.choice(KINDS),
                "value": float(rng.choice([30000, 40000, 250, 12.5, 1e6])) if rng.random() < 0.7 else None,
                "qualifier": rng.choice(QUALIFIERS),
                "unit": rng.choice(UNITS),
                "verdict": rng.choice(VERDICTS),
            }
        )
    claims = []
    for a, annotator in enumerate(annotators):
        mine = []
        for t in truth:
            if a > 0 and rng.random() < 0.25:
                continue
            jitter = 0 if rng.random() < 0.4 else rng.randint(-6, 6)
            start = max(0, t["start"] + jitter)
            end = max(start + 1, min(length, t["end"] + (0 if rng.random() < 0.5 else rng.randint(-6, 6))))
            value = t["value"]
            if value is not None and rng.random() < 0.3:
                value = value * rng.choice([0.99, 1.03, 1.2, 0.5])
            mine.append(
                {
                    "start": start,
                    "end": end,
                    "kind": t["kind"] if rng.random() < 0.8 else rng.choice(KINDS),
                    "value": value if rng.random() < 0.9 else None,
                    "qualifier": t["qualifier"] if rng.random() < 0.7 else rng.choice(QUALIFIERS + [None]),
                    "unit": (t["unit"] if rng.random() < 0.8 else rng.choice(UNITS + [None]))
                    if rng.random() < 0.9
                    else " " + t["unit"].upper() + " ",
                    "verdict": t["verdict"] if rng.random() < 0.7 else rng.choice(VERDICTS + [None]),
                }
            )
        for _ in range(rng.randint(0, 3)):
            start = rng.randint(0, length - 10)
            mine.append(
                {
                    "start": start,
                    "end": min(length, start + rng.randint(5, 50)),
                    "kind": rng.choice(KINDS),
                    "value": None,
                    "qualifier": None,
                    "unit": None,
                    "verdict": rng.choice(VERDICTS + [None]),
                }
            )
        for i, c in enumerate(mine):
            c["id"] = f"{article_id}-{annotator}-{i}"
            c["articleId"] = article_id
            c["annotatorId"] = annotator
        for c in mine:
            links = []
            if rng.random() < 0.5:
                links.append({"targetClaimId": None, "url": rng.choice(URLS), "stance": rng.choice(STANCES[:2])})
            others = [o for o in mine if o is not c]
            if others and rng.random() < 0.3:
                links.append({"targetClaimId": rng.choice(others)["id"], "url": None, "stance": rng.choice(STANCES)})
            c["evidence"] = links
        claims.extend(mine)
    return claims


def components(claims):
    parent = list(range(len(claims)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if weight(claims[i], claims[j]) > 0:
                parent[find(i)] = find(j)
    groups = {}
    for i in range(len(claims)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def align_two(claims, annotators):
    """Whole-article assignment by scipy; returns (units, total weight, unique)."""
    left = [c for c in claims if c["annotatorId"] == annotators[0]]
    right = [c for c in claims if c["annotatorId"] == annotators[1]]

    def solve(forbidden):
        if not left or not right:
            return 0.0, []
        w = numpy.array([[0.0 if (i, j) in forbidden else weight(l, r) for j, r in enumerate(right)] for i, l in enumerate(left)])
        rows, cols = linear_sum_assignment(w, maximize=True)
        pairs = [(i, j) for i, j in zip(rows, cols) if w[i, j] > 0]
        return sum(w[i, j] for i, j in pairs), pairs

    total, pairs = solve(set())
    unique = all(solve({p})[0] < total - EPS for p in pairs)
    units = []
    matched_l = {i for i, _ in pairs}
    matched_r = {j for _, j in pairs}
    for i, j in pairs:
        units.append([left[i], right[j]])
    units += [[left[i]] for i in range(len(left)) if i not in matched_l]
    units += [[right[j]] for j in range(len(right)) if j not in matched_r]
    return units, total, unique


def clique_partitions(members, claims):
    """Every partition of `members` into cliques of the candidate graph (one claim per annotator)."""
    if not members:
        yield []
        return
    first, rest = members[0], members[1:]
    for size in range(len(rest) + 1):
        for others in itertools.combinations(rest, size):
            unit = (first,) + others
            if any(weight(claims[a], claims[b]) == 0 for a, b in itertools.combinations(unit, 2)):
                continue
            remaining = [m for m in rest if m not in others]
            for tail in clique_partitions(remaining, claims):
                yield [unit] + tail


def align_exhaustive(claims):
    units = []
    total = 0.0
    unique = True
    for group in components(claims):
        scored = []
        for partition in clique_partitions(group, claims):
            w = sum(weight(claims[a], claims[b]) for unit in partition for a, b in itertools.combinations(unit, 2))
            scored.append((w, partition))
        best = max(w for w, _ in scored)
        optimal = [p for w, p in scored if w > best - EPS]
        if len(optimal) > 1:
            unique = False
        total += best
        units += [[claims[i] for i in unit] for unit in optimal[0]]
    return units, total, unique


def norm_unit(u):
    return None if u is None else (" ".join(u.strip().lower().split()) or None)


def measures(articles, tolerance):
    """Expected measures over aligned articles: [(annotators, units)], units as lists of claims."""
    unit_of = {}
    items = []
    for a, (annotators, units) in enumerate(articles):
        for u, unit in enumerate(units):
            key = f"{a}#{u}"
            for c in unit:
                unit_of[c["id"]] = key
            items.append((key, annotators, {c["annotatorId"]: c for c in unit}))

    def alpha(get, distance):
        triples = []
        used = incomplete = excluded = 0
        for key, annotators, by in items:
            values = [(x, get(by[x])) for x in annotators if x in by and get(by[x]) is not None]
            if len(values) >= 2:
                used += 1
                incomplete += len(values) < len(annotators)
                triples += [(x, key, v) for x, v in values]
            else:
                excluded += 1
        if used == 0:
            return None
        if len({v for _, _, v in triples}) < 2:
            return {"value": 1.0, "units": used, "incomplete": incomplete, "excluded": excluded}
        return {"value": nltk_alpha(triples, distance), "units": used, "incomplete": incomplete, "excluded": excluded}

    finding_triples = [(x, key, by[x]["kind"] if x in by else "(no claim)") for key, annotators, by in items for x in annotators]
    finding = (
        {"value": nltk_alpha(finding_triples, binary_distance), "units": len(items), "incomplete": 0, "excluded": 0}
        if len({v for _, _, v in finding_triples}) >= 2
        else {"value": 1.0, "units": len(items), "incomplete": 0, "excluded": 0}
    )

    stance_triples = []
    s_used = s_incomplete = s_excluded = 0
    for key, annotators, by in items:
        targets = {}
        for x in annotators:
            if x not in by:
                continue
            for link in by[x]["evidence"]:
                t = "unit:" + unit_of[link["targetClaimId"]] if link["targetClaimId"] else "url:" + link["url"]
                targets.setdefault(t, {}).setdefault(x, link["stance"])
        for t, stances in targets.items():
            if len(stances) >= 2:
                s_used += 1
                s_incomplete += len(stances) < len(by)
                stance_triples += [(x, key + "|" + t, s) for x, s in stances.items()]
            else:
                s_excluded += 1
    if s_used == 0:
        stance = None
    elif len({s for _, _, s in stance_triples}) < 2:
        stance = {"value": 1.0, "units": s_used, "incomplete": s_incomplete, "excluded": s_excluded}
    else:
        stance = {
            "value": nltk_alpha(stance_triples, binary_distance),
            "units": s_used,
            "incomplete": s_incomplete,
            "excluded": s_excluded,
        }

    raters = max(len(annotators) for annotators, _ in articles)
    complete = [[by[x]["kind"] for x in annotators] for _, annotators, by in items if len(by) == len(annotators)]
    index = {k: i for i, k in enumerate(KINDS)}
    fleiss = None
    if complete and len({k for row in complete for k in row}) >= 2:
        table, _ = aggregate_raters(numpy.array([[index[k] for k in row] for row in complete]))
        fleiss = {"value": float(fleiss_kappa(table, method="fleiss")), "units": len(complete), "raters": raters}

    return {
        "finding": finding,
        "kind": alpha(lambda c: c["kind"], binary_distance),
        "qualifier": alpha(lambda c: c["qualifier"], binary_distance),
        "unit": alpha(lambda c: norm_unit(c["unit"]), binary_distance),
        "value": alpha(lambda c: c["value"], tolerance_distance(tolerance)),
        "verdict": alpha(lambda c: c["verdict"], binary_distance),
        "stance": stance,
        "fleissKind": fleiss,
    }


class NotUnique(Exception):
    pass


def pair_figures(articles_claims, a, b):
    """Span F1 (exact, overlap) and Cohen's kappa with "no claim" for one pair over articles."""
    exact = overlap = na = nb = 0
    la = []
    lb = []
    for claims in articles_claims:
        ca = [c for c in claims if c["annotatorId"] == a]
        cb = [c for c in claims if c["annotatorId"] == b]
        na += len(ca)
        nb += len(cb)
        spans = {}
        for c in ca:
            spans[(c["start"], c["end"])] = spans.get((c["start"], c["end"]), 0) + 1
        for c in cb:
            if spans.get((c["start"], c["end"]), 0) > 0:
                exact += 1
                spans[(c["start"], c["end"])] -= 1
        units, _, unique = align_two(ca + cb, [a, b])
        if not unique:
            raise NotUnique()
        for unit in units:
            by = {c["annotatorId"]: c for c in unit}
            overlap += a in by and b in by
            la.append(by[a]["kind"] if a in by else "(no claim)")
            lb.append(by[b]["kind"] if b in by else "(no claim)")
    kappa = float(cohen_kappa_score(la, lb)) if len(set(la) | set(lb)) >= 2 else None
    return {
        "a": a,
        "b": b,
        "spanF1Exact": 2 * exact / (na + nb) if na + nb else None,
        "spanF1Overlap": 2 * overlap / (na + nb) if na + nb else None,
        "kappaKindWithNone": kappa,
    }


def alignment_fixtures(rng, annotator_count, name):
    datasets = []
    attempts = 0
    while len(datasets) < DATASETS:
        attempts += 1
        annotators = [f"ann-{chr(97 + i)}" for i in range(annotator_count)]
        tolerance = rng.choice([0.0, 0.05, 0.1])
        articles = []
        aligned = []
        ok = True
        for a in range(rng.randint(1, 4)):
            article_id = f"art-{len(datasets)}-{a}"
            if annotator_count == 2:
                claims = random_article(rng, article_id, annotators, rng.randint(2, 12), rng.randint(150, 800))
                units, total, unique = align_two(claims, annotators)
            else:
                claims = random_article(rng, article_id, annotators, rng.randint(2, 5), rng.randint(200, 600))
                if any(len(g) > 9 for g in components(claims)):
                    ok = False
                    break
                units, total, unique = align_exhaustive(claims)
            if not unique:
                ok = False
                break
            articles.append({"articleId": article_id, "annotatorIds": annotators, "claims": claims})
            aligned.append(
                {
                    "articleId": article_id,
                    "totalWeight": total,
                    "units": sorted(sorted(c["id"] for c in unit) for unit in units),
                }
            )
        if not ok:
            continue
        try:
            expected = measures([(annotators, [[c for c in u] for u in units_of(articles[i], aligned[i])]) for i in range(len(articles))], tolerance)
            pairs = [
                pair_figures([art["claims"] for art in articles], x, y) for x, y in itertools.combinations(annotators, 2)
            ]
        except (ZeroDivisionError, RuntimeWarning, NotUnique):
            continue
        datasets.append(
            {
                "name": f"{name}-{len(datasets)}",
                "overlapThreshold": THRESHOLD,
                "valueTolerance": tolerance,
                "articles": articles,
                "alignment": aligned,
                "expected": expected,
                "pairs": pairs,
            }
        )
    return datasets


def units_of(article, aligned):
    by_id = {c["id"]: c for c in article["claims"]}
    return [[by_id[i] for i in unit] for unit in aligned["units"]]


def main():
    rng = random.Random(SEED)
    alpha_fixtures(rng)
    cohen_fixtures(rng)
    fleiss_fixtures(rng)
    compared_alignment = (
        "alignClaims per article: the units (as sets of claim ids) and their total weight "
        "(sum of overlap/union over the pairs in each unit); then buildAgreementReport with "
        "bootstrap off: overall finding, kind, qualifier, unit, value (interval, relative tolerance), "
        "verdict and stance alpha (value, units, incomplete, excluded), Fleiss' kappa on kind over "
        "complete units, and per pair span F1 exact/overlap and Cohen's kappa with 'no claim' as a category. "
        "Where the pairable values of an alpha hold a single label, the expected value is 1 (NLTK's "
        "convention for one label; ours for no variation) rather than NLTK's division by zero."
    )
    write(
        "alignment-two.json",
        f"scipy {scipy.__version__} optimize.linear_sum_assignment (alignment); nltk {nltk.__version__} "
        f"AnnotationTask.alpha; scikit-learn {sklearn.__version__} cohen_kappa_score; statsmodels "
        f"{statsmodels.__version__} fleiss_kappa",
        compared_alignment,
        alignment_fixtures(rng, 2, "two"),
    )
    write(
        "alignment-three.json",
        f"exhaustive enumeration of clique partitions (alignment); nltk {nltk.__version__} AnnotationTask.alpha; "
        f"scikit-learn {sklearn.__version__} cohen_kappa_score; statsmodels {statsmodels.__version__} fleiss_kappa",
        compared_alignment,
        alignment_fixtures(rng, 3, "three"),
    )


if __name__ == "__main__":
    main()
