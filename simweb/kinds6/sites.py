"""The sites of the ``kinds6`` profile, one function each, with the real evidence it is modelled on.

Evidence ids are ``read_file`` ids of the search tool's code corpus; ``sites.md`` is
/work/shared/docs/sites.md. Hosts and division codes are the real ones from
/work/shared/data/gov_sites.csv, none used by another profile. Every site has ordinary chrome: a
news column of 40-70 articles, a 政务公开 section with several columns, look-alikes.
"""

from __future__ import annotations

import random

from ..families import esc
from ..kinds.core import Doc, num_id
from ..kinds.core import rng_for as kinds_rng
from ..kinds.sites import Ctx
from ..kinds2.sites import report_notice
from ..kinds5.mechs import trs
from ..kinds5.sites import interpretation_of, reports
from .mechs import (
    Site6,
    box,
    browsers_only,
    date_archive_trap,
    encoded,
    fails_first,
    gate,
    home6,
    iframe_article,
    label_column,
    list_column,
    loaded_article,
    redirect,
    relinked,
    rows6,
    section6,
    tag_cloud_trap,
)


def rng_for(seed: int, *parts: object) -> random.Random:
    return kinds_rng(seed, "kinds6", *parts)


def begin(
    c: Ctx, ident: str, *, news: tuple[str, str], table: str, more: list[tuple[str, str]] = (), **kw
) -> tuple[Site6, random.Random, list[Doc]]:
    """A new site (``ident``: key, host, name, province, city, division code; ``kw`` for
    :class:`Site6`), its generator, its menu (首页, 政务公开, the news column, ``more``) and its
    reports (a ``kinds5.sites.reports`` table)."""
    site = Site6(c.web, c.seed, *ident.split(), **kw)
    c.sites.append(site)
    rng = rng_for(c.seed, site.key)
    site.nav = [("首页", "/"), ("政务公开", "/zwgk/"), news, *more]
    return site, rng, reports(site, rng, c, table)


def looks(s: Site6, rng: random.Random, year: int) -> list[Doc]:
    """The usual look-alikes of one year: a plan, a 述法 report, a notice about the report."""
    return [s.lookalike(rng, "plan", year + 1), s.lookalike(rng, "shufa", year), report_notice(s, rng, year)]


def annuals(s: Site6, rng: random.Random) -> list[Doc]:
    return [s.lookalike(rng, "xxgk_annual", y) for y in (2021, 2022, 2023)] + [
        s.lookalike(rng, "gov_work_report", 2023)
    ]


def with_reports(reports: tuple[Doc, ...], docs: list[Doc], n: int) -> list[Doc]:
    """The ``reports``, then the first other ``docs``: ``n`` in all."""
    ids = {d.uid for d in reports}
    return [*reports, *(d for d in docs if d.uid not in ids)][:n]


def usual(
    s: Site6,
    rng: random.Random,
    top: str,
    first: list[tuple[str, str]],
    path_of,
    notices: int,
    extra: str = "",
    **kw,
) -> tuple[list[Doc], list[Doc]]:
    """The rest of a 政务公开 section ``top`` whose first columns are ``first``: 通知公告 (``notices``
    notices), 政府信息公开年报 (look-alikes) and the section page; ``path_of(folder)`` gives the path
    scheme, ``kw`` goes to :func:`list_column`. Returns the two columns' docs."""
    trail = [("政务公开", top)]
    gg = list_column(
        s, "通知公告", f"{top}tzgg/", s.fillers(rng, notices), trail, path_of(f"{top}tzgg/"), **kw
    )
    nb = list_column(
        s, "政府信息公开年报", f"{top}ndbg/", annuals(s, rng), trail, path_of(f"{top}ndbg/"), **kw
    )
    menu = [*first, ("通知公告", f"{top}tzgg/"), ("政府信息公开年报", f"{top}ndbg/")]
    section6(s, "政务公开", top, menu, extra=extra)
    return gg, nb


