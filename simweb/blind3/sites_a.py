"""Blind3 sites whose lists are server-rendered: a county CMS of ``/columns/<uuid>/…`` paths with
a report continued over two pages and an echoing site search (trap), a Guizhou TRS county with
its 信息公开 catalogue and an endless related-reading chain (trap), a VSB county with a
DOCX-only report, a Heilongjiang 集约化 county with truncated list titles, a Hubei city with
``show.html?aid=&id=`` disclosure pages and a scanned report, a 旗 whose 信息公开 lives on a
separate host, and a Henan district of ``viewCmsCac.do?…&offset=`` lists behind a forwarding
home page.

Every site's docstring names the real evidence it follows (hosts and URL shapes found with the
``find_string`` tool in public code that lists or crawls these sites).
"""

from __future__ import annotations

import datetime as dt
import uuid

from .. import files
from ..blind.core import h
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from .core import County, Ctx3, Item, esc, info_table
from .pages import (
    VsbSkin,
    assign,
    continued,
    numbered_lists,
    related_trap,
    search_trap,
    vsb_column,
    write_items,
)


def guid(*parts: object) -> str:
    return str(uuid.UUID(h(*parts)[:32]))


# ====================================================================== 平山县
def pingshan(ctx: Ctx3) -> None:
    """平山县 (河北 石家庄), ``www.sjzps.gov.cn``: articles at ``/columns/<column uuid>/YYYYMM/DD/
    <uuid>.html`` (real URLs in public code: ``http://www.sjzps.gov.cn/columns/2ae4866e-…/202512/
    19/c41a4b8c-….html``, find_string "sjzps.gov.cn"); laid out like a real report page (pages
    corpus, www.tjjh.gov.cn/…/t20240328_6583952.html: header clock, "来源:… 发布时间:…"). 政务公开
    → 法治政府建设 holds the 2023 report continued over two pages (``…_2.html`` by page links,
    sites.md "Articles on several pages") beside a 工作要点, a 考核 通报 and 示范创建 news;
    通知公告 carries the 2022 report and 石家庄市's. The site search echoes its query and links
    more queries (trap)."""
    c = County("pingshan", "平山县", "河北省", "石家庄市", "130131", "www.sjzps.gov.cn")
    cols = {key: guid("pingshan-col", key) for key in ("psyw", "fzzfjs", "tzgg", "xxgknb")}
    names = {"psyw": "平山要闻", "fzzfjs": "法治政府建设", "tzgg": "通知公告", "xxgknb": "政府信息公开年报"}
    lists = {k: f"/columns/{v}/index.html" for k, v in cols.items()}
    search = "/search/index.jsp"
    nav = [
        ("/", "首页"),
        *[(lists[k], names[k]) for k in ("psyw", "fzzfjs", "tzgg")],
        (f"{search}?keyword=%E6%B3%95%E6%B2%BB", "站内搜索"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2019, 12, 3))
    search_trap(ctx, skin, search, "keyword")

    def column(key: str, items: list[Item], trail: list[tuple[str, str]] | None = None) -> list[Item]:
        col = cols[key]
        items = assign(ctx, items, lambda it: f"/columns/{col}/{it.pub:%Y%m}/{it.pub:%d}/{guid(it.uid)}.html")
        trail = trail or [(lists[key], names[key])]
        write_items(skin, items, names[key], trail)
        numbered_lists(
            skin,
            names[key],
            trail,
            items,
            lambda n: lists[key] if n == 1 else lists[key].replace(".html", f"_{n}.html"),
        )
        return items

    news = column("psyw", ctx.news(c, 240))
    trail = [("/zwgk/", "政务公开"), (lists["fzzfjs"], "法治政府建设")]
    r23 = ctx.new_report(
        c,
        2023,
        "平山县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 09:18",
        source="平山县人民政府办公室",
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("assessment", 2023), ("demo_news", 2023)])
    fz = column("fzzfjs", [r23, *look, *ctx.news(c, 16, (2021, 2024))], trail)
    pages = continued(skin, r23, "法治政府建设", trail, 2)
    ctx.record(c, look)
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + r23.path, "kind": "html"}],
        kinds=("uuid_columns", "continued_pages"),
        pages=[c.base + p for p in pages],
    )
    r22 = ctx.new_report(
        c, 2022, "平山县2022年法治政府建设工作报告", pub="2023-03-30 16:05", source="平山县司法局"
    )
    sjz = ctx.higher("石家庄市", 2023, "省委、省政府", "2024-04-03 10:20")
    note = ctx.lookalikes_of(c, [("notice", 2023)])
    tz = column("tzgg", [r22, sjz, *note, *ctx.fillers(c, 70, "notice")])
    ctx.record(c, note)
    ctx.truth_report(
        c, r22, 2022, [{"url": c.base + r22.path, "kind": "html"}], kinds=("uuid_columns", "tzgg")
    )
    ctx.record_higher(c, sjz, 2023, c.base + sjz.path)
    xn = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("gov_work_report", 2023)])
    gk = column("xxgknb", [*xn, *ctx.fillers(c, 8, "disclosure")])
    ctx.record(c, xn)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [
            (lists["fzzfjs"], "法治政府建设", fz),
            (lists["tzgg"], "通知公告", tz),
            (lists["xxgknb"], "政府信息公开年报", gk),
        ],
    )
    home(
        skin, [(lists["psyw"], "平山要闻", news), (lists["tzgg"], "通知公告", tz), ("/zwgk/", "政务公开", fz)]
    )


