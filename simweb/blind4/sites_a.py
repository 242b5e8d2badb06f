"""Blind4 sites whose lists are server-rendered: an Anhui 政务公开 platform county of
``/public/column/<site>?type=4&catId=…`` catalogues, a Chongqing TRS county behind a bare host
that forwards to https (with a department report and an endless date archive), a Shaanxi
``Content-<id>.html`` county with truncated list titles, a DOCX-only report and a print view of
rotating parameters, a Xi'an district whose 信息公开 lists sit in an iframe, a Fujian TRS county
of ``.htm`` pages with a report deep in a long list, a Hainan county on the provincial platform
with a scanned report, and a Jilin county whose reports are in 通知公告.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..web import redirect_handler
from .core import County, Ctx4, Item, column, date_trap, esc, info_table, print_trap


class InfoSkin(Skin):
    """A disclosure article with the 索引号 / 发布机构 / 成文日期 table above its title."""

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        text = super().article(item, column, trail, paras=paras, after=after, tools=tools)
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}-{item.pub:%Y}-{item.uid % 10000:04d}"),
                ("信息分类", column),
                ("发布机构", item.source),
                ("成文日期", f"{item.pub:%Y-%m-%d}"),
                ("发布日期", f"{item.pub:%Y-%m-%d}"),
            ]
        )
        return text.replace('<div class="article">', f'<div class="article">{table}', 1)


def html_copy(c: County, it: Item) -> list[dict]:
    return [{"url": c.base + it.path, "kind": "html"}]


# ====================================================================== 寿县
def shouxian(ctx: Ctx4) -> None:
    """寿县 (安徽 淮南), ``www.shouxian.gov.cn``: the Anhui 政务公开 platform every county of the
    province runs, whose catalogue columns are ``/public/column/<site id>?type=4&catId=<id>&action=
    list`` and articles ``/public/<site id>/<id>.html`` (public crawlers fetch
    ``www.huainan.gov.cn/public/column/4971284?type=4&catId=4977426&action=list``,
    ``www.ah.gov.cn/public/column/1681?type=4&catId=6708531&action=list`` and list departments
    at ``…/public/column/6601841?type=4&action=rel``; find_string "gov.cn/public/column/").
    法定主动公开内容 → 法治政府建设 holds the 2023 report; the 2022 report is on the second page
    of 其他法定公开信息; articles carry the 索引号 table."""
    c = County("shouxian", "寿县", "安徽省", "淮南市", "340422", "www.shouxian.gov.cn")
    sid = "6616061"
    cats = {
        "fzzfjs": ("7036911", "法治政府建设"),
        "qtfd": ("7036931", "其他法定公开信息"),
        "xxgknb": ("7036871", "政府信息公开年报"),
        "tzgg": ("7036851", "通知公告"),
    }

    def url(key: str, n: int = 1) -> str:
        q = f"/public/column/{sid}?type=4&catId={cats[key][0]}&action=list"
        return q if n == 1 else q + f"&page={n}"

    rel = f"/public/column/{sid}?type=4&action=rel"
    nav = [("/", "首页"), ("/xwzx/syw/", "寿县要闻"), (rel, "政府信息公开"), (url("tzgg"), "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 9), skin=InfoSkin)
    news = news_column(skin, "/xwzx/syw/", "寿县要闻", 240)
    art = lambda it: f"/public/{sid}/{it.uid}.html"  # noqa: E731
    gk = [(rel, "政府信息公开"), (rel, "法定主动公开内容")]

    def cat(key: str, items: list[Item]) -> list[Item]:
        name = cats[key][1]
        return column(skin, items, name, [*gk, (url(key), name)], art, lambda n, k=key: url(k, n), per=15)

    r23 = ctx.new_report(
        c,
        2023,
        "寿县人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-27 15:36",
        source="寿县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("assessment", 2023)])
    fz = cat("fzzfjs", [r23, *look, *ctx.fillers(c, 9, "disclosure", (2021, 2024))])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("anhui_public_column",))
    r22 = ctx.new_report(
        c, 2022, "寿县2022年法治政府建设情况报告", pub="2023-02-20 09:12", source="寿县司法局"
    )
    qt = cat("qtfd", [r22, *ctx.fillers(c, 40, "disclosure", (2023, 2024))])
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("anhui_public_column", "later_list_page"))
    xn = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("xxgk_annual", 2022)])
    nb = cat("xxgknb", xn)
    ctx.record(c, xn)
    tz = cat("tzgg", ctx.fillers(c, 55, "notice"))
    index_page(
        skin,
        "/public/column/" + sid,
        "政府信息公开",
        gk[:1],
        [
            (url("fzzfjs"), "法治政府建设", fz),
            (url("qtfd"), "其他法定公开信息", qt),
            (url("xxgknb"), "政府信息公开年报", nb),
        ],
    )
    page = ctx.web.resources.pop((c.host, "/public/column/" + sid, ""))
    ctx.web.resources[(c.host, "/public/column/" + sid, "type=4&action=rel")] = page
    home(skin, [("/xwzx/syw/", "寿县要闻", news), (url("tzgg"), "通知公告", tz), (rel, "政府信息公开", fz)])


# ====================================================================== 彭水
def pengshui(ctx: Ctx4) -> None:
    """彭水苗族土家族自治县 (重庆), ``www.psx.gov.cn``: Chongqing's TRS sites file the report in
    its own column ``/zwgk_<n>/fzzfjsndbg/`` (public crawler code lists
    ``https://jw.cq.gov.cn/zwgk_209/fzzfjsndbg/`` as "政务公开 > 法治政府建设年度报告"; find_string
    "fzzfjsndbg"). The seed is the bare ``http://psx.gov.cn/``, which forwards to
    ``https://www.psx.gov.cn/`` (sites.md: hosts with and without www, http to https). The 2021
    report is on the second list page; the 县司法局's own report is in its department column. A
    "按日期浏览" archive pages day by day for ever (trap)."""
    c = County("pengshui", "彭水苗族土家族自治县", "重庆市", "", "500243", "www.psx.gov.cn", scheme="https")
    ctx.handle_prefix("psx.gov.cn", "/", redirect_handler("https://www.psx.gov.cn/", 301))
    ctx.web.https_only.add(c.host)
    col = "/zwgk_241/fzzfjsndbg/"
    nav = [
        ("/", "首页"),
        ("/xwzx_241/psyw/", "彭水要闻"),
        ("/zwgk_241/", "政务公开"),
        (col, "法治政府建设年度报告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 7, 2), seed_url="http://psx.gov.cn/")
    trap = date_trap(ctx, skin, "/xwzx_241/rqll.jsp")
    news = news_column(skin, "/xwzx_241/psyw/", "彭水要闻", 280)
    name = "彭水苗族土家族自治县"
    r23 = ctx.new_report(
        c,
        2023,
        f"{name}人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-29 17:20",
        source=f"{name}人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, f"{name}2021年法治政府建设工作情况报告", pub="2022-03-30 10:05", source=f"{name}司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2021), ("notice", 2022)])
    trail = [("/zwgk_241/", "政务公开"), (col, "法治政府建设年度报告")]
    fz = publish(
        skin,
        col,
        "法治政府建设年度报告",
        trail,
        [r23, r21, *look, *ctx.fillers(c, 22, "disclosure", (2022, 2024))],
    )
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r21, 2021)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("cq_fzzfjsndbg", "bare_host_https"))
    dcol = "/bm/sfj_241/zwgk/fdzdgknr/"
    dep = ctx.department_report(c, "司法局", 2023, "2024-03-15 11:00")
    dl = publish(
        skin,
        dcol,
        "法定主动公开内容",
        [("/bm/", "部门"), ("/bm/sfj_241/", "县司法局"), (dcol, "法定主动公开内容")],
        [dep, *ctx.fillers(c, 12, "disclosure", (2022, 2024))],
    )
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    index_page(
        skin,
        "/zwgk_241/index.html",
        "政务公开",
        [("/zwgk_241/", "政务公开")],
        [(col, "法治政府建设年度报告", fz), (dcol, "县司法局", dl)],
    )
    home(
        skin,
        [("/xwzx_241/psyw/", "彭水要闻", news), (col, "法治政府建设年度报告", fz)],
        extra=f'<div class="rl"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 紫阳县
class AnkangSkin(Skin):
    """The Ankang platform article: "时间:… 作者:… 源自:…" under the title, a print link."""

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        text = super().article(
            item,
            column,
            trail,
            paras=paras,
            after=after,
            tools=f'<a href="/Print.aspx?id={item.uid}&amp;t=0">【打印】</a>',
        )
        info = (
            f'<div class="info">时间:{item.pub:%Y-%m-%d %H:%M}作者:{esc(item.source[-3:])}'
            f"源自:{esc(item.source)}</div>"
        )
        start = text.index('<div class="info">')
        end = text.index("</div>", start) + len("</div>")
        return text[:start] + info + text[end:]


def ziyang(ctx: Ctx4) -> None:
    """紫阳县 (陕西 安康), ``www.zyx.gov.cn``: the Ankang county platform whose articles are
    ``/Content-<id>.html`` (public code: ``https://www.zyx.gov.cn/Content-1778525.html``,
    ``www.ankang.gov.cn/Content-2060366.html``) and uploads ``/UploadFiles/<site>/file/<date>/
    <time>_<n>.pdf`` (``slj.ankang.gov.cn/UploadFiles/akjyhfj27/file/20221018/…pdf``); the
    article head "时间:… 作者:… 源自:县司法局" follows the stored 石泉县 page
    (www.shiquan.gov.cn/Content-2477228.html). Lists are ``/List-<col>-<n>.html`` (an assumed
    shape) with titles cut to 16 characters and no ``title``. The 2023 report is in 通知公告; the
    2022 report only as a DOCX beside a one-line article in 法治政府建设; 陕西省's report is
    reposted; articles' print view carries a refresh parameter that never repeats (trap)."""
    c = County("ziyang", "紫阳县", "陕西省", "安康市", "610924", "www.zyx.gov.cn")
    nav = [
        ("/", "首页"),
        ("/List-1001-1.html", "紫阳要闻"),
        ("/List-1015-1.html", "通知公告"),
        ("/List-1042-1.html", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 22), skin=AnkangSkin, title_attr=False)
    art = lambda it: f"/Content-{2400000 + (it.uid - 10000) // 7919}.html"  # noqa: E731

    def row(it: Item) -> str:
        t = it.title.replace("|", "")
        short = t if len(t) <= 16 else t[:16] + "..."
        return f'<li><a href="{it.path}" target="_blank">{esc(short)}</a><span>{it.date}</span></li>'

    def col(colid: int, name: str, items: list[Item]) -> list[Item]:
        return column(
            skin,
            items,
            name,
            [(f"/List-{colid}-1.html", name)],
            art,
            lambda n: f"/List-{colid}-{n}.html",
            per=15,
            row=row,
        )

    news = col(1001, "紫阳要闻", ctx.news(c, 230))
    r23 = ctx.new_report(
        c,
        2023,
        "紫阳县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-26 16:48",
        source="紫阳县司法局",
    )
    sx = ctx.higher("陕西省", 2023, "党中央、国务院", "2024-04-02 09:30")
    tz = col(
        1015,
        "通知公告",
        [r23, sx, *ctx.lookalikes_of(c, [("notice", 2024)]), *ctx.fillers(c, 60, "notice", (2022, 2024))],
    )
    ctx.record(c, [it for it in tz if it.kind == "lookalike"])
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("ankang_content", "truncated_title"))
    ctx.record_higher(c, sx, 2023, c.base + sx.path)
    r22 = ctx.new_report(
        c, 2022, "紫阳县2022年法治政府建设工作报告", pub="2023-03-30 10:26", source="紫阳县人民政府办公室"
    )
    body = list(r22.paras)
    r22.paras = ["现将《紫阳县2022年法治政府建设工作报告》予以公开,详见附件。"]
    docx = ctx.attach(c, r22, "/UploadFiles/zyx/file/20230330/20230330102611_7314.docx", "docx", body)
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("demo_news", 2023)])
    fz = col(1042, "法治政府建设", [r22, *look, *ctx.news(c, 6, (2021, 2024))])
    ctx.record(c, look)
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + docx, "kind": "docx", "via": c.base + r22.path, "text_layer": True}],
        kinds=("ankang_content", "docx_only"),
        body=body,
    )
    print_trap(ctx, skin, "/Print.aspx", {str(it.uid): it for it in [*news, *tz, *fz]})
    home(
        skin,
        [
            ("/List-1001-1.html", "紫阳要闻", news),
            ("/List-1015-1.html", "通知公告", tz),
            ("/List-1042-1.html", "法治政府建设", fz),
        ],
    )