# ============================================================================ kind 1
def qimen(c: Ctx) -> None:
    """祁门县 (黄山市, Anhui): the 信息公开 columns are the Anhui 集约化 platform's. A column page
    ``/public/column/6615904?type=4&catId=…&action=list`` holds an empty ``#xxgk_lmcon`` box and a
    ``$.ajax`` GET to ``/site/label/8888`` with ``IsAjax=1&dataType=html&_=Math.random()&labelName=
    publicInfoList&siteId=6793339&pageSize=15&pageIndex=N&…&organId=…&catId=…&file=…``; the answer is
    an HTML fragment of ``a.title`` rows to ``/public/<organId>/<id>.html`` and a pager with
    ``pageCount:N``. The 2022 report is on page 2 of the API. Evidence: 17695516371 (scrapy spider of
    ``www.ahqimen.gov.cn/…/site/label/8888?IsAjax=1&dataType=html&_=0.13…&labelName=publicInfoList&
    siteId=6793339&pageSize=20&pageIndex=1&action=list&…&organId=6615904&type=4&catId=6718734&…&file=
    %2Fc2%2Fhsxxgk%2FpublicInfoList_newest_hs``), 18835325257 and 5341374202 (www.ah.gov.cn, the same
    label with ``_=0.56…``, rows ``a.title[target=_blank]``), 25486375557 (mpa.ah.gov.cn: the column
    URL ``/public/column/4140867?type=4&action=list&…&catId=…``, rows ``ul.clearfix.xxgk_nav_list li``
    with ``a`` and a date ``span``, the page count read with ``pageCount:(\\d+)``; a Playwright
    render, so where ``pageCount`` sits in the raw answers is modelled), 33543775765 (``pageIndex``
    from 1 to 80)."""
    s, rng, (r1, r2) = begin(
        c,
        "qimen www.ahqimen.gov.cn 祁门县 安徽省 黄山市 341024",
        scheme="https",
        news=("祁门要闻", "/xwzx/qmyw/"),
        table="""
    祁门县人民政府关于2023年度法治政府建设工作情况的报告
        2023 000 1 2024-03-22 祁门县人民政府
    祁门县2022年法治政府建设工作报告
        2022 001 1 2023-02-27 祁门县司法局
    """,
    )
    newer = [d for d in s.fillers(rng, 30, "disclosure", (2023, 2024)) if d.pub > r2.pub]
    fz = [r1, r2, *newer[:18], *looks(s, rng, 2023)]
    trail = [("政务公开", "/zwgk/")]
    organ, site_id = "6615904", "6793339"
    cols = [
        ("法治政府建设", label_column(s, "法治政府建设", organ, "6718734", fz, trail, site_id=site_id)),
        (
            "计划总结",
            label_column(
                s, "计划总结", organ, "6718721", s.fillers(rng, 22, "disclosure"), trail, site_id=site_id
            ),
        ),
        (
            "政府信息公开年报",
            label_column(s, "政府信息公开年报", organ, "6718702", annuals(s, rng), trail, site_id=site_id),
        ),
        (
            "通知公告",
            label_column(s, "通知公告", organ, "6718745", s.fillers(rng, 26), trail, site_id=site_id),
        ),
    ]
    section6(s, "政务公开", "/zwgk/", cols)
    news = list_column(s, "祁门要闻", "/xwzx/qmyw/", s.news(rng, 60), [], trs(s, "/xwzx/qmyw/"))
    home6(s, [("祁门要闻", "/xwzx/qmyw/", news)])


