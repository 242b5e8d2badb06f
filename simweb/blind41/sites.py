"""The blind41 sites: five 巴中 (四川) counties on the 龙讯 政务公开 platform (label-filled or
server-rendered 信息公开 columns), six 永州 (湖南) counties on the 湖南 集约化 platform
(``list.shtml`` columns with a script pager), and the 永州市 portal whose 县区 block alone links
江华瑶族自治县. See ``platforms.py`` for the evidence of each shape."""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home
from ..blind2.core import open_site
from .core import County, Ctx41, assign, date_trap, esc, html_copy, newer, put_at, search_trap, write_items
from .platforms import (
    AhGbkSkin,
    AhSkin,
    GbkSkin,
    ah_article,
    ah_column,
    ah_news,
    ah_public,
    hn_column,
    label_endpoint,
    label_shell,
    xz_attach,
)

LB = "label_8888_fragment"
AP = "ah_pageindex_static"
HN = "hunan_jyh_shtml"


def _rep(ctx, c, year, title, pub, source):
    return ctx.new_report(c, year, title, pub=pub, source=source)


# ============================================================================ 四川 巴中 (龙讯 platform)
class _Ls:
    """A 巴中 county site on the 龙讯 platform: ``/content/column/<id>?pageIndex=N`` news and a
    政府信息公开 index ``/public/column/<organ>?type=4&action=list&nav=3``."""

    def __init__(self, ctx: Ctx41, c: County, organ: str, news_col: str, clock: dt.date, skin=AhSkin):
        self.ctx, self.c, self.organ, self.news_col = ctx, c, organ, news_col
        self.gk = f"/public/column/{organ}?type=4&action=list&nav=3"
        nav = [
            ("/", "首页"),
            (f"/content/column/{news_col}?pageIndex=1", "要闻动态"),
            (self.gk, "政府信息公开"),
        ]
        self.skin = open_site(ctx, c, nav, clock, skin=skin)
        self.news = ah_news(self.skin, news_col, "要闻动态", 190)
        self.names: dict[str, str] = {}
        self.first: list = []

    def static(self, cat: str, name: str, items: list) -> list:
        """A server-rendered 信息公开 column (``&pageIndex=N`` links)."""
        self.names[cat] = name
        out = ah_public(self.skin, self.organ, cat, name, items)
        self.first = self.first or out
        return out

    def labels(self, site_id: str, file: str, cols: dict[str, tuple[str, list]]) -> dict[str, list]:
        """信息公开 columns filled by the ``/site/label/8888`` ``publicInfoList`` fragment."""
        got = {}
        for cat, (name, items) in cols.items():
            self.names[cat] = name
            items = assign(self.ctx, items, ah_article(self.organ))
            trail = [(self.gk, "政府信息公开"), (ah_column(self.organ, cat), name)]
            write_items(self.skin, items, name, trail)
            label_shell(self.skin, self.organ, cat, name, site_id, file, trail)
            got[(self.organ, cat)] = items
        label_endpoint(self.ctx, self.c, got)
        return {k[1]: v for k, v in got.items()}

    def attach(self, r, kind: str) -> tuple[str, list[str]]:
        body = list(r.paras)
        r.paras = [r.title.replace("|", "") + "全文见附件。"]
        r.uid = r.uid or self.ctx.uid()
        path = f"/public/{self.organ}/file/{r.uid + 52000000}.{kind}"
        return self.ctx.attach(self.c, r, path, kind, body), body

    def finish(self, extra: str = "") -> None:
        rows = "".join(
            f'<li><a href="{esc(ah_column(self.organ, k))}">{n}</a></li>' for k, n in self.names.items()
        )
        put_at(
            self.skin,
            self.gk,
            self.skin.page(
                "政府信息公开",
                f'{self.skin.crumbs([(self.gk, "政府信息公开")])}<div class="xxgk_nav">'
                f"<h3>法定主动公开内容</h3><ul>{rows}</ul></div>",
            ),
        )
        home(
            self.skin,
            [
                (f"/content/column/{self.news_col}?pageIndex=1", "要闻动态", self.news),
                (self.gk, "政府信息公开", self.first),
            ],
            extra=extra,
        )


