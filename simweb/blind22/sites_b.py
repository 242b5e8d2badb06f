"""Blind22 sites of 青海: each on the platform or CMS that public evidence shows for it or its
prefecture (a public survey of 青海 county sites lists, per county, the page shapes it found):

* 海晏县 and 门源回族自治县 (海北州): the 政务公开 platform's ``/public/column/<organId>?type=4
  &catId=<catId>&action=list&nav=3`` columns, server-rendered (海晏) or filled from the label
  endpoint ``/site/label/8888`` (门源);
* 格尔木市 (海西州): a Java CMS with 32-hex ids, ``/zfgk?columnId=<id>`` lists and
  ``/details?id=<id>`` articles;
* 乌兰县 (海西州): VSB (博达) ``.htm`` columns, later pages numbered downwards, ``/info/<col>/<id>.htm``
  articles;
* 刚察县 (海北州): ``/html/<col>/list.html`` columns (the ``/html/<id>/Item.html``,
  ``/html/848/list.html`` family of 刚察, 化隆, 玉树市, 治多, 曲麻莱);
* 杂多县 (玉树州): ASP.NET ``List_zlm.aspx?lmid=<id>`` lists, paged by ``AspNetPager``
  postbacks;
* the 西宁市 portal, whose 区县 page alone links 湟源县 (not seeded), a ThinkPHP site
  (``category&id=56`` in the survey).

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.core import column
from ..blind4.sites_a import InfoSkin
from ..blind5.sites_b import GbkSkin
from ..blind16.sites_a import AhSkin, ah_news, ah_public
from ..blind16.sites_b import label_endpoint, label_shell
from ..model import Request, Resource
from .core import (
    STAMP,
    County,
    Ctx22,
    Item,
    ah_article,
    ah_column,
    assign,
    esc,
    html_copy,
    newer,
    num,
    put_at,
    query_lists,
    search_trap,
    write_items,
)

QH = "青海省"


# ====================================================================== 海晏县
def haiyan(ctx: Ctx22) -> None:
    """海晏县 (青海 海北), ``www.haiyanxian.gov.cn`` (http): the 政务公开 platform with
    server-rendered lists (public code lists its 规范性文件 column as ``/public/column/6617021
    ?type=4&catId=6722981&action=list&nav=3``; a survey of 青海 sites calls 门源/祁连/海晏's
    ``/public/column/66170x1`` a "publicsite CMS"), later pages ``&pageIndex=n``, articles
    ``/public/6617021/<id>.html``. The 2023 report is in 法治政府建设 beside 海北州's repost; the
    2021 report on the third page of 其他法定公开信息. The catIds are assumed."""
    c = County("haiyan", "海晏县", QH, "海北藏族自治州", "632223", "www.haiyanxian.gov.cn")
    organ = "6617021"
    gk = f"/public/column/{organ}?type=4&action=list&nav=3"
    nav = [("/", "首页"), ("/content/column/6790211?pageIndex=1", "海晏要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 28), skin=AhSkin)
    news = ah_news(skin, "6790211", "海晏要闻", 260)
    r23 = ctx.new_report(
        c,
        2023,
        "海晏县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-28 16:40",
        source="海晏县人民政府",
    )
    hb = ctx.higher("海北藏族自治州", 2023, "省委、省政府", "2024-04-03 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("shufa", 2024), ("meeting", 2024)])
    fz = ah_public(skin, organ, "6722991", "法治政府建设", [r23, hb, *look, *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("ls_public_column", "higher_repost"))
    ctx.record_higher(c, hb, 2023, c.base + hb.path)
    r21 = ctx.new_report(
        c, 2021, "海晏县2021年法治政府建设年度报告", pub="2022-03-31 09:20", source="海晏县司法局"
    )
    notes = ctx.lookalikes_of(c, [("xxgk_annual", 2022), ("notice", 2022)])
    qt = ah_public(
        skin,
        organ,
        "6723011",
        "其他法定公开信息",
        [
            *newer(ctx, c, r21, 31, until=skin.clock),
            r21,
            *notes,
            *ctx.fillers(c, 8, "disclosure", (2019, 2021)),
        ],
    )
    assert qt.index(r21) >= 30
    ctx.record(c, notes)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("ls_public_column", "later_list_page"))
    rows = (
        f'<li><a href="{esc(ah_column(organ, "6722991"))}">法治政府建设</a></li>'
        f'<li><a href="{esc(ah_column(organ, "6723011"))}">其他法定公开信息</a></li>'
        f'<li><a href="{esc(ah_column(organ, "6722981"))}">规范性文件</a></li>'
    )
    ah_public(skin, organ, "6722981", "规范性文件", ctx.fillers(c, 12, "disclosure"))
    put_at(
        skin,
        gk,
        skin.page(
            "政府信息公开",
            f'{skin.crumbs([(gk, "政府信息公开")])}<div class="xxgk_nav">'
            f"<h3>法定主动公开内容</h3><ul>{rows}</ul></div>",
        ),
    )
    home(skin, [(nav[1][0], "海晏要闻", news), (gk, "政府信息公开", fz)])


# ====================================================================== 门源回族自治县
def menyuan(ctx: Ctx22) -> None:
    """门源回族自治县 (青海 海北), ``www.menyuan.gov.cn`` (http): the same platform
    (``menyuan.gov.cn/public/column/6617041`` in the survey) with its 信息公开 columns filled
    by the label endpoint: the column page holds an empty ``#xxgk_lmcon`` and its script POSTs
    ``labelName=publicInfoList … pageIndex`` to ``/site/label/8888?IsAjax=1&dataType=html``,
    which answers an HTML fragment and an ``Ls.pagination`` pager (public crawlers of this
    platform POST exactly these fields and read ``pageCount``; that 门源's columns are label-
    filled is assumed). The 2024 report is on page 3 of 通知公告; the 2022 report in
    法治政府建设."""
    c = County("menyuan", "门源回族自治县", QH, "海北藏族自治州", "632221", "www.menyuan.gov.cn")
    organ, site_id = "6617041", "6590341"
    gk = f"/public/column/{organ}?type=4&action=list&nav=3"
    nav = [("/", "首页"), ("/content/column/6790411?pageIndex=1", "门源要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 26), skin=AhSkin)
    news = ah_news(skin, "6790411", "门源要闻", 280)
    r24 = ctx.new_report(
        c, 2024, "门源回族自治县2024年度法治政府建设工作报告", pub="2025-03-26 10:45", source="门源县人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "门源县人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-28 15:10",
        source="门源县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2025)])
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("plan", 2022), ("assessment", 2022)])
    names = {"6723101": "通知公告", "6723131": "法治政府建设"}
    cols = {
        (organ, "6723101"): [
            *newer(ctx, c, r24, 32, "notice", skin.clock),
            r24,
            *notes,
            *ctx.fillers(c, 20, "notice"),
        ],
        (organ, "6723131"): [r22, *look, *ctx.fillers(c, 10, "disclosure")],
    }
    for key, items in cols.items():
        cols[key] = assign(ctx, items, ah_article(organ))
        trail = [(gk, "政府信息公开"), (ah_column(organ, key[1]), names[key[1]])]
        write_items(skin, cols[key], names[key[1]], trail)
        label_shell(skin, organ, key[1], names[key[1]], site_id, "/myxxgk/publicInfoList_newest2020", trail)
    assert cols[(organ, "6723101")].index(r24) >= 30
    label_endpoint(ctx, c, cols)
    rows = "".join(f'<li><a href="{esc(ah_column(organ, k))}">{n}</a></li>' for k, n in names.items())
    put_at(
        skin,
        gk,
        skin.page(
            "政府信息公开",
            f'{skin.crumbs([(gk, "政府信息公开")])}<div class="xxgk_nav">'
            f"<h3>法定主动公开内容</h3><ul>{rows}</ul></div>",
        ),
    )
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("label_8888_fragment", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("label_8888_fragment",))
    home(skin, [(nav[1][0], "门源要闻", news), (gk, "政府信息公开", [])])


# ====================================================================== 格尔木市
def _hex(*parts: object) -> str:
    return "ff808081" + hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:24]


def geermu(ctx: Ctx22) -> None:
    """格尔木市 (青海 海西), ``https://www.geermu.gov.cn``: a Java CMS with 32-hex ids (public
    code links its 市政府文件 as ``/zfgk?columnId=40288af66ae23daa016ae393f096000a`` and its
    articles as ``/details?id=ff80808191c740bd019202d3eaed012b``). Later list pages
    ``&pageNo=n`` are assumed. The 2023 report is in 政府工作报告及法治政府建设 (on page 2 among
    政府工作报告); the 2021 report only as a Word 97 ``.doc`` (not findable)."""
    c = County(
        "geermu", "格尔木市", QH, "海西蒙古族藏族自治州", "632801", "www.geermu.gov.cn", scheme="https"
    )
    col_news, col_fz = "40288af66ae23daa016ae38c1f2a0004", "40288af66ae23daa016ae3a2c4b7000f"
    nav = [("/", "首页"), (f"/xwzx?columnId={col_news}", "格尔木要闻"), ("/zfgk", "政府公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 6), skin=InfoSkin)
    art = lambda it: f"/details?id={_hex('geermu', it.uid)}"  # noqa: E731
    first_news = f"/xwzx?columnId={col_news}"
    news = query_lists(
        skin,
        first_news,
        "格尔木要闻",
        [(first_news, "格尔木要闻")],
        ctx.news(c, 260),
        art,
        per=15,
        page_url=lambda n: first_news if n == 1 else f"{first_news}&pageNo={n}",
    )
    r23 = ctx.new_report(
        c,
        2023,
        "格尔木市人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-29 11:25",
        source="格尔木市人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "格尔木市2021年法治政府建设工作报告", pub="2022-03-30 16:15", source="格尔木市司法局"
    )
    body = list(r21.paras)
    r21.paras = ["格尔木市2021年法治政府建设工作报告全文见附件。"]
    r21.uid = ctx.uid()
    doc = ctx.attach(c, r21, f"/upload/files/2022/3/{_hex('doc', r21.uid)}.doc", "doc", body)
    look = [ctx.lookalike(c, "gov_work_report", y) for y in (2025, 2024)]
    look += ctx.lookalikes_of(c, [("interpretation", 2024), ("text_interp", 2024), ("shufa", 2022)])
    first = f"/zfgk?columnId={col_fz}"
    fz = query_lists(
        skin,
        first,
        "政府工作报告及法治政府建设",
        [("/zfgk", "政府公开"), (first, "政府工作报告及法治政府建设")],
        [
            *newer(ctx, c, r23, 16, until=skin.clock),
            r23,
            r21,
            *look,
            *ctx.fillers(c, 6, "disclosure", (2019, 2022)),
        ],
        art,
        per=15,
        page_url=lambda n: first if n == 1 else f"{first}&pageNo={n}",
    )
    assert fz.index(r23) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("java_hex_ids", "later_list_page"))
    ctx.record_file(c, r21, 2021, doc, body, ("java_hex_ids", "doc_needs_reader"))
    skin.put(
        "/zfgk",
        skin.page(
            "政府公开_" + skin.site_name,
            f'{skin.crumbs([("/zfgk", "政府公开")])}<div class="gkml"><ul>'
            f'<li><a href="{esc(first)}">政府工作报告及法治政府建设</a></li></ul></div>',
        ),
    )
    home(skin, [(first_news, "格尔木要闻", news), ("/zfgk", "政府公开", fz)])


# ====================================================================== 乌兰县
def wulan(ctx: Ctx22) -> None:
    """乌兰县 (青海 海西), ``www.wulanxian.gov.cn`` (http): VSB (博达), as the whole 海西
    family in the survey (``wulanxian.gov.cn/gk/fdzdgknr/ysjs.htm``, ``/zwgk/fgwj/xzfwj.htm`` in a
    public list of county columns; ``/info/1020/7498.htm`` article links on VSB sites). A column's
    first page is ``<col>.htm``, its later pages ``<col>/N.htm`` numbered downwards (VSB's
    static pager); articles ``/info/<col id>/<id>.htm``. The 2024 report is in 法治政府建设 beside
    海西州's repost; the 2022 report on the third page of 通知公告."""
    c = County("wulan", "乌兰县", QH, "海西蒙古族藏族自治州", "632821", "www.wulanxian.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/wlyw.htm", "乌兰要闻"),
        ("/gk/fdzdgknr.htm", "法定主动公开内容"),
        ("/xwzx/tzgg.htm", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 30))

    def vsb(stem: str, colid: int, name: str, trail, items: list[Item], per: int = 15) -> list[Item]:
        items = assign(ctx, items, lambda it: f"/info/{colid}/{it.uid}.htm")
        total = max(1, math.ceil(len(items) / per))
        url = lambda n: f"{stem}.htm" if n == 1 else f"{stem}/{total - n + 1}.htm"  # noqa: E731
        return column(skin, items, name, trail, lambda it: it.path, url, per=per)

    news = vsb("/xwzx/wlyw", 1021, "乌兰要闻", [("/xwzx/wlyw.htm", "乌兰要闻")], ctx.news(c, 240))
    r24 = ctx.new_report(
        c,
        2024,
        "乌兰县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-31 15:50",
        source="乌兰县人民政府",
    )
    hx = ctx.higher("海西蒙古族藏族自治州", 2024, "省委、省政府", "2025-04-09 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2025), ("demo_news", 2024)])
    fz = vsb(
        "/gk/fdzdgknr/fzzfjs",
        1045,
        "法治政府建设",
        [("/gk/fdzdgknr.htm", "法定主动公开内容"), ("/gk/fdzdgknr/fzzfjs.htm", "法治政府建设")],
        [r24, hx, *look, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("vsb_htm", "higher_repost"))
    ctx.record_higher(c, hx, 2024, c.base + hx.path)
    r22 = ctx.new_report(
        c, 2022, "乌兰县2022年法治政府建设年度报告", pub="2023-03-30 10:35", source="乌兰县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023)])
    tz = vsb(
        "/xwzx/tzgg",
        1023,
        "通知公告",
        [("/xwzx/tzgg.htm", "通知公告")],
        [
            *newer(ctx, c, r22, 31, "notice", skin.clock),
            r22,
            *notes,
            *ctx.fillers(c, 14, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 30
    ctx.record(c, notes)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("vsb_htm", "later_list_page"))
    index_page(
        skin,
        "/gk/fdzdgknr.htm",
        "法定主动公开内容",
        [("/gk/fdzdgknr.htm", "法定主动公开内容")],
        [("/gk/fdzdgknr/fzzfjs.htm", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/wlyw.htm", "乌兰要闻", news),
            ("/xwzx/tzgg.htm", "通知公告", tz),
            ("/gk/fdzdgknr.htm", "法定主动公开内容", fz),
        ],
    )


# ====================================================================== 刚察县
def gangcha(ctx: Ctx22) -> None:
    """刚察县 (青海 海北), ``https://www.gangcha.gov.cn``: the ``/html/<id>/…`` CMS the survey
    finds on 刚察 (``/html/5602/Item.html``), 化隆, 玉树市 and 曲麻莱, with ``/html/848/list.html``
    lists on 治多 (public list of county columns). Lists ``/html/<col>/list.html``,
    ``list_2.html`` …, articles ``/html/<col>/<id>.html`` (the pager and article names are
    assumed). The 2023 report in 政务公开 → 法治政府建设 with a 述法 report; the 2020 report
    among 政府文件 over two pages (GBK pages are not assumed: utf-8)."""
    c = County("gangcha", "刚察县", QH, "海北藏族自治州", "632224", "www.gangcha.gov.cn", scheme="https")
    nav = [("/", "首页"), ("/html/5571/list.html", "刚察要闻"), ("/html/5600/list.html", "政务公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 12, 10))

    def col(cid: int, name: str, items: list[Item], per: int = 20) -> list[Item]:
        stem = f"/html/{cid}/"
        return column(
            skin,
            items,
            name,
            [("/html/5600/list.html", "政务公开"), (stem + "list.html", name)],
            lambda it: f"{stem}{it.uid}.html",
            lambda n: f"{stem}list.html" if n == 1 else f"{stem}list_{n}.html",
            per=per,
        )

    news = col(5571, "刚察要闻", ctx.news(c, 220))
    r23 = ctx.new_report(
        c, 2023, "刚察县2023年度法治政府建设工作报告", pub="2024-03-27 09:55", source="刚察县人民政府办公室"
    )
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("meeting_topic", 2023), ("xxgk_annual", 2024)])
    fz = col(5611, "法治政府建设", [r23, *look, *ctx.fillers(c, 7, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("html_id_list",))
    r20 = ctx.new_report(
        c,
        2020,
        "刚察县人民政府关于2020年法治政府建设情况的报告",
        pub="2021-03-30 16:20",
        source="刚察县人民政府",
    )
    gz = ctx.lookalikes_of(c, [("gov_work_report", 2021), ("plan", 2021)])
    wj = col(
        5604,
        "政府文件",
        [*newer(ctx, c, r20, 21, until=skin.clock), r20, *gz, *ctx.fillers(c, 8, "disclosure", (2019, 2020))],
    )
    assert wj.index(r20) >= 20
    ctx.record(c, gz)
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=("html_id_list", "later_list_page"))
    index_page(
        skin,
        "/html/5600/list.html",
        "政务公开",
        [("/html/5600/list.html", "政务公开")],
        [("/html/5611/list.html", "法治政府建设", fz), ("/html/5604/list.html", "政府文件", wj)],
    )
    home(skin, [("/html/5571/list.html", "刚察要闻", news), ("/html/5600/list.html", "政务公开", fz)])


# ====================================================================== 杂多县
ZD_PAGER = "AspNetPager1"
ZD_PER = 15


def zaduo(ctx: Ctx22) -> None:
    """杂多县 (青海 玉树), ``www.zaduo.gov.cn`` (http): an ASP.NET site (the survey finds
    ``zaduo.gov.cn/xxgk/List_zlm.aspx?lmid=2820``, and ``?lmid=`` lists on 称多 and 治多). Its
    lists are a ``<form id="form1" method="post">`` with ``__VIEWSTATE``; the pager is
    ``AspNetPager``, whose links are ``javascript:__doPostBack('AspNetPager1','N')`` (the control's
    postback mode, as ASP.NET scrapers post ``__EVENTTARGET``/``__EVENTARGUMENT``); a GET always
    answers page 1. Articles ``/xxgk/Show_zlm.aspx?id=N`` (assumed); pages in GB2312 (assumed).
    The 2024 report is on page 3 of 通知公告; the 2021 report in 法治政府建设; the 县司法局's
    own report in 部门信息."""
    c = County("zaduo", "杂多县", QH, "玉树藏族自治州", "632722", "www.zaduo.gov.cn")
    names = {"2815": "杂多新闻", "2820": "通知公告", "2836": "法治政府建设", "2841": "部门信息"}
    nav = [("/", "首页"), *((f"/xxgk/List_zlm.aspx?lmid={k}", n) for k, n in names.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 15), skin=GbkSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "杂多县人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-28 12:10",
        source="杂多县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "杂多县2021年法治政府建设工作报告", pub="2022-04-01 10:40", source="杂多县司法局"
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 09:00")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2025)])
    look = ctx.lookalikes_of(c, [("plan", 2022), ("assessment", 2021)])
    cols: dict[str, list[Item]] = {
        "2815": ctx.news(c, 200),
        "2820": [*newer(ctx, c, r24, 33, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
        "2836": [r21, *look, *ctx.fillers(c, 9, "disclosure")],
        "2841": [dep, *ctx.fillers(c, 14, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/xxgk/Show_zlm.aspx?id={it.uid}")
        write_items(skin, cols[k], names[k], [(f"/xxgk/List_zlm.aspx?lmid={k}", names[k])])
    assert cols["2820"].index(r24) >= 30

    def page_of(req: Request) -> Resource:
        qs = req.params()
        lmid = qs.get("lmid", "")
        if lmid not in cols:
            return Resource(
                "<html><body>栏目不存在</body></html>".encode("gbk"),
                "text/html; charset=GBK",
                status=404,
                modified=STAMP,
            )
        items = cols[lmid]
        pages = max(1, math.ceil(len(items) / ZD_PER))
        p = 1
        if req.method == "POST" and qs.get("__EVENTTARGET") == ZD_PAGER:
            p = min(max(num(qs.get("__EVENTARGUMENT", ""), 1), 1), pages)
        rows = "".join(
            f'<tr><td class="bt"><a href="{esc(it.path)}" target="_blank" '
            f'title="{esc(it.title.replace("|", ""))}">'
            f'{esc(it.title.replace("|", ""))}</a></td><td class="rq">[{it.date}]</td></tr>'
            for it in items[(p - 1) * ZD_PER : p * ZD_PER]
        )
        links = []
        if p > 1:
            links.append(f"<a href=\"javascript:__doPostBack('{ZD_PAGER}','1')\">首页</a>")
            links.append(f"<a href=\"javascript:__doPostBack('{ZD_PAGER}','{p - 1}')\">上一页</a>")
        links += [
            f'<span class="cpb">{k}</span>'
            if k == p
            else f"<a href=\"javascript:__doPostBack('{ZD_PAGER}','{k}')\">{k}</a>"
            for k in range(1, pages + 1)
        ]
        if p < pages:
            links.append(f"<a href=\"javascript:__doPostBack('{ZD_PAGER}','{p + 1}')\">下一页</a>")
            links.append(f"<a href=\"javascript:__doPostBack('{ZD_PAGER}','{pages}')\">尾页</a>")
        state = f"/wEPDwULLTE2{lmid}{p:03d}ODk0NzY3ZGQ="
        body = (
            f'<form name="form1" method="post" action="./List_zlm.aspx?lmid={lmid}" id="form1">'
            '<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" /></div>'
            "<script type=\"text/javascript\">var theForm = document.forms['form1'];"
            "if (!theForm) { theForm = document.form1; }"
            "function __doPostBack(eventTarget, eventArgument) {"
            "if (!theForm.onsubmit || (theForm.onsubmit() != false)) {"
            "theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument;"
            "theForm.submit();}}</script>"
            f"{skin.crumbs([(f'/xxgk/List_zlm.aspx?lmid={lmid}', names[lmid])])}"
            f'<div class="lb"><h2>{esc(names[lmid])}</h2><table width="100%" class="list">{rows}</table>'
            f'<div id="AspNetPager1" class="pager">共{len(items)}条 第{p}/{pages}页 {" ".join(links)}</div>'
            "</div></form>"
        )
        text = ctx.icp(c.host, skin.page(f"{names[lmid]}_{skin.site_name}", body))
        return Resource(text.encode("gbk", "xmlcharrefreplace"), "text/html; charset=GBK", modified=STAMP)

    ctx.handle(c, "/xxgk/List_zlm.aspx", page_of)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("aspnetpager_postback", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("aspnetpager_postback",))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    boxes = "".join(
        f'<div class="box"><h3><a href="/xxgk/List_zlm.aspx?lmid={k}">{esc(n)}</a></h3><ul>'
        + "".join(
            f'<li><a href="{esc(it.path)}">{esc(it.title.replace("|", ""))}</a></li>' for it in cols[k][:6]
        )
        + "</ul></div>"
        for k, n in names.items()
    )
    for path in ("/", "/index.aspx"):
        put_at(skin, path, ctx.icp(c.host, skin.page(skin.site_name, f'<div class="home">{boxes}</div>')))


# ====================================================================== 西宁市 → 湟源县
XINING_COUNTIES = [
    ("城东区", "http://www.xncd.gov.cn/"),
    ("城中区", "https://xncz.gov.cn/"),
    ("城西区", "https://www.xncx.gov.cn/"),
    ("城北区", "https://www.xncb.gov.cn/"),
    ("湟中区", "https://www.huangzhong.gov.cn/"),
    ("大通回族土族自治县", "https://www.datong.gov.cn/"),
    ("湟源县", "http://www.huangyuan.gov.cn/"),
]


def xining_city(ctx: Ctx22) -> None:
    """西宁市 (青海) portal ``https://www.xining.gov.cn``, seeded: TRS (``/zwgk/fdzdgknr/…/
    202301/t20230131_180929.html`` in public code), with the TRS 海云 search ``/igs/front/
    search.jhtml?code=…&searchWord=…`` (a public crawler pages it), here echoing its query and
    linking more queries (trap). Its 区县政府 page links the seven county sites (hosts from
    ``county_urls_found.csv``). 湟源县 (``www.huangyuan.gov.cn``) is in no seed row and is
    linked only there: a ThinkPHP site (the survey: "ThinkPHP模式 ``category&id=56``") with lists
    ``/index.php?c=category&id=<id>`` and ``&p=n`` pages, articles ``/index.php?c=content&id=<id>``
    (the parameter names are assumed). Its 2024 report is in 法治政府建设; the 2022 report on
    the second page of 通知公告."""
    city = County("xining_city", "西宁市", QH, "", "630100", "www.xining.gov.cn", scheme="https")
    hy = County("huangyuan", "湟源县", QH, "西宁市", "630123", "www.huangyuan.gov.cn", seeded=False)
    cskin = open_site(
        ctx,
        city,
        [("/", "首页"), ("/xwdt/xnyw/", "西宁要闻"), ("/zwgk/tzgg/", "通知公告")],
        dt.date(2025, 7, 8),
    )
    trap = search_trap(ctx, cskin, "/igs/front/search.jhtml", "searchWord")
    cnews = news_column(cskin, "/xwdt/xnyw/", "西宁要闻", 200)
    ctz = publish(
        cskin, "/zwgk/tzgg/", "通知公告", [("/zwgk/tzgg/", "通知公告")], ctx.fillers(city, 40, "notice")
    )
    rows = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in XINING_COUNTIES)
    cskin.put(
        "/zjxn/qxzf/index.html",
        cskin.page(
            "区县政府",
            f'{cskin.crumbs([("/zjxn/qxzf/", "区县政府")])}<div class="qxlist"><ul>{rows}</ul></div>',
        ),
    )
    home(
        cskin,
        [("/xwdt/xnyw/", "西宁要闻", cnews), ("/zwgk/tzgg/", "通知公告", ctz)],
        extra=(
            f'<div class="zfwz"><a href="/zjxn/qxzf/">区县政府</a></div>'
            f'<form action="/igs/front/search.jhtml"><a href="{trap}">搜索</a></form>'
        ),
    )
    nav = [
        ("/", "首页"),
        ("/index.php?c=category&id=41", "湟源要闻"),
        ("/index.php?c=category&id=52", "通知公告"),
        ("/index.php?c=category&id=56", "法治政府建设"),
    ]
    skin = open_site(ctx, hy, nav, dt.date(2025, 6, 3), seeded=False)

    def cat(cid: int, name: str, items: list[Item]) -> list[Item]:
        first = f"/index.php?c=category&id={cid}"
        return query_lists(
            skin,
            first,
            name,
            [(first, name)],
            items,
            lambda it: f"/index.php?c=content&id={it.uid}",
            per=15,
            page_url=lambda n: first if n == 1 else f"{first}&p={n}",
        )

    news = cat(41, "湟源要闻", ctx.news(hy, 220))
    r24 = ctx.new_report(
        hy,
        2024,
        "湟源县人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-27 14:20",
        source="湟源县人民政府",
    )
    look = ctx.lookalikes_of(hy, [("plan", 2025), ("shufa", 2025)])
    fz = cat(56, "法治政府建设", [r24, *look, *ctx.fillers(hy, 8, "disclosure")])
    ctx.record(hy, look)
    kinds = ("thinkphp_query_list", "unseeded_county_via_prefecture_list")
    ctx.truth_report(hy, r24, 2024, html_copy(hy, r24), kinds=kinds)
    r22 = ctx.new_report(
        hy, 2022, "湟源县2022年法治政府建设年度报告", pub="2023-03-31 10:50", source="湟源县司法局"
    )
    notes = ctx.lookalikes_of(hy, [("notice", 2023)])
    tz = cat(
        52,
        "通知公告",
        [
            *newer(ctx, hy, r22, 17, "notice", skin.clock),
            r22,
            *notes,
            *ctx.fillers(hy, 10, "notice", (2019, 2022)),
        ],
    )
    assert tz.index(r22) >= 15
    ctx.record(hy, notes)
    ctx.truth_report(hy, r22, 2022, html_copy(hy, r22), kinds=(*kinds, "later_list_page"))
    home(skin, [(nav[1][0], "湟源要闻", news), (nav[2][0], "通知公告", tz), (nav[3][0], "法治政府建设", fz)])
