"""The sites of the ``kinds3`` profile, one function each, with the real evidence it is modelled on.

Evidence ids are files of the search tool's code corpus (``find_string``/``read_file`` ids, with
``repo/path`` where the tool named it); ``sites.md`` is /work/shared/docs/sites.md. Hosts and
division codes are the real ones from /work/shared/data/gov_sites.csv (counties not used by
``kinds``, ``kinds2``, ``holdout`` or ``discovery``).
"""

from __future__ import annotations

import datetime as dt
import random

from ..families import esc
from ..kinds.columns import column, overview
from ..kinds.core import Doc, KSite, li_list, num_id
from ..kinds.sites import Ctx
from ..kinds2.mechs import put_article
from ..kinds2.sites import after, report_notice
from . import mechs


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(f"kinds3|{seed}|" + "|".join(map(str, parts)))


def blocks(items: list[tuple[str, str, list[Doc]]], extra: str = "") -> str:
    parts = [
        f'<div class="box"><div class="box-hd"><span>{esc(n)}</span><a href="{p}" title="{esc(n)}">'
        f"更多</a></div>{li_list(d[:7])}</div>"
        for n, p, d in items
    ]
    return "\n".join(parts) + extra


def push_down(rng: random.Random, count: int, site: KSite, doc: Doc) -> list[Doc]:
    """``count`` disclosure fillers dated after ``doc`` (so that they push it down its list)."""
    return after(rng, site.fillers(rng, count, "disclosure"), doc)


# ============================================================================ kind 1 / 2
def taishan(c: Ctx) -> None:
    """台山市 (江门市, Guangdong): the root is a 引导页 (a picture, 进入首页 as a ``<div
    onclick="enterSite()">`` and a countdown; ``enterSite`` sets ``window.location.href``), the
    portal at ``/tsszf/index.html``; 政务公开 is the provincial ``gkmlpt`` catalogue whose tree and
    lists exist only in ``window._CONFIG`` (SID, TREE) and ``/gkmlpt/api/all/<cat>?page=&sid=``; the
    2022 report only under 部门信息公开 → 市司法局.
    Evidence: sites.md "Home pages. Often the root only redirects: by
    ``window.location.href='./index.html'``, by ``<meta http-equiv="refresh">``"; gkmlpt: code corpus
    53836515905 (survey: ``/gkmlpt/index`` with ``window._CONFIG`` containing ``SID`` and ``TREE``, API
    ``/gkmlpt/api/all/{category_id}?page={n}&sid={sid}``, 江门 SID 750001), 71212404334 (``SID:\\s*'(\\d+)'``
    read from the page, the category id from the URL hash, ``a.post_url||a.url``), 24813651225
    (scrapy spider of ``www.gd.gov.cn/gkmlpt/api/all/5?page=1&sid=2``: ``articles``, ``total // 100 + 1``
    pages), 10730435435 (``create_time`` timestamps); sites.md "Guangdong ``gkmlpt/content/…/
    post_<id>.html``"."""
    s = c.site("taishan", "www.cnts.gov.cn", "台山市", "广东省", "江门市", "440781")
    rng = rng_for(c.seed, s.key)
    home = "/tsszf/index.html"
    s.nav = [("首页", home), ("政务公开", "/gkmlpt/index"), ("台山要闻", "/tsszf/tsyw/")]
    r1 = s.report(rng, "台山市人民政府关于2023年法治政府建设工作情况的报告", 2023, *c.stem("001"), (1, 2))
    r2 = s.report(rng, "台山市2022年法治政府建设年度报告", 2022, *c.stem("003"), (1, 2))
    fz = [r1, report_notice(s, rng, 2023, (2,)), *push_down(rng, 14, s, r1)]
    sfj = [r2, s.lookalike(rng, "shufa", 2022, (2,)), *push_down(rng, 6, s, r2)]
    groups = [
        (
            "法定主动公开内容",
            [
                (2461, "法治政府建设", fz),
                (2458, "规划计划", [s.lookalike(rng, "plan", 2022, (2,)), *s.fillers(rng, 8, "disclosure")]),
                (2470, "政策解读", [s.lookalike(rng, "interpretation", 2023, (2,)), *s.fillers(rng, 5)]),
            ],
        ),
        (
            "政府信息公开年报",
            [(2480, "年度报告", [s.lookalike(rng, "xxgk_annual", y, (2,)) for y in (2022, 2023)])],
        ),
        ("部门信息公开", [(2605, "市发展和改革局", s.fillers(rng, 7)), (2611, "市司法局", sfj)]),
    ]
    mechs.gkmlpt(s, "750115", groups, [("政府信息公开", "/gkmlpt/index")])
    news = column(s, "台山要闻", "/tsszf/tsyw/", s.news(rng, 40), [])
    mechs.portal_at(s, home, blocks([("台山要闻", "/tsszf/tsyw/", news)]))
    mechs.splash_home(s, home)