def xiuning(c: Ctx) -> None:
    """休宁县 (黄山市, Anhui): the same platform, its label called by POST (form body, no
    cache-buster); the 2023 report in 计划总结, the 2022 one in 法治政府建设 on page 2 of the API.
    Evidence: 68846782674 (``POST https://ybj.ah.gov.cn/site/label/8888`` with ``labelName=
    publicInfoList&siteId=…&organId=…&pageSize=50&catId=…&type=4&file=…``, answered by an HTML list
    with ``title="…"`` and ``/public/7071/<id>.html`` links), 38352460124 (slt.ah.gov.cn, ``catId``
    and ``file=/xxgk/publicInfoList_newest2020``), 22794170849 (fzggw.ah.gov.cn)."""
    s, rng, (r1, r2) = begin(
        c,
        "xiuning www.xiuning.gov.cn 休宁县 安徽省 黄山市 341022",
        scheme="https",
        news=("休宁新闻", "/xwzx/xnxw/"),
        table="""
    休宁县人民政府关于2023年法治政府建设情况的报告
        2023 002 1 2024-03-28 休宁县人民政府
    休宁县2022年度法治政府建设情况报告
        2022 003 1 2023-03-15 休宁县人民政府办公室
    """,
    )
    newer = [d for d in s.fillers(rng, 40, "disclosure", (2023, 2024)) if d.pub > r2.pub]
    organ, site_id, trail = "6616131", "6795111", [("政务公开", "/zwgk/")]
    post = {"site_id": site_id, "method": "POST"}
    cols = [
        (
            "计划总结",
            label_column(
                s, "计划总结", organ, "6719021", [r1, *s.fillers(rng, 12, "disclosure")], trail, **post
            ),
        ),
        (
            "法治政府建设",
            label_column(
                s, "法治政府建设", organ, "6719034", [r2, *newer[:20], *looks(s, rng, 2022)], trail, **post
            ),
        ),
        (
            "政府信息公开年报",
            label_column(s, "政府信息公开年报", organ, "6719002", annuals(s, rng), trail, **post),
        ),
        (
            "政策解读",
            label_column(s, "政策解读", organ, "6719050", [interpretation_of(s, rng, r1)], trail, **post),
        ),
    ]
    section6(s, "政务公开", "/zwgk/", cols)
    news = list_column(s, "休宁新闻", "/xwzx/xnxw/", s.news(rng, 55), [], trs(s, "/xwzx/xnxw/"))
    home6(s, [("休宁新闻", "/xwzx/xnxw/", news)])


# ============================================================================ kind 2
def ningling(c: Ctx) -> None:
    """宁陵县 (商丘市, Henan): 政务公开 → 法治政府建设 is a table whose rows give the title as cell
    text and link only a ``查看`` button (no ``title=``); a tag cloud ``/tags.jsp?tags=…`` on every
    article combines tags without end (trap). Evidence: ``<td>…</td><td><a href="…">查看</a></td>``
    rows in server-rendered list templates: 15962915421 (``show.action?…id=``), 5719571496 (ASP
    ``?action=view&id=``), 10153252611 (``borrow_info.html?id=1``) — found in admin and portal
    templates, not on a gov.cn page of the corpus; the tag cloud is the brief's candidate, modelled,
    not observed."""
    s, rng, (r1, r2) = begin(
        c,
        "ningling www.ningling.gov.cn 宁陵县 河南省 商丘市 411423",
        scheme="https",
        news=("宁陵要闻", "/xwzx/nlyw/"),
        more=[("标签", "/tags.jsp")],
        table="""
    宁陵县人民政府关于2023年度法治政府建设情况的报告
        2023 004 2,6 2024-03-19 宁陵县人民政府
    宁陵县2022年度法治政府建设工作报告
        2022 000 2,6 2023-03-30 宁陵县司法局
    """,
    )
    trail = [("政务公开", "/zwgk/")]
    tags = " ".join(f'<a href="/tags.jsp?tags={t}">{t}</a>' for t in ("法治", "政府"))
    tag_line = f'<div class="tags">标签:{tags}</div>'
    art = lambda d, t: s.article(d, t, after=tag_line)  # noqa: E731
    fz = list_column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, *looks(s, rng, 2022), *s.fillers(rng, 9, "disclosure")],
        trail,
        trs(s, "/zwgk/fzzfjs/"),
        style="view",
        article=art,
    )
    gg, nb = usual(
        s, rng, "/zwgk/", [("法治政府建设", "/zwgk/fzzfjs/")], lambda f: trs(s, f), 34, style="view"
    )
    news = list_column(s, "宁陵要闻", "/xwzx/nlyw/", s.news(rng, 65), [], trs(s, "/xwzx/nlyw/"), article=art)
    tag_cloud_trap(s, "/tags.jsp", news + fz + gg + nb)
    home6(s, [("宁陵要闻", "/xwzx/nlyw/", news), ("通知公告", "/zwgk/tzgg/", gg)])