# ====================================================================== 三都水族自治县
class RelatedSkin(Skin):
    """A TRS article with a "相关阅读" link (to the endless chain)."""

    related = "/xgyd/index.jsp"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        link = f'<div class="xgyd"><a href="{self.related}?docid={item.uid}">相关阅读</a></div>'
        return super().article(item, column, trail, paras=paras, after=after + link, tools=tools)


def sandu(ctx: Ctx3) -> None:
    """三都水族自治县 (贵州 黔南), ``www.sandu.gov.cn``: TRS on the Guizhou 集约化 platform, with
    the catalogue paths public code records for it (find_string "sandu.gov.cn":
    ``/zwgk/xxgkml/jcxxgk/zcwj/zfwj/``, ``/zwgk/xxgkml/zdlyxxgk/…``). Both reports are in
    政务公开 → 信息公开目录 → 重点领域信息公开 → 法治政府建设 among ordinary records (sites.md "重点领域
    信息公开 → 法治政府建设"); a 政策解读 of the report is in 政策解读. Every article links a
    "相关阅读" page whose links lead to new ids for ever (trap; sites.md "Traps")."""
    c = County("sandu", "三都水族自治县", "贵州省", "黔南布依族苗族自治州", "522732", "www.sandu.gov.cn")
    gk = "/zwgk/xxgkml/"
    nav = [("/", "首页"), ("/xwzx/sdyw/", "三都要闻"), (gk, "信息公开目录"), ("/zwgk/zcjd/", "政策解读")]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 18), skin=RelatedSkin)
    related_trap(ctx, skin)
    news = news_column(skin, "/xwzx/sdyw/", "三都要闻", 260)
    zd = gk + "zdlyxxgk/"
    col = zd + "fzzfjs/"
    trail = [(gk, "信息公开目录"), (zd, "重点领域信息公开"), (col, "法治政府建设")]
    r23 = ctx.new_report(
        c,
        2023,
        "三都水族自治县2023年法治政府建设年度报告",
        pub="2024-03-29 11:02",
        source="三都水族自治县人民政府",
    )
    r22 = ctx.new_report(
        c,
        2022,
        "三都水族自治县人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-31 17:40",
        source="三都水族自治县司法局",
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2023), ("plan", 2022)])
    fz = publish(skin, col, "法治政府建设", trail, [r23, r22, *look, *ctx.fillers(c, 36, "disclosure")])
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(c, r, y, [{"url": c.base + r.path, "kind": "html"}], kinds=("zdlyxxgk",))
    boxes = [(col, "法治政府建设", fz)]
    for slug, name, n in (("czzj", "财政资金", 22), ("shgysy", "社会公益事业", 30)):
        items = publish(
            skin,
            zd + slug + "/",
            name,
            [*trail[:2], (zd + slug + "/", name)],
            ctx.fillers(c, n, "disclosure"),
        )
        boxes.append((zd + slug + "/", name, items))
    index_page(skin, zd + "index.html", "重点领域信息公开", trail[:2], boxes)
    jc = gk + "jcxxgk/zcwj/zfwj/"
    xn = ctx.lookalikes_of(c, [("xxgk_annual", 2023)])
    zf = publish(
        skin,
        jc,
        "县政府文件",
        [trail[0], (gk + "jcxxgk/", "基础信息公开"), (jc, "县政府文件")],
        [*xn, *ctx.fillers(c, 44, "disclosure")],
    )
    ctx.record(c, xn)
    index_page(
        skin,
        gk + "jcxxgk/index.html",
        "基础信息公开",
        [trail[0], (gk + "jcxxgk/", "基础信息公开")],
        [(jc, "县政府文件", zf)],
    )
    index_page(
        skin,
        gk + "index.html",
        "信息公开目录",
        trail[:1],
        [(zd, "重点领域信息公开", fz), (jc, "县政府文件", zf)],
    )
    jd = ctx.lookalikes_of(c, [("interpretation", 2023)])
    zc = publish(
        skin, "/zwgk/zcjd/", "政策解读", [("/zwgk/zcjd/", "政策解读")], [*jd, *ctx.fillers(c, 30, "jiedu")]
    )
    ctx.record(c, jd)
    home(skin, [("/xwzx/sdyw/", "三都要闻", news), ("/zwgk/zcjd/", "政策解读", zc), (gk, "信息公开目录", zf)])