def kaiping(c: Ctx) -> None:
    """开平市 (江门市): ``gkmlpt`` too (own SID); the reports sit in 年度报告 beside three
    政府信息公开年报 and in 法治政府建设, the 2022 one a PDF linked only through the pdf.js viewer
    (``/pdfjs/web/viewer.html?file=<pdf>``). Evidence: as :func:`taishan` for gkmlpt; viewer links:
    sites.md "Attachments … in a ``pdfjs/viewer?file=`` URL", code corpus 6920073089
    (``<iframe src="/pdfjs/web/viewer.html?file=/pdf/…pdf">``), 1412814150 (a URL normalizer that maps
    ``…/pdfjs/web/viewer.html?file=/content/….pdf`` to the PDF)."""
    s = c.site("kaiping", "www.kaiping.gov.cn", "开平市", "广东省", "江门市", "440783")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/gkmlpt/index"), ("开平新闻", "/kpxw/")]
    r1 = s.report(rng, "开平市2023年度法治政府建设情况报告", 2023, *c.stem("000"), (2,))
    r2 = s.report(
        rng, "开平市人民政府关于2022年法治政府建设情况的报告", 2022, *c.stem("004"), (2, 6), form="pdf"
    )
    s.registries.setdefault("viewer", {})[r2.uid] = True
    mechs.pdf_viewer(s)
    groups = [
        (
            "法定主动公开内容",
            [
                (
                    3102,
                    "法治政府建设",
                    [r2, s.lookalike(rng, "shufa", 2023, (2,)), *push_down(rng, 9, s, r2)],
                ),
                (3105, "工作报告", [s.lookalike(rng, "gov_work_report", 2023, (2,)), *s.fillers(rng, 6)]),
            ],
        ),
        (
            "年度报告",
            [
                (
                    3120,
                    "年度报告",
                    [r1, *(s.lookalike(rng, "xxgk_annual", y, (2,)) for y in (2021, 2022, 2023))],
                )
            ],
        ),
    ]
    mechs.gkmlpt(s, "750117", groups, [("政府信息公开", "/gkmlpt/index")])
    news = column(s, "开平新闻", "/kpxw/", s.news(rng, 35), [])
    s.home(
        blocks([("开平新闻", "/kpxw/", news)], '<a href="/gkmlpt/index#3120" title="年度报告">年度报告</a>')
    )


def tonglu(c: Ctx) -> None:
    """桐庐县: the portal is a Vue single-page app (``<div id="app">``, Vue CLI ``<noscript>``),
    columns ``#/list?id=<id>`` whose ids are only in ``/config.js`` (``window.SITE_CONFIG``), lists
    and articles only from a RuoYi-style API (``/prod-api/cms/article/list?columnId=&pageNum=&
    pageSize=&siteId=`` → ``{"total","rows","code"}``; ``/prod-api/cms/article/get?id=`` →
    ``{"code","data":{…,"content"}}``). Evidence: code corpus 4957131692, 5387948879
    (``/prod-api/cms/article/list?pageNum=1&pageSize=1000``), 29435427626 (``$url_article =
    "/prod-api/cms/article/get"``), 42073690554 (``/prod-api/cms/web/article/channel/news/view/5?
    siteId=``); hash detail routes ``/#/detail?id=${…}`` (code corpus 22770653481, 11631480471)."""
    s = c.site("tonglu", "www.tonglu.gov.cn", "桐庐县", "浙江省", "杭州市", "330122")
    rng = rng_for(c.seed, s.key)
    r1 = s.report(rng, "桐庐县人民政府关于2023年度法治政府建设工作情况的报告", 2023, *c.stem("002"), (2,))
    r2 = s.report(rng, "桐庐县2022年法治政府建设工作报告", 2022, *c.stem("000"), (2,))
    r1.form = r2.form = "json"
    columns = [
        (1201, "tlyw", "桐庐要闻", s.news(rng, 30)),
        (
            1207,
            "fzzfjs",
            "法治政府建设",
            [r1, r2, s.lookalike(rng, "plan", 2023, (2,)), *push_down(rng, 16, s, r1)],
        ),
        (
            1210,
            "xxgknb",
            "政府信息公开年报",
            [s.lookalike(rng, "xxgk_annual", y, (2,)) for y in (2022, 2023)],
        ),
        (1215, "zcjd", "政策解读", [s.lookalike(rng, "interpretation", 2023, (2,)), *s.fillers(rng, 4)]),
    ]
    mechs.vue_portal(s, 7, columns)