# ====================================================================== 高陵区
def gaoling(ctx: Ctx4) -> None:
    """高陵区 (陕西 西安), ``www.gao-ling.gov.cn``: its 信息公开目录 ``/html/xxgk/gkml/<col>/
    index.html`` (public crawler config: ``http://www.gao-ling.gov.cn/html/xxgk/gkml/syaq/
    index.html``) shows the catalogue tree and loads the column's list into an ``<iframe>``
    (``list_1.html``, ``list_2.html`` …; sites.md "frames"). 法治政府建设 holds the 2021 report on
    its first page and the 2020 report on its second."""
    c = County("gaoling", "高陵区", "陕西省", "西安市", "610117", "www.gao-ling.gov.cn")
    gk = "/html/xxgk/gkml/"
    nav = [("/", "首页"), ("/html/xwzx/glyw/", "高陵要闻"), (gk + "fzzfjs/index.html", "信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2023, 10, 12))
    news = news_column(skin, "/html/xwzx/glyw/", "高陵要闻", 220)
    tree = [("fzzfjs", "法治政府建设"), ("xxgknb", "政府信息公开年报"), ("qtwj", "其他文件")]
    menu = "".join(f'<li><a href="{gk}{k}/index.html">{n}</a></li>' for k, n in tree)

    def gcol(key: str, name: str, items: list[Item]) -> list[Item]:
        base = f"{gk}{key}/"
        trail = [(gk + "fzzfjs/index.html", "信息公开目录"), (base + "index.html", name)]
        items = column(
            skin,
            items,
            name,
            trail,
            lambda it: f"{base}{it.pub:%Y%m}/{it.uid}.html",
            lambda n: f"{base}list_{n}.html",
            per=12,
        )
        frame = (
            f'{skin.crumbs(trail)}<div class="gkml-tree"><ul>{menu}</ul></div>'
            f'<div class="gkml-list"><iframe src="list_1.html" name="listFrame" width="100%" '
            f'height="720" frameborder="0" scrolling="no"></iframe></div>'
        )
        skin.put(base + "index.html", skin.page(f"{name}_{skin.site_name}", frame))
        return items

    r21 = ctx.new_report(
        c,
        2021,
        "西安市高陵区人民政府关于2021年法治政府建设情况的报告",
        pub="2022-03-28 11:40",
        source="高陵区人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "高陵区2020年度法治政府建设工作报告", pub="2021-03-31 17:05", source="高陵区司法局"
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2021), ("meeting", 2021)])
    fz = gcol("fzzfjs", "法治政府建设", [r21, r20, *look, *ctx.fillers(c, 14, "disclosure", (2021, 2023))])
    ctx.record(c, look)
    for r, y in ((r21, 2021), (r20, 2020)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("iframe_list",))
    xn = ctx.lookalikes_of(c, [("xxgk_annual", 2021)])
    gcol("xxgknb", "政府信息公开年报", xn)
    ctx.record(c, xn)
    gcol("qtwj", "其他文件", ctx.fillers(c, 30, "disclosure"))
    home(skin, [("/html/xwzx/glyw/", "高陵要闻", news), (gk + "fzzfjs/index.html", "法治政府建设", fz)])