def zhecheng(c: Ctx) -> None:
    """柘城县 (商丘市, Henan): 政务公开 → 工作报告 lists ``<dl>`` cards: the title a ``<dt>`` without
    link, a summary ending in ``[详细]`` (the only link); the report articles carry an empty
    ``#zoom`` box filled by ``$("#zoom").load("/content/<YYYYMM>/<id>.html")``. Evidence: 34101420943
    (JSP list of ``<dt>`` titles and ``<dd>${article.content}<a href="${article.url}">[详细]</a></dd>``),
    32756874673 (帝国CMS ``esub(smalltext,80) ..<a href=…>[详细]</a>``), 150826918; a body loaded
    into a box by jQuery ``load()``: adamtysonsmith/x2001_insight_acupuncture ``custom-assets/js/
    load-content.js`` (``$('#content').load('../content/' + file + '.txt')``), mcroitor/clsrv
    ``themes/default/index.tpl.php`` (``$("main").load("./api/?q=article/get/1")``) — not seen on a
    gov.cn article in the corpus."""
    s, rng, (r1, r2) = begin(
        c,
        "zhecheng www.zhecheng.gov.cn 柘城县 河南省 商丘市 411424",
        scheme="https",
        news=("柘城新闻", "/xwzx/zcxw/"),
        table="""
    柘城县人民政府关于2023年法治政府建设工作情况的报告
        2023 001 2,3 2024-03-26 柘城县人民政府
    柘城县2022年法治政府建设情况报告
        2022 002 2,3 2023-03-09 柘城县人民政府办公室
    """,
    )
    trail = [("政务公开", "/zwgk/")]
    gz = [r1, r2, *annuals(s, rng), s.lookalike(rng, "plan", 2024), *s.fillers(rng, 10, "disclosure")]
    list_column(
        s,
        "工作报告",
        "/zwgk/gzbg/",
        gz,
        trail,
        trs(s, "/zwgk/gzbg/"),
        style="card",
        per=10,
        article=lambda d, t: loaded_article(s, d, t) if d.kind == "report" else s.article(d, t),
    )
    gg = list_column(
        s,
        "通知公告",
        "/zwgk/tzgg/",
        [report_notice(s, rng, 2023), *s.fillers(rng, 30)],
        trail,
        trs(s, "/zwgk/tzgg/"),
        style="card",
    )
    list_column(
        s,
        "政策解读",
        "/zwgk/zcjd/",
        [interpretation_of(s, rng, r1), s.lookalike(rng, "shufa", 2023)],
        trail,
        trs(s, "/zwgk/zcjd/"),
        style="card",
    )
    section6(
        s,
        "政务公开",
        "/zwgk/",
        [("工作报告", "/zwgk/gzbg/"), ("通知公告", "/zwgk/tzgg/"), ("政策解读", "/zwgk/zcjd/")],
    )
    news = list_column(s, "柘城新闻", "/xwzx/zcxw/", s.news(rng, 60), [], trs(s, "/xwzx/zcxw/"), style="card")
    home6(s, [("柘城新闻", "/xwzx/zcxw/", news), ("通知公告", "/zwgk/tzgg/", gg)])