def huarong(c: Ctx) -> None:
    """华容县: the seeded host ``huarong.gov.cn`` answers only ``location.replace("https://www.
    huarong.gov.cn/")``; there 政务公开 is a tab strip (``<li onclick="changeTab(n)">``) that loads
    ``tabUrls[n]`` fragments with ``$.load``: the reports in the 法治政府建设 and 年度报告 tabs.
    Evidence: sites.md "Home pages … the root only redirects … Hosts with and without ``www.`` both
    occur"; code corpus yojiwei/pudongps ``WebRoot/index.jsp`` (one host's root sends each domain
    elsewhere); tab strips ``onclick="changeTab(0)"`` (code corpus 681980939, 22355405909); the
    real host is https (gov_sites.csv)."""
    bare = c.site("huarong", "huarong.gov.cn", "华容县", "湖南省", "岳阳市", "430623")
    mechs.script_home(bare, "https://www.huarong.gov.cn/", how="replace")
    s = c.site(
        "huarong_www",
        "www.huarong.gov.cn",
        "华容县",
        "湖南省",
        "岳阳市",
        "430623",
        scheme="https",
        seeded=False,
    )
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("华容新闻", "/hrxw/")]
    r1 = s.report(rng, "华容县2023年法治政府建设工作情况报告", 2023, *c.stem("004"), (1, 4))
    r2 = s.report(rng, "华容县人民政府关于2022年度法治政府建设情况的报告", 2022, *c.stem("002"), (1, 4))
    tabs = [
        (
            "fdzdgk",
            "法定主动公开内容",
            [*s.fillers(rng, 12, "disclosure"), s.lookalike(rng, "plan", 2023, (4,))],
        ),
        ("fzzfjs", "法治政府建设", [r1, report_notice(s, rng, 2023, (4,)), *push_down(rng, 8, s, r1)]),
        ("ndbg", "年度报告", [r2, *(s.lookalike(rng, "xxgk_annual", y, (4,)) for y in (2021, 2022, 2023))]),
        ("zcjd", "政策解读", [s.lookalike(rng, "interpretation", 2022, (4,)), *s.fillers(rng, 5)]),
    ]
    mechs.tab_strip(s, "/zwgk/index.html", "政务公开", tabs, [])
    news = column(s, "华容新闻", "/hrxw/", s.news(rng, 40), [])
    s.home(blocks([("华容新闻", "/hrxw/", news)]))


