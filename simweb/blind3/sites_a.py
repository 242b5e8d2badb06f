"""Blind3 sites whose lists are server-rendered: a TRS county with a report continued over two
pages and an echoing site search (trap), a Guizhou TRS county with a deep 信息公开 tree and an
endless related-reading chain (trap), a PHPCMS county with a DOCX-only report, an old GBK PHP
site with truncated list titles, a JEECMS city with a scanned report, a county whose 信息公开
lives on a separate host, and a Henan ``sitesources`` site behind a forwarding home page.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from .core import County, Ctx3, Item, esc, info_table
from .pages import assign, continued, numbered_lists, related_trap, search_trap, write_items


# ====================================================================== 平山县
def pingshan(ctx: Ctx3) -> None:
    """平山县 (河北 石家庄): TRS, laid out like the real 静海区 report page (pages corpus,
    www.tjjh.gov.cn/…/qtfdgkxx2/202403/t20240328_6583952.html: header clock, "来源:… 发布时间:…").
    政务公开 → 法治政府建设 holds the 2023 report continued over two pages (``t…_<id>.html`` and
    ``…_1.html`` paged by ``createPageHTML``, sites.md "Articles on several pages") beside a
    工作要点, a 考核 通报 and 示范创建 news; 通知公告 carries the 2022 report and 石家庄市's. The
    TRS search ``/was5/web/search`` echoes its query and links more queries (trap)."""
    c = County("pingshan", "平山县", "河北省", "石家庄市", "130131", "www.hbps.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/psyw/", "平山要闻"),
        ("/zwgk/", "政务公开"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/was5/web/search?searchword=%E6%B3%95%E6%B2%BB&channelid=238164", "站内搜索"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2019, 12, 3))
    search_trap(ctx, skin)
    news = news_column(skin, "/xwzx/psyw/", "平山要闻", 240)
    col = "/zwgk/fzzfjs/"
    trail = [("/zwgk/", "政务公开"), (col, "法治政府建设")]
    r23 = ctx.new_report(
        c,
        2023,
        "平山县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 09:18",
        source="平山县人民政府办公室",
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("assessment", 2023), ("demo_news", 2023)])
    fz = publish(skin, col, "法治政府建设", trail, [r23, *look, *ctx.news(c, 16, (2021, 2024))], write=False)
    for it in fz:
        if it is not r23:
            skin.write_article(it, "法治政府建设", trail)
    pages = continued(skin, r23, "法治政府建设", trail, 2)
    ctx.record(c, look)
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + r23.path, "kind": "html"}],
        kinds=("trs_column", "continued_pages"),
        pages=[c.base + p for p in pages],
    )
    r22 = ctx.new_report(
        c, 2022, "平山县2022年法治政府建设工作报告", pub="2023-03-30 16:05", source="平山县司法局"
    )
    sjz = ctx.higher("石家庄市", 2023, "省委、省政府", "2024-04-03 10:20")
    note = ctx.lookalikes_of(c, [("notice", 2023)])
    tz = publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [r22, sjz, *note, *ctx.fillers(c, 70, "notice")],
    )
    ctx.record(c, note)
    ctx.truth_report(c, r22, 2022, [{"url": c.base + r22.path, "kind": "html"}], kinds=("trs_tzgg",))
    ctx.record_higher(c, sjz, 2023, c.base + sjz.path)
    xn = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("gov_work_report", 2023)])
    gk = publish(
        skin,
        "/zwgk/zfxxgknb/",
        "政府信息公开年报",
        [("/zwgk/", "政务公开"), ("/zwgk/zfxxgknb/", "政府信息公开年报")],
        [*xn, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record(c, xn)
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [
            (col, "法治政府建设", fz),
            ("/zwgk/tzgg/", "通知公告", tz),
            ("/zwgk/zfxxgknb/", "政府信息公开年报", gk),
        ],
    )
    home(skin, [("/xwzx/psyw/", "平山要闻", news), ("/zwgk/tzgg/", "通知公告", tz)])


# ====================================================================== 三都水族自治县
class RelatedSkin(Skin):
    """A TRS article with a "相关阅读" link (to the endless chain)."""

    related = "/xgyd/index.jsp"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        link = f'<div class="xgyd"><a href="{self.related}?docid={item.uid}">相关阅读</a></div>'
        return super().article(item, column, trail, paras=paras, after=after + link, tools=tools)


def sandu(ctx: Ctx3) -> None:
    """三都水族自治县 (贵州 黔南): a TRS site of the Guizhou 集约化 kind, 信息公开 four levels
    deep (政府信息公开 → 法定主动公开内容 → 其他法定公开信息, sites.md "Where it is filed"), both
    reports there among ordinary disclosure records, a 政策解读 of the report beside them. Every
    article links a "相关阅读" page whose links lead to new ids for ever (trap; sites.md
    "Traps")."""
    c = County("sandu", "三都水族自治县", "贵州省", "黔南布依族苗族自治州", "522732", "www.sdx.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/sdyw/", "三都要闻"),
        ("/zwgk/zfxxgk/", "政府信息公开"),
        ("/zwgk/zcjd/", "政策解读"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 18), skin=RelatedSkin)
    related_trap(ctx, skin)
    news = news_column(skin, "/xwzx/sdyw/", "三都要闻", 260)
    base = "/zwgk/zfxxgk/fdzdgknr/"
    col = base + "qtfdgkxx/"
    trail = [("/zwgk/zfxxgk/", "政府信息公开"), (base, "法定主动公开内容"), (col, "其他法定公开信息")]
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
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("duty_report", 2023)])
    qt = publish(skin, col, "其他法定公开信息", trail, [r23, r22, *look, *ctx.fillers(c, 52, "disclosure")])
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(c, r, y, [{"url": c.base + r.path, "kind": "html"}], kinds=("deep_tree",))
    boxes = [(col, "其他法定公开信息", qt)]
    for slug, name, n in (("ghjh", "规划计划", 14), ("zcwj", "政策文件", 40), ("czzj", "财政资金", 22)):
        items = publish(
            skin,
            base + slug + "/",
            name,
            [*trail[:2], (base + slug + "/", name)],
            ctx.fillers(c, n, "disclosure"),
        )
        boxes.append((base + slug + "/", name, items))
    index_page(skin, base + "index.html", "法定主动公开内容", trail[:2], boxes)
    index_page(skin, "/zwgk/zfxxgk/index.html", "政府信息公开", trail[:1], [(base, "法定主动公开内容", qt)])
    jd = ctx.lookalikes_of(c, [("interpretation", 2023)])
    zc = publish(
        skin, "/zwgk/zcjd/", "政策解读", [("/zwgk/zcjd/", "政策解读")], [*jd, *ctx.fillers(c, 30, "jiedu")]
    )
    ctx.record(c, jd)
    home(skin, [("/xwzx/sdyw/", "三都要闻", news), ("/zwgk/zcjd/", "政策解读", zc)])


# ====================================================================== 互助土族自治县
def phpcms_url(cat: int, item_id: int | None = None, page: int = 1) -> str:
    if item_id is not None:
        return f"/index.php?m=content&c=index&a=show&catid={cat}&id={item_id}"
    return f"/index.php?m=content&c=index&a=lists&catid={cat}" + (f"&page={page}" if page > 1 else "")


def huzhu(ctx: Ctx3) -> None:
    """互助土族自治县 (青海 海东): PHPCMS v9 (the template of a public 政务网 built on it,
    zhibiao2014/cdzww ``caches_template/default/content/list.php``: 信息公开 left menu of
    categories), dynamic URLs ``index.php?m=content&c=index&a=lists&catid=N&page=K`` and
    ``…&a=show&catid=N&id=M``. The 2023 report is only a DOCX under ``/uploadfile/`` behind a
    one-line article (sites.md "Attachments"); the 2020 report is an ordinary page in 通知公告."""
    c = County("huzhu", "互助土族自治县", "青海省", "海东市", "630223", "www.huzhu.gov.cn")
    cats = {8: "互助新闻", 12: "通知公告", 15: "政务公开", 17: "规划计划"}
    nav = [("/", "首页"), *[(phpcms_url(k), v) for k, v in cats.items()]]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 9), title_attr=False)
    r23 = ctx.new_report(
        c, 2023, "互助土族自治县2023年法治政府建设情况报告", pub="2024-03-28 10:30", source="互助县司法局"
    )
    body23 = r23.paras
    r23.paras = [
        "根据《法治政府建设与责任落实督察工作规定》,现将《互助土族自治县2023年法治政府建设"
        "情况报告》予以公开,详见附件。"
    ]
    r23.uid = ctx.uid()
    docx = "/uploadfile/2024/0328/20240328103015" + f"{r23.uid % 1000:03d}.docx"
    r23.attachments.append(
        ("互助土族自治县2023年法治政府建设情况报告.docx", docx, ctx.docx(r23.title, body23))
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
        8: ctx.news(c, 200),
        12: [r20, *ctx.fillers(c, 55, "notice")],
        15: [r23, look[0], look[1], *ctx.fillers(c, 40, "disclosure")],
        17: [look[2], *ctx.fillers(c, 12, "disclosure")],
    }
    side = "".join(f'<li><a href="{esc(phpcms_url(k))}">{esc(v)}</a></li>' for k, v in cats.items())
    for cat, items in content.items():
        items = assign(ctx, items, lambda it, k=cat: phpcms_url(k, it.uid))
        trail = [(phpcms_url(cat), cats[cat])]
        write_items(skin, items, cats[cat], trail)
        numbered_lists(
            skin,
            cats[cat],
            trail,
            items,
            lambda n, k=cat: phpcms_url(k, page=n),
            per=20,
            row=lambda it: (
                f'<li><a href="{esc(it.path)}" target="_blank">{esc(it.title)}</a><span>{it.date}</span></li>'
            ),
        )
        content[cat] = items
    ctx.record(c, look)
    ctx.truth_report(
        c,
        r23,
        2023,
        [{"url": c.base + docx, "kind": "docx", "via": c.base + r23.path}],
        kinds=("phpcms", "docx_only"),
        body=body23,
    )
    ctx.truth_report(c, r20, 2020, [{"url": c.base + r20.path, "kind": "html"}], kinds=("phpcms",))
    boxes = "".join(
        f'<div class="box"><h3><a href="{esc(phpcms_url(k))}">{esc(cats[k])}</a></h3><ul>'
        + "".join(f'<li><a href="{esc(it.path)}">{esc(it.title)}</a></li>' for it in content[k][:6])
        + "</ul></div>"
        for k in (8, 12, 15)
    )
    page = skin.page(skin.site_name, f'<ul class="list_zwgk">{side}</ul>{boxes}')
    skin.put("/index.php", page)
    skin.put("/", page)


# ====================================================================== 桦南县
class OldPhpSkin(Skin):
    css = "old"
    encoding = "gbk"

    def page(self, title: str, body: str, metas: str = "") -> str:
        return (
            super()
            .page(title, body, metas)
            .replace(
                '<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            )
        )


def huanan(ctx: Ctx3) -> None:
    """桦南县 (黑龙江 佳木斯): an old home-grown PHP site in GB2312 (sites.md "old ASP/PHP sites"),
    ``list.php?cid=N&page=K`` tables whose titles are cut to 18 characters with "…" and carry no
    ``title`` attribute, ``show.php?id=`` articles whose title runs over two lines. The 2022
    report is in 政务公开, the 2020 report deep in 通知公告; a 述法 report and a 政府工作报告
    sit beside them."""
    c = County("huanan", "桦南县", "黑龙江省", "佳木斯市", "230822", "www.hljhuanan.gov.cn")
    cats = {1: "桦南新闻", 2: "通知公告", 3: "政务公开"}
    nav = [("/", "首页"), *[(f"/list.php?cid={k}", v) for k, v in cats.items()]]
    skin = open_site(ctx, c, nav, dt.date(2021, 7, 1), skin=OldPhpSkin, title_attr=False)
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
        1: ctx.news(c, 180),
        2: [r20, look[2], *ctx.fillers(c, 64, "notice")],
        3: [r22, look[0], look[1], *ctx.fillers(c, 30, "disclosure")],
    }

    def row(it: Item) -> str:
        title = it.title.replace("|", "")
        short = title if len(title) <= 18 else title[:18] + "…"
        return (
            f'<tr><td>·<a href="show.php?id={it.uid}" target="_blank">{esc(short)}</a></td>'
            f"<td>{it.pub:%Y-%m-%d}</td></tr>"
        )

    for cid, items in content.items():
        items = assign(ctx, items, lambda it: f"/show.php?id={it.uid}")
        write_items(skin, items, cats[cid], [(f"/list.php?cid={cid}", cats[cid])])
        numbered_lists(
            skin,
            cats[cid],
            [(f"/list.php?cid={cid}", cats[cid])],
            items,
            lambda n, k=cid: f"/list.php?cid={k}&page={n}",
            per=25,
            row=row,
            first_alias=f"/list.php?cid={cid}",
        )
        content[cid] = items
    ctx.record(c, look)
    for r, y in ((r22, 2022), (r20, 2020)):
        ctx.truth_report(
            c,
            r,
            y,
            [{"url": c.base + r.path, "kind": "html"}],
            kinds=("old_php", "gb2312", "truncated_title"),
        )
    box = "".join(row(it) for it in content[1][:8] + content[2][:8])
    skin.put("/index.php", skin.page(skin.site_name, f"<table>{box}</table>"))
    skin.put("/", skin.page(skin.site_name, f"<table>{box}</table>"))


# ====================================================================== 宜都市
def yidu(ctx: Ctx3) -> None:
    """宜都市 (湖北 宜昌): JEECMS, lists ``index.jhtml``/``index_2.jhtml`` and articles
    ``/c/<site>/<col>/<id>.jhtml`` (sites.md "Others"). 法定主动公开内容 → 法治政府建设 holds the
    2023 report and 宜昌市's; the 2021 report was posted only as a scanned, image-only PDF
    (needs OCR: not findable); a 述法 and a 工作要点 sit in the same column."""
    c = County("yidu", "宜都市", "湖北省", "宜昌市", "420581", "www.yidu.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/ydyw/index.jhtml", "宜都要闻"),
        ("/zwgk/fdzdgknr/index.jhtml", "法定主动公开内容"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 22))

    def jeecms(col: str, name: str, trail: list[tuple[str, str]], items: list[Item]) -> list[Item]:
        items = assign(ctx, items, lambda it: f"/c/yidu/{col.strip('/').rsplit('/', 1)[-1]}/{it.uid}.jhtml")
        write_items(skin, items, name, trail)
        numbered_lists(
            skin, name, trail, items, lambda n: col + ("index.jhtml" if n == 1 else f"index_{n}.jhtml")
        )
        return items

    news = jeecms("/xwzx/ydyw/", "宜都要闻", [("/xwzx/ydyw/index.jhtml", "宜都要闻")], ctx.news(c, 230))
    col = "/zwgk/fdzdgknr/fzzfjs/"
    trail = [("/zwgk/fdzdgknr/index.jhtml", "法定主动公开内容"), (col + "index.jhtml", "法治政府建设")]
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
    r21.uid = ctx.uid()
    scan = f"/u/cms/yidu/202203/30100012{r21.uid % 1000:03d}.pdf"
    r21.attachments.append(("宜都市2021年度法治政府建设情况报告.pdf", scan, files.make_scan_pdf(r21.uid, 3)))
    yc = ctx.higher("宜昌市", 2023, "省委、省政府", "2024-04-07 09:30")
    look = ctx.lookalikes_of(c, [("shufa", 2023), ("plan", 2022)])
    fz = jeecms(col, "法治政府建设", trail, [r23, r21, yc, *look, *ctx.fillers(c, 10, "notice")])
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("jeecms",))
    ctx.record_scan(c, r21, 2021, scan, body21, kinds=("jeecms",))
    ctx.record_higher(c, yc, 2023, c.base + yc.path)
    other = jeecms(
        "/zwgk/fdzdgknr/zcwj/",
        "政策文件",
        [trail[0], ("/zwgk/fdzdgknr/zcwj/index.jhtml", "政策文件")],
        ctx.fillers(c, 45, "disclosure"),
    )
    index_page(
        skin,
        "/zwgk/fdzdgknr/index.jhtml",
        "法定主动公开内容",
        trail[:1],
        [(col + "index.jhtml", "法治政府建设", fz), ("/zwgk/fdzdgknr/zcwj/index.jhtml", "政策文件", other)],
    )
    home(
        skin,
        [
            ("/xwzx/ydyw/index.jhtml", "宜都要闻", news),
            ("/zwgk/fdzdgknr/index.jhtml", "法定主动公开内容", other),
        ],
    )


# ====================================================================== 江安县
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
                ("索引号", f"11511523{item.uid % 10**8:08d}X/{item.pub:%Y}-{item.uid % 10**5:05d}"),
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


def jiangan(ctx: Ctx3) -> None:
    """江安县 (四川 宜宾): the portal ``www.jiangan.gov.cn`` links its 政府信息公开 to a separate
    host ``xxgk.jiangan.gov.cn`` (as 德阳's counties do: ``xxgk.deyang.gov.cn``, and sites.md
    "Hosting"), where ``/xxgk/list.jsp?catid=…&page=N`` lists and ``/xxgk/detail.jsp?infoid=…``
    articles with an info table hold the 2023 report and the 司法局's own report (a department
    report); the 2021 report is in the portal's 通知公告."""
    c = County("jiangan", "江安县", "四川省", "宜宾市", "511523", "www.jiangan.gov.cn")
    gk = County("jiangan-xxgk", "江安县", "四川省", "宜宾市", "511523", "xxgk.jiangan.gov.cn")
    nav = [
        ("/", "首页"),
        ("/xwzx/jayw/", "江安要闻"),
        ("/tzgg/", "通知公告"),
        (gk.base + "/", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 12))
    news = news_column(skin, "/xwzx/jayw/", "江安要闻", 220)
    r21 = ctx.new_report(
        c, 2021, "江安县2021年法治政府建设情况报告", pub="2022-03-25 11:30", source="江安县人民政府办公室"
    )
    tz = publish(skin, "/tzgg/", "通知公告", [("/tzgg/", "通知公告")], [r21, *ctx.fillers(c, 48, "notice")])
    ctx.truth_report(c, r21, 2021, [{"url": c.base + r21.path, "kind": "html"}], kinds=("trs_tzgg",))
    home(skin, [("/xwzx/jayw/", "江安要闻", news), ("/tzgg/", "通知公告", tz)])
    gskin = XxgkSkin(
        ctx,
        gk,
        [("/xxgk/index.html", "信息公开首页"), (c.base + "/", "县政府门户网站")],
        clock=dt.date(2024, 6, 12),
    )
    ctx.robots(gk)
    r23 = ctx.new_report(
        c,
        2023,
        "江安县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-29 09:45",
        source="江安县人民政府",
    )
    dept = ctx.department_report(c, "司法局", 2023, "2024-03-15 16:00")
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("text_interp", 2024), ("notice", 2022)])
    cats = {
        1701: ("法治政府建设年度报告", [r23, look[1]]),
        1702: ("政府信息公开年度报告", [look[0], *ctx.fillers(gk, 4, "disclosure")]),
        1705: ("其他法定公开信息", [look[2], *ctx.fillers(gk, 46, "disclosure")]),
        1810: ("县司法局", [dept, *ctx.fillers(gk, 14, "disclosure")]),
    }
    tree = "".join(f'<li><a href="/xxgk/list.jsp?catid={k}">{esc(v[0])}</a></li>' for k, v in cats.items())
    for cat, (name, items) in cats.items():
        items = assign(ctx, items, lambda it: f"/xxgk/detail.jsp?infoid={it.uid}")
        trail = [("/xxgk/index.html", "政府信息公开"), (f"/xxgk/list.jsp?catid={cat}", name)]
        write_items(gskin, items, name, trail)
        numbered_lists(
            gskin,
            name,
            trail,
            items,
            lambda n, k=cat: f"/xxgk/list.jsp?catid={k}&page={n}",
            per=15,
            first_alias=f"/xxgk/list.jsp?catid={cat}",
        )
    ctx.record(gk, look)
    ctx.truth_report(
        c, r23, 2023, [{"url": gk.base + r23.path, "kind": "html"}], kinds=("separate_disclosure_host",)
    )
    ctx.record_department(c, dept, 2023, gk.base + dept.path)
    page = gskin.page(
        "江安县人民政府信息公开", f'<div class="gk-tree"><h3>法定主动公开内容</h3><ul>{tree}</ul></div>'
    )
    gskin.put("/xxgk/index.html", page)
    gskin.put("/", page)