# ============================================================================ kind 3, 4
def minquan(c: Ctx) -> None:
    """民权县 (商丘市, Henan): articles under ``/art/`` answer 403 to a User-Agent without
    "Mozilla" (a browser integrity rule on that path; lists and the home page answer anyone); the
    2023 report's article page holds only the title and date, its body a page of its own in an
    ``<iframe>``. Evidence: issues sefinek/Sefinek-Blocklist-Collection#30 (403 to ``Python-urllib``
    by Cloudflare's "Browser integrity check", ``'Mozilla 5.0'`` passes), joakimskoog/
    AnApiOfIceAndFire#46 and earthreader/web#60 (403 to default user agents, pages fine in a
    browser); higress's ``bot-detect`` plugin (``blocked_code`` 403) in the code corpus; an iframe of
    site content on a gov.cn page: 16320070957 (``<iframe … src="http://www.pingtan.gov.cn/site/bdc/
    info/head.jsp">``); sites.md "``<iframe>``/``<embed>``"."""
    s, rng, (r1, r2) = begin(
        c,
        "minquan www.minquan.gov.cn 民权县 河南省 商丘市 411421",
        news=("民权要闻", "/xwzx/mqyw/"),
        table="""
    民权县人民政府关于2023年度法治政府建设工作的报告
        2023 003 3,4 2024-03-29 民权县人民政府
    民权县2021年度法治政府建设工作情况报告
        2021 004 4 2022-03-24 民权县司法局
    """,
    )
    art = lambda d: f"/art/{d.pub:%Y}/{d.pub:%m%d}/art_{num_id(s.host, d.uid, digits=6)}.html"  # noqa: E731
    trail = [("政务公开", "/zwgk/")]
    list_column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, *looks(s, rng, 2023), *s.fillers(rng, 7, "disclosure")],
        trail,
        art,
        article=lambda d, t: iframe_article(s, d, t) if d is r1 else s.article(d, t),
    )
    gg, _ = usual(s, rng, "/zwgk/", [("法治政府建设", "/zwgk/fzzfjs/")], lambda f: art, 28)
    news = list_column(s, "民权要闻", "/xwzx/mqyw/", s.news(rng, 55), [], art)
    home6(s, [("民权要闻", "/xwzx/mqyw/", news), ("通知公告", "/zwgk/tzgg/", gg)])
    gate(s, lambda path: path.startswith("/art/"), browsers_only)


# ============================================================================ kind 4, 5
def yuanling(c: Ctx) -> None:
    """沅陵县 (怀化市, Hunan): seeded as ``http://yuanling.gov.cn/``, which answers 301 to
    ``https://www.yuanling.gov.cn/``, then 302 to ``/index.html``, then 302 to the portal
    ``/ylzf/index.shtml`` (http on ``www.`` answers 301 to https); 法治政府建设's list pages live in a
    ``list/`` folder and link their articles by ``../YYYYMM/t….shtml``; the 2022 report's path is
    Chinese (``/ylzf/zwgk/法治政府建设/沅陵县2022年度法治政府建设工作报告.shtml``), linked
    percent-encoded. Evidence: sites.md "Often the root only redirects … from http to https. Hosts
    with and without ``www.`` both occur"; the brief's candidates (302 chains, ``../`` links,
    URL-encoded Chinese paths); percent-encoded Chinese in gov.cn URLs: 56421290812
    (``www.12348.sh.gov.cn/site/label/labelList?labelName=%E6%B3%95…``)."""
    s, rng, (r1, r2) = begin(
        c,
        "yuanling www.yuanling.gov.cn 沅陵县 湖南省 怀化市 431222",
        scheme="https",
        seed_url="http://yuanling.gov.cn/",
        news=("沅陵要闻", "/ylzf/xwzx/ylyw/"),
        table="""
    沅陵县人民政府关于2023年度法治政府建设情况的报告
        2023 000 4,5 2024-03-27 沅陵县人民政府
    沅陵县2022年度法治政府建设工作报告
        2022 001 4,5 2023-03-20 沅陵县司法局
    """,
    )
    root = "/ylzf/"
    s.nav = [("首页", f"{root}index.shtml"), ("政务公开", f"{root}zwgk/"), s.nav[2]]
    fz = f"{root}zwgk/fzzfjs/"
    r2.path = f"{root}zwgk/法治政府建设/沅陵县2022年度法治政府建设工作报告.shtml"
    up = lambda url, d: "../" + d.path.split(fz, 1)[1] if d.path.startswith(fz) else encoded(d.path)  # noqa: E731
    trail = [("政务公开", f"{root}zwgk/")]
    docs = [r1, r2, *looks(s, rng, 2023), *s.fillers(rng, 20, "disclosure")]
    list_column(s, "法治政府建设", f"{fz}list/", docs, trail, trs(s, fz, "shtml"), href=up)
    gg, _ = usual(s, rng, f"{root}zwgk/", [("法治政府建设", f"{fz}list/")], lambda f: trs(s, f, "shtml"), 30)
    news = list_column(
        s, "沅陵要闻", f"{root}xwzx/ylyw/", s.news(rng, 60), [], trs(s, f"{root}xwzx/ylyw/", "shtml")
    )
    home6(
        s,
        [("沅陵要闻", f"{root}xwzx/ylyw/", news), ("通知公告", f"{root}zwgk/tzgg/", gg)],
        root=f"{root}index.shtml",
    )
    s.web.https_only.add(s.host)
    redirect(s, "yuanling.gov.cn", "/", "https://www.yuanling.gov.cn/", 301)
    redirect(s, s.host, "/", "/index.html")
    redirect(s, s.host, "/index.html", f"https://{s.host}{root}index.shtml")