# ====================================================================== 宁化县
def ninghua(ctx: Ctx4) -> None:
    """宁化县 (福建 三明), ``www.fjnh.gov.cn``: Fujian's TRS county sites serve ``.htm`` pages
    (public code: ``sft.fujian.gov.cn/zwgk/zfxxgkzl/zfxxgkml/xzgfxwj/201109/t20110902_3040015.htm``)
    under 政府信息公开 → 政府信息公开目录, with ``createPageHTML(…, "index", "htm")`` pagers. The
    2023 report is in 法治政府建设; the 2019 report is on the fourth page of 其他法定公开信息;
    三明市's report is reposted in 通知公告."""
    c = County("ninghua", "宁化县", "福建省", "三明市", "350424", "www.fjnh.gov.cn")
    ml = "/zwgk/zfxxgkzl/zfxxgkml/"
    nav = [
        ("/", "首页"),
        ("/xxgk/nhyw/index.htm", "宁化要闻"),
        (ml + "index.htm", "政府信息公开目录"),
        ("/xxgk/tzgg/index.htm", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 3), skin=InfoSkin)

    def tcol(col: str, name: str, trail: list[tuple[str, str]], items: list[Item]) -> list[Item]:
        items = publish(
            skin,
            col,
            name,
            trail,
            items,
            path_fn=lambda cl, it: f"{cl}{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.htm",
            lists=False,
        )
        skin.list_pages(col, name, trail, items, ext="htm")
        return items

    news = tcol("/xxgk/nhyw/", "宁化要闻", [("/xxgk/nhyw/index.htm", "宁化要闻")], ctx.news(c, 250))
    r23 = ctx.new_report(
        c,
        2023,
        "宁化县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-25 08:50",
        source="宁化县人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023)])
    t1 = [(ml + "index.htm", "政府信息公开目录"), (ml + "fzzfjs/index.htm", "法治政府建设")]
    fz = tcol(ml + "fzzfjs/", "法治政府建设", t1, [r23, *look, *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("fujian_htm",))
    r19 = ctx.new_report(
        c, 2019, "宁化县2019年法治政府建设情况报告", pub="2020-04-10 15:30", source="宁化县司法局"
    )
    t2 = [(ml + "index.htm", "政府信息公开目录"), (ml + "qtfdgkxx/index.htm", "其他法定公开信息")]
    qt = tcol(
        ml + "qtfdgkxx/", "其他法定公开信息", t2, [r19, *ctx.fillers(c, 70, "disclosure", (2020, 2024))]
    )
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=("fujian_htm", "later_list_page"))
    sm = ctx.higher("三明市", 2022, "省委、省政府", "2023-04-06 16:00")
    tz = tcol(
        "/xxgk/tzgg/", "通知公告", [("/xxgk/tzgg/index.htm", "通知公告")], [sm, *ctx.fillers(c, 45, "notice")]
    )
    ctx.record_higher(c, sm, 2022, c.base + sm.path)
    index_page(
        skin,
        ml + "index.htm",
        "政府信息公开目录",
        t1[:1],
        [(ml + "fzzfjs/index.htm", "法治政府建设", fz), (ml + "qtfdgkxx/index.htm", "其他法定公开信息", qt)],
    )
    home(skin, [("/xxgk/nhyw/index.htm", "宁化要闻", news), ("/xxgk/tzgg/index.htm", "通知公告", tz)])


# ====================================================================== 琼中
def qiongzhong(ctx: Ctx4) -> None:
    """琼中黎族苗族自治县 (海南), ``qiongzhong.hainan.gov.cn``: Hainan's county sites are
    sub-hosts of the provincial platform (public crawlers list ``xxgk.hainan.gov.cn`` and
    ``hainan_gov_cn`` spiders; find_string "xxgk_hainan_gov_cn"), TRS with ``/<site>xxgk/<col>/
    YYYYMM/tYYYYMMDD_<id>.html``. The 2023 report is in 法治政府建设; the 2019 report was posted
    only as a scanned PDF (needs OCR: not findable)."""
    c = County("qiongzhong", "琼中黎族苗族自治县", "海南省", "", "469030", "qiongzhong.hainan.gov.cn")
    col = "/qzxxgk/fzzfjs/"
    nav = [("/", "首页"), ("/qzdt/", "琼中动态"), (col, "法治政府建设")]
    skin = open_site(ctx, c, nav, dt.date(2024, 3, 30), skin=InfoSkin)
    news = news_column(skin, "/qzdt/", "琼中动态", 200)
    name = "琼中黎族苗族自治县"
    r23 = ctx.new_report(
        c, 2023, f"{name}2023年法治政府建设年度报告", pub="2024-03-28 10:10", source=f"{name}人民政府"
    )
    r19 = ctx.new_report(
        c, 2019, f"{name}2019年度法治政府建设工作报告", pub="2020-03-30 09:00", source=f"{name}司法局"
    )
    body = list(r19.paras)
    r19.paras = ["详见附件。"]
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("text_interp", 2023)])
    trail = [("/qzxxgk/", "政府信息公开"), (col, "法治政府建设")]
    items = [r23, r19, *look, *ctx.fillers(c, 16, "disclosure")]
    for it in items:
        it.uid = it.uid or ctx.uid()
    scan = f"{col}202003/P020200330{r19.uid:09d}.pdf"
    r19.attachments.append((r19.title + "(扫描件).pdf", scan, files.make_scan_pdf(r19.uid)))
    fz = publish(skin, col, "法治政府建设", trail, items)
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("hainan_platform",))
    ctx.record_scan(c, r19, 2019, scan, body, kinds=("hainan_platform",))
    home(skin, [("/qzdt/", "琼中动态", news), (col, "法治政府建设", fz)])