def fengxian(c: Ctx) -> None:
    """丰县 (徐州市): the root is only ``<meta http-equiv="refresh" content="0;url=/zgfx/index.shtml">``;
    信息公开 lists ``list.jsp?cid=…`` show only the newest year, older years behind a ``<select
    onchange="window.location.href='list.jsp?cid=…&year='+this.value">`` of bare years. Evidence:
    sites.md "by ``<meta http-equiv="refresh">``"; year selects of that form: code corpus 1814484765
    (``onchange="window.location.href='index.php?…&year='+this.value"``), 63142940101, 17617439237."""
    s = c.site("fengxian", "www.chinafx.gov.cn", "丰县", "江苏省", "徐州市", "320321")
    rng = rng_for(c.seed, s.key)
    home = "/zgfx/index.shtml"
    s.nav = [("首页", home), ("信息公开", "/zgfx/xxgk/"), ("丰县新闻", "/zgfx/fxxw/")]
    r1 = s.report(rng, "丰县人民政府关于2023年法治政府建设工作情况的报告", 2023, *c.stem("003"), (1, 4))
    r2 = s.report(rng, "丰县2022年度法治政府建设情况报告", 2022, *c.stem("001"), (1, 4))
    late = s.fillers(rng, 6, "disclosure")
    for k, d in enumerate(late):
        d.pub = dt.datetime(2025, 1 + k, 10 + k, 9, 30)
    fz = [r1, r2, report_notice(s, rng, 2022, (4,)), *late, *push_down(rng, 10, s, r2)]
    trail = [("信息公开", "/zgfx/xxgk/")]
    mechs.year_select_list(s, "/zgfx/xxgk/list.jsp", "fzzf", "法治政府建设", fz, trail)
    gz = [s.lookalike(rng, "gov_work_report", 2023, (4,)), s.lookalike(rng, "xxgk_annual", 2023, (4,))]
    mechs.year_select_list(s, "/zgfx/xxgk/list.jsp", "gzbg", "工作报告", [*gz, *s.fillers(rng, 6)], trail)
    overview(
        s,
        "信息公开",
        "/zgfx/xxgk/",
        [],
        [],
        [("法治政府建设", "/zgfx/xxgk/list.jsp?cid=fzzf"), ("工作报告", "/zgfx/xxgk/list.jsp?cid=gzbg")],
    )
    news = column(s, "丰县新闻", "/zgfx/fxxw/", s.news(rng, 40), [])
    mechs.portal_at(s, home, blocks([("丰县新闻", "/zgfx/fxxw/", news)]))
    mechs.meta_refresh_home(s, home)


# ============================================================================ kind 3
def youxian(c: Ctx) -> None:
    """攸县: list links are ``<a href="javascript:toDetail('<16-digit id>')">``; ``toDetail`` lives in
    ``/js/common.js`` (``BASE_PATH + 'html/' + yyyy + '/' + mmdd + '/' + id + '.html'``). Evidence:
    JSP lists with ``href="javascript:toDetail('${item.id}')"`` (code corpus 5084233412, 16632481528),
    g2b ``href="javascript:toDetail('3', '20160514664', …)"`` whose target is found only in the
    site's script (code corpus 40252884866); sites.md "site helpers such as ``opendetail('…')``"."""
    s = c.site("youxian", "www.hnyou.gov.cn", "攸县", "湖南省", "株洲市", "430223")
    rng = rng_for(c.seed, s.key)
    s.nav = [
        ("首页", "/"),
        ("法治政府建设", "/hnyou/fzzfjs/"),
        ("信息公开年报", "/hnyou/xxgknb/"),
        ("攸县新闻", "/hnyou/yxxw/"),
    ]
    s.put("/js/common.js", mechs.TODETAIL_JS.format(base="/hnyou/"), "application/javascript")
    r1 = s.report(rng, "攸县2023年法治政府建设工作报告", 2023, *c.stem("004"), (3,))
    r2 = s.report(rng, "攸县人民政府关于2022年度法治政府建设工作情况的报告", 2022, *c.stem("000"), (3,))
    fz = [r1, r2, s.lookalike(rng, "shufa", 2023, (3,)), *push_down(rng, 18, s, r1)]
    trail = [("政务公开", "")]
    docs = mechs.todetail_column(s, "法治政府建设", "/hnyou/fzzfjs/", fz, trail, "/hnyou/")
    nb = [s.lookalike(rng, "xxgk_annual", y, (3,)) for y in (2021, 2022, 2023)]
    mechs.todetail_column(s, "政府信息公开年报", "/hnyou/xxgknb/", nb, trail, "/hnyou/")
    news = column(s, "攸县新闻", "/hnyou/yxxw/", s.news(rng, 40), [])
    s.home(blocks([("攸县新闻", "/hnyou/yxxw/", news)], f'<p class="count">法治政府建设 {len(docs)} 条</p>'))