def chenxi(c: Ctx) -> None:
    """辰溪县 (怀化市, Hunan): seeded as ``https://www.chenxi.gov.cn/``, a host form that no longer
    answers; the site is served on ``chenxi.gov.cn`` only. Reports in 政务公开 → 法治政府建设
    (plain lists). Evidence: sites.md "Hosts with and without ``www.`` both occur"; the brief's
    candidate "a seed host whose ``www.`` form is dead" (a national seed list built from directories
    keeps stale host forms)."""
    s, rng, (r1, r2) = begin(
        c,
        "chenxi chenxi.gov.cn 辰溪县 湖南省 怀化市 431223",
        scheme="https",
        seed_url="https://www.chenxi.gov.cn/",
        news=("辰溪要闻", "/xwzx/cxyw/"),
        table="""
    辰溪县人民政府关于2023年法治政府建设工作情况的报告
        2023 002 4 2024-03-25 辰溪县人民政府
    辰溪县2022年法治政府建设年度报告
        2022 003 4 2023-03-28 辰溪县人民政府
    """,
    )
    trail = [("政务公开", "/zwgk/")]
    list_column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, *looks(s, rng, 2023), *s.fillers(rng, 6, "disclosure")],
        trail,
        trs(s, "/zwgk/fzzfjs/"),
    )
    gg, _ = usual(s, rng, "/zwgk/", [("法治政府建设", "/zwgk/fzzfjs/")], lambda f: trs(s, f), 25)
    news = list_column(s, "辰溪要闻", "/xwzx/cxyw/", s.news(rng, 50), [], trs(s, "/xwzx/cxyw/"))
    home6(s, [("辰溪要闻", "/xwzx/cxyw/", news), ("通知公告", "/zwgk/tzgg/", gg)])


