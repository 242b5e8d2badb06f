"""Saved raw pages of the ``kinds7`` profile for unit tests: ``tests/fixtures/pages/kinds7/``.

    $ python -m simweb.kinds7.fixtures        # (re)write the files and their README.md

Each entry: file name, URL, what it is; the file names start with the platform number they show.
The README gives, for an article, the fields a reader should find on it (title, region, report
year, publish date, publisher; ``not a report`` for a look-alike); for a list page or a list block,
the truth URLs it links (reports, department reports, look-alikes); for a home page, the columns
holding a report that it links (``simweb.kinds5.fixtures.expected``).
"""

from __future__ import annotations

from pathlib import Path

from ..kinds5.fixtures import expected, write_pages
from ..web import SimWeb, build_web

OUT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "pages" / "kinds7"


def entries(web: SimWeb) -> list[tuple[str, str, str]]:
    url = lambda key: next(  # noqa: E731
        r["preferred_url"] for r in web.truth["reports"] + web.truth["departments"] if r["key"] == key
    )
    hebei = url("元氏县-2023").rsplit("/", 3)[0] + "/index.html"
    return [
        (
            "1_xiangyin_list.html",
            "https://www.xiangyin.gov.cn/21420/21437/21451/21460/index_2.htm",
            "Hunan 集约化: 其他法定公开信息, page 2 (index_2.htm)",
        ),
        ("1_xiangyin_article.html", url("湘阴县-2023"), "Hunan 集约化 article: 来源/日期/字号/视力保护色"),
        ("1_xiangyin_higher.html", url("岳阳市-2023"), "the city's report reposted on the county platform"),
        (
            "2_zhushan_list.html",
            "http://www.zhushan.gov.cn/xxgkxi/fdzdgk/qtzdgknr/fznb/",
            "Hubei: 其他主动公开内容 → 法治年报 (createPageHTML)",
        ),
        ("2_zhushan_article.html", url("竹山县-2023"), "Hubei: 信息公开 table over the report"),
        ("3_yuanshi_column.html", hebei, "Hebei platform column: block page 1"),
        (
            "3_yuanshi_block2.html",
            next(u for u in block_pages(web) if u.endswith("?page=2&fix=0")),
            "Hebei platform list block, page 2 (a fragment: rows and pager only)",
        ),
        ("3_yuanshi_article.html", url("元氏县-2023"), "Hebei platform article: date run into the time"),
        (
            "4_tangxian_article.html",
            url("唐县-2023"),
            "older Hebei platform: ms-stamp path, title on two lines",
        ),
        (
            "4_tangxian_doc_article.html",
            next(r["copies"][0]["via"] for r in web.truth["reports"] if r["key"] == "唐县-2022"),
            "a report only as a Word 97 .doc (not findable without a .doc reader)",
        ),
        ("5_baodi_article.html", url("宝坻区-2023"), "Tianjin district platform: 来源/发布时间"),
        (
            "5_baodi_gateway.html",
            url("宝坻区-2023").replace("www.tjbd.gov.cn/", "www.tjbd.gov.cn/gate/big5/www.tjbd.gov.cn/", 1),
            "the 繁體 gateway's copy of the same page (trap: links under /gate/big5/)",
        ),
        ("5_wuqing_gzbg.html", url("武清区-2020"), "工作报告 column article: 文章来源/更新时间"),
        ("6_pudong_article.html", url("浦东新区-2023"), "Pudong: 发布机构 区政府 table"),
        ("6_pudong_department.html", url("浦东新区司法局-2023"), "a department report (not required)"),
        ("7_luzhai_article.html", url("鹿寨县-2023"), "Guangxi: report in 通知公告"),
    ]


def block_pages(web: SimWeb) -> list[str]:
    """The URLs of the 法治政府建设 column's list block pages on 元氏县's site."""
    folder = next(r["preferred_url"] for r in web.truth["reports"] if r["key"] == "元氏县-2023").rsplit(
        "/", 3
    )[0]
    host = folder.split("/")[2]
    return sorted(
        f"http://{host}{path}?{query}"
        for (h, path, query) in web.resources
        if h == host and path.startswith(folder.split(host, 1)[1] + "/templates/")
    )


def describe(web: SimWeb, url: str, data: bytes, ctype: str) -> str:
    """What a reader should find; a page of a trap is named as such."""
    trap = next((t for t in web.truth["traps"] if url.startswith(t)), "")
    if trap:
        original = url.replace(trap, trap.split("/gate/big5/")[0] + "/", 1)
        return (
            f"a trap page ({web.truth['trap_kinds'][trap]}): {original} in traditional characters, "
            "every root-relative link moved under the gateway; not a copy to archive"
        )
    return expected(web, url, data, ctype)


def write(web: SimWeb | None = None) -> None:
    web = web or build_web(profile="kinds7")
    intro = [
        "# Saved pages of the `kinds7` web",
        "",
        "Written by `python -m simweb.kinds7.fixtures` (seed 0); the bytes as served. Per file: its",
        "URL, what it shows, and what a reader should find on it: for an article the fields (title,",
        "region, report year, publish date, publisher), for a list page or list block the truth URLs",
        "it links (reports, department reports, look-alikes), for a trap page what it copies.",
    ]
    write_pages(web, OUT, entries(web), intro, describe)


if __name__ == "__main__":
    write()