def bazhou(ctx: Ctx41) -> None:
    """巴州区 (四川 巴中), ``www.bzqzf.gov.cn``: 龙讯 platform, 信息公开 columns label-filled. The
    2024 report is on the label's page 3 of 通知公告 beside a notice about it; the 2022 report is
    in 法治政府建设 beside 四川省's reposted 2022 report, a 实施方案 and a 述法报告."""
    c = County("bazhou", "巴州区", "四川省", "巴中市", "511902", "www.bzqzf.gov.cn")
    s = _Ls(ctx, c, "12741", "6791021", dt.date(2025, 5, 20))
    r24 = _rep(
        ctx, c, 2024, "巴州区人民政府关于2024年法治政府建设情况的报告", "2025-03-27 10:20", "巴州区人民政府"
    )
    r22 = _rep(ctx, c, 2022, "巴州区2022年度法治政府建设工作报告", "2023-03-29 15:00", "巴州区人民政府")
    sc = ctx.higher("四川省", 2022, "党中央、国务院", "2023-04-03 09:30")
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023)])
    got = s.labels(
        "6781921",
        "/bzqxxgk/publicInfoList_newest2020",
        {
            "6832101": (
                "通知公告",
                [*newer(ctx, c, r24, 31, "notice", s.skin.clock), r24, *notes, *ctx.fillers(c, 18, "notice")],
            ),
            "6832131": ("法治政府建设", [sc, r22, *look, *ctx.fillers(c, 10, "disclosure")]),
        },
    )
    assert got["6832101"].index(r24) >= 30
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(LB, "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(LB, "higher_repost"))
    ctx.record_higher(c, sc, 2022, c.base + sc.path)
    s.finish()


def enyang(ctx: Ctx41) -> None:
    """恩阳区 (四川 巴中), ``www.scey.gov.cn``: 龙讯 platform with server-rendered 信息公开 lists
    (``&pageIndex=N``). The 2023 report is on page 2 of 法治政府建设; the 2021 report is in
    规划计划 → 工作总结 beside a 政府工作报告 and the 信息公开 annual report. A 按日期浏览 archive
    never ends (trap)."""
    c = County("enyang", "恩阳区", "四川省", "巴中市", "511903", "www.scey.gov.cn")
    s = _Ls(ctx, c, "12761", "6792101", dt.date(2025, 4, 8))
    trap = date_trap(ctx, s.skin, "/site/rqll.jsp")
    r23 = _rep(ctx, c, 2023, "恩阳区2023年法治政府建设年度报告", "2024-03-28 09:40", "巴中市恩阳区人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "巴中市恩阳区2021年度法治政府建设工作情况的报告",
        "2022-03-30 16:10",
        "巴中市恩阳区人民政府",
    )
    look = ctx.lookalikes_of(c, [("meeting_topic", 2024), ("demo_news", 2024)])
    look2 = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("xxgk_annual", 2021)])
    fz = s.static(
        "6833231",
        "法治政府建设",
        [*newer(ctx, c, r23, 16, "disclosure", s.skin.clock), r23, *look, *ctx.fillers(c, 6, "disclosure")],
    )
    assert fz.index(r23) >= 15
    s.static("6833250", "工作总结", [r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))])
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(AP, "later_list_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(AP,))
    s.finish(extra=f'<div class="rqll"><a href="{trap}">按日期浏览</a></div>')


def tongjiang(ctx: Ctx41) -> None:
    """通江县 (四川 巴中), ``www.tjxzf.gov.cn``: 龙讯 platform, label-filled columns. The 2024
    report is in 法治政府建设 beside the 县司法局's own report and a meeting; the 2022 report is in
    其他文件 beside a 工作要点 and a 第一责任人述职."""
    c = County("tongjiang", "通江县", "四川省", "巴中市", "511921", "www.tjxzf.gov.cn")
    s = _Ls(ctx, c, "12781", "6793401", dt.date(2025, 6, 4))
    r24 = _rep(ctx, c, 2024, "通江县2024年法治政府建设工作报告", "2025-03-31 11:00", "通江县人民政府")
    r22 = _rep(
        ctx, c, 2022, "通江县人民政府关于2022年度法治政府建设情况的报告", "2023-03-28 10:30", "通江县人民政府"
    )
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-24 16:00")
    look = ctx.lookalikes_of(c, [("meeting", 2024)])
    look2 = ctx.lookalikes_of(c, [("plan", 2022), ("duty_report", 2023)])
    s.labels(
        "6782101",
        "/tjxxgk/publicInfoList_newest2020",
        {
            "6834131": ("法治政府建设", [r24, dep, *look, *ctx.fillers(c, 11, "disclosure")]),
            "6834160": ("其他文件", [r22, *look2, *ctx.fillers(c, 13, "disclosure", (2019, 2024))]),
        },
    )
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(LB,))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(LB,))
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    s.finish()