def chaling(c: Ctx) -> None:
    """茶陵县: 信息公开 lists ``/zwgk/infoList.jsp?catId=…`` whose rows are ``<tr onclick=
    "goInfo('<id>','<cat>')">`` with ``<a target="_blank" href="javascript:goInfo(…)">`` (``goInfo``
    in ``/js/public.js``), 8 rows and a 加载更多 button fetching ``/zwgk/moreInfo.jsp?catId=&offset=
    &limit=8`` (HTML rows); the reports beyond the first 8. Evidence: ``href="javascript:toDetail(…)"``
    helpers (as :func:`youxian`); offset/limit load-more APIs (code corpus dylanlee085/pythonstudy
    ``spider/spider_guokr.py``: ``offset``/``limit``; 61981132958 ``/grid_more?offset=&limit=`` 加载更多);
    sites.md ``onclick``/``window.open`` handlers."""
    s = c.site("chaling", "www.chaling.gov.cn", "茶陵县", "湖南省", "株洲市", "430224")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("信息公开", "/zwgk/"), ("茶陵新闻", "/clxw/")]
    s.put("/js/public.js", mechs.GOINFO_JS, "application/javascript")
    r1 = s.report(rng, "茶陵县人民政府关于2023年度法治政府建设情况的报告", 2023, *c.stem("001"), (3, 4))
    r2 = s.report(rng, "茶陵县2022年法治政府建设工作情况报告", 2022, *c.stem("002"), (3, 4))
    trail = [("信息公开", "/zwgk/")]
    fz = [r1, r2, report_notice(s, rng, 2023, (3,)), *push_down(rng, 12, s, r1)]
    mechs.goinfo_column(s, "1021", "法治政府建设", fz, trail)
    nb = [s.lookalike(rng, "xxgk_annual", y, (3,)) for y in (2022, 2023)]
    mechs.goinfo_column(s, "1030", "政府信息公开年报", [*nb, *s.fillers(rng, 3)], trail)
    overview(
        s,
        "信息公开",
        "/zwgk/",
        [],
        [],
        [
            ("法治政府建设", "/zwgk/infoList.jsp?catId=1021"),
            ("政府信息公开年报", "/zwgk/infoList.jsp?catId=1030"),
        ],
    )
    news = column(s, "茶陵新闻", "/clxw/", s.news(rng, 40), [])
    s.home(blocks([("茶陵新闻", "/clxw/", news)]))


# ============================================================================ kind 5
def daming(c: Ctx) -> None:
    """大名县: column pages show only the newest 8 items and a pager calling an undefined
    ``goPage(2)``; the complete index is the sitemap named in ``robots.txt`` (a sitemap index of
    ``/sitemap/sitemap_N.xml``). Article pages link 上一篇/下一篇 through ``/zwgk/view.jsp?id=N``, which
    answers 200 for any id (trap). Evidence: ``Sitemap:`` lines in robots.txt of gov.cn hosts
    (code corpus 67130019937: ``Sitemap: https://hrss.sz.gov.cn/sitemap.xml``), sitemap-only
    sources (51828048472: ndrc/miit/csrc ``sitemap.xml``; 67145208340: hrss.gd.gov.cn sitemap with
    path prefixes); sites.md traps "related articles chains whose ids never repeat"."""
    s = c.site("daming", "www.daming.gov.cn", "大名县", "河北省", "邯郸市", "130425")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("大名新闻", "/dmxw/")]
    chain = mechs.soft404_chain(s, "/zwgk/view.jsp", 50000)

    def prevnext(d: Doc) -> str:
        n = num_id(s.host, d.uid, digits=5)
        return (
            f'<div class="prevnext"><p>上一篇:<a href="{chain(n - 1)}">上一篇</a></p>'
            f'<p>下一篇:<a href="{chain(n + 1)}">下一篇</a></p></div>'
        )

    r1 = s.report(rng, "大名县人民政府关于2023年法治政府建设情况的报告", 2023, *c.stem("003"), (5,))
    r2 = s.report(rng, "大名县2022年法治政府建设年度报告", 2022, *c.stem("004"), (5,))
    trail = [("政务公开", "/zwgk/")]
    fz = [r1, r2, s.lookalike(rng, "plan", 2023, (5,)), *push_down(rng, 12, s, r1)]
    cols = [
        ("法治政府建设", "/zwgk/fzzfjs/", fz),
        (
            "政府信息公开年报",
            "/zwgk/xxgknb/",
            [s.lookalike(rng, "xxgk_annual", y, (5,)) for y in (2021, 2022, 2023)],
        ),
        ("通知公告", "/zwgk/tzgg/", [report_notice(s, rng, 2023, (5,)), *s.fillers(rng, 14)]),
    ]
    placed = []
    for name, folder, docs in cols:
        placed += mechs.short_column(s, name, folder, docs, trail, after=prevnext)
    overview(s, "政务公开", "/zwgk/", [], [], [(n, f) for n, f, _ in cols])
    news = mechs.short_column(s, "大名新闻", "/dmxw/", s.news(rng, 60), [], after=prevnext)
    s.home(blocks([("大名新闻", "/dmxw/", news)]))
    urls = [(d.path, d.pub) for d in [*placed, *news]]
    urls += [(f, dt.datetime(2024, 12, 1)) for _, f, _ in cols]
    mechs.sitemaps(s, urls)


