"""Blind2 sites with server-rendered lists: a TRS column named for the report with an activity
calendar (trap), a Shaanxi 信息公开 catalogue in GBK (``iList.jsp``), a numeric column tree with a
PDF-only report, an old ASP site with an endless message-board pager (trap), a district hosted on
its city's 集约化 platform, and a TRS site whose topic is linked by an image.

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt

from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..model import Request, Resource
from .core import County, Ctx2, Item, esc, info_table, news_column, open_site


def record(ctx: Ctx2, c: County, items: list[Item]) -> None:
    """Record look-alikes (already published) in the truth."""
    for it in items:
        ctx.truth_lookalike(c, it)


# ====================================================================== 华龙区
def hualong(ctx: Ctx2) -> None:
    """华龙区 (河南 濮阳): TRS. 政策和文件 → 法治政府建设情况报告 holds the reports (the breadcrumb of
    the real 华龙区 2023 report in /work/shared/seeds/000_*.txt reads "首页> 政策和文件 > 法治政府
    建设情况报告"); 通知公告 carries 河南省's report and the notice asking units for theirs; an
    activity calendar links the previous and next month for ever (trap). Lists are TRS
    ``createPageHTML`` pagers (sites.md, TRS WCM)."""
    c = County("hualong", "华龙区", "河南省", "濮阳市", "410902", "www.hlq.gov.cn")
    nav = [
        ("/", "首页"),
        ("/zwyw/", "政务要闻"),
        ("/zcwj/", "政策和文件"),
        ("/tzgg/", "通知公告"),
        ("/hdrl/index.jsp?month=2024-06", "活动日历"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 6, 3))
    news = news_column(skin, "/zwyw/", "政务要闻", 230)
    col = "/zcwj/fzzfjsqkbg/"
    trail = [("/zcwj/", "政策和文件"), (col, "法治政府建设情况报告")]
    r23 = ctx.new_report(
        c,
        2023,
        "濮阳市华龙区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-22 15:06",
        source="华龙区人民政府办公室",
    )
    r22 = ctx.new_report(c, 2022, "华龙区2022年度法治政府建设工作报告", pub="2023-03-29 09:41")
    duty = ctx.lookalike(c, "duty_report", 2023)
    fz = publish(skin, col, "法治政府建设情况报告", trail, [r23, r22, duty])
    record(ctx, c, [duty])
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(
            c, r, y, [{"url": c.base + r.path, "kind": "html"}], kinds=("named_column", "trs_pager")
        )
    nb = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("xxgk_annual", 2022)])
    nbl = publish(
        skin,
        "/zcwj/zfxxgknb/",
        "政府信息公开年报",
        [("/zcwj/", "政策和文件"), ("/zcwj/zfxxgknb/", "政府信息公开年报")],
        nb,
    )
    record(ctx, c, nb)
    plan = ctx.lookalike(c, "plan", 2024)
    gf = publish(
        skin,
        "/zcwj/qzfwj/",
        "区政府文件",
        [("/zcwj/", "政策和文件"), ("/zcwj/qzfwj/", "区政府文件")],
        [plan, *ctx.fillers(c, 41, "disclosure")],
    )
    record(ctx, c, [plan])
    index_page(
        skin,
        "/zcwj/index.html",
        "政策和文件",
        [("/zcwj/", "政策和文件")],
        [
            ("/zcwj/qzfwj/", "区政府文件", gf),
            (col, "法治政府建设情况报告", fz),
            ("/zcwj/zfxxgknb/", "政府信息公开年报", nbl),
        ],
    )
    hn = Item(
        "higher",
        "河南省人民政府关于2023年法治政府建设情况的报告",
        ctx.higher_paras("河南省", 2023, "党中央、国务院"),
        dt.datetime(2024, 4, 2, 10, 0),
        "河南省人民政府",
    )
    note = ctx.lookalike(c, "notice", 2024)
    tz = publish(
        skin, "/tzgg/", "通知公告", [("/tzgg/", "通知公告")], [hn, note, *ctx.fillers(c, 52, "notice")]
    )
    record(ctx, c, [note])
    ctx.truth_report(
        c,
        hn,
        2023,
        [{"url": c.base + hn.path, "kind": "republication"}],
        kinds=("higher_repost",),
        region="河南省",
        higher=True,
    )

    def calendar(req: Request) -> Resource:
        month = req.params().get("month", "2024-06")
        try:
            day = dt.date.fromisoformat(month + "-01")
        except ValueError:
            day = dt.date(2024, 6, 1)
        prev = (day - dt.timedelta(days=1)).replace(day=1)
        nxt = (day + dt.timedelta(days=32)).replace(day=1)
        cells = "".join(f"<td>{d}</td>" for d in range(1, 29))
        body = (
            f'<h2>活动日历 {day:%Y年%m月}</h2><table class="rl"><tr>{cells}</tr></table>'
            f'<a href="/hdrl/index.jsp?month={prev:%Y-%m}">上一月</a> '
            f'<a href="/hdrl/index.jsp?month={nxt:%Y-%m}">下一月</a>'
        )
        return Resource(skin.page("活动日历_华龙区人民政府", body).encode(), modified=dt.datetime(2024, 6, 1))

    ctx.handle(c, "/hdrl/index.jsp", calendar)
    ctx.trap(c.base + "/hdrl/", "calendar", r"/hdrl/index\.jsp\?month=\d{4}-\d{2}")
    home(skin, [("/zwyw/", "政务要闻", news), ("/tzgg/", "通知公告", tz), ("/zcwj/", "政策和文件", gf)])


# ====================================================================== 韩城市
class IListSkin(Skin):
    """The Shaanxi/Sichuan 信息公开 catalogue look: ``/info/iList.jsp?…&cat_id=…&cur_page=N`` lists
    in a table, articles ``/info/iIndex.jsp?cat_id=…&info_id=…`` with an info table."""

    css = "gk"
    encoding = "gbk"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        table = info_table(
            [
                ("索引号", f"{self.c.adcode}00/{item.pub:%Y}-{item.uid % 100000:05d}"),
                ("发布机构", item.source),
                ("生成日期", item.date),
                ("名称", item.title.replace("|", "")),
                ("文号", ""),
            ]
        )
        return (
            super()
            .article(item, column, trail, paras=paras, after=after, tools=tools)
            .replace('<div class="article">', f'<div class="article">{table}', 1)
        )


def ilist(skin: IListSkin, node: str, cat: int, name: str, items: list[Item], per: int = 15) -> str:
    """Write a catalogue column; return its first list URL (path?query)."""
    items = sorted(items, key=lambda d: d.pub, reverse=True)
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
        it.path = f"/info/iIndex.jsp?cat_id={cat}&info_id={it.uid}"
    pages = [items[i : i + per] for i in range(0, len(items), per)] or [[]]
    trail = [("/info/iList.jsp?node_id=" + node + "&cat_id=1", "信息公开目录")]
    for it in items:
        path, query = it.path.split("?")
        skin.put(path, skin.article(it, name, trail), query=query, modified=it.pub)
    for n, chunk in enumerate(pages, start=1):
        rows = "".join(
            f'<tr><td><a href="{esc(it.path)}" title="{esc(it.title)}">{esc(it.title)}</a></td>'
            f"<td>{it.date}</td></tr>"
            for it in chunk
        )
        pager = " ".join(
            f'<a href="/info/iList.jsp?node_id={node}&amp;cat_id={cat}&amp;cur_page={k}">{k}</a>'
            for k in range(1, len(pages) + 1)
        )
        body = (
            f'{skin.crumbs(trail)}<div class="gk_list"><h3>{esc(name)}</h3><table>'
            f'<tr><th>名称</th><th>生成日期</th></tr>{rows}</table><div class="page">'
            f"共{len(items)}条 第{n}/{len(pages)}页 {pager}</div></div>"
        )
        skin.put(
            "/info/iList.jsp",
            skin.page(f"{name}_{skin.site_name}", body),
            query=f"node_id={node}&cat_id={cat}&cur_page={n}",
        )
    return f"/info/iList.jsp?node_id={node}&cat_id={cat}&cur_page=1"


def hancheng(ctx: Ctx2) -> None:
    """韩城市 (陕西 渭南): the HIWCM 信息公开 catalogue used across Shaanxi and Sichuan —
    ``/info/iList.jsp?node_id=GK…&cat_id=…&cur_page=N`` (public crawlers for 韩城, 德阳/绵竹, 陕西省,
    昌吉市: find_string "iList.jsp?node_id=", ids 31260584520, 41866980, 1255474713), GBK pages,
    lists in a table and an info table on each article. The 2023 report is filed under 法定主动
    公开内容 → 其他法定公开信息, the 2021 one under 工作报告 beside the 政府工作报告; 陕西省's
    report is reposted."""
    c = County("hancheng", "韩城市", "陕西省", "渭南市", "610581", "www.hancheng.gov.cn")
    node = "GKhcs"
    nav = [
        ("/", "首页"),
        ("/xwzx/hcyw/", "韩城要闻"),
        (f"/info/iList.jsp?node_id={node}&cat_id=1", "信息公开目录"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 20), skin=IListSkin)
    news = news_column(skin, "/xwzx/hcyw/", "韩城要闻", 160)
    r23 = ctx.new_report(
        c,
        2023,
        "韩城市人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 11:20",
        source="韩城市人民政府",
    )
    sx = Item(
        "higher",
        "陕西省人民政府关于2022年度法治政府建设情况的报告",
        ctx.higher_paras("陕西省", 2022, "党中央、国务院"),
        dt.datetime(2023, 4, 6, 9, 0),
        "陕西省人民政府",
    )
    other = ilist(skin, node, 15871, "其他法定公开信息", [r23, sx, *ctx.fillers(c, 44, "disclosure")])
    r21 = ctx.new_report(
        c, 2021, "韩城市2021年法治政府建设情况报告", pub="2022-03-30 16:02", source="韩城市人民政府"
    )
    gwr = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("gov_work_report", 2022)])
    gzbg = ilist(skin, node, 15874, "工作报告", [r21, *gwr, *ctx.fillers(c, 6, "disclosure")])
    record(ctx, c, gwr)
    jd = ctx.lookalikes_of(c, [("interpretation", 2023), ("xxgk_annual", 2023)])
    zcjd = ilist(skin, node, 15880, "政策解读", [*jd, *ctx.fillers(c, 20, "jiedu")])
    record(ctx, c, jd)
    ctx.truth_report(
        c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("ilist_catalogue", "gbk")
    )
    ctx.truth_report(
        c,
        r21,
        2021,
        [{"url": c.base + r21.path, "kind": "html"}],
        kinds=("ilist_catalogue", "gbk", "work_report_column"),
    )
    ctx.truth_report(
        c,
        sx,
        2022,
        [{"url": c.base + sx.path, "kind": "republication"}],
        kinds=("higher_repost",),
        region="陕西省",
        higher=True,
    )
    tree = "".join(
        f'<li><a href="{esc(u)}" title="{esc(n)}">{esc(n)}</a></li>'
        for u, n in [(other, "其他法定公开信息"), (gzbg, "工作报告"), (zcjd, "政策解读")]
    )
    body = (
        f'<div class="gk_tree"><h3>法定主动公开内容</h3><ul>{tree}</ul></div>'
        f'<div class="gk_main"><p>{esc(c.name)}人民政府信息公开目录</p></div>'
    )
    skin.put(
        "/info/iList.jsp", skin.page("信息公开目录_韩城市人民政府", body), query=f"node_id={node}&cat_id=1"
    )
    home(skin, [("/xwzx/hcyw/", "韩城要闻", news)])


# ====================================================================== 鹤城区
def hecheng(ctx: Ctx2) -> None:
    """鹤城区 (湖南 怀化): a CMS of numeric column paths ``/22560/22709/<…>/content_<id>.html``
    (a real district page at http://www.hnhs.gov.cn/22560/22709/43459/43460/43462/43492/
    content_2139138.html, pages corpus: its 政府信息主动公开事项目录 lists the 法治政府建设年度报告
    itself, a look-alike here). Six levels from 政府信息公开 to the 法治政府建设年度报告 column; the
    2021 report is only a PDF (text layer) behind a one-line article."""
    c = County("hecheng", "鹤城区", "湖南省", "怀化市", "431202", "www.hcq.gov.cn")
    nav = [
        ("/", "首页"),
        ("/22560/22561/index.html", "鹤城要闻"),
        ("/22560/22709/index.html", "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 9))

    def path_fn(col: str, it: Item) -> str:
        return f"{col}content_{it.uid}.html"

    news = publish(
        skin, "/22560/22561/", "鹤城要闻", [("/22560/22561/", "鹤城要闻")], ctx.news(c, 210), path_fn=path_fn
    )
    base = "/22560/22709/"
    levels = [("43459/", "法定主动公开内容"), ("43460/", "部门和乡镇信息"), ("43462/", "区司法局")]
    trail, col = [(base, "政府信息公开")], base
    for part, name in levels:
        col += part
        trail = [*trail, (col, name)]
    fzcol = col + "43492/"
    ftrail = [*trail, (fzcol, "法治政府建设年度报告")]
    r23 = ctx.new_report(
        c,
        2023,
        "鹤城区人民政府关于2023年度法治政府建设工作情况的报告",
        pub="2024-03-25 17:30",
        source="鹤城区司法局",
    )
    r21 = ctx.new_report(c, 2021, "鹤城区2021年法治政府建设年度报告", pub="2022-03-31 10:15")
    body21 = r21.paras
    r21.uid = ctx.uid()
    r21.paras = ["现将《鹤城区2021年法治政府建设年度报告》予以公开,详见附件。"]
    r21.path = path_fn(fzcol, r21)
    pdf = skin.attach_pdf(r21, fzcol, body21)
    mlu = ctx.lookalike(c, "plan", 2023)
    fz = publish(skin, fzcol, "法治政府建设年度报告", ftrail, [r23, r21, mlu], path_fn=path_fn)
    record(ctx, c, [mlu])
    ctx.truth_report(
        c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}], kinds=("numeric_tree", "deep_tree")
    )
    ctx.truth_report(
        c,
        r21,
        2021,
        [{"url": c.base + pdf, "kind": "pdf", "via": c.base + r21.path, "text_layer": True}],
        kinds=("numeric_tree", "pdf_only"),
        body=body21,
    )
    sj = publish(
        skin,
        col + "43490/",
        "工作动态",
        [*trail, (col + "43490/", "工作动态")],
        [ctx.lookalike(c, "shufa", 2023), *ctx.fillers(c, 18, "notice")],
        path_fn=path_fn,
    )
    record(ctx, c, [it for it in sj if it.kind == "lookalike"])
    index_page(
        skin,
        col + "index.html",
        "区司法局",
        trail,
        [(fzcol, "法治政府建设年度报告", fz), (col + "43490/", "工作动态", sj)],
    )
    # the other levels: index pages of sub-columns, with sibling departments of fillers
    depts = [("43461/", "区发改局"), ("43463/", "区教育局"), ("43464/", "区财政局"), ("43465/", "区住建局")]
    boxes = [(col, "区司法局", fz)]
    up = base + "43459/43460/"
    for part, name in depts:
        items = publish(
            skin,
            up + part,
            name,
            [*trail[:3], (up + part, name)],
            ctx.fillers(c, 12, "disclosure"),
            path_fn=path_fn,
        )
        boxes.append((up + part, name, items))
    index_page(skin, up + "index.html", "部门和乡镇信息", trail[:3], boxes)
    mulu = Item(
        "lookalike",
        "鹤城区政府信息主动公开事项目录",
        [
            "为深入贯彻落实党中央国务院以及省、市关于全面推进政务公开工作的部署要求,我区着力推进政务公开"
            "清单化管理。",
            "事项名称:法治政府建设年度报告。公开内容:上一年度推进法治政府建设的主要举措和"
            "成效、存在的不足和原因,党政主要负责人履行推进法治建设第一责任人职责情况;下一年度推进法治"
            "政府建设的主要安排。公开时限:每年4月1日之前。",
        ]
        * 3,
        dt.datetime(2023, 8, 14, 9, 0),
        "鹤城区人民政府办公室",
        sub="catalogue",
        uid=ctx.uid(),
    )
    fd = publish(
        skin,
        base + "43459/43466/",
        "政府信息主动公开事项目录",
        [*trail[:2], (base + "43459/43466/", "政府信息主动公开事项目录")],
        [mulu],
        path_fn=path_fn,
    )
    record(ctx, c, [mulu])
    index_page(
        skin,
        base + "43459/index.html",
        "法定主动公开内容",
        trail[:2],
        [(up, "部门和乡镇信息", boxes[1][2]), (base + "43459/43466/", "政府信息主动公开事项目录", fd)],
    )
    index_page(
        skin, base + "index.html", "政府信息公开", trail[:1], [(base + "43459/", "法定主动公开内容", fd)]
    )
    home(skin, [("/22560/22561/", "鹤城要闻", news), (base, "政府信息公开", fd)])


# ====================================================================== 内乡县
class AspSkin(Skin):
    css = "old"
    encoding = "gbk"

    def page(self, title: str, body: str, metas: str = "") -> str:
        # GB2312 declared only in a http-equiv meta, as old ASP sites do
        return (
            super()
            .page(title, body, metas)
            .replace(
                '<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            )
        )


def asp_column(skin: AspSkin, cls: int, name: str, items: list[Item], per: int = 25) -> None:
    """``/news/list.asp?classid=N&page=K`` lists and ``/news/show.asp?id=…`` articles."""
    items = sorted(items, key=lambda d: d.pub, reverse=True)
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
        it.path = f"/news/show.asp?id={it.uid}"
        skin.put(
            "/news/show.asp",
            skin.article(it, name, [(f"/news/list.asp?classid={cls}", name)]),
            query=f"id={it.uid}",
            modified=it.pub,
        )
    pages = [items[i : i + per] for i in range(0, len(items), per)] or [[]]
    for n, chunk in enumerate(pages, start=1):
        rows = "".join(
            f'<tr><td>·<a href="show.asp?id={it.uid}" target="_blank">{esc(it.title)}</a>'
            f"</td><td>[{it.pub:%Y-%m-%d}]</td></tr>"
            for it in chunk
        )
        nxt = f'<a href="list.asp?classid={cls}&amp;page={n + 1}">下一页</a>' if n < len(pages) else ""
        prv = f'<a href="list.asp?classid={cls}&amp;page={n - 1}">上一页</a>' if n > 1 else ""
        body = (
            f'<table width="760"><tr><td class="lmt">{esc(name)}</td></tr>{rows}</table>'
            f"<p>共{len(items)}条 {prv} {nxt} 页次:{n}/{len(pages)}</p>"
        )
        page = skin.page(f"{name}-{skin.site_name}", body)
        skin.put("/news/list.asp", page, query=f"classid={cls}&page={n}")
        if n == 1:
            skin.put("/news/list.asp", page, query=f"classid={cls}")


def neixiang(ctx: Ctx2) -> None:
    """内乡县 (河南 南阳): an old ASP site (sites.md "old ASP/PHP sites with ``show.asp?id=`` links,
    GB2312 declared in a ``<meta>`` only"), tables for layout, lists ``list.asp?classid=&page=``
    with 下一页 links. The 2023 report is in 通知公告; the 2020 report in 政务公开. The 百姓留言 board
    answers any page number with more pages (trap)."""
    c = County("neixiang", "内乡县", "河南省", "南阳市", "411325", "www.neixiang.gov.cn")
    nav = [
        ("/", "首页"),
        ("/news/list.asp?classid=1", "内乡新闻"),
        ("/news/list.asp?classid=2", "通知公告"),
        ("/news/list.asp?classid=3", "政务公开"),
        ("/bbs/list.asp?page=1", "百姓留言"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2020, 9, 1), skin=AspSkin, title_attr=False)
    news = ctx.news(c, 180)
    asp_column(skin, 1, "内乡新闻", news)
    r23 = ctx.new_report(
        c,
        2023,
        "内乡县人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-27 08:50",
        source="内乡县人民政府",
    )
    demo = ctx.demo_news(c, 2023)
    asp_column(skin, 2, "通知公告", [r23, demo, *ctx.fillers(c, 60, "notice")])
    record(ctx, c, [demo])
    r20 = ctx.new_report(
        c, 2020, "内乡县2020年法治政府建设工作报告", pub="2021-03-19 15:33", source="内乡县司法局"
    )
    look = ctx.lookalikes_of(c, [("gov_work_report", 2021), ("text_interp", 2020)])
    asp_column(skin, 3, "政务公开", [r20, *look, *ctx.fillers(c, 35, "disclosure")])
    record(ctx, c, look)
    for r, y, k in ((r23, 2023, "tzgg"), (r20, 2020, "zwgk")):
        ctx.truth_report(
            c, r, y, [{"url": c.base + r.path, "kind": "html"}], kinds=("old_asp", "gb2312_meta", k)
        )

    def board(req: Request) -> Resource:
        try:
            n = max(1, int(req.params().get("page", "1")))
        except ValueError:
            n = 1
        rows = "".join(
            f"<tr><td>关于{['道路', '路灯', '供水', '学校'][(n + k) % 4]}的问题</td><td>待回复</td></tr>"
            for k in range(10)
        )
        body = (
            f'<table>{rows}</table><p>第{n}页 <a href="list.asp?page={n + 1}">下一页</a> '
            f'<a href="list.asp?page={n + 2}">{n + 2}</a></p>'
        )
        return Resource(
            skin.page("百姓留言", body).encode("gbk"),
            "text/html; charset=GBK",
            modified=dt.datetime(2024, 6, 1),
        )

    ctx.handle(c, "/bbs/list.asp", board)
    ctx.trap(c.base + "/bbs/", "endless_pager", r"/bbs/list\.asp\?page=\d+")
    box = "".join(
        f'<tr><td><a href="/news/show.asp?id={it.uid}">{esc(it.title)}</a></td></tr>' for it in news[:8]
    )
    skin.put("/index.asp", skin.page(skin.site_name, f"<table>{box}</table>"))
    skin.put("/", skin.page(skin.site_name, f"<table>{box}</table>"))


# ====================================================================== 明山区 on 本溪市
def mingshan(ctx: Ctx2) -> None:
    """明山区 (辽宁 本溪): hosted on the city's 集约化 platform under ``www.benxi.gov.cn/msq/``
    (sites.md "Hosting": a municipal portal holds every district's report under its own host).
    The seed is the sub-path; the 2023 report's title names no place (the region comes from the
    site), the 2022 one does. The host also carries the city's own news."""
    c = County("mingshan", "明山区", "辽宁省", "本溪市", "210504", "www.benxi.gov.cn")
    root = "/msq/"
    nav = [
        (root, "明山首页"),
        (root + "zwgk/", "政务公开"),
        (root + "xwdt/", "明山动态"),
        ("/", "本溪市政府"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 2), siteid="2105000001", seed_url=c.base + root)
    news = publish(skin, root + "xwdt/", "明山动态", [(root + "xwdt/", "明山动态")], ctx.news(c, 120))
    city = County("benxi", "本溪市", "辽宁省", "", "210500", c.host)
    cnews = publish(skin, "/xwzx/bxyw/", "本溪要闻", [("/xwzx/bxyw/", "本溪要闻")], ctx.news(city, 150))
    r23 = ctx.new_report(
        c, 2023, "关于2023年法治政府建设情况的报告", pub="2024-03-29 14:12", source="明山区人民政府"
    )
    r22 = ctx.new_report(
        c, 2022, "明山区人民政府2022年法治政府建设年度报告", pub="2023-03-31 09:08", source="明山区人民政府"
    )
    col = root + "zwgk/fdzdgknr/qtfdgkxx/"
    look = ctx.lookalikes_of(c, [("xxgk_annual", 2023), ("meeting", 2023)])
    items = publish(
        skin,
        col,
        "其他法定公开信息",
        [(root + "zwgk/", "政务公开"), (col, "其他法定公开信息")],
        [r23, r22, *look, *ctx.fillers(c, 30, "disclosure")],
    )
    record(ctx, c, look)
    for r, y in ((r23, 2023), (r22, 2022)):
        ctx.truth_report(
            c, r, y, [{"url": c.base + r.path, "kind": "html"}], kinds=("city_platform_subpath",)
        )
    index_page(
        skin,
        root + "zwgk/index.html",
        "政务公开",
        [(root + "zwgk/", "政务公开")],
        [(col, "其他法定公开信息", items)],
    )
    index_page(
        skin,
        root + "index.html",
        "明山区",
        [],
        [(root + "xwdt/", "明山动态", news), (root + "zwgk/", "政务公开", items)],
    )
    home(skin, [("/xwzx/bxyw/", "本溪要闻", cnews), (root, "明山区", news)])


# ====================================================================== 武陟县
def wuzhi(ctx: Ctx2) -> None:
    """武陟县 (河南 焦作): TRS. The home page links 专题专栏 by banner images whose ``alt`` names the
    topic (sites.md "special-topic pages often link with images whose alt text names the topic");
    专题 → 法治政府建设 → 工作成效 holds the 2022 report beside 示范创建 news, a 述法 report and the
    第一责任人 duty report."""
    c = County("wuzhi", "武陟县", "河南省", "焦作市", "410823", "www.wuzhi.gov.cn")
    nav = [("/", "首页"), ("/xwzx/wzyw/", "武陟要闻"), ("/zwgk/", "政务公开"), ("/ztzl/", "专题专栏")]
    skin = open_site(ctx, c, nav, dt.date(2023, 7, 4))
    news = news_column(skin, "/xwzx/wzyw/", "武陟要闻", 200)
    zw = publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        ctx.fillers(c, 45, "notice"),
    )
    index_page(
        skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")], [("/zwgk/tzgg/", "通知公告", zw)]
    )
    r22 = ctx.new_report(
        c,
        2022,
        "武陟县人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-24 11:45",
        source="武陟县人民政府办公室",
    )
    look = [
        ctx.demo_news(c, 2022),
        ctx.demo_news(c, 2023),
        *ctx.lookalikes_of(c, [("shufa", 2022), ("duty_report", 2022)]),
    ]
    col = "/ztzl/fzzfjs/gzcx/"
    trail = [("/ztzl/", "专题专栏"), ("/ztzl/fzzfjs/", "法治政府建设"), (col, "工作成效")]
    gz = publish(skin, col, "工作成效", trail, [r22, *look, *ctx.news(c, 14, (2021, 2023))])
    record(ctx, c, look)
    ctx.truth_report(
        c, r22, 2022, [{"url": c.base + r22.path, "kind": "html"}], kinds=("topic_image_link", "ztzl")
    )
    index_page(skin, "/ztzl/fzzfjs/index.html", "法治政府建设", trail[:2], [(col, "工作成效", gz)])
    banners = "".join(
        f'<a href="{u}"><img src="/images/zt{k}.jpg" alt="{esc(n)}"></a>'
        for k, (u, n) in enumerate([("/ztzl/fzzfjs/", "法治政府建设"), ("/ztzl/", "乡村振兴")])
    )
    skin.put("/ztzl/index.html", skin.page("专题专栏_武陟县人民政府", f'<div class="zt">{banners}</div>'))
    home(
        skin,
        [("/xwzx/wzyw/", "武陟要闻", news), ("/zwgk/tzgg/", "通知公告", zw)],
        extra=f'<div class="banner">{banners}</div>',
    )