def nanjiang(ctx: Ctx41) -> None:
    """南江县 (四川 巴中), ``www.scnj.gov.cn`` (GBK pages assumed): 龙讯 platform, server-rendered
    lists. The 2023 report is in 法治政府建设 beside 巴中市's reposted 2023 report and a 考核 通报;
    the 2021 report exists only as a scanned PDF, and the 2020 report is a PDF (text layer)
    attached to a short article; both are in 通知公告."""
    c = County("nanjiang", "南江县", "四川省", "巴中市", "511922", "www.scnj.gov.cn")
    s = _Ls(ctx, c, "12801", "6794201", dt.date(2025, 3, 14), skin=AhGbkSkin)
    r23 = _rep(ctx, c, 2023, "南江县2023年度法治政府建设情况报告", "2024-03-29 14:20", "南江县人民政府")
    bz = ctx.higher("巴中市", 2023, "省委、省政府", "2024-04-02 10:00")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2024)])
    s.static("6835131", "法治政府建设", [r23, bz, *look, *ctx.fillers(c, 10, "disclosure")])
    r21 = _rep(ctx, c, 2021, "南江县2021年法治政府建设年度报告", "2022-03-31 09:10", "南江县司法局")
    body21 = list(r21.paras)
    r21.paras = ["(扫描件)"]
    r21.uid = ctx.uid()
    scan = f"/public/{s.organ}/file/{r21.uid + 52000000}.pdf"
    r21.attachments.append((r21.title + ".pdf", scan, files.make_scan_pdf(r21.uid)))
    r20 = _rep(ctx, c, 2020, "南江县2020年法治政府建设工作报告", "2021-03-30 15:30", "南江县人民政府")
    pdf, body20 = s.attach(r20, "pdf")
    note = ctx.lookalikes_of(c, [("notice", 2022)])
    s.static("6835101", "通知公告", [r21, r20, *note, *ctx.fillers(c, 12, "notice", (2019, 2022))])
    ctx.record(c, [*look, *note])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(AP, "gbk_pages", "higher_repost"))
    ctx.record_higher(c, bz, 2023, c.base + bz.path)
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=(AP,))
    ctx.record_file(c, r20, 2020, pdf, body20, (AP, "gbk_pages", "pdf_attachment"))
    s.finish()