def zhuolu(c: Ctx) -> None:
    """涿鹿县: the 法治政府建设 column shows its newest 5 items and a dead 查看更多 (``javascript:;``);
    every item is in the column's RSS feed, listed on ``/rss.html`` (footer 'RSS订阅'). The 2022
    report is a PDF shown by ``<embed src="…pdf" type="application/pdf">``. Evidence: RSS and
    sitemaps as the index of gov sources (code corpus 51828048472, 52326225337:
    tables of RSS URLs and ``sitemap.xml`` per source); sites.md "Attachments … inside
    ``<iframe>``/``<embed>``"."""
    s = c.site("zhuolu", "www.zjkzl.gov.cn", "涿鹿县", "河北省", "张家口市", "130731")
    rng = rng_for(c.seed, s.key)
    s.nav = [
        ("首页", "/"),
        ("法治政府建设", "/zwgk/fzzfjs/"),
        ("涿鹿要闻", "/zlyw/"),
        ("RSS订阅", "/rss.html"),
    ]
    r1 = s.report(rng, "涿鹿县2023年法治政府建设情况的报告", 2023, *c.stem("000"), (5,))
    r2 = s.report(
        rng, "涿鹿县人民政府关于2022年度法治政府建设工作的报告", 2022, *c.stem("003"), (5, 6), form="pdf"
    )
    trail = [("政务公开", "")]
    fz = [r1, r2, s.lookalike(rng, "gov_work_report", 2023, (5,)), *push_down(rng, 10, s, r1)]
    fz = mechs.short_column(s, "法治政府建设", "/zwgk/fzzfjs/", fz, trail, show=5)
    mechs.viewer_article(s, r2, [*trail, ("法治政府建设", "/zwgk/fzzfjs/")], "embed")
    news = column(s, "涿鹿要闻", "/zlyw/", s.news(rng, 30), [])
    mechs.rss_feeds(s, [("fzzfjs", "法治政府建设", fz), ("zlyw", "涿鹿要闻", news)])
    s.home(blocks([("涿鹿要闻", "/zlyw/", news), ("法治政府建设", "/zwgk/fzzfjs/", fz)]))


