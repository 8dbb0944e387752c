#!/usr/bin/python3
"""Expected agreement figures of the browser test's scenario (e2e/agreement.spec.ts), computed
by the same independent implementations as scripts/agreement-fixtures.py (NLTK, scikit-learn,
statsmodels), so the test checks the page against figures our code did not make:

    /usr/bin/python3 scripts/agreement-e2e-fixture.py

Two annotators tag the Clinton article: the first tags "over 30,000 people dead" as a casualty
of 30,000 and "more than 40,000 people" as a casualty of 40,000; the second tags the first
phrase as a casualty of 3,000 and misses the second. Offsets are the phrases' places in the
seeded corpus file (only whether spans overlap matters to the figures).
Writes e2e/fixtures/clinton-agreement.json.
"""
import importlib.util
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("fixtures", os.path.join(ROOT, "scripts", "agreement-fixtures.py"))
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)

with open(os.path.join(ROOT, "prisma", "seed", "corpus", "004_4c6646da87a4e47d.txt"), encoding="utf-8") as f:
    TEXT = f.read()
FIRST = "over 30,000 people dead"
SECOND = "more than 40,000 people"


def claim(cid, annotator, phrase, value, unit):
    start = TEXT.index(phrase)
    return {
        "id": cid,
        "articleId": "clinton",
        "annotatorId": annotator,
        "start": start,
        "end": start + len(phrase),
        "kind": "casualty",
        "value": value,
        "qualifier": "more_than",
        "unit": unit,
        "verdict": None,
        "evidence": [],
    }


def main():
    a, b = "first", "second"
    claims = [
        claim("a1", a, FIRST, 30000, "people dead"),
        claim("a2", a, SECOND, 40000, "people"),
        claim("b1", b, FIRST, 3000, "people dead"),
    ]
    units, _, unique = fixtures.align_two(claims, [a, b])
    assert unique
    expected = fixtures.measures([([a, b], units)], 0.0)
    pair = fixtures.pair_figures([claims], a, b)
    out = {
        "reference": f"nltk {fixtures.nltk.__version__} AnnotationTask.alpha; scikit-learn "
        f"{fixtures.sklearn.__version__} cohen_kappa_score; span F1 counted directly",
        "claims": claims,
        "units": len(units),
        "expected": expected,
        "pair": pair,
    }
    path = os.path.join(ROOT, "e2e", "fixtures", "clinton-agreement.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2)
        f.write("\n")
    print(json.dumps({"expected": expected, "pair": pair}, indent=1))


if __name__ == "__main__":
    main()