def pingchang(ctx: Ctx41) -> None:
    """平昌县 (四川 巴中), ``www.scpc.gov.cn``: 龙讯 platform, label-filled columns. The 2023 report
    is on the label's page 2 of 通知公告 beside a 政府工作报告; the 2021 report is in 法治政府建设
    beside a 政策解读 and a 文字解读."""
    c = County("pingchang", "平昌县", "四川省", "巴中市", "511923", "www.scpc.gov.cn")
    s = _Ls(ctx, c, "12821", "6795501", dt.date(2025, 2, 27))
    r23 = _rep(ctx, c, 2023, "平昌县2023年法治政府建设情况报告", "2024-03-27 17:20", "平昌县人民政府")
    r21 = _rep(
        ctx,
        c,
        2021,
        "中共平昌县委 平昌县人民政府关于2021年度法治政府建设情况的报告",
        "2022-03-29 11:40",
        "平昌县人民政府",
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024)])
    look2 = ctx.lookalikes_of(c, [("interpretation", 2022), ("text_interp", 2022)])
    got = s.labels(
        "6782301",
        "/pcxxgk/publicInfoList_newest2020",
        {
            "6836101": (
                "通知公告",
                [*newer(ctx, c, r23, 16, "notice", s.skin.clock), r23, *look, *ctx.fillers(c, 12, "notice")],
            ),
            "6836131": ("法治政府建设", [r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))]),
        },
    )
    assert got["6836101"].index(r23) >= 15
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(LB, "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(LB,))
    s.finish()


# ============================================================================ 湖南 永州 (湖南 platform)
class _Hn:
    """A 永州 county site on the 湖南 集约化 platform: ``/<site>/<col>/list.shtml`` columns."""

    def __init__(self, ctx: Ctx41, c: County, site: str, clock: dt.date, cols, *, skin=None, seeded=True):
        self.ctx, self.c, self.site = ctx, c, site
        self.names = dict(cols)
        nav = [("/", "首页"), *((self.url(k), n) for k, n in cols)]
        kw = {"skin": skin} if skin else {}
        self.skin = open_site(ctx, c, nav, clock, seeded=seeded, **kw)
        self.boxes: list = []

    def url(self, key: str) -> str:
        return f"/{self.site}/{key}/list.shtml"

    def col(self, key: str, items: list) -> list:
        name = self.names[key]
        out = hn_column(self.skin, f"/{self.site}/{key}/", name, [(self.url(key), name)], items)
        self.boxes.append((self.url(key), name, out))
        return out

    def attach(self, key: str, r, kind: str) -> tuple[str, list[str]]:
        body = list(r.paras)
        r.paras = [r.title.replace("|", "") + "全文见附件。"]
        return xz_attach(self.ctx, self.c, r, f"/{self.site}/{key}/", kind, body), body

    def finish(self, extra: str = "") -> None:
        home(self.skin, self.boxes[:4], extra=extra)


def _hn(ctx, key, name, adcode, host, site, clock, cols, **kw):
    c = County(key, name, "湖南省", "永州市", adcode, host, seeded=kw.get("seeded", True))
    s = _Hn(ctx, c, site, clock, [("yw", f"{name[:2]}要闻"), *cols], **kw)
    s.col("yw", ctx.news(c, 180))
    return c, s


def lingling(ctx: Ctx41) -> None:
    """零陵区 (湖南 永州), ``www.cnll.gov.cn``: 湖南 platform. The 2024 report is on
    ``list_3.shtml`` of 通知公告 (script pager) beside a notice; the 2022 report is in 法治政府建设
    beside 湖南省's reposted 2022 report and a 实施方案."""
    c, s = _hn(
        ctx,
        "lingling",
        "零陵区",
        "431102",
        "www.cnll.gov.cn",
        "cnll",
        dt.date(2025, 6, 12),
        [("tzgg", "通知公告"), ("fzzfjs", "法治政府建设")],
    )
    r24 = _rep(ctx, c, 2024, "永州市零陵区2024年法治政府建设年度报告", "2025-03-28 10:00", "零陵区人民政府")
    r22 = _rep(
        ctx, c, 2022, "零陵区人民政府关于2022年法治政府建设情况的报告", "2023-03-30 15:20", "零陵区人民政府"
    )
    hn = ctx.higher("湖南省", 2022, "党中央、国务院", "2023-04-06 09:00")
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    look = ctx.lookalikes_of(c, [("plan", 2023)])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r24, 31, "notice", s.skin.clock), r24, *notes, *ctx.fillers(c, 12, "notice")]
    )
    assert tz.index(r24) >= 30
    s.col("fzzfjs", [r22, hn, *look, *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HN, "script_pager_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HN, "higher_repost"))
    ctx.record_higher(c, hn, 2022, c.base + hn.path)
    s.finish()


def lengshuitan(ctx: Ctx41) -> None:
    """冷水滩区 (湖南 永州), ``www.lst.gov.cn``: 湖南 platform. The 2023 report is in 法治政府建设
    beside the 区司法局's report and a 考核 通报; the 2021 report is a DOCX attached to a short
    article in 通知公告."""
    c, s = _hn(
        ctx,
        "lengshuitan",
        "冷水滩区",
        "431103",
        "www.lst.gov.cn",
        "lst",
        dt.date(2025, 5, 6),
        [("fzzfjs", "法治政府建设"), ("c101542", "通知公告")],
    )
    r23 = _rep(ctx, c, 2023, "冷水滩区2023年度法治政府建设工作报告", "2024-03-29 16:00", "冷水滩区人民政府")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-27 10:00")
    look = ctx.lookalikes_of(c, [("assessment", 2023)])
    s.col("fzzfjs", [r23, dep, *look, *ctx.fillers(c, 10, "disclosure")])
    r21 = _rep(ctx, c, 2021, "冷水滩区2021年法治政府建设情况报告", "2022-03-30 10:40", "冷水滩区人民政府")
    docx, body21 = s.attach("c101542", r21, "docx")
    note = ctx.lookalikes_of(c, [("meeting", 2022)])
    s.col("c101542", [r21, *note, *ctx.fillers(c, 12, "notice", (2019, 2022))])
    ctx.record(c, [*look, *note])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HN,))
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.record_file(c, r21, 2021, docx, body21, (HN, "docx_attachment"))
    s.finish()


