"""Measure the near-duplicate thresholds on report texts: copies must match, others must not.

For every report text of the simulated web (the five real seeds and synthetic reports), the
benchmark makes the copies the archive meets in practice, and pairs of different reports:

- copies: other page chrome around the text; the text read back from a PDF made of it;
  the text converted to traditional characters and back; a sentence added; a paragraph
  dropped; the first 70% only (a truncated copy); 2% of the characters edited;
- different reports: the same county in another year; other counties in the same year.

It prints, per class, the exact Jaccard similarity and containment of 5-character shingles
(minimum, median, maximum), how often `dedup.same_report` calls the pair the same report,
and how often MinHash LSH at `dedup.LSH_THRESHOLD` proposes the pair at all. The thresholds
in `archive/dedup.py` are chosen from these figures.

    $ python -m benchmarks.dedup_thresholds
"""

from __future__ import annotations

import random
import statistics
from collections import defaultdict

import opencc
from datasketch import MinHashLSH

from archive import dedup
from archive.fingerprint import NUM_PERM, containment, jaccard, minhash, shingles
from pipelines.attachments import extract_pdf
from simweb.files import make_pdf
from simweb.texts import load_seed, make_report
from vocabulary.normalize import normalize_text

COUNTIES = ("华龙区", "鄂托克旗", "海珠区", "平遥县", "蓉江新区", "赵县", "正定县", "德清县", "长丰县",
            "新县", "赞皇县", "章贡区", "介休市", "东乌珠穆沁旗", "长阳县", "云梦县", "临朐县", "南康区")
YEARS = (2018, 2019, 2020, 2021, 2022, 2023)
CHROME_TOP = "您当前的位置:首页 > 政务公开 > 法治政府建设\n字号:[大 中 小] 打印本页 关闭窗口\n"
CHROME_BOTTOM = "\n扫一扫在手机打开当前页\n主办:{place}人民政府 网站标识码:1234560001 ICP备12345678号"
COMMON_CHARACTERS = "的一是在了和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年"
ADDED = "此外,我们还结合实际开展了法治政府建设专项督查,对发现的问题逐项建立台账、限期整改到位。"


def report_texts() -> list[tuple[str, int, list[str]]]:
    """(place, year, paragraphs) of real seed reports and synthetic ones."""
    texts = []
    for stem, place, year in (("000", "华龙区", 2023), ("001", "鄂托克旗", 2022),
                              ("002", "海珠区", 2023), ("003", "平遥县", 2020),
                              ("004", "蓉江新区", 2023)):
        texts.append((place, year, load_seed(stem).paragraphs))
    seeded = {(place, year) for place, year, _ in texts}
    for place in COUNTIES:
        for year in YEARS:
            if (place, year) not in seeded:
                texts.append((place, year, make_report(random.Random(f"{place}{year}"), place, year)))
    return texts


def copies(place: str, paragraphs: list[str], rng: random.Random) -> dict[str, str]:
    """The kinds of copy of one report that the archive meets."""
    text = "\n".join(paragraphs)
    t2s = opencc.OpenCC("s2t")
    middle = len(paragraphs) // 2
    edited = list(text)
    for i in rng.sample(range(len(edited)), len(edited) // 50):
        edited[i] = rng.choice(COMMON_CHARACTERS)
    return {
        "other chrome": CHROME_TOP + text + CHROME_BOTTOM.format(place=place),
        "read from PDF": extract_pdf(make_pdf(paragraphs[0][:30], paragraphs)).text,
        "traditional, converted back": normalize_text(t2s.convert(text)),
        "sentence added": "\n".join([*paragraphs[:middle], ADDED, *paragraphs[middle:]]),
        "paragraph dropped": "\n".join(paragraphs[:middle] + paragraphs[middle + 1:]),
        "first 70% only": text[: int(len(text) * 0.7)],
        "2% of characters edited": "".join(edited),
    }


def summarise(values: list[float]) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f}"


def main() -> None:
    rng = random.Random(7)
    texts = report_texts()
    originals = {(place, year): "\n".join(p) for place, year, p in texts}
    shingled = {key: shingles(text) for key, text in originals.items()}
    signatures = {key: minhash(s) for key, s in shingled.items()}
    lsh = MinHashLSH(threshold=dedup.LSH_THRESHOLD, num_perm=NUM_PERM)
    for key, signature in signatures.items():
        lsh.insert(f"{key[0]}|{key[1]}", signature)

    rows: dict[str, list[tuple[float, float, bool, bool]]] = defaultdict(list)

    def measure(label: str, key: tuple[str, int], other: set[str], other_signature) -> None:
        a = shingled[key]
        same, _ = dedup.same_report(a, other)
        proposed = f"{key[0]}|{key[1]}" in lsh.query(other_signature)
        rows[label].append((jaccard(a, other), containment(a, other), same, proposed))

    for place, year, paragraphs in texts:
        for label, text in copies(place, paragraphs, rng).items():
            other = shingles(text)
            measure(f"copy: {label}", (place, year), other, minhash(other))
    keys = list(originals)
    for place, year in keys:
        for other_year in YEARS:
            if other_year != year and (place, other_year) in shingled:
                measure("different: same county, other year", (place, year),
                        shingled[(place, other_year)], signatures[(place, other_year)])
        for other_place in rng.sample(COUNTIES, 4):
            if other_place != place and (other_place, year) in shingled:
                measure("different: other county, same year", (place, year),
                        shingled[(other_place, year)], signatures[(other_place, year)])

    print(f"{len(texts)} report texts (5 real, {len(texts) - 5} synthetic), "
          f"5-character shingles, LSH threshold {dedup.LSH_THRESHOLD}, "
          f"same_report: Jaccard >= {dedup.SAME_JACCARD} or containment >= "
          f"{dedup.SAME_CONTAINMENT} (smaller text at least {dedup.MIN_CONTAINED_SHARE:.0%} "
          "of the larger)\n")
    print(f"{'pair':42} {'n':>5}  {'Jaccard min/med/max':>20}  {'containment':>18}  "
          f"{'same':>6}  {'LSH finds':>9}")
    for label, values in rows.items():
        n = len(values)
        print(f"{label:42} {n:5d}  {summarise([v[0] for v in values]):>20}  "
              f"{summarise([v[1] for v in values]):>18}  {sum(v[2] for v in values) / n:6.1%}  "
              f"{sum(v[3] for v in values) / n:9.1%}")


if __name__ == "__main__":
    main()