def huitong(c: Ctx) -> None:
    """会同县 (怀化市, Hunan): every page is GBK bytes under ``Content-Type: text/html`` (no charset)
    while its ``<meta charset="utf-8">`` says utf-8 (a template changed, the server not); reports in
    政务公开 → 重点领域信息公开 → 法治政府建设. Evidence: Arctanxy/encode-and-decode ``README.md`` ("如果
    转换之后还有问题可能是网页中包含的编码信息有误，可以使用chardetect库来探测网页真实编码"),
    luopeixiong/maxiaoteng-book ``python-basics/encode.md`` (chardet on the body instead of the
    ``<meta charset>``); sites.md "GB2312 declared in a ``<meta>`` only"."""
    s, rng, (r1, r2) = begin(
        c,
        "huitong www.huitong.gov.cn 会同县 湖南省 怀化市 431225",
        lying_meta=True,
        news=("会同要闻", "/xwzx/htyw/"),
        table="""
    会同县人民政府关于2023年度法治政府建设工作情况的报告
        2023 004 4 2024-03-21 会同县人民政府
    会同县2022年度法治政府建设情况报告
        2022 000 4 2023-03-17 会同县司法局
    """,
    )
    zd = "/zwgk/zdly/"
    trail = [("政务公开", "/zwgk/"), ("重点领域信息公开", zd)]
    list_column(
        s,
        "法治政府建设",
        f"{zd}fzzfjs/",
        [r1, r2, *looks(s, rng, 2022), *s.fillers(rng, 8, "disclosure")],
        trail,
        trs(s, f"{zd}fzzfjs/"),
    )
    list_column(
        s, "财政预决算", f"{zd}czyjs/", s.fillers(rng, 20, "disclosure"), trail, trs(s, f"{zd}czyjs/")
    )
    section6(
        s,
        "重点领域信息公开",
        zd,
        [("法治政府建设", f"{zd}fzzfjs/"), ("财政预决算", f"{zd}czyjs/")],
        trail[:1],
    )
    gg, _ = usual(s, rng, "/zwgk/", [("重点领域信息公开", zd)], lambda f: trs(s, f), 24)
    news = list_column(s, "会同要闻", "/xwzx/htyw/", s.news(rng, 55), [], trs(s, "/xwzx/htyw/"))
    home6(s, [("会同要闻", "/xwzx/htyw/", news), ("通知公告", "/zwgk/tzgg/", gg)])


def mayang(c: Ctx) -> None:
    """麻阳苗族自治县 (怀化市, Hunan): list pages answer 500 the first time each is asked for, then
    the page (a busy server behind a cache); the home page links articles with a ``?t=<render
    stamp>`` and the 政务公开 lists link them on the ``www.mayang.gov.cn:8080`` host form (the
    port the CMS publishes under). Evidence: host forms with a port on gov.cn: 54828777335
    (``http://www.moe.gov.cn:8080/jyb_xxgk/…``), 45255475715 (``was.mot.gov.cn:8080``); a
    timestamp query on gov.cn links: 18835325257 (``?_=0.5646…``); a 500 that a retry gets past:
    Scrapy's ``RetryMiddleware`` docstring ("temporary problems such as a connection timeout or HTTP
    500 error"), msq990321/Store ``pythonA/网站等待刷新.py`` ("服务器错误，正在重试"); the first-time-only
    form is modelled."""
    s, rng, (r1, r2) = begin(
        c,
        "mayang www.mayang.gov.cn 麻阳苗族自治县 湖南省 怀化市 431226",
        news=("麻阳要闻", "/xwzx/myyw/"),
        table="""
    麻阳苗族自治县人民政府关于2023年法治政府建设情况的报告
        2023 001 4,5 2024-03-30 麻阳苗族自治县人民政府
    麻阳苗族自治县2022年法治政府建设工作报告
        2022 002 4,5 2023-03-29 麻阳苗族自治县司法局
    """,
    )
    port = lambda url, d: f"http://{s.host}:8080{d.path}"  # noqa: E731
    trail = [("政务公开", "/zwgk/")]
    fz = list_column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, *looks(s, rng, 2023), *s.fillers(rng, 10, "disclosure")],
        trail,
        trs(s, "/zwgk/fzzfjs/"),
    )
    latest = relinked(with_reports((r1, r2), fz, 6), lambda d: port("", d))
    newest = f'<div class="box"><div class="hd"><b>最新公开</b></div>{rows6(latest, "plain")}</div>'
    menu = [("法治政府建设", "/zwgk/fzzfjs/")]
    gg, _ = usual(s, rng, "/zwgk/", menu, lambda f: trs(s, f), 26, extra=newest, href=port)
    news = list_column(s, "麻阳要闻", "/xwzx/myyw/", s.news(rng, 60), [], trs(s, "/xwzx/myyw/"))
    for d in (r1, r2):
        s.extra_copies.setdefault(d.path, []).append((f"http://{s.host}:8080{d.path}", "html"))
    stamp = 1712021400  # 2024-04-02 09:30 in Beijing, when the home page was last rendered
    items = []
    for i, d in enumerate(sorted(with_reports((r1, r2), fz, 5), key=lambda d: d.pub, reverse=True)):
        query = f"t={stamp + 61 * i}"
        s.put(f"{d.path}?{query}", s.web.resources[(s.host, d.path, "")].body, modified=d.pub)
        if d in (r1, r2):
            s.extra_copies[d.path].append((f"{d.path}?{query}", "html"))
        items.append(
            f'<li><a href="{d.path}?{query}" target="_blank">{esc(d.title)}</a><span>{d.date}</span></li>'
        )
    extra = box("法治政府建设", "/zwgk/fzzfjs/", f'<ul class="list">{"".join(items)}</ul>')
    home6(s, [("麻阳要闻", "/xwzx/myyw/", news), ("通知公告", "/zwgk/tzgg/", gg)], extra)
    lists = ("/zwgk/fzzfjs/", "/zwgk/tzgg/", "/zwgk/ndbg/", "/xwzx/myyw/")
    gate(
        s, lambda path: path.startswith(lists) and not path.rsplit("/", 1)[1].startswith("t"), fails_first(s)
    )