def qiyang(ctx: Ctx41) -> None:
    """祁阳市 (湖南 永州), ``www.qy.gov.cn`` (``/qy/…`` paths in stored public text): 湖南 platform.
    The 2024 report is a PDF (``…/<hex>/files/<hex>.pdf``) attached in 法治政府建设 beside a 工作要点;
    the 2022 report is on ``list_2.shtml`` of 通知公告. ``/so/search.shtml?searchword=`` echoes
    its query and pages for ever (trap)."""
    c, s = _hn(
        ctx,
        "qiyang",
        "祁阳市",
        "431181",
        "www.qy.gov.cn",
        "qy",
        dt.date(2025, 4, 18),
        [("fzzfjs", "法治政府建设"), ("tzgg", "通知公告")],
    )
    trap = search_trap(ctx, s.skin, "/so/search.shtml", "searchword")
    r24 = _rep(ctx, c, 2024, "祁阳市2024年法治政府建设年度报告", "2025-03-26 11:30", "祁阳市人民政府")
    pdf, body24 = s.attach("fzzfjs", r24, "pdf")
    look = ctx.lookalikes_of(c, [("plan", 2025)])
    s.col("fzzfjs", [r24, *look, *ctx.fillers(c, 10, "disclosure")])
    r22 = _rep(ctx, c, 2022, "祁阳市2022年度法治政府建设情况报告", "2023-03-29 09:00", "祁阳市人民政府")
    note = ctx.lookalikes_of(c, [("xxgk_annual", 2022)])
    tz = s.col(
        "tzgg", [*newer(ctx, c, r22, 16, "notice", s.skin.clock), r22, *note, *ctx.fillers(c, 10, "notice")]
    )
    assert tz.index(r22) >= 15
    ctx.record(c, [*look, *note])
    ctx.record_file(c, r24, 2024, pdf, body24, (HN, "pdf_attachment"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HN, "script_pager_later_page"))
    s.finish(extra=f'<div class="ss"><a href="{trap}">站内搜索</a></div>')