# ====================================================================== 互助土族自治县
def huzhu(ctx: Ctx3) -> None:
    """互助土族自治县 (青海 海东), ``www.huzhu.gov.cn``: VSB (博达) — articles ``/info/<col>/<id>.htm``
    (public code cites ``https://www.huzhu.gov.cn/info/1007/85926.htm``, find_string
    "www.huzhu.gov.cn"), lists ``<col>.htm`` whose further pages count down
    (``<col>/5.htm`` … ``<col>/1.htm``) with 首页/上页/下页/尾页. The 2023 report is only a DOCX
    behind a one-line article, served by ``/system/_content/download.jsp?…&wbfileid=…``
    (sites.md "Attachments"); the 2020 report is an ordinary article in 通知公告."""
    c = County("huzhu", "互助土族自治县", "青海省", "海东市", "630223", "www.huzhu.gov.cn")
    cols = {
        1007: ("/hzyw.htm", "互助要闻"),
        1011: ("/xxgk/tzgg.htm", "通知公告"),
        1015: ("/xxgk/fdzdgknr.htm", "法定主动公开内容"),
        1017: ("/xxgk/ghjh.htm", "规划计划"),
    }
    nav = [("/", "首页"), *cols.values()]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 9), skin=VsbSkin, title_attr=False)
    r23 = ctx.new_report(
        c, 2023, "互助土族自治县2023年法治政府建设情况报告", pub="2024-03-28 10:30", source="互助县司法局"
    )
    body23 = r23.paras
    r23.paras = [
        "根据《法治政府建设与责任落实督察工作规定》,现将《互助土族自治县2023年法治政府建设情况报告》"
        "予以公开,详见附件。"
    ]
    fileid = 3_000_000 + r23.uid % 1_000_000
    docx = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1437329474&wbfileid={fileid}"
    ctx.put(
        c,
        docx.split("?")[0],
        ctx.docx(r23.title, body23),
        query=docx.split("?")[1],
        ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        modified=r23.pub,
    )
    r20 = ctx.new_report(
        c,
        2020,
        "互助县人民政府关于2020年度法治政府建设工作情况的报告",
        pub="2021-03-26 15:12",
        source="互助土族自治县人民政府",
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("xxgk_annual", 2022), ("plan", 2021)])
    content = {
        1007: ctx.news(c, 200),
        1011: [r20, *ctx.fillers(c, 55, "notice")],
        1015: [r23, look[0], look[1], *ctx.fillers(c, 40, "disclosure")],
        1017: [look[2], *ctx.fillers(c, 12, "disclosure")],
    }
    for col, items in content.items():
        path, name = cols[col]
        content[col] = vsb_column(skin, path, col, name, [(path, name)], items)
    # the one-line article again, now with its attachment link (VSB streams the file itself)
    skin.put(
        r23.path,
        skin.article(
            r23,
            cols[1015][1],
            [cols[1015]],
            after=f'<div class="fj">附件【<a href="{esc(docx)}">互助土族自治县2023年'
            "法治政府建设情况报告.docx</a>】</div>",
        ),
        modified=r23.pub,
    )
    ctx.record(c, look)
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + docx, "kind": "docx", "via": c.base + r23.path}],
        kinds=("vsb", "docx_only"),
        body=body23,
    )
    ctx.truth_report(c, r20, 2020, [{"url": c.base + r20.path, "kind": "html"}], kinds=("vsb", "vsb_pager"))
    home(skin, [(cols[k][0], cols[k][1], content[k]) for k in (1007, 1011, 1015)])


