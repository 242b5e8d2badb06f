"""Blind25 sites of 山东 (德州, 菏泽, 淄博) and 河南 (洛阳). See ``platforms.py`` for the evidence
of each platform's shapes; every site's docstring names its own.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page
from ..blind2.core import open_site
from .core import County, Ctx25, date_trap, html_copy, newer, search_trap
from .platforms import (
    GbkSkin,
    dz_column,
    els_attach,
    els_columns,
    ha_column,
    hanweb,
    hanweb_attach,
    put_attachments,
)


# ====================================================================== 德州 platform
def _dz_site(ctx: Ctx25, c: County, news_col: str, clock: dt.date, skin=None, seeded: bool = True):
    nav = [("/", "首页"), (news_col + "index.html", "要闻动态"), ("/n100/index.html", "政务公开")]
    kw = {"skin": skin} if skin else {}
    s = open_site(ctx, c, nav, clock, seeded=seeded, **kw)
    news = dz_column(s, news_col, 3101, "要闻动态", [(news_col + "index.html", "要闻动态")], ctx.news(c, 220))
    return s, news


def qihe(ctx: Ctx25) -> None:
    """齐河县 (山东 德州), ``www.qihe.gov.cn``: the 德州 ``n<id>/c<id>/content.html`` CMS. The 2024
    report is on the second page of 通知公告 (``index_<comp>_<k>.html`` numbered down); the 2022
    report is in 法治政府建设 beside the 县司法局's own report, a 实施方案 and a 述法报告. The site
    search echoes its query and links more queries (trap; sites.md "Traps")."""
    c = County("qihe", "齐河县", "山东省", "德州市", "371425", "www.qihe.gov.cn")
    skin, news = _dz_site(ctx, c, "/n4101/n4102/", dt.date(2025, 5, 12))
    trap = search_trap(ctx, skin, "/jsearchfront/search.do", "q")
    r24 = ctx.new_report(
        c,
        2024,
        "齐河县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-28 16:10",
        source="齐河县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("interpretation", 2025)])
    tz = dz_column(
        skin,
        "/n100/n4120/",
        4121,
        "通知公告",
        [("/n100/index.html", "政务公开"), ("/n100/n4120/index.html", "通知公告")],
        [*newer(ctx, c, r24, 24, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 30, "notice")],
    )
    assert 20 <= tz.index(r24) < 40
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("dz_platform", "later_list_page"))
    r22 = ctx.new_report(
        c, 2022, "齐河县2022年法治政府建设工作报告", pub="2023-03-30 10:20", source="齐河县司法局"
    )
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-22 09:30")
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023)])
    fz = dz_column(
        skin,
        "/n100/n4130/",
        4131,
        "法治政府建设",
        [("/n100/index.html", "政务公开"), ("/n100/n4130/index.html", "法治政府建设")],
        [r22, dep, *look, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("dz_platform",))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    index_page(
        skin,
        "/n100/index.html",
        "政务公开",
        [("/n100/index.html", "政务公开")],
        [("/n100/n4120/index.html", "通知公告", tz), ("/n100/n4130/index.html", "法治政府建设", fz)],
    )
    home(
        skin,
        [("/n4101/n4102/index.html", "要闻动态", news), ("/n100/n4120/index.html", "通知公告", tz)],
        extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>',
    )


def laoling(ctx: Ctx25) -> None:
    """乐陵市 (山东 德州), ``www.laoling.gov.cn``: the 德州 CMS, pages in GBK (assumed). The 2023
    report is in 政府信息公开 > 其他 beside the 信息公开 annual report and a 政府工作报告; the 2021
    report is a PDF attachment (text layer) of a short article in 通知公告."""
    c = County("laoling", "乐陵市", "山东省", "德州市", "371481", "www.laoling.gov.cn")
    skin, news = _dz_site(ctx, c, "/n5201/n5202/", dt.date(2024, 10, 8), skin=GbkSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "乐陵市人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-26 15:00",
        source="乐陵市人民政府",
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("gov_work_report", 2024), ("duty_report", 2023)])
    qt = dz_column(
        skin,
        "/n100/n5240/",
        5241,
        "其他",
        [("/n100/index.html", "政务公开"), ("/n100/n5240/index.html", "其他")],
        [r23, *look, *ctx.fillers(c, 16, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("dz_platform", "gbk_pages"))
    r21 = ctx.new_report(
        c, 2021, "乐陵市2021年度法治政府建设年度报告", pub="2022-03-29 11:40", source="乐陵市司法局"
    )
    body = list(r21.paras)
    r21.paras = ["乐陵市2021年度法治政府建设年度报告详见附件。"]
    r21.uid = ctx.uid()
    pdf = ctx.attach(c, r21, f"/picture/0/{r21.uid % 90000 + 10000}.pdf", "pdf", body)
    tz = dz_column(
        skin,
        "/n100/n5220/",
        5221,
        "通知公告",
        [("/n100/index.html", "政务公开"), ("/n100/n5220/index.html", "通知公告")],
        [r21, *ctx.fillers(c, 14, "notice", (2020, 2023))],
    )
    ctx.record_file(c, r21, 2021, pdf, body, ("dz_platform", "pdf_attachment"))
    index_page(
        skin,
        "/n100/index.html",
        "政务公开",
        [("/n100/index.html", "政务公开")],
        [("/n100/n5220/index.html", "通知公告", tz), ("/n100/n5240/index.html", "其他", qt)],
    )
    home(skin, [("/n5201/n5202/index.html", "要闻动态", news), ("/n100/n5220/index.html", "通知公告", tz)])


def xiajin(ctx: Ctx25) -> None:
    """夏津县 (山东 德州), ``www.xiajin.gov.cn``: the 德州 CMS. The 2024 report and 山东省's
    reposted 2023 report are in 法治政府建设 beside a meeting; the 2020 report exists only as a
    Word 97 ``.doc`` attachment (not findable) of an article on page 2 of 通知公告."""
    c = County("xiajin", "夏津县", "山东省", "德州市", "371427", "www.xiajin.gov.cn")
    skin, news = _dz_site(ctx, c, "/n6301/n6302/", dt.date(2025, 4, 18))
    r24 = ctx.new_report(
        c,
        2024,
        "夏津县人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-31 09:50",
        source="夏津县人民政府",
    )
    sd = ctx.higher("山东省", 2023, "党中央、国务院", "2024-04-10 15:00")
    look = ctx.lookalikes_of(c, [("meeting", 2024), ("interpretation", 2025)])
    fz = dz_column(
        skin,
        "/n100/n6330/",
        6331,
        "法治政府建设",
        [("/n100/index.html", "政务公开"), ("/n100/n6330/index.html", "法治政府建设")],
        [r24, sd, *look, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("dz_platform", "higher_repost"))
    ctx.record_higher(c, sd, 2023, c.base + sd.path)
    r20 = ctx.new_report(
        c, 2020, "夏津县2020年法治政府建设情况报告", pub="2021-04-02 10:00", source="夏津县司法局"
    )
    body = list(r20.paras)
    r20.paras = ["夏津县2020年法治政府建设情况报告见附件。"]
    r20.uid = ctx.uid()
    doc = ctx.attach(c, r20, f"/picture/0/{r20.uid % 90000 + 10000}.doc", "doc", body)
    tz = dz_column(
        skin,
        "/n100/n6320/",
        6321,
        "通知公告",
        [("/n100/index.html", "政务公开"), ("/n100/n6320/index.html", "通知公告")],
        [*newer(ctx, c, r20, 22, "notice", skin.clock), r20, *ctx.fillers(c, 10, "notice", (2019, 2020))],
    )
    ctx.record_file(c, r20, 2020, doc, body, ("dz_platform", "doc_needs_reader"))
    index_page(
        skin,
        "/n100/index.html",
        "政务公开",
        [("/n100/index.html", "政务公开")],
        [("/n100/n6320/index.html", "通知公告", tz), ("/n100/n6330/index.html", "法治政府建设", fz)],
    )
    home(
        skin, [("/n6301/n6302/index.html", "要闻动态", news), ("/n100/n6330/index.html", "法治政府建设", fz)]
    )


DEZHOU_COUNTIES = (
    ("德城区", "www.decheng.gov.cn"),
    ("陵城区", "www.dzlc.gov.cn"),
    ("宁津县", "sdningjin.gov.cn"),
    ("庆云县", "www.qingyun.gov.cn"),
    ("临邑县", "www.linyixian.gov.cn"),
    ("齐河县", "www.qihe.gov.cn"),
    ("平原县", "www.zgpingyuan.gov.cn"),
    ("夏津县", "www.xiajin.gov.cn"),
    ("武城县", "www.wucheng.gov.cn"),
    ("乐陵市", "www.laoling.gov.cn"),
    ("禹城市", "www.yuchengshi.gov.cn"),
)


def dezhou_city(ctx: Ctx25) -> None:
    """德州市 portal ``www.dezhou.gov.cn`` (``/n1403/n38391604/n59392514/index.html`` in a public
    coverage table), seeded: its 县市区 page links the eleven counties' sites (hosts from
    ``county_urls_found.csv``). 武城县 (``www.wucheng.gov.cn``) is in no seed row and linked only
    there: its 2023 report is in 法治政府建设 beside a 考核 通报; its 2021 report is on page 2 of
    通知公告."""
    city = County("dezhou_city", "德州市", "山东省", "", "371400", "www.dezhou.gov.cn")
    cskin = open_site(
        ctx,
        city,
        [("/", "首页"), ("/n1403/n1410/index.html", "德州要闻"), ("/n1403/n1450/index.html", "县市区")],
        dt.date(2025, 4, 2),
    )
    cnews = dz_column(
        cskin,
        "/n1403/n1410/",
        1411,
        "德州要闻",
        [("/n1403/n1410/index.html", "德州要闻")],
        ctx.news(city, 200),
    )
    ctz = dz_column(
        cskin,
        "/n1403/n1420/",
        1421,
        "通知公告",
        [("/n1403/n1420/index.html", "通知公告")],
        ctx.fillers(city, 40, "notice"),
    )
    rows = "".join(f'<li><a href="http://{h}/" target="_blank">{n}</a></li>' for n, h in DEZHOU_COUNTIES)
    cskin.put(
        "/n1403/n1450/index.html",
        cskin.page(
            "县市区_德州市人民政府",
            cskin.crumbs([("/n1403/n1450/index.html", "县市区")]) + f'<div class="xsq"><ul>{rows}</ul></div>',
        ),
    )
    home(
        cskin,
        [("/n1403/n1410/index.html", "德州要闻", cnews), ("/n1403/n1420/index.html", "通知公告", ctz)],
        extra='<div class="xq"><a href="/n1403/n1450/index.html">县市区</a></div>',
    )
    c = County("wucheng", "武城县", "山东省", "德州市", "371428", "www.wucheng.gov.cn", seeded=False)
    skin, news = _dz_site(ctx, c, "/n7101/n7102/", dt.date(2024, 12, 3), seeded=False)
    kinds = ("dz_platform", "unseeded_county_via_prefecture_list")
    r23 = ctx.new_report(
        c,
        2023,
        "武城县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-27 14:30",
        source="武城县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("meeting_topic", 2023), ("xxgk_annual", 2022)])
    fz = dz_column(
        skin,
        "/n100/n7130/",
        7131,
        "法治政府建设",
        [("/n100/index.html", "政务公开"), ("/n100/n7130/index.html", "法治政府建设")],
        [r23, *look, *ctx.fillers(c, 7, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=kinds)
    r21 = ctx.new_report(
        c, 2021, "武城县2021年度法治政府建设工作报告", pub="2022-03-30 16:00", source="武城县司法局"
    )
    tz = dz_column(
        skin,
        "/n100/n7120/",
        7121,
        "通知公告",
        [("/n100/index.html", "政务公开"), ("/n100/n7120/index.html", "通知公告")],
        [*newer(ctx, c, r21, 21, "notice", skin.clock), r21, *ctx.fillers(c, 6, "notice", (2019, 2021))],
    )
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(*kinds, "later_list_page"))
    index_page(
        skin,
        "/n100/index.html",
        "政务公开",
        [("/n100/index.html", "政务公开")],
        [("/n100/n7120/index.html", "通知公告", tz), ("/n100/n7130/index.html", "法治政府建设", fz)],
    )
    home(
        skin, [("/n7101/n7102/index.html", "要闻动态", news), ("/n100/n7130/index.html", "法治政府建设", fz)]
    )


# ====================================================================== 菏泽 platform
def _hz_site(ctx: Ctx25, c: County, clock: dt.date):
    nav = [("/", "首页"), ("/xwzx/1590001.html", "新闻中心"), ("/zfxxgk/index.html", "政府信息公开")]
    skin = open_site(ctx, c, nav, clock)
    news = ("新闻中心", ctx.news(c, 220), ("/xwzx/", "新闻中心"))
    return skin, news


def _hz_index(skin, cols: dict[str, tuple[str, list]]) -> None:
    links = "".join(f'<li><a href="/zfxxgk/{k}.html">{v[0]}</a></li>' for k, v in cols.items() if len(v) == 2)
    skin.put(
        "/zfxxgk/index.html",
        skin.page(
            f"政府信息公开_{skin.site_name}",
            skin.crumbs([("/zfxxgk/index.html", "政府信息公开")])
            + f'<div class="gk-tree"><ul>{links}</ul></div>',
        ),
    )


def caoxian(ctx: Ctx25) -> None:
    """曹县 (山东 菏泽), ``www.caoxian.gov.cn``: the 菏泽 集约化 platform. 政府信息公开 columns are
    filled only from ``POST /els-service/article/{page}/{size}``; the 2023 report is on API page 2
    of 法定主动公开内容, the 2021 report on page 1 of 其他 beside a 政府工作报告. The news column
    (``/xwzx/<cata>.html``) is filled from the same API (assumed: the platform's one list service)."""
    c = County("caoxian", "曹县", "山东省", "菏泽市", "371721", "www.caoxian.gov.cn")
    skin, news = _hz_site(ctx, c, dt.date(2024, 9, 20))
    dw = "2c90808883a1e7c20183a2f5d4be0011"
    r23 = ctx.new_report(
        c,
        2023,
        "曹县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-25 10:00",
        source="曹县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "曹县2021年法治政府建设工作报告", pub="2022-03-31 15:20", source="曹县司法局"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("text_interp", 2024), ("shufa", 2023)])
    cols = {
        "1590001": news,
        "1590011": (
            "法定主动公开内容",
            [*newer(ctx, c, r23, 17, "disclosure", skin.clock), r23, *ctx.fillers(c, 20, "disclosure")],
        ),
        "1590015": ("其他", [r21, *look, *ctx.fillers(c, 8, "disclosure", (2019, 2021))]),
        "1590019": ("规划计划", ctx.fillers(c, 12, "disclosure")),
    }
    lists = els_columns(ctx, skin, dw, cols)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("heze_els_api", "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("heze_els_api",))
    _hz_index(skin, cols)
    home(
        skin,
        [("/xwzx/1590001.html", "新闻中心", lists["1590001"])],
        extra='<div class="gk"><a href="/zfxxgk/index.html">政府信息公开</a></div>',
    )


def yuncheng(ctx: Ctx25) -> None:
    """郓城县 (山东 菏泽), ``www.cnyc.gov.cn`` (a public script probes ``www.heze.gov.cn/zfxxgk/
    xqzfxxgk/ycx/`` for its 信息公开): the 菏泽 platform. The 2024 report and 菏泽市's reposted
    2023 report are in the API column 法治政府建设; the 2022 report exists only as a scanned PDF
    (``/upload-service/…/WY<id>.pdf``, not findable) of an article in 通知公告."""
    c = County("yuncheng", "郓城县", "山东省", "菏泽市", "371725", "www.cnyc.gov.cn")
    skin, news = _hz_site(ctx, c, dt.date(2025, 5, 6))
    dw = "2c90808883a1e7c20183a2f6a1c70014"
    r24 = ctx.new_report(
        c,
        2024,
        "郓城县人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-27 11:30",
        source="郓城县人民政府",
    )
    hz = ctx.higher("菏泽市", 2023, "省委、省政府", "2024-04-03 09:00")
    look = ctx.lookalikes_of(c, [("notice", 2024), ("duty_report", 2024)])
    r22 = ctx.new_report(
        c, 2022, "郓城县2022年度法治政府建设年度报告", pub="2023-03-30 16:45", source="郓城县司法局"
    )
    body = list(r22.paras)
    r22.paras = ["(扫描件)"]
    r22.uid = ctx.uid()
    scan = els_attach(ctx, c, dw, r22, "pdf", body, scan=files.make_scan_pdf(r22.uid))
    cols = {
        "1590001": news,
        "1591203": ("法治政府建设", [r24, hz, *look, *ctx.fillers(c, 9, "disclosure")]),
        "1591207": ("通知公告", [r22, *ctx.fillers(c, 25, "notice")]),
    }
    lists = els_columns(ctx, skin, dw, cols)
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("heze_els_api", "higher_repost"))
    ctx.record_higher(c, hz, 2023, c.base + hz.path)
    ctx.record_scan(c, r22, 2022, scan, body, kinds=("heze_els_api",))
    _hz_index(skin, cols)
    home(
        skin,
        [("/xwzx/1590001.html", "新闻中心", lists["1590001"])],
        extra='<div class="gk"><a href="/zfxxgk/index.html">政府信息公开</a></div>',
    )


def dongming(ctx: Ctx25) -> None:
    """东明县 (山东 菏泽), ``www.dmzf.gov.cn``: the 菏泽 platform. The 2023 report is in the API
    column 法定主动公开内容 beside a 考核 通报; the 2020 report is a PDF attachment
    (``/upload-service/…/WY<id>.pdf``, text layer) of a short article in 其他."""
    c = County("dongming", "东明县", "山东省", "菏泽市", "371728", "www.dmzf.gov.cn")
    skin, news = _hz_site(ctx, c, dt.date(2024, 8, 14))
    dw = "2c90808883a1e7c20183a2f7b0d30019"
    r23 = ctx.new_report(
        c,
        2023,
        "东明县人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-29 14:00",
        source="东明县人民政府",
    )
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("plan", 2022)])
    r20 = ctx.new_report(
        c, 2020, "东明县2020年度法治政府建设情况报告", pub="2021-03-31 10:30", source="东明县司法局"
    )
    body = list(r20.paras)
    r20.paras = ["东明县2020年度法治政府建设情况报告(附件)"]
    pdf = els_attach(ctx, c, dw, r20, "pdf", body)
    cols = {
        "1590001": news,
        "1592101": ("法定主动公开内容", [r23, *look, *ctx.fillers(c, 12, "disclosure")]),
        "1592105": ("其他", [r20, *ctx.fillers(c, 10, "disclosure", (2019, 2021))]),
    }
    lists = els_columns(ctx, skin, dw, cols)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("heze_els_api",))
    ctx.record_file(c, r20, 2020, pdf, body, ("heze_els_api", "pdf_attachment"))
    _hz_index(skin, cols)
    home(
        skin,
        [("/xwzx/1590001.html", "新闻中心", lists["1590001"])],
        extra='<div class="gk"><a href="/zfxxgk/index.html">政府信息公开</a></div>',
    )


