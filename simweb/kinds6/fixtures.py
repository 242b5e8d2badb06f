"""Saved raw pages of the ``kinds6`` profile for unit tests: ``tests/fixtures/pages/kinds6/``.

    $ python -m simweb.kinds6.fixtures        # (re)write the files and their README.md

Each entry: file name, URL, method, request body, what it is. The file names start with the kind
number they show. Pages are fetched as a browser would get them (a browser's User-Agent, a 500
asked again), and saved as served (the GBK page stays GBK). The README gives, per file, the
report URLs a reader should find on it (links, ``src`` of frames, ``$("#zoom").load`` targets,
label-API rows) or, for an article, its fields.
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..kinds.walker import HREF
from ..model import Request
from ..web import SimWeb, build_web
from .walker import BROWSER, LOAD

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pages" / "kinds6"
FORM = "application/x-www-form-urlencoded"


def _report(web: SimWeb, key: str) -> dict:
    return next(r for r in web.truth["reports"] if r["key"] == key)


def _copy(web: SimWeb, key: str, kind: str = "html") -> str:
    return next(c["url"] for c in _report(web, key)["copies"] if c["kind"] == kind)


def entries(web: SimWeb) -> list[tuple[str, str, str, bytes, str]]:
    label = (
        "https://www.ahqimen.gov.cn/site/label/8888?IsAjax=1&dataType=html&_=0.4187&labelName=publicInfoList"
        "&siteId=6793339&pageSize=15&pageIndex=2&action=list&organId=6615904&type=4&catId=6718734"
    )
    post = (
        b"labelName=publicInfoList&siteId=6795111&pageSize=15&pageIndex=2&organId=6616131&type=4"
        b"&catId=6719034"
    )
    return [
        (
            "1_qimen_column.html",
            "https://www.ahqimen.gov.cn/public/column/6615904?type=4&catId=6718734&action=list",
            "GET",
            b"",
            "集约化 column page: an empty #xxgk_lmcon box and the $.ajax GET to /site/label/8888",
        ),
        ("1_qimen_label_page2.html", label, "GET", b"", "label API answer, page 2 (GET, random _=)"),
        (
            "1_xiuning_label_post.html",
            "https://www.xiuning.gov.cn/site/label/8888",
            "POST",
            post,
            f"label API answer to a POST form (body: {post.decode()})",
        ),
        (
            "2_ningling_list.html",
            "https://www.ningling.gov.cn/zwgk/fzzfjs/",
            "GET",
            b"",
            "table rows: title as cell text, only 查看 linked",
        ),
        (
            "2_zhecheng_cards.html",
            "https://www.zhecheng.gov.cn/zwgk/gzbg/",
            "GET",
            b"",
            "<dl> cards: title in <dt> without link, [详细] after a summary",
        ),
        (
            "3_zhecheng_article.html",
            _copy(web, "柘城县-2023"),
            "GET",
            b"",
            'article shell: empty #zoom, $("#zoom").load(fragment)',
        ),
        ("3_zhecheng_fragment.html", _copy(web, "柘城县-2023", "fragment"), "GET", b"", "the body fragment"),
        ("3_minquan_article.html", _copy(web, "民权县-2023"), "GET", b"", "article shell with an <iframe>"),
        ("3_minquan_frame.html", _copy(web, "民权县-2023", "frame"), "GET", b"", "the iframe page: the body"),
        (
            "4_huitong_article.html",
            _copy(web, "会同县-2023"),
            "GET",
            b"",
            'GBK bytes, no charset in the header, <meta charset="utf-8">',
        ),
        (
            "4_mayang_list.html",
            "http://www.mayang.gov.cn/zwgk/fzzfjs/",
            "GET",
            b"",
            "a list page that answers 500 the first time (saved: the second answer)",
        ),
        (
            "5_yuanling_list.html",
            "https://www.yuanling.gov.cn/ylzf/zwgk/fzzfjs/list/index.html",
            "GET",
            b"",
            "links by ../ and a percent-encoded Chinese path",
        ),
        ("5_mayang_home.html", "http://www.mayang.gov.cn/", "GET", b"", "home box links with ?t=<stamp>"),
        (
            "5_mayang_section.html",
            "http://www.mayang.gov.cn/zwgk/",
            "GET",
            b"",
            "最新公开 links on the :8080 host form",
        ),
        (
            "5_wusheng_home.html",
            "https://www.wusheng.gov.cn/",
            "GET",
            b"",
            "lower-case links to upper-case paths",
        ),
        (
            "6_ningling_tags.html",
            "https://www.ningling.gov.cn/tags.jsp?tags=%E6%B3%95%E6%B2%BB",
            "GET",
            b"",
            "tag cloud trap: every tag adds itself",
        ),
        (
            "6_wusheng_archive.html",
            "https://www.wusheng.gov.cn/archive.jsp?start=2024-03-01&end=2024-03-31",
            "GET",
            b"",
            "date-range archive trap: 上一期 / 下一期 / 扩大范围",
        ),
    ]


def fetch(web: SimWeb, url: str, method: str = "GET", body: bytes = b"") -> tuple[bytes, str]:
    """The bytes a browser gets (a 500 asked again) and their content type."""
    parts = urlsplit(url)
    headers = {"User-Agent": BROWSER}
    if body:
        headers["Content-Type"] = FORM
    req = Request(method, parts.scheme, parts.hostname or "", parts.path or "/", parts.query, headers, body)
    res = web.resolve(req)
    if res is not None and res.status == 500:
        res = web.resolve(req)
    if res is None or res.status != 200:
        raise ValueError(f"{url} answers {res.status if res else 'nothing'}")
    return res.body, res.ctype


def expected(web: SimWeb, url: str, data: bytes, ctype: str) -> str:
    """What a reader should find: the fields of an article, or the truth URLs a page leads to."""
    for r in web.truth["reports"]:
        if any(c["url"] == url for c in r["copies"]):
            kind = next(c["kind"] for c in r["copies"] if c["url"] == url)
            fields = f"{r['title']}; {r['region']}; {r['report_year']}; {r['publish_date']}; {r['publisher']}"
            return f"{kind} copy of {r['key']}: {fields}"
    text = data.decode("gbk" if "huitong" in url else "utf-8", "replace")
    found = {urljoin(url, html.unescape(u)) for u in HREF.findall(text) + LOAD.findall(text)}
    out = [
        f"{r['key']} ({c['kind']}) {c['url']}"
        for r in web.truth["reports"]
        for c in r["copies"]
        if c["url"] in found
    ]
    out += [f"look-alike ({d['kind']}) {d['url']}" for d in web.truth["lookalikes"] if d["url"] in found]
    trap = [t for t in web.truth["traps"] if t in url]
    if trap:
        out.append(f"{sum(u.startswith(trap[0]) for u in found)} links deeper into the trap {trap[0]}")
    return "; ".join(out) or "no truth URL"


def write(web: SimWeb | None = None) -> None:
    web = web or build_web(profile="kinds6")
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Saved pages of the `kinds6` web",
        "",
        "Written by `python -m simweb.kinds6.fixtures` (seed 0); the bytes as a browser gets them (a",
        "browser's User-Agent, a 500 asked again; the GBK page stays GBK). Per file: its URL (and POST",
        "body), what it shows, and what a reader should find on it: for an article or body page the",
        "fields (title; region; report year; publish date; publisher), for a list, an API answer or a",
        "trap page the truth URLs it leads to. Not saved, because they are answers without a page: the",
        "seed redirects of 沅陵县 (`http://yuanling.gov.cn/` 301 → `https://www.yuanling.gov.cn/` 302 →",
        "`/index.html` 302 → `/ylzf/index.shtml`), the dead `www.chenxi.gov.cn` (no answer; the site is",
        "`https://chenxi.gov.cn/`), and the 403 民权县's `/art/` pages give a non-browser User-Agent.",
        "",
        "| file | URL | what | a reader should find |",
        "| --- | --- | --- | --- |",
    ]
    for name, url, method, body, what in entries(web):
        data, ctype = fetch(web, url, method, body)
        (OUT / name).write_bytes(data)
        shown = url + (f" (POST {body.decode()})" if method == "POST" else "")
        lines.append(f"| `{name}` | {shown} | {what} | {expected(web, url, data, ctype)} |")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
