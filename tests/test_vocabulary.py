"""The shared vocabulary: each word list and pattern defined once, and read alike by crawl and pipelines.

The source checks parse `crawler/`, `pipelines/` and `vocabulary/` and fail when a regular
expression or a list of Chinese words is written in two modules, when the digits of a year or
the site-code label are spelled outside `vocabulary/`, when a vocabulary name is defined again
elsewhere, or when `vocabulary/` imports from the packages above it. The behaviour checks read
the same saved pages and strings with the spider's functions and the pipelines' and expect the
same site code, the same year and the same verdict on a title.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.discovery import pages
from crawler.discovery.links import Link, LinkKind, links_from_anchors, looks_like_report_title, score_link
from crawler.discovery.reading import PageToRead, read_page
from pipelines.classify import classify_document
from vocabulary import dates, lexicon, patterns
from vocabulary.htmltext import parse_html
from vocabulary.keywords import DOCUMENT_FORMS
from vocabulary.metadata import extract_fields, report_year
from vocabulary.normalize import decode_bytes
from vocabulary.titles import title_is_candidate

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("crawler", "pipelines", "vocabulary")
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
RE_FUNCTIONS = frozenset(("compile", "search", "match", "fullmatch", "sub", "subn", "split",
                          "finditer", "findall"))
# Regexes this short (`\s+`, `\d+`) are idioms, not vocabulary.
MIN_PATTERN_CHARS = 8
# Spellings that only the vocabulary may write: the digits of a year, the Chinese ones, and
# the site-code label. Each maps to the modules allowed to spell it.
SPELLED_ONCE = {
    "(?:19|20)": {"vocabulary/patterns.py"},
    "〇○零": {"vocabulary/patterns.py"},
    "标识码": {"vocabulary/lexicon.py"},
}
# Copies in files that another change is rewriting; each is to go when that change lands.
KNOWN_COPIES: set[tuple[str, str]] = set()
BODY = ("2023年以来，我县坚持以习近平法治思想为指导，深入推进依法行政，主要举措和成效如下。"
        "存在的问题和不足：行政执法规范化水平有待提高。下一步工作打算：落实第一责任人职责。") * 8


def _modules() -> dict[str, ast.Module]:
    return {str(path.relative_to(ROOT)): ast.parse(path.read_text(encoding="utf-8"))
            for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))}


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the string constants that are docstrings (or other bare string statements)."""
    return {id(node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}


def _regex_literals(tree: ast.Module) -> list[str]:
    """The literal first arguments of `re.*` calls."""
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in RE_FUNCTIONS and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    return found


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _word_lists(tree: ast.Module) -> list[frozenset[str]]:
    """Tuples, lists and sets of two or more string literals, at least one of them Chinese."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) >= 2:
            values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if (len(values) == len(node.elts) and all(isinstance(v, str) for v in values)
                    and any(_has_cjk(v) for v in values)):
                found.append(frozenset(values))
    return found


def _defined_names(tree: ast.Module) -> set[str]:
    """Upper-case names assigned at module level: the constants a module defines."""
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                names.add(target.id)
    return names


def test_no_regex_is_written_in_two_modules():
    where = defaultdict(set)
    for path, tree in _modules().items():
        for pattern in _regex_literals(tree):
            if len(pattern) >= MIN_PATTERN_CHARS:
                where[pattern].add(path)
    copies = {pattern: paths for pattern, paths in where.items() if len(paths) > 1}
    assert not copies, f"define these once in vocabulary/patterns.py: {copies}"


def test_no_chinese_word_list_is_written_in_two_modules():
    where = defaultdict(set)
    for path, tree in _modules().items():
        for words in _word_lists(tree):
            where[words].add(path)
    copies = {tuple(sorted(words)): paths for words, paths in where.items() if len(paths) > 1}
    assert not copies, f"define these once in vocabulary/lexicon.py or keywords.py: {copies}"


def test_year_digits_and_site_code_label_are_spelled_only_in_the_vocabulary():
    spelled = defaultdict(set)
    for path, tree in _modules().items():
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in docstrings):
                for fragment in SPELLED_ONCE:
                    if fragment in node.value and (path, fragment) not in KNOWN_COPIES:
                        spelled[fragment].add(path)
    assert dict(spelled) == SPELLED_ONCE


def test_vocabulary_names_are_defined_once():
    modules = _modules()
    owners = defaultdict(set)
    for path, tree in modules.items():
        for name in _defined_names(tree):
            owners[name].add(path)
    vocabulary_names = {name for name, paths in owners.items()
                        if any(p.startswith("vocabulary/") and not name.startswith("_") for p in paths)}
    twice = {name: owners[name] for name in vocabulary_names if len(owners[name]) > 1}
    assert not twice, twice


def test_vocabulary_imports_nothing_from_the_packages_above_it():
    above = ("crawler", "pipelines", "archive", "simweb")
    wrong = []
    for path, tree in _modules().items():
        if not path.startswith("vocabulary/"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] if node.level == 0 else []
            else:
                continue
            wrong += [f"{path}: {name}" for name in names if name.split(".")[0] in above]
    assert not wrong


# --- How the lists relate ---------------------------------------------------------------------


def test_related_word_lists_keep_their_relationships():
    assert set(lexicon.LOOKALIKE_TITLE_MARKERS) >= lexicon.PLAN_MARKERS
    assert set(lexicon.STRONG_DATE_LABELS) <= set(lexicon.PUBLISH_DATE_LABELS) <= set(lexicon.ALL_LABELS)
    assert set(lexicon.ALL_LABELS) >= lexicon.LABELS_NEEDING_COLON
    assert set(lexicon.DEPARTMENT_WORDS) <= set(lexicon.DEPARTMENT_SUFFIXES)
    assert set(lexicon.ZONE_KINDS) < set(lexicon.GENERIC_ZONE_KINDS)
    assert set(lexicon.TITLE_PLACE_SUFFIX_WORDS) < set(lexicon.UNIT_NAME_SUFFIXES)
    assert set(lexicon.AUTONOMOUS_COUNTY_SUFFIXES) < set(lexicon.COUNTY_SUFFIXES)
    # A footer line with either full spelling of the site-code label is chrome.
    assert {"网站标识码", "网站识别码"} <= set(lexicon.CHROME_MARKERS)
    # Every digit a year pattern matches can be read.
    assert set(patterns.CHINESE_YEAR_DIGIT.strip("[]")) <= set(lexicon.CHINESE_DIGITS)


def test_report_forms_are_minimal_so_the_crawl_and_classifier_need_no_second_list():
    # Forms match as substrings: a longer form (年度报告) would add nothing but a second name.
    forms = lexicon.REPORT_FORMS
    assert not [(a, b) for a in forms for b in forms if a != b and a in b]
    assert "报告" in DOCUMENT_FORMS


def test_look_alike_patterns_differ_where_documented():
    # LIST_DATE keeps a list item's date when its time runs on; NUMERIC_DATE does not.
    assert patterns.LIST_DATE.search("2023-12-0510:30").group(0) == "2023-12-05"
    assert patterns.LIST_DATE.search("2022/3/110:30").group(0) == "2022/3/1"
    assert patterns.LIST_DATE.search("2022/3/11 10:30").group(0) == "2022/3/11"
    assert patterns.LIST_DATE.search("[2022-03-25]").group(0) == "2022-03-25"
    assert patterns.LIST_DATE.search("2021年12月24日").group(0) == "2021年12月24日"
    assert patterns.NUMERIC_DATE.search("2023-12-0510:30") is None
    # A PDF breaks before any 第+number; a title is a body heading only with 章/条/部分.
    assert patterns.PDF_HEADING_START.match("第一责任人职责履行情况")
    assert not patterns.BODY_HEADING.match("第一责任人职责履行情况")
    assert patterns.BODY_HEADING.match("第二部分 主要举措")


# --- Crawl and pipelines read the same values -------------------------------------------------


def _file_response(path: Path, url: str) -> HtmlResponse:
    # The raw bytes: Scrapy finds the charset itself, as in a crawl.
    return HtmlResponse(url=url, body=path.read_bytes())


def _pipeline_site_code(raw: bytes, url: str) -> str | None:
    tree = parse_html(decode_bytes(raw, None).text)
    return extract_fields(tree, url, today=dt.date(2026, 1, 1)).site_id_code


@pytest.mark.parametrize(("name", "code"), [
    ("site_code_shibiema_gbk.html", "4105810001"),  # 网站识别码, in GBK
    ("site_code_in_span.html", "4105230001"),  # 政府网站标识码：<span>code</span>
])
def test_spider_and_pipeline_read_the_same_site_code_from_a_saved_page(name, code):
    url = "http://www.example.gov.cn/"
    path = FIXTURES / name
    assert pages.site_id_code(_file_response(path, url)) == code
    assert _pipeline_site_code(path.read_bytes(), url) == code


@pytest.mark.parametrize(("footer", "code"), [
    ('<meta name="SiteIDCode" content="4105810001">', "4105810001"),
    ('<meta name="siteidcode" content=" 4105810001 ">', "4105810001"),
    ("<p>网站标识码:4105810001</p>", "4105810001"),
    ("<p>网站识别码 4105810001</p>", "4105810001"),
    # Eleven characters are not a site code, for either side.
    ("<p>网站标识码：41058100012</p>", None),
    ("<p>主办单位：林州市人民政府</p>", None),
])
def test_spider_and_pipeline_agree_on_site_code_snippets(footer, code):
    raw = f"<html><head>{footer}</head><body>{footer}</body></html>".encode()
    url = "http://www.example.gov.cn/"
    assert pages.site_id_code(HtmlResponse(url=url, body=raw)) == code
    assert _pipeline_site_code(raw, url) == code


TITLES = [
    ("林州市2023年法治政府建设情况报告", 2023),
    ("林州市2023年度法治政府建设工作报告", 2023),
    ("汤阴县二〇二三年法治政府建设工作报告", 2023),
    ("汤阴县二Ｏ二三年度法治政府建设情况报告", 2023),  # full-width letter O for 〇
    ("关于2016-2020年法治政府建设工作情况的报告", 2020),
    ("林州市法治政府建设情况报告", None),
]


@pytest.mark.parametrize(("title", "year"), TITLES)
def test_crawl_sees_a_year_in_a_title_exactly_when_the_pipeline_reads_one(title, year):
    assert report_year(title, None, None) == year
    assert pages.has_year(title) == (year is not None)
    scored = score_link(Link("http://www.example.gov.cn/a/1.html", title))
    assert scored.kind == (LinkKind.REPORT if year else LinkKind.COLUMN)


@pytest.mark.parametrize("title", [
    "林州市2023年法治政府建设情况报告",
    "林州市2023年法治政府建设工作总结",
    "林州市2023年依法行政工作情况",
    "林州市2022年法治政府建设情况及2023年工作安排的报告",
    "林州市2023年政府信息公开工作年度报告",
    "林州市法治政府建设实施方案",
    "关于召开法治政府建设推进会的通知",
    "林州市2023年法治政府建设工作要点",
    "林州市2023年度述法报告",
    "林州市2023年政府工作报告",
])
def test_crawl_and_classifier_agree_on_titles(title):
    reason = classify_document(title, BODY).reason
    # The classifier's title tests come first: subject, look-alike, placeholder, form.
    assert title_is_candidate(title) == (not reason.startswith(("title does not name", "look-alike")))
    assert looks_like_report_title(title) == (not reason.startswith(("title does not", "look-alike")))


LIST_PAGE = """<html><head><meta charset="utf-8"><title>法治政府建设</title></head><body><ul>
<li><a href="/a/1.html">林州市2023年法治政府建设情况报告</a><span>2024-03-28</span></li>
<li><a href="/a/2.html">林州市2022年法治政府建设情况报告</a><span>2023年3月20日</span></li>
<li><a href="/a/3.html">林州市2021年法治政府建设情况报告</a><span>2022/03/01</span><span>10:30</span></li>
</ul></body></html>"""


def test_list_dates_give_the_spider_and_the_pipeline_the_same_year():
    from parsel import Selector

    links = links_from_anchors(Selector(text=LIST_PAGE), "http://www.example.gov.cn/fzzf/")
    assert [link.date for link in links] == ["2024-03-28", "2023年3月20日", "2022/03/01"]
    for link in links:
        # The spider reads the list's years from the start of the date text.
        spider_year = int(patterns.DIGIT_YEAR.match(link.date).group(0))
        assert dates.parse_date(link.date, dt.date(2026, 1, 1)).year == spider_year


def test_page_reading_uses_the_shared_year_pattern():
    reading = read_page(PageToRead(url="http://www.example.gov.cn/fzzf/", body=LIST_PAGE.encode(),
                                   encoding="utf-8", score=90, kind="column"))
    assert {link.kind for link in reading.links} == {LinkKind.REPORT}