def wusheng(c: Ctx) -> None:
    """武胜县 (广安市, Sichuan): an IIS-style site whose paths are case-insensitive: 政务公开 →
    法治政府建设 links its articles as ``/Html/ZWGK/FZZFJS/2024/03/21/<id>.html`` while the home page
    links ``/html/zwgk/fzzfjs/…`` (both answer); every list carries a 按日期浏览 link into
    ``/archive.jsp?start=&end=`` whose 上一期 / 下一期 / 扩大范围 move and widen the range without
    end (trap). Evidence: mixed-case gov.cn paths in the corpus (``/XXGK/XXGK/`` of www.caac.gov.cn,
    68837030714, cited by kinds4); the brief's candidates (upper/lower case paths, an archive by date
    with endless ranges), modelled, not observed."""
    s, rng, (r1, r2) = begin(
        c,
        "wusheng www.wusheng.gov.cn 武胜县 四川省 广安市 511622",
        scheme="https",
        news=("武胜新闻", "/xwzx/wsxw/"),
        more=[("按日期浏览", "/archive.jsp")],
        table="""
    武胜县人民政府关于2023年度法治政府建设工作情况的报告
        2023 003 5,6 2024-03-18 武胜县人民政府
    武胜县2022年度法治政府建设工作情况报告
        2022 004 5,6 2023-03-31 武胜县司法局
    """,
    )
    upper = lambda d: f"/Html/ZWGK/FZZFJS/{d.pub:%Y/%m/%d}/{num_id(s.host, d.uid, digits=7)}.html"  # noqa: E731
    trail = [("政务公开", "/zwgk/")]
    fz = list_column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, *looks(s, rng, 2023), *s.fillers(rng, 9, "disclosure")],
        trail,
        upper,
    )
    for d in fz:
        s.put(d.path.lower(), s.web.resources[(s.host, d.path, "")].body, modified=d.pub)
        if d in (r1, r2):
            s.extra_copies.setdefault(d.path, []).append((d.path.lower(), "html"))
    gg, _ = usual(s, rng, "/zwgk/", [("法治政府建设", "/zwgk/fzzfjs/")], lambda f: trs(s, f), 30)
    news = list_column(s, "武胜新闻", "/xwzx/wsxw/", s.news(rng, 70), [], trs(s, "/xwzx/wsxw/"))
    date_archive_trap(s, "/archive.jsp", news + fz + gg)
    lower = relinked(with_reports((r1, r2), fz, 6), lambda d: d.path.lower())
    extra = box("法治政府建设", "/zwgk/fzzfjs/", rows6(lower, "plain"))
    home6(s, [("武胜新闻", "/xwzx/wsxw/", news), ("通知公告", "/zwgk/tzgg/", gg)], extra)


ALL = (qimen, xiuning, ningling, zhecheng, minquan, yuanling, chenxi, huitong, mayang, wusheng)