def taojiang(c: Ctx) -> None:
    """桃江县: the PC 法治政府建设 list comes from a signed ``/api/getList`` call that refuses
    crawlers (403); the same items are plain lists on the mobile host ``m.taojiang.gov.cn``
    (``/wap/list.jsp?cid=…&page=N``, 加载更多 as a link, ``/wap/content.jsp?id=N``), linked from the PC
    footer (手机版) and a user-agent redirect script. Evidence: ``/wap/`` mobile pages of gov hosts
    (code corpus 13229259833: ``www.wuxi.gov.cn/wap/zmhd/…shtml``; 68298391114: ``mohrss.gov.cn/wap/zc/
    zcwj/`` as the policy source); sites.md "Variants of the same text … mobile sites"."""
    s = c.site("taojiang", "www.taojiang.gov.cn", "桃江县", "湖南省", "益阳市", "430922")
    m = c.site("taojiang_m", "m.taojiang.gov.cn", "桃江县", "湖南省", "益阳市", "430922", seeded=False)
    m.siteid = s.siteid
    rng = rng_for(c.seed, s.key)
    mobile = "http://m.taojiang.gov.cn/"
    s.nav = [("首页", "/"), ("法治政府建设", "/zwgk/fzzfjs/"), ("桃江新闻", "/tjxw/"), ("手机版", mobile)]
    r1 = m.report(rng, "桃江县2023年法治政府建设工作报告", 2023, *c.stem("002"), (5,))
    r2 = m.report(rng, "桃江县人民政府关于2022年度法治政府建设情况的报告", 2022, *c.stem("001"), (5,))
    mechs.sign_only_column(s, "法治政府建设", "/zwgk/fzzfjs/", [("政务公开", "")])
    fz = mechs.wap_list(
        m,
        "fzzfjs",
        "法治政府建设",
        [r1, r2, m.lookalike(rng, "shufa", 2023, (5,)), *push_down(rng, 14, m, r1)],
        "http://www.taojiang.gov.cn/",
    )
    nb = mechs.wap_list(
        m,
        "xxgknb",
        "政府信息公开年报",
        [m.lookalike(rng, "xxgk_annual", 2023, (5,))],
        "http://www.taojiang.gov.cn/",
    )
    menu = "".join(
        f'<li><a href="/wap/list.jsp?cid={cid}">{esc(n)}</a></li>'
        for cid, n in (("fzzfjs", "法治政府建设"), ("xxgknb", "政府信息公开年报"))
    )
    m.put(
        "/",
        mechs.wap_page(
            m,
            m.site_name,
            f'<ul class="m-menu">{menu}</ul>{mechs.li_rows(fz[:3] + nb)}',
            "http://www.taojiang.gov.cn/",
        ),
    )
    m.put("/wap/index.jsp", m.web.resources[(m.host, "/", "")].body, "text/html; charset=utf-8")
    news = column(s, "桃江新闻", "/tjxw/", s.news(rng, 40), [])
    ua = (
        "<script>if (/Android|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)) "
        f'{{ window.location.href = "{mobile}"; }}</script>'
    )
    s.home(blocks([("桃江新闻", "/tjxw/", news)], f'<a href="{mobile}" class="mobile">手机版</a>{ua}'))


# ============================================================================ kind 6 / 7
def laoting(c: Ctx) -> None:
    """乐亭县: the 2023 report is a one-line article showing a PDF in ``<iframe src="/static/pdfjs/web/
    viewer.html?file=…pdf">``; the 2021 one only an ``.ofd`` (not findable without an OFD reader);
    a 繁體 link leads into ``/gate/big5/www.laoting.gov.cn/…``, a gateway that rewrites every link,
    its own included, so that it nests without end (trap). Evidence: pdf.js iframes (code corpus
    6920073089), sites.md "Attachments: PDF, DOC, DOCX, WPS, OFD … in a ``pdfjs/viewer?file=`` URL";
    gateways: code corpus 15954389504 (``<a href="http://210.75.193.158/gate/big5/www.beijing.gov.cn"
    title="繁体版">``), 56412278459 (a canonicaliser that collapses ``big5.www.gov.cn/gate/big5/
    www.gov.cn/…``), 53899028592 (``big5.mee.gov.cn/gate/big5/www.mee.gov.cn/…pdf``); sites.md
    "official traditional-character gateways (``/gate/big5/<host>/<path>``)"."""
    s = c.site("laoting", "www.laoting.gov.cn", "乐亭县", "河北省", "唐山市", "130225", scheme="https")
    rng = rng_for(c.seed, s.key)
    gate = mechs.big5_gateway(s)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("乐亭新闻", "/ltxw/"), ("繁體", gate)]
    mechs.pdf_viewer(s)
    r1 = s.report(rng, "乐亭县2023年法治政府建设情况报告", 2023, *c.stem("001"), (6,), form="pdf")
    r2 = s.report(rng, "乐亭县人民政府关于2022年法治政府建设工作情况的报告", 2022, *c.stem("004"), ())
    r3 = s.report(rng, "乐亭县2021年度法治政府建设工作报告", 2021, *c.stem("000"), (6,))
    trail = [("政务公开", "/zwgk/")]
    fz = [r1, r2, r3, s.lookalike(rng, "plan", 2022, (6,)), *push_down(rng, 10, s, r1)]
    fz = column(s, "法治政府建设", "/zwgk/fzzfjs/", fz, trail)
    inner = [*trail, ("法治政府建设", "/zwgk/fzzfjs/")]
    mechs.viewer_article(s, r1, inner, "pdfjs")
    mechs.ofd_only(r3, r3.path.rsplit("/", 1)[0] + "/")
    put_article(s, r3, inner)
    s.put(r3.attachments[0].path, r3.attachments[0].data, "application/ofd", modified=r3.pub)
    nb = column(s, "政府信息公开年报", "/zwgk/xxgknb/", [s.lookalike(rng, "xxgk_annual", 2023, (6,))], trail)
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("法治政府建设", "/zwgk/fzzfjs/", fz), ("政府信息公开年报", "/zwgk/xxgknb/", nb)],
    )
    news = column(s, "乐亭新闻", "/ltxw/", s.news(rng, 40), [])
    s.home(blocks([("乐亭新闻", "/ltxw/", news)]))