# ====================================================================== 桦南县
def huanan(ctx: Ctx3) -> None:
    """桦南县 (黑龙江 佳木斯), ``www.huanan.gov.cn``: the Heilongjiang 集约化 platform, columns
    ``/hnx/c1000NN/…`` (public code: ``https://www.huanan.gov.cn/hnx/c100047/zfxxgk_zclist.shtml``,
    ``/hnx/c100071/ldzc.shtml``, find_string "huanan.gov.cn"), list pages ``…list.shtml``,
    ``…list_2.shtml`` whose titles are cut to 18 characters with "…" and carry no ``title``
    attribute, articles whose title runs over two lines. The 2022 report is in 法定主动公开内容, the
    2020 report deep in 通知公告; a 述法 report and a 政府工作报告 sit beside them."""
    c = County("huanan", "桦南县", "黑龙江省", "佳木斯市", "230822", "www.huanan.gov.cn")
    cols = {
        100031: ("hnyw_list", "桦南要闻"),
        100049: ("zfxxgk_list", "法定主动公开内容"),
        100055: ("tzgg_list", "通知公告"),
    }
    nav = [("/", "首页"), *[(f"/hnx/c{k}/{v[0]}.shtml", v[1]) for k, v in cols.items()]]
    skin = open_site(ctx, c, nav, dt.date(2021, 7, 1), title_attr=False)
    r22 = ctx.new_report(
        c,
        2022,
        "桦南县人民政府关于2022年度|法治政府建设情况的报告",
        pub="2023-03-29 14:40",
        source="桦南县人民政府办公室",
    )
    r20 = ctx.new_report(
        c, 2020, "桦南县2020年法治政府建设|工作情况报告", pub="2021-04-02 09:05", source="县司法局"
    )
    look = ctx.lookalikes_of(c, [("shufa", 2022), ("gov_work_report", 2022), ("meeting", 2021)])
    content = {
        100031: ctx.news(c, 180),
        100049: [r22, look[0], look[1], *ctx.fillers(c, 30, "disclosure")],
        100055: [r20, look[2], *ctx.fillers(c, 64, "notice")],
    }

    def row(it: Item) -> str:
        title = it.title.replace("|", "")
        short = title if len(title) <= 18 else title[:18] + "…"
        return f'<li><a href="{it.path}" target="_blank">{esc(short)}</a><span>{it.pub:%Y-%m-%d}</span></li>'

    for col, items in content.items():
        leaf, name = cols[col]
        items = assign(ctx, items, lambda it, k=col: f"/hnx/c{k}/{it.pub:%Y%m}/c06_{it.uid}.shtml")
        trail = [(f"/hnx/c{col}/{leaf}.shtml", name)]
        write_items(skin, items, name, trail)
        numbered_lists(
            skin,
            name,
            trail,
            items,
            lambda n, k=col, lf=leaf: f"/hnx/c{k}/{lf}.shtml" if n == 1 else f"/hnx/c{k}/{lf}_{n}.shtml",
            per=25,
            row=row,
        )
        content[col] = items
    ctx.record(c, look)
    for r, y in ((r22, 2022), (r20, 2020)):
        ctx.truth_report(
            c, r, y, [{"url": c.base + r.path, "kind": "html"}], kinds=("hlj_platform", "truncated_title")
        )
    home(skin, [(f"/hnx/c{k}/{v[0]}.shtml", v[1], content[k]) for k, v in cols.items()])