# ====================================================================== 淄博 Hanweb
def zichuan(ctx: Ctx25) -> None:
    """淄川区 (山东 淄博), ``www.zichuan.gov.cn``: Hanweb JCMS. The 2023 report is among the 45
    records 法治政府建设 carries in its ``<datastore>``; the 2021 report is record 50, only in the
    ``dataproxy.jsp`` POST range 46–90."""
    c = County("zichuan", "淄川区", "山东省", "淄博市", "370302", "www.zichuan.gov.cn")
    nav = [
        ("/", "首页"),
        ("/col/col8101/index.html", "淄川要闻"),
        ("/col/col8130/index.html", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 5))
    r23 = ctx.new_report(
        c,
        2023,
        "淄川区人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 10:40",
        source="淄川区人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "淄川区2021年度法治政府建设年度报告", pub="2022-03-30 09:10", source="淄川区司法局"
    )
    look = ctx.lookalikes_of(c, [("demo_news", 2022), ("meeting_topic", 2024), ("shufa", 2024)])
    fz = sorted([r23, *look, *ctx.news(c, 54, (2020, 2024))], key=lambda d: d.pub, reverse=True)
    fz.insert(49, r21)
    cols = {
        8101: ("淄川要闻", ctx.news(c, 220)),
        8130: ("法治政府建设", fz),
        8120: ("通知公告", ctx.fillers(c, 40, "notice")),
    }
    lists = hanweb(ctx, skin, "47", "40211", "淄川区人民政府", cols, keep={8130})
    assert lists[8130].index(r21) == 49 and lists[8130].index(r23) < 45
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("jcms_datastore",))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("jcms_dataproxy_post",))
    home(skin, [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items() if k != 8130])