def huaning(c: Ctx) -> None:
    """华宁县 (玉溪市): plain lists, and a 关怀版 whose toolbar links bigger/smaller font sizes,
    line spacings and colour themes as new URLs (trap). Evidence: sites.md "无障碍 / 关怀版
    toolbars"; code corpus 15954389504 (beijing.gov.cn header: 无障碍 ``wza.beijing.gov.cn``, 繁体, 简体
    links in one toolbar)."""
    s = c.site("huaning", "www.huaning.gov.cn", "华宁县", "云南省", "玉溪市", "530424")
    rng = rng_for(c.seed, s.key)
    care = mechs.care_mode_trap(s, "/care/")
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("华宁新闻", "/hnxw/"), ("关怀版", care)]
    r1 = s.report(rng, "华宁县人民政府关于2023年度法治政府建设工作情况的报告", 2023, *c.stem("002"), ())
    r2 = s.report(rng, "华宁县2022年法治政府建设情况报告", 2022, *c.stem("003"), (), form="html+pdf")
    trail = [("政务公开", "/zwgk/")]
    fz = column(s, "法治政府建设", "/zwgk/fzzfjs/", [r1, r2, s.lookalike(rng, "duty_report", 2023)], trail)
    gz = column(
        s, "工作报告", "/zwgk/gzbg/", [s.lookalike(rng, "gov_work_report", 2023), *s.fillers(rng, 4)], trail
    )
    overview(
        s, "政务公开", "/zwgk/", [], [("法治政府建设", "/zwgk/fzzfjs/", fz), ("工作报告", "/zwgk/gzbg/", gz)]
    )
    news = column(s, "华宁新闻", "/hnxw/", s.news(rng, 30), [])
    s.home(blocks([("华宁新闻", "/hnxw/", news)]))


def lingshou(c: Ctx) -> None:
    """灵寿县: plain server-rendered lists (法治政府建设 under 政务公开), for comparison.
    Evidence: sites.md TRS lists and articles."""
    s = c.site("lingshou", "www.lingshou.gov.cn", "灵寿县", "河北省", "石家庄市", "130126")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", "/zwgk/fzzfjs/"), ("灵寿新闻", "/lsxw/")]
    r1 = s.report(rng, "灵寿县2023年法治政府建设工作报告", 2023, *c.stem("004"), ())
    r2 = s.report(rng, "灵寿县人民政府关于2022年法治政府建设情况的报告", 2022, *c.stem("000"), ())
    trail = [("政务公开", "/zwgk/")]
    fz = column(s, "法治政府建设", "/zwgk/fzzfjs/", [r1, r2, *s.fillers(rng, 6, "disclosure")], trail)
    xx = column(s, "政府信息公开年报", "/zwgk/xxgknb/", [s.lookalike(rng, "xxgk_annual", 2023)], trail)
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("法治政府建设", "/zwgk/fzzfjs/", fz), ("政府信息公开年报", "/zwgk/xxgknb/", xx)],
    )
    news = column(s, "灵寿新闻", "/lsxw/", s.news(rng, 25), [])
    s.home(blocks([("灵寿新闻", "/lsxw/", news), ("法治政府建设", "/zwgk/fzzfjs/", fz)]))


ALL = (
    taishan,
    kaiping,
    tonglu,
    huarong,
    fengxian,
    youxian,
    chaling,
    daming,
    zhuolu,
    taojiang,
    laoting,
    huaning,
    lingshou,
)