def dongan(ctx: Ctx41) -> None:
    """东安县 (湖南 永州), ``www.hnda.gov.cn``: 湖南 platform. The 2023 report is in 规划计划 →
    工作总结 beside a 政府工作报告; the 2021 report is in 法治政府建设 beside 永州市's reposted 2021
    report and a 述法报告."""
    c, s = _hn(
        ctx,
        "dongan",
        "东安县",
        "431122",
        "www.hnda.gov.cn",
        "hnda",
        dt.date(2025, 3, 20),
        [("gzzj", "工作总结"), ("fzzfjs", "法治政府建设")],
    )
    r23 = _rep(ctx, c, 2023, "东安县2023年法治政府建设工作情况报告", "2024-03-28 15:40", "东安县人民政府")
    look = ctx.lookalikes_of(c, [("gov_work_report", 2024)])
    s.col("gzzj", [r23, *look, *ctx.fillers(c, 10, "disclosure", (2020, 2025))])
    r21 = _rep(
        ctx,
        c,
        2021,
        "东安县人民政府关于2021年法治政府建设工作情况的报告",
        "2022-03-31 10:10",
        "东安县人民政府",
    )
    yz = ctx.higher("永州市", 2021, "省委、省政府", "2022-04-06 09:30")
    look2 = ctx.lookalikes_of(c, [("shufa", 2022)])
    s.col("fzzfjs", [yz, r21, *look2, *ctx.fillers(c, 9, "disclosure", (2019, 2024))])
    ctx.record(c, [*look, *look2])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HN,))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=(HN, "higher_repost"))
    ctx.record_higher(c, yz, 2021, c.base + yz.path)
    s.finish()


def daoxian(ctx: Ctx41) -> None:
    """道县 (湖南 永州), ``www.daoxian.gov.cn``: 湖南 platform. The 2024 report is in 法治政府建设
    beside a 考核 通报 and 示范创建 news; the 2022 report exists only as a ``.doc``; the 2020
    report is on ``list_2.shtml`` of 通知公告."""
    c, s = _hn(
        ctx,
        "daoxian",
        "道县",
        "431124",
        "www.daoxian.gov.cn",
        "daoxian",
        dt.date(2025, 5, 27),
        [("fzzfjs", "法治政府建设"), ("tzgg", "通知公告")],
    )
    r24 = _rep(ctx, c, 2024, "道县2024年度法治政府建设工作报告", "2025-03-31 16:30", "道县人民政府")
    look = ctx.lookalikes_of(c, [("assessment", 2025), ("demo_news", 2024)])
    s.col("fzzfjs", [r24, *look, *ctx.fillers(c, 10, "disclosure")])
    r22 = _rep(ctx, c, 2022, "道县2022年法治政府建设年度报告", "2023-03-30 11:20", "道县司法局")
    doc, body22 = s.attach("tzgg", r22, "doc")
    r20 = _rep(
        ctx, c, 2020, "道县人民政府关于2020年法治政府建设情况的报告", "2021-03-29 10:00", "道县人民政府"
    )
    tz = s.col(
        "tzgg",
        [
            *newer(ctx, c, r20, 15, "notice", s.skin.clock),
            r22,
            r20,
            *ctx.fillers(c, 10, "notice", (2018, 2020)),
        ],
    )
    assert tz.index(r20) >= 15
    ctx.record(c, look)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=(HN,))
    ctx.record_file(c, r22, 2022, doc, body22, (HN, "doc_needs_reader"))
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=(HN, "script_pager_later_page"))
    s.finish()