# ====================================================================== 长白
def changbai(ctx: Ctx4) -> None:
    """长白朝鲜族自治县 (吉林 白山), ``www.changbai.gov.cn``: a home-grown Jilin county CMS with
    lists ``/zw/<col>/index.html?page=N`` and articles ``/zw/<col>/<YYYYMM>/<id>.html``; the
    home page shows the newest notices with "更多>>". Both reports are in 通知公告 (the 2020 one
    on its fourth page); list titles are cut with "…" (the full title in ``title``); 述法 and
    第一责任人述职 look-alikes sit beside them (sites.md "Where it is filed": 通知公告)."""
    c = County("changbai", "长白朝鲜族自治县", "吉林省", "白山市", "220623", "www.changbai.gov.cn")
    nav = [("/", "首页"), ("/zw/cbyw/index.html", "长白要闻"), ("/zw/tzgg/index.html", "通知公告")]
    skin = open_site(ctx, c, nav, dt.date(2022, 8, 16))

    def row(it: Item) -> str:
        t = it.title.replace("|", "")
        short = t if len(t) <= 20 else t[:19] + "…"
        return f'<li><a href="{it.path}" title="{esc(t)}">{esc(short)}</a><span>[{it.date}]</span></li>'

    def col(key: str, name: str, items: list[Item]) -> list[Item]:
        base = f"/zw/{key}/"
        return column(
            skin,
            items,
            name,
            [(base + "index.html", name)],
            lambda it: f"{base}{it.pub:%Y%m}/{it.uid}.html",
            lambda n: base + "index.html" + (f"?page={n}" if n > 1 else ""),
            per=18,
            row=row,
        )

    news = col("cbyw", "长白要闻", ctx.news(c, 210, (2019, 2022)))
    name = "长白朝鲜族自治县"
    r21 = ctx.new_report(
        c,
        2021,
        f"{name}人民政府关于2021年度法治政府建设工作情况的报告",
        pub="2022-03-24 14:22",
        source=f"{name}人民政府",
    )
    r20 = ctx.new_report(
        c, 2020, "长白县2020年法治政府建设情况报告", pub="2021-04-12 08:35", source=f"{name}司法局"
    )
    look = ctx.lookalikes_of(c, [("shufa", 2021), ("duty_report", 2020), ("gov_work_report", 2021)])
    fill = ctx.fillers(c, 80, "notice", (2019, 2022))
    tz = col("tzgg", "通知公告", [r21, r20, *look, *fill])
    ctx.record(c, look)
    for r, y in ((r21, 2021), (r20, 2020)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("page_query_lists", "truncated_title"))
    more = '<a href="/zw/tzgg/index.html" class="more">更多&gt;&gt;</a>'
    home(
        skin,
        [("/zw/cbyw/index.html", "长白要闻", news), ("/zw/tzgg/index.html", "通知公告", tz)],
        extra=f'<div class="tz">{more}</div>',
    )
