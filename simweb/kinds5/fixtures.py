"""Saved raw pages of the ``kinds5`` profile for unit tests: ``tests/fixtures/pages/kinds5/``.

    $ python -m simweb.kinds5.fixtures        # (re)write the files and their README.md

Each entry: file name, URL, what it is. The file names start with the kind number they show. The
README gives, for an article, the fields a reader should find on it (title, region, report year,
publish date, publisher; ``not a report`` for a look-alike); for a list page, the truth URLs
(reports, department reports, look-alikes) it links; for a home page, its links to the columns
that hold a report and what each shows (its text, or an image's ``alt``/``title``).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urljoin

from ..web import SimWeb, build_web
from .walker import Walker

ANCHOR = re.compile(r'<a href="([^"]+)"([^>]*)>(.*?)</a>', re.S)
IMG_LABEL = re.compile(r'(alt|title)="([^"]+)"')
OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pages" / "kinds5"


def _entry(web: SimWeb, key: str) -> dict:
    return next(r for r in web.truth["reports"] + web.truth["departments"] if r["key"] == key)


def entries(web: SimWeb) -> list[tuple[str, str, str]]:
    url = lambda key: _entry(web, key)["preferred_url"]  # noqa: E731
    look = lambda kind, site: next(  # noqa: E731
        d["url"] for d in web.truth["lookalikes"] if d["kind"] == kind and d["site"] == site
    )
    return [
        (
            "1_shache_home.html",
            "http://www.shache.gov.cn/",
            "home: 法治政府建设 only as a banner image's alt",
        ),
        (
            "1_shennongjia_home.html",
            "https://www.snj.gov.cn/",
            "home: 法治神农架 only as an icon with title=",
        ),
        (
            "1_jingyuan_home.html",
            "https://www.nxjy.gov.cn/",
            "home: the column only in the footer and a 更多>>",
        ),
        (
            "2_wuding_org.html",
            "http://ynwd.gov.cn/info/egovinfo/1007/overt_list.htm?orgid=11532329015178442P&catid=01",
            "信息公开目录 of the 机构 县人民政府, category 法治政府建设 (table rows)",
        ),
        ("2_wuding_article.html", url("武定县-2018"), "article under a 机构 info table: 依法行政工作报告"),
        (
            "3_shizhu_list.html",
            "https://www.cqsz.gov.cn/zwgk_263/xzf/fdzdgknr/fzzfjsndbg/",
            "titles cut with …, full in title=",
        ),
        ("3_zhungeer_list.html", "http://www.zge.gov.cn/zwgk/gzzj/", "GBK, titles cut with … and no title="),
        ("3_zhungeer_article.html", url("准格尔旗-2023"), "GBK (no charset header), title without 报告"),
        ("3_tianqiao_article.html", url("天桥区-2022"), "title without a year, 集约化 sub-site"),
        ("3_shennongjia_article.html", url("神农架林区-2022"), "title without a place, Hanweb skin"),
        ("4_qeda_article.html", url("曲靖经济技术开发区-2022"), "开发区: 索引号, 文号, 来源 left empty"),
        ("4_zhenba_article.html", url("镇巴县-2023"), "信息公开 table: 索引号, 发布机构, 成文日期, 发布日期"),
        ("4_nanchang_article.html", url("南昌县-2021"), "no date on the article (only in the list)"),
        ("4_yongchang_article.html", url("永昌县-2023"), "GBK, 信息公开 table"),
        (
            "5_nanchang_year.html",
            "http://www.ncx.gov.cn/ncx/ncxrmzf/fzzfgzbg/2022n/",
            "year sub-column 2022年 of 法治政府工作报告",
        ),
        (
            "5_qingshui_page.html",
            "http://www.qingshui.gov.cn/zwgk/zfwj/xzfwj/index.html?page=4",
            "县政府文件, page 4 of a ?page=N pager",
        ),
        ("6_shache_higher.html", url("新疆维吾尔自治区-2022"), "the 自治区's report reposted"),
        (
            "6_qingshui_neighbour.html",
            url("张家川回族自治县-2023"),
            "a neighbouring county's report reposted",
        ),
        ("6_qingshui_interpretation.html", look("interpretation", "qingshui"), "政策解读 of the report"),
    ]


def fetch(web: SimWeb, url: str) -> tuple[bytes, str]:
    status, data, ctype = Walker(web).get(url)
    if status != 200:
        raise LookupError(f"{url} answered {status}")
    return data, ctype


def expected(web: SimWeb, url: str, data: bytes, ctype: str) -> str:
    """What a reader should find in the file (see the module docstring)."""
    truth = web.truth
    article = next((r for r in truth["reports"] + truth["departments"] if r["preferred_url"] == url), None)
    if article:
        return (
            f"title {article['title']}; region {article['region']}; year {article['report_year']}; "
            f"published {article['publish_date']}; publisher {article['publisher']}"
            + ("; a department report" if article["issuer_kind"] == "department" else "")
        )
    looks = {d["url"]: d for d in truth["lookalikes"]}
    if url in looks:
        return f"not a report ({looks[url]['kind']}): {looks[url]['title']}"
    reports = {c["url"] for r in truth["reports"] + truth["departments"] for c in r["copies"]}
    text = Walker.decode(data, ctype)
    linked = sorted(u for u in Walker(web).links(url, text) if u in reports | set(looks))
    if linked:
        return "links " + ", ".join(linked)
    holders = [
        (href, describe(attrs, anchor))
        for href, attrs, anchor in ANCHOR.findall(text)
        if href.endswith("/") and len(href) > 1 and any(u.startswith(urljoin(url, href)) for u in reports)
    ]
    return "links no report; the columns holding one: " + "; ".join(
        f"{href} by {shown}" for href, shown in sorted(set(holders))
    )


def describe(attrs: str, anchor: str) -> str:
    """A link as a reader sees it: its text, or, for an image or icon, its ``alt`` or ``title``."""
    if "<img" not in anchor:
        return f"the text {html.unescape(anchor.strip())!r}"
    label = IMG_LABEL.search(anchor) or IMG_LABEL.search(attrs)
    return f"an image ({label.group(1)}={label.group(2)})" if label else "an image without a label"


def write(web: SimWeb | None = None) -> None:
    web = web or build_web(profile="kinds5")
    intro = [
        "# Saved pages of the `kinds5` web",
        "",
        "Written by `python -m simweb.kinds5.fixtures` (seed 0); the bytes as served (GBK pages stay",
        "GBK). Per file: its URL, what it shows, and what a reader should find on it: for an article",
        "the fields (title, region, report year, publish date, publisher), for a list or home page",
        "the truth URLs it links (reports, department reports, look-alikes).",
    ]
    write_pages(web, OUT, entries(web), intro, expected)


def write_pages(
    web: SimWeb, out: Path, pages: list[tuple[str, str, str]], intro: list[str], describe
) -> None:
    """Write each ``(file name, URL, what)`` of ``pages`` as served into ``out``, and ``out/README.md``:
    ``intro``, then a table of the files with ``describe(web, url, data, ctype)`` for each."""
    out.mkdir(parents=True, exist_ok=True)
    lines = [*intro, "", "| file | URL | what | a reader should find |", "| --- | --- | --- | --- |"]
    for name, url, what in pages:
        data, ctype = fetch(web, url)
        (out / name).write_bytes(data)
        lines.append(f"| `{name}` | {url} | {what} | {describe(web, url, data, ctype)} |")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