# ====================================================================== 管城回族区
def guancheng(ctx: Ctx3) -> None:
    """管城回族区 (河南 郑州): the Henan ``/sitesources/<site>/page_pc/…`` CMS (a public copy of
    a Henan portal's script, mhxqwer/zyjhenan.gov.cn ``static/js/link.js``, links
    ``/sitesources/hnsjct/page_pc/index.html``); the root only forwards there by a
    ``<meta http-equiv="refresh">`` (sites.md "Home pages"). Lists ``list1.html``, ``list2.html``
    … with 下一页; articles ``article<32 hex>.html``. The 2023 report is on the first page of
    法定主动公开内容, the 2022 one on its third; 郑州市's report is reposted in 通知公告."""
    c = County("guancheng", "管城回族区", "河南省", "郑州市", "410104", "www.zzguancheng.gov.cn")
    root = "/sitesources/gcq/page_pc/"
    nav = [
        (root + "index.html", "首页"),
        (root + "xwzx/gcyw/list1.html", "管城要闻"),
        (root + "zwgk/fdzdgknr/list1.html", "法定主动公开内容"),
        (root + "zwgk/tzgg/list1.html", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 30), seed_url=c.base + "/")

    def column(col: str, name: str, items: list[Item]) -> list[Item]:
        items = assign(
            ctx, items, lambda it: f"{root}{col}article{hashlib.md5(str(it.uid).encode()).hexdigest()}.html"
        )
        trail = [(root + col + "list1.html", name)]
        write_items(skin, items, name, trail)
        numbered_lists(skin, name, trail, items, lambda n: f"{root}{col}list{n}.html", per=15)
        return items

    news = column("xwzx/gcyw/", "管城要闻", ctx.news(c, 210))
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
    fd = [r23, r22, *look, *ctx.fillers(c, 40, "disclosure")]
    fd = column("zwgk/fdzdgknr/", "法定主动公开内容", fd)
    # the 2022 report must sit on the third list page: move it there
    fd.remove(r22)
    fd.insert(33, r22)
    numbered_lists(
        skin,
        "法定主动公开内容",
        [(root + "zwgk/fdzdgknr/list1.html", "法定主动公开内容")],
        fd,
        lambda n: f"{root}zwgk/fdzdgknr/list{n}.html",
        per=15,
    )
    ctx.record(c, look)
    ctx.truth_report(
        c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("sitesources", "meta_refresh_home")
    )
    ctx.truth_report(
        c,
        r22,
        2022,
        [{"url": c.base + r22.path, "kind": "html"}],
        kinds=("sitesources", "meta_refresh_home", "later_list_page"),
    )
    zz = ctx.higher("郑州市", 2023, "省委、省政府", "2024-04-09 15:30")
    tz = column("zwgk/tzgg/", "通知公告", [zz, *ctx.fillers(c, 50, "notice")])
    ctx.record_higher(c, zz, 2023, c.base + zz.path)
    index_page(
        skin,
        root + "index.html",
        "首页",
        [],
        [
            (root + "xwzx/gcyw/list1.html", "管城要闻", news),
            (root + "zwgk/tzgg/list1.html", "通知公告", tz),
            (root + "zwgk/fdzdgknr/list1.html", "法定主动公开内容", fd),
        ],
    )
    skin.put(
        "/",
        f'<html><head><meta http-equiv="refresh" content="0;url={root}index.html"></head>'
        "<body></body></html>",
    )
    skin.put(
        "/index.html",
        f'<html><head><meta http-equiv="refresh" content="0;url={root}index.html">'
        "</head><body></body></html>",
    )