# ====================================================================== 宜都市
def yidu(ctx: Ctx3) -> None:
    """宜都市 (湖北 宜昌), ``www.yidu.gov.cn``: its own CMS — 信息公开 lists
    ``/zfxxgk/list.html?depid=<unit>&catid=<cat>`` and articles ``/zfxxgk/show.html?aid=<n>&id=
    <id>&t=<cat>``, news articles served at the list's own path ``/list-130-1.html?id=<id>`` (all
    three shapes in public code, find_string "www.yidu.gov.cn"). The 市政府 unit's 法治政府建设
    category holds the 2023 report, 宜昌市's report, a 述法 and a 工作要点; the 2021 report was
    posted only as a scanned, image-only PDF (needs OCR: not findable)."""
    c = County("yidu", "宜都市", "湖北省", "宜昌市", "420581", "www.yidu.gov.cn")
    dep = 848
    cats = {4: "法定主动公开内容", 9: "法治政府建设", 12: "政策文件"}

    def gk_list(cat: int, n: int = 1) -> str:
        return f"/zfxxgk/list.html?depid={dep}&catid={cat}" + (f"&page={n}" if n > 1 else "")

    nav = [("/", "首页"), ("/list-130-1.html", "宜都要闻"), (gk_list(4), "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 22))
    news = assign(ctx, ctx.news(c, 230), lambda it: f"/list-130-1.html?id={it.uid % 1000000}")
    write_items(skin, news, "宜都要闻", [("/list-130-1.html", "宜都要闻")])
    numbered_lists(
        skin, "宜都要闻", [("/list-130-1.html", "宜都要闻")], news, lambda n: f"/list-130-{n}.html"
    )
    r23 = ctx.new_report(
        c,
        2023,
        "宜都市人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-27 16:20",
        source="宜都市人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "宜都市2021年度法治政府建设情况报告", pub="2022-03-30 10:00", source="宜都市司法局"
    )
    body21 = r21.paras
    r21.paras = ["《宜都市2021年度法治政府建设情况报告》全文见附件(扫描件)。"]
    scan = f"/uploads/file/20220330/{r21.uid % 10**8:08d}.pdf"
    yc = ctx.higher("宜昌市", 2023, "省委、省政府", "2024-04-07 09:30")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("plan", 2022)])
    content = {
        4: ctx.fillers(c, 26, "disclosure"),
        9: [r23, r21, yc, *look, *ctx.fillers(c, 10, "notice")],
        12: ctx.fillers(c, 45, "disclosure"),
    }
    side = "".join(f'<li><a href="{esc(gk_list(k))}">{esc(v)}</a></li>' for k, v in cats.items())
    for cat, items in content.items():
        items = assign(ctx, items, lambda it, k=cat: f"/zfxxgk/show.html?aid={it.uid % 97}&id={it.uid}&t={k}")
        trail = [(gk_list(4), "政府信息公开"), (gk_list(cat), cats[cat])]
        write_items(skin, items, cats[cat], trail)
        numbered_lists(
            skin,
            cats[cat],
            trail,
            items,
            lambda n, k=cat: gk_list(k, n),
            per=15,
            row=lambda it: (
                f'<li><a href="{esc(it.path)}" title="{esc(it.title)}">{esc(it.title)}</a>'
                f"<span>{it.date}</span></li>"
            ),
        )
        content[cat] = items
    page = skin.ctx.web.resources[(c.host, "/zfxxgk/list.html", f"depid={dep}&catid=4")]
    skin.put(
        "/zfxxgk/list.html",
        page.body.decode().replace(
            '<div class="list-box">', f'<ul class="gk-side">{side}</ul><div class="list-box">', 1
        ),
        query=f"depid={dep}&catid=4",
    )
    ctx.put(c, scan, files.make_scan_pdf(r21.uid, 3), ctype="application/pdf", modified=r21.pub)
    skin.put(
        "/zfxxgk/show.html",
        skin.article(
            r21,
            cats[9],
            [(gk_list(9), cats[9])],
            after=f'<div class="fj">附件:<a href="{scan}">{esc(r21.title)}.pdf</a></div>',
        ),
        query=r21.path.split("?")[1],
        modified=r21.pub,
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("yidu_zfxxgk",))
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=("yidu_zfxxgk",))
    ctx.record_higher(c, yc, 2023, c.base + yc.path)
    home(skin, [("/list-130-1.html", "宜都要闻", news), (gk_list(4), "政府信息公开", content[4])])