def boshan(ctx: Ctx25) -> None:
    """博山区 (山东 淄博), ``www.boshan.gov.cn``: Hanweb JCMS. The 2024 report is in 通知公告's
    ``<datastore>``; the 2022 report is a PDF (``/module/download/downfile.jsp?classid=0&filename=
    <hex>.pdf``, text layer) attached to an article in 政策文件 beside the 信息公开 annual report.
    A 按日期浏览 archive links the next and the previous day for ever (trap)."""
    c = County("boshan", "博山区", "山东省", "淄博市", "370304", "www.boshan.gov.cn")
    nav = [("/", "首页"), ("/col/col9101/index.html", "博山要闻"), ("/col/col9120/index.html", "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 2))
    trap = date_trap(ctx, skin, "/rqll/index.jsp")
    r24 = ctx.new_report(
        c,
        2024,
        "博山区人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-26 15:30",
        source="博山区人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    r22 = ctx.new_report(
        c, 2022, "博山区2022年法治政府建设情况报告", pub="2023-03-29 10:15", source="博山区司法局"
    )
    body = list(r22.paras)
    r22.paras = ["博山区2022年法治政府建设情况报告全文见附件。"]
    pdf = hanweb_attach(ctx, c, r22, body)
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2022)])
    cols = {
        9101: ("博山要闻", ctx.news(c, 220)),
        9120: (
            "通知公告",
            [*newer(ctx, c, r24, 12, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 30, "notice")],
        ),
        9140: ("政策文件", [r22, *look, *ctx.fillers(c, 30, "disclosure")]),
    }
    lists = hanweb(ctx, skin, "52", "40877", "博山区人民政府", cols)
    put_attachments(ctx, c, r22)
    assert lists[9120].index(r24) < 45
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("jcms_datastore",))
    ctx.record_file(c, r22, 2022, pdf, body, ("jcms_datastore", "pdf_attachment"))
    home(
        skin,
        [(f"/col/col{k}/index.html", v[0], lists[k]) for k, v in cols.items()],
        extra=f'<div class="rq"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 洛阳 河南 platform
def _ha_site(ctx: Ctx25, c: County, clock: dt.date, skin=None):
    nav = [("/", "首页"), ("/xwzx/xwdt/index.html", "新闻动态"), ("/zwgk/index.html", "政务公开")]
    kw = {"skin": skin} if skin else {}
    s = open_site(ctx, c, nav, clock, **kw)
    news = ha_column(s, "/xwzx/xwdt/", "新闻动态", [("/xwzx/xwdt/index.html", "新闻动态")], ctx.news(c, 240))
    return s, news


GK = [("/zwgk/index.html", "政务公开"), ("/zwgk/zfxxgkml/index.html", "政府信息公开目录")]


def xinan(ctx: Ctx25) -> None:
    """新安县 (河南 洛阳), ``www.xinan.gov.cn``: the 河南 platform. The 2024 report is on
    ``index_1.html`` (page 2) of 通知公告; the 2022 report and 河南省's reposted 2022 report are in
    法治政府建设 beside a 实施方案."""
    c = County("xinan", "新安县", "河南省", "洛阳市", "410323", "www.xinan.gov.cn", scheme="https")
    skin, news = _ha_site(ctx, c, dt.date(2025, 5, 30))
    r24 = ctx.new_report(
        c,
        2024,
        "新安县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-25 17:00",
        source="新安县人民政府",
    )
    tz = ha_column(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [*GK, ("/zwgk/tzgg/index.html", "通知公告")],
        [*newer(ctx, c, r24, 23, "notice", skin.clock), r24, *ctx.fillers(c, 20, "notice")],
    )
    assert 20 <= tz.index(r24) < 40
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("henan_platform", "later_list_page"))
    r22 = ctx.new_report(
        c, 2022, "新安县2022年度法治政府建设工作报告", pub="2023-03-28 10:00", source="新安县司法局"
    )
    ha = ctx.higher("河南省", 2022, "党中央、国务院", "2023-04-12 10:00")
    look = ctx.lookalikes_of(c, [("plan", 2022), ("meeting", 2023), ("assessment", 2024)])
    fz = ha_column(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [*GK, ("/zwgk/fzzfjs/index.html", "法治政府建设")],
        [r22, ha, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("henan_platform", "higher_repost"))
    ctx.record_higher(c, ha, 2022, c.base + ha.path)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        GK[:1],
        [("/zwgk/tzgg/index.html", "通知公告", tz), ("/zwgk/fzzfjs/index.html", "法治政府建设", fz)],
    )
    home(skin, [("/xwzx/xwdt/index.html", "新闻动态", news), ("/zwgk/tzgg/index.html", "通知公告", tz)])