def ningyuan(ctx: Ctx41) -> None:
    """宁远县 (湖南 永州), ``www.nyx.gov.cn`` (GBK pages assumed): 湖南 platform. The 2023 report is
    on ``list_2.shtml`` of 通知公告; the joint 2022 report (县委 and 县政府) is in 法治政府建设 beside a
    meeting on 法治政府建设 and the 信息公开 annual report."""
    c, s = _hn(
        ctx,
        "ningyuan",
        "宁远县",
        "431126",
        "www.nyx.gov.cn",
        "nyx",
        dt.date(2025, 4, 30),
        [("c102311", "通知公告"), ("fzzfjs", "法治政府建设")],
        skin=GbkSkin,
    )
    r23 = _rep(ctx, c, 2023, "宁远县2023年法治政府建设年度报告", "2024-03-27 09:50", "宁远县人民政府")
    note = ctx.lookalikes_of(c, [("notice", 2024)])
    tz = s.col(
        "c102311",
        [*newer(ctx, c, r23, 17, "notice", s.skin.clock), r23, *note, *ctx.fillers(c, 10, "notice")],
    )
    assert tz.index(r23) >= 15
    r22 = _rep(
        ctx,
        c,
        2022,
        "中共宁远县委 宁远县人民政府关于2022年法治政府建设情况的报告",
        "2023-03-28 17:00",
        "宁远县人民政府",
    )
    look = ctx.lookalikes_of(c, [("meeting_topic", 2023), ("xxgk_annual", 2023)])
    s.col("fzzfjs", [r22, *look, *ctx.fillers(c, 9, "disclosure")])
    ctx.record(c, [*note, *look])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=(HN, "gbk_pages", "script_pager_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=(HN, "gbk_pages"))
    s.finish()


PORTAL_COUNTIES = [
    ("零陵区", "http://www.cnll.gov.cn/"),
    ("冷水滩区", "http://www.lst.gov.cn/"),
    ("祁阳市", "http://www.qy.gov.cn/"),
    ("东安县", "http://www.hnda.gov.cn/"),
    ("双牌县", "http://www.shuangpai.gov.cn/"),
    ("道县", "http://www.daoxian.gov.cn/"),
    ("江永县", "http://www.jiangyong.gov.cn/"),
    ("宁远县", "http://www.nyx.gov.cn/"),
    ("蓝山县", "http://www.lanshan.gov.cn/"),
    ("新田县", "http://www.xintian.gov.cn/"),
    ("江华瑶族自治县", "http://www.jianghua.gov.cn/"),
]


def yz_portal(ctx: Ctx41) -> None:
    """永州市 portal ``www.yzcity.gov.cn`` (https), seeded, on the 湖南 platform: its 县区政府网站
    block links the eleven 县市区, among them 江华瑶族自治县 (``www.jianghua.gov.cn``), which no seed
    row names. 江华 is a plain 湖南 platform site: 2024 report in 法治政府建设 beside a 工作要点,
    2022 report in 通知公告 beside a 解读."""
    p = County("yz_portal", "永州市", "湖南省", "", "431100", "www.yzcity.gov.cn", scheme="https")
    ps = _Hn(ctx, p, "yzcity", dt.date(2025, 6, 2), [("yzyw", "永州要闻"), ("tzgg", "通知公告")])
    ps.col("yzyw", ctx.news(p, 160))
    ps.col("tzgg", ctx.fillers(p, 24, "notice"))
    block = "".join(f'<li><a href="{u}" target="_blank">{n}人民政府</a></li>' for n, u in PORTAL_COUNTIES)
    ps.finish(extra=f'<div class="xqlj"><h3>县区政府网站</h3><ul>{block}</ul></div>')
    c, s = _hn(
        ctx,
        "jianghua",
        "江华瑶族自治县",
        "431129",
        "www.jianghua.gov.cn",
        "jianghua",
        dt.date(2025, 5, 12),
        [("fzzfjs", "法治政府建设"), ("tzgg", "通知公告")],
        seeded=False,
    )
    r24 = _rep(
        ctx, c, 2024, "江华瑶族自治县2024年法治政府建设年度报告", "2025-03-28 15:00", "江华瑶族自治县人民政府"
    )
    r22 = _rep(
        ctx,
        c,
        2022,
        "江华瑶族自治县2022年度法治政府建设工作报告",
        "2023-03-31 10:30",
        "江华瑶族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("interpretation", 2023)])
    s.col("fzzfjs", [r24, look[0], *ctx.fillers(c, 8, "disclosure")])
    s.col("tzgg", [r22, look[1], *ctx.fillers(c, 12, "notice")])
    ctx.record(c, look)
    kinds = (HN, "unseeded_county_via_prefecture_list")
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=kinds)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=kinds)
    s.finish()