# ====================================================================== 鄂托克前旗
class XxgkSkin(Skin):
    """The disclosure host's look: an info table (索引号, 发布机构, 成文日期, 发布日期) on every
    article."""

    css = "xxgk"

    @property
    def site_name(self) -> str:
        return f"{self.c.name}人民政府信息公开"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        table = info_table(
            [
                ("索引号", f"11150623{item.uid % 10**8:08d}X/{item.pub:%Y}-{item.uid % 10**5:05d}"),
                ("发布机构", item.source),
                ("成文日期", (item.pub - dt.timedelta(days=3)).strftime("%Y-%m-%d")),
                ("发布日期", item.date),
                ("主题分类", column),
            ]
        )
        return (
            super()
            .article(item, column, trail, paras=paras, after=after, tools=tools)
            .replace('<div class="article">', f'<div class="article">{table}', 1)
        )


def etkqq(ctx: Ctx3) -> None:
    """鄂托克前旗 (内蒙古 鄂尔多斯): the portal ``www.etkqq.gov.cn`` links its 政府信息公开 to a
    separate host ``xxgk.etkqq.gov.cn`` with TRS department paths (public code opens
    ``http://xxgk.etkqq.gov.cn/zfbm_59329/qzfjbsjj/zfbgs/``, find_string "://xxgk."; sites.md
    "Hosting"). There the 法定主动公开内容 column holds the 2023 report, and 政府部门 → 旗司法局
    the 司法局's own report (a department report); the 2021 report is in the portal's 通知公告."""
    c = County("etkqq", "鄂托克前旗", "内蒙古自治区", "鄂尔多斯市", "150623", "www.etkqq.gov.cn")
    gk = County("etkqq-xxgk", "鄂托克前旗", "内蒙古自治区", "鄂尔多斯市", "150623", "xxgk.etkqq.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/qqyw/", "前旗要闻"),
        ("/tzgg/", "通知公告"),
        (gk.base + "/", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 12))
    news = news_column(skin, "/xwzx/qqyw/", "前旗要闻", 220)
    r21 = ctx.new_report(
        c,
        2021,
        "鄂托克前旗2021年法治政府建设情况报告",
        pub="2022-03-25 11:30",
        source="鄂托克前旗人民政府办公室",
    )
    tz = publish(skin, "/tzgg/", "通知公告", [("/tzgg/", "通知公告")], [r21, *ctx.fillers(c, 48, "notice")])
    ctx.truth_report(c, r21, 2021, [{"url": c.base + r21.path, "kind": "html"}], kinds=("trs_tzgg",))
    home(skin, [("/xwzx/qqyw/", "前旗要闻", news), ("/tzgg/", "通知公告", tz)])
    gskin = XxgkSkin(
        ctx, gk, [("/", "信息公开首页"), (c.base + "/", "旗政府门户网站")], clock=dt.date(2024, 6, 12)
    )
    ctx.robots(gk)
    r23 = ctx.new_report(
        c,
        2023,
        "鄂托克前旗人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-29 09:45",
        source="鄂托克前旗人民政府",
    )
    dept = ctx.department_report(c, "司法局", 2023, "2024-03-15 16:00")
    look = ctx.lookalikes_of(gk, [("xxgk_annual", 2023), ("text_interp", 2024), ("notice", 2022)])
    fd, bm = "/fdzdgknr_59301/", "/zfbm_59329/"
    cols = [
        (
            fd + "qtfdxx/",
            "其他法定公开信息",
            [r23, look[1], look[2], *ctx.fillers(gk, 46, "disclosure")],
            fd,
            "法定主动公开内容",
        ),
        (
            fd + "xxgknb/",
            "政府信息公开年度报告",
            [look[0], *ctx.fillers(gk, 4, "disclosure")],
            fd,
            "法定主动公开内容",
        ),
        (bm + "qsfj/", "旗司法局", [dept, *ctx.fillers(gk, 14, "disclosure")], bm, "政府部门"),
        (bm + "qzfjbsjj/zfbgs/", "政府办公室", ctx.fillers(gk, 25, "disclosure"), bm, "政府部门"),
    ]
    boxes: dict[str, list] = {fd: [], bm: []}
    for col, name, items, up, upname in cols:
        items = publish(gskin, col, name, [(up, upname), (col, name)], items)
        boxes[up].append((col, name, items))
    index_page(gskin, fd + "index.html", "法定主动公开内容", [(fd, "法定主动公开内容")], boxes[fd])
    index_page(gskin, bm + "index.html", "政府部门", [(bm, "政府部门")], boxes[bm])
    ctx.record(gk, look)
    ctx.truth_report(
        c, r23, 2023, [{"url": gk.base + r23.path, "kind": "html"}], kinds=("separate_disclosure_host",)
    )
    ctx.record_department(c, dept, 2023, gk.base + dept.path)
    home(gskin, [(fd, "法定主动公开内容", boxes[fd][0][2]), (bm, "政府部门", boxes[bm][1][2])])