def luanchuan(ctx: Ctx25) -> None:
    """栾川县 (河南 洛阳), ``www.luanchuan.gov.cn``: the 河南 platform. The 2023 report is in
    政府信息公开目录 > 法定主动公开内容 beside the 信息公开 annual report; the 2021 report is a PDF
    attachment (``/uploadfiles/<YYYYMM>/<id>.pdf``, assumed) of an article in 通知公告; the
    县司法局's own report is in 部门动态."""
    c = County("luanchuan", "栾川县", "河南省", "洛阳市", "410324", "www.luanchuan.gov.cn")
    skin, news = _ha_site(ctx, c, dt.date(2024, 10, 22))
    r23 = ctx.new_report(
        c,
        2023,
        "栾川县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 09:40",
        source="栾川县人民政府",
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("interpretation", 2024), ("meeting_topic", 2022)])
    fd = ha_column(
        skin,
        "/zwgk/fdzdgknr/",
        "法定主动公开内容",
        [*GK, ("/zwgk/fdzdgknr/index.html", "法定主动公开内容")],
        [r23, *look, *ctx.fillers(c, 30, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("henan_platform",))
    r21 = ctx.new_report(
        c, 2021, "栾川县2021年法治政府建设年度报告", pub="2022-03-30 11:00", source="栾川县司法局"
    )
    body = list(r21.paras)
    r21.paras = ["栾川县2021年法治政府建设年度报告(见附件)"]
    r21.uid = ctx.uid()
    pdf = ctx.attach(c, r21, f"/uploadfiles/{r21.pub:%Y%m}/{r21.uid % 900000 + 100000}.pdf", "pdf", body)
    tz = ha_column(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [*GK, ("/zwgk/tzgg/index.html", "通知公告")],
        [r21, *ctx.fillers(c, 15, "notice", (2020, 2022))],
    )
    ctx.record_file(c, r21, 2021, pdf, body, ("henan_platform", "pdf_attachment"))
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-18 16:00")
    bm = ha_column(
        skin,
        "/zwgk/bmdt/",
        "部门动态",
        [*GK, ("/zwgk/bmdt/index.html", "部门动态")],
        [dep, *ctx.fillers(c, 20, "notice")],
    )
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        GK[:1],
        [
            ("/zwgk/fdzdgknr/index.html", "法定主动公开内容", fd),
            ("/zwgk/tzgg/index.html", "通知公告", tz),
            ("/zwgk/bmdt/index.html", "部门动态", bm),
        ],
    )
    home(skin, [("/xwzx/xwdt/index.html", "新闻动态", news), ("/zwgk/tzgg/index.html", "通知公告", tz)])


def yichuan(ctx: Ctx25) -> None:
    """伊川县 (河南 洛阳), ``www.yichuan.gov.cn``: the 河南 platform, pages in GBK (assumed). The
    2024 report and 洛阳市's reposted 2024 report (``www.ly.gov.cn/2025/03-12/530140.html``) are in
    工作报告 beside a 政府工作报告; the 2022 report is on page 2 of 法定主动公开内容."""
    c = County("yichuan", "伊川县", "河南省", "洛阳市", "410329", "www.yichuan.gov.cn")
    skin, news = _ha_site(ctx, c, dt.date(2025, 4, 28), skin=GbkSkin)
    r24 = ctx.new_report(
        c,
        2024,
        "伊川县人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-27 10:20",
        source="伊川县人民政府",
    )
    ly = ctx.higher("洛阳市", 2024, "省委、省政府", "2025-03-12 09:00")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2025), ("text_interp", 2025)])
    gz = ha_column(
        skin,
        "/zwgk/gzbg/",
        "工作报告",
        [*GK, ("/zwgk/gzbg/index.html", "工作报告")],
        [r24, ly, *look, *ctx.fillers(c, 6, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("henan_platform", "gbk_pages", "higher_repost"))
    ctx.record_higher(c, ly, 2024, c.base + ly.path)
    r22 = ctx.new_report(
        c, 2022, "伊川县2022年法治政府建设情况报告", pub="2023-03-31 15:00", source="伊川县司法局"
    )
    fd = ha_column(
        skin,
        "/zwgk/fdzdgknr/",
        "法定主动公开内容",
        [*GK, ("/zwgk/fdzdgknr/index.html", "法定主动公开内容")],
        [
            *newer(ctx, c, r22, 21, "disclosure", skin.clock),
            r22,
            *ctx.fillers(c, 14, "disclosure", (2019, 2022)),
        ],
    )
    assert 20 <= fd.index(r22) < 40
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("henan_platform", "later_list_page"))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        GK[:1],
        [("/zwgk/gzbg/index.html", "工作报告", gz), ("/zwgk/fdzdgknr/index.html", "法定主动公开内容", fd)],
    )
    home(skin, [("/xwzx/xwdt/index.html", "新闻动态", news), ("/zwgk/gzbg/index.html", "工作报告", gz)])