# ====================================================================== 管城回族区
def guancheng(ctx: Ctx3) -> None:
    """管城回族区 (河南 郑州), ``www.guancheng.gov.cn``: a JSP CMS whose lists are
    ``/viewCmsCac.do?cacId=<32 hex>&offset=N`` (offset in records) and whose articles are
    ``/gczw/<id>.jhtml`` (public crawlers in the code corpus fetch
    ``http://www.guancheng.gov.cn/viewCmsCac.do?offset="+offset+"&cacId="+cacId``, and cite
    ``https://www.guancheng.gov.cn/gczw/10171154.jhtml``). The root only forwards by
    ``<meta http-equiv="refresh">`` (sites.md "Home pages"). The 2023 report is on the first
    page of 法定主动公开内容, the 2022 one on its third; 郑州市's report is reposted in 通知公告."""
    c = County("guancheng", "管城回族区", "河南省", "郑州市", "410104", "www.guancheng.gov.cn")
    cacs = {k: "ff8080813" + h("gcq", k)[:23] for k in ("gcyw", "fdzdgknr", "tzgg")}
    names = {"gcyw": "管城要闻", "fdzdgknr": "法定主动公开内容", "tzgg": "通知公告"}

    def url(key: str, offset: int = 0) -> str:
        return f"/viewCmsCac.do?cacId={cacs[key]}" + (f"&offset={offset}" if offset else "")

    nav = [("/gczw/index.jhtml", "首页"), *[(url(k), v) for k, v in names.items()]]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 30))

    def column(key: str, items: list[Item], reorder: tuple[Item, int] | None = None) -> list[Item]:
        items = assign(ctx, items, lambda it: f"/gczw/{10_000_000 + it.uid % 10**7}.jhtml")
        if reorder:  # a report filed late in the column's order (older records first by sort key)
            items.remove(reorder[0])
            items.insert(reorder[1], reorder[0])
        trail = [(url(key), names[key])]
        write_items(skin, items, names[key], trail)
        numbered_lists(skin, names[key], trail, items, lambda n: url(key, (n - 1) * 15), per=15)
        return items

    news = column("gcyw", ctx.news(c, 210))
    r23 = ctx.new_report(
        c, 2023, "管城回族区2023年度法治政府建设情况报告", pub="2024-03-26 17:10", source="管城回族区人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "郑州市管城回族区人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-28 10:00",
        source="管城回族区司法局",
    )
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2022), ("plan", 2023), ("assessment", 2022)])
    fd = column("fdzdgknr", [r23, r22, *look, *ctx.fillers(c, 40, "disclosure")], reorder=(r22, 33))
    ctx.record(c, look)
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + r23.path, "kind": "html"}],
        kinds=("offset_lists", "meta_refresh_home"),
    )
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + r22.path, "kind": "html"}],
        kinds=("offset_lists", "meta_refresh_home", "later_list_page"),
    )
    zz = ctx.higher("郑州市", 2023, "省委、省政府", "2024-04-09 15:30")
    tz = column("tzgg", [zz, *ctx.fillers(c, 50, "notice")])
    ctx.record_higher(c, zz, 2023, c.base + zz.path)
    index_page(
        skin,
        "/gczw/index.jhtml",
        "首页",
        [],
        [
            (url("gcyw"), "管城要闻", news),
            (url("tzgg"), "通知公告", tz),
            (url("fdzdgknr"), "法定主动公开内容", fd),
        ],
    )
    stub = (
        '<html><head><meta http-equiv="refresh" content="0;url=/gczw/index.jhtml"><title>管城回族区人民政府'
        "</title></head><body></body></html>"
    )
    skin.put("/", stub)
    skin.put("/index.html", stub)
