"""Blind sites with server-rendered lists: columns named for nothing (规划计划, 通知公告 in dated
folders, 政策文件 → 其他文件), a deep 政务公开 tree, reports over several pages, traps.

Every site cites the real evidence it is modelled on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..model import Request, Resource
from .core import County, Ctx, Item, chunks, esc, h
from .skins import Skin, trs_article_path


def publish(skin: Skin, col: str, name: str, trail: list[tuple[str, str]], items: list[Item],
            per: int = 20, path_fn: Callable[[str, Item], str] = trs_article_path,
            write: bool = True, lists: bool = True, **article_kw) -> list[Item]:
    """Assign paths to ``items`` (newest first), write their articles and the column's lists."""
    for it in items:
        it.uid = it.uid or skin.ctx.uid()
    items = sorted(items, key=lambda d: (d.pub, d.uid), reverse=True)
    for it in items:
        if not it.path:
            it.path = path_fn(col, it)
    if write:
        for it in items:
            skin.write_article(it, name, trail, **article_kw)
    if lists:
        skin.list_pages(col, name, trail, items, per=per)
    return items


def index_page(skin: Skin, path: str, name: str, trail: list[tuple[str, str]],
               boxes: list[tuple[str, str, list[Item]]]) -> None:
    """A column page made of boxes: each names a sub-column (link with title) and its newest
    five items."""
    parts = []
    for href, label, items in boxes:
        rows = "".join(f"<li>{skin.a(it.path, it.title.replace('|', ''))}<span>{it.date}</span>"
                       f"</li>" for it in items[:5])
        parts.append(f'<div class="box"><div class="box-hd"><h3>{skin.a(href, label)}</h3>'
                     f'<span class="more">{skin.a(href, "更多")}</span></div>'
                     f'<ul>{rows}</ul></div>')
    skin.put(path, skin.page(f"{name}_{skin.site_name}",
                             f'{skin.crumbs(trail)}<div class="boxes">{"".join(parts)}</div>'))


def home(skin: Skin, boxes: list[tuple[str, str, list[Item]]], extra: str = "") -> None:
    index_page(skin, "/index.html", "首页", [], boxes)
    res = skin.ctx.web.resources[(skin.c.host, "/index.html", "")]
    body = res.body.decode(skin.encoding).replace('<div class="boxes">',
                                                   f'{extra}<div class="boxes">', 1)
    skin.put("/index.html", body)
    skin.put("/", body)


# ====================================================================== 迁安市
def qianan(ctx: Ctx) -> None:
    """迁安市 (河北 唐山): TRS. Column links carry a ``title`` repeating their text (the TRS
    default). The 2023 report sits in 政务公开 → 规划计划 → 工作总结; the 2022 report (html+pdf) in
    通知公告, whose notices live in dated sub-folders (``/tzgg/2024031714171271979/``, as on real
    sites listed in /work/shared/docs/sites.md); 河北省's own report is reposted there too.
    Evidence: sites.md "Columns whose names say nothing of 法治"; TRS list/article paths
    ``/<col>/YYYYMM/tYYYYMMDD_<id>.html`` and ``createPageHTML`` (sites.md, TRS WCM)."""
    c = County("qianan", "迁安市", "河北省", "唐山市", "130283", "www.qianan.gov.cn")
    nav = [("/", "首页"), ("/zwgk/", "政务公开"), ("/zwgk/ghjh/", "规划计划"),
           ("/zwgk/zcwj/", "政策文件"), ("/tzgg/", "通知公告"), ("/xwzx/qayw/", "迁安要闻"),
           ("/xwzx/bmdt/", "部门动态")]
    skin = Skin(ctx, c, nav, clock=dt.date(2024, 11, 5))
    ctx.robots(c)
    ctx.seed_row(c)
    news = publish(skin, "/xwzx/qayw/", "迁安要闻", [("/xwzx/qayw/", "迁安要闻")],
                   ctx.news(c, 190))
    dept = publish(skin, "/xwzx/bmdt/", "部门动态", [("/xwzx/bmdt/", "部门动态")],
                   ctx.news(c, 70, (2021, 2024))[:70])
    # 规划计划 → 工作总结
    gz = [("/zwgk/", "政务公开"), ("/zwgk/ghjh/", "规划计划"), ("/zwgk/ghjh/gzzj/", "工作总结")]
    r23 = ctx.new_report(c, 2023, "迁安市人民政府关于2023年法治政府建设情况的报告",
                         pub="2024-03-26 10:12", source="迁安市人民政府办公室")
    gzzj = publish(skin, "/zwgk/ghjh/gzzj/", "工作总结", gz,
                   [r23, *ctx.fillers(c, 27, "disclosure")])
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}],
                     kinds=("title_attr_column", "ghjh_gzzj"))
    plan = ctx.lookalike(c, "plan", 2024)
    nd = publish(skin, "/zwgk/ghjh/ndjhgzzj/", "年度计划工作总结",
                 [("/zwgk/", "政务公开"), ("/zwgk/ghjh/", "规划计划"),
                  ("/zwgk/ghjh/ndjhgzzj/", "年度计划工作总结")],
                 [plan, *ctx.fillers(c, 9, "disclosure", (2021, 2024))])
    ctx.truth_lookalike(c, plan)
    fz = publish(skin, "/zwgk/ghjh/fzgh/", "发展规划",
                 [("/zwgk/", "政务公开"), ("/zwgk/ghjh/", "规划计划"), ("/zwgk/ghjh/fzgh/", "发展规划")],
                 ctx.fillers(c, 6, "disclosure", (2020, 2023)))
    index_page(skin, "/zwgk/ghjh/index.html", "规划计划", [("/zwgk/", "政务公开"),
               ("/zwgk/ghjh/", "规划计划")],
               [("/zwgk/ghjh/fzgh/", "发展规划", fz), ("/zwgk/ghjh/ndjhgzzj/", "年度计划工作总结", nd),
                ("/zwgk/ghjh/gzzj/", "工作总结", gzzj)])
    xn = ctx.lookalike(c, "xxgk_annual", 2023)
    nb = publish(skin, "/zwgk/xxgknb/", "政府信息公开年报",
                 [("/zwgk/", "政务公开"), ("/zwgk/xxgknb/", "政府信息公开年报")], [xn])
    ctx.truth_lookalike(c, xn)
    zc = publish(skin, "/zwgk/zcwj/", "政策文件", [("/zwgk/", "政务公开"), ("/zwgk/zcwj/", "政策文件")],
                 ctx.fillers(c, 34, "disclosure"))
    index_page(skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")],
               [("/zwgk/ghjh/", "规划计划", gzzj), ("/zwgk/zcwj/", "政策文件", zc),
                ("/zwgk/xxgknb/", "政府信息公开年报", nb)])
    # 通知公告: each notice in a dated folder, linked as the folder
    r22 = ctx.new_report(c, 2022, "2022年迁安市法治政府建设情况报告", pub="2023-03-30 16:40")
    hb = Item("higher", "河北省人民政府关于2023年法治政府建设情况的报告",
              ctx.higher_paras("河北省", 2023, "党中央、国务院"), dt.datetime(2024, 4, 8, 9, 30),
              "河北省人民政府")
    notes = [r22, hb, *ctx.fillers(c, 58, "notice")]

    def folder(col: str, it: Item) -> str:
        return f"{col}{it.pub:%Y%m%d%H%M}{int(h(it.uid)[:8], 16) % 10**7:07d}/"

    for it in notes:
        it.uid = it.uid or ctx.uid()
        it.path = folder("/tzgg/", it)
    skin.attach_pdf(r22, "/tzgg/")
    trail = [("/tzgg/", "通知公告")]
    for it in notes:
        skin.write_article(it, "通知公告", trail)
        skin.put(it.path + "index.html", skin.article(it, "通知公告", trail))
    skin.list_pages("/tzgg/", "通知公告", trail, sorted(notes, key=lambda d: d.pub, reverse=True))
    pdf = r22.attachments[0][1]
    ctx.truth_report(c, r22, 2022, [
        {"url": c.base + r22.path, "kind": "html"},
        {"url": c.base + r22.path + "index.html", "kind": "html"},
        {"url": c.base + pdf, "kind": "pdf", "via": c.base + r22.path, "text_layer": True}],
        kinds=("tzgg_dated_folder", "title_attr_column"))
    ctx.truth_report(c, hb, 2023, [{"url": c.base + hb.path, "kind": "republication"}],
                     kinds=("higher_repost",), region="河北省", higher=True)
    home(skin, [("/xwzx/qayw/", "迁安要闻", news), ("/xwzx/bmdt/", "部门动态", dept),
                ("/tzgg/", "通知公告", sorted(notes, key=lambda d: d.pub, reverse=True)),
                ("/zwgk/", "政务公开", zc)])


# ====================================================================== 遵化市
class ZunhuaSkin(Skin):
    css = "zh"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        t = h(item.uid, "print")[:10]
        tools = (f'<div class="tools"><a href="/print.jsp?docid={item.uid}&amp;t={t}" '
                 f'target="_blank">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a>'
                 f"</div>")
        return super().article(item, column, trail, paras=paras, after=after, tools=tools)


def print_trap(ctx: Ctx, c: County) -> None:
    """``/print.jsp?docid=…&t=…``: a print view that copies the text from ``window.opener``
    and links a "refresh" view with a new ``t`` every time (a rotating query parameter)."""

    def handler(req: Request) -> Resource:
        args = req.params()
        doc, t = args.get("docid", "0"), args.get("t", "")
        nxt = h(doc, t, "next")[:10]
        body = (f'<html><head><meta charset="utf-8"><title>打印预览</title><meta name="robots" '
                f'content="noindex"></head><body><div id="printArea"></div><script>document.get'
                f"ElementById('printArea').innerHTML=window.opener?window.opener.document.getEl"
                f"ementById('zoom').innerHTML:'';</script><p><a href=\"/print.jsp?docid={esc(doc)}"
                f'&amp;t={nxt}">刷新预览</a> <a href="javascript:window.print()">打印</a></p>'
                f"</body></html>")
        return Resource(body.encode(), modified=dt.datetime(2024, 6, 1))

    ctx.handle(c, "/print.jsp", handler)
    ctx.trap(c.base + "/print.jsp", "rotating_print_view", r"/print\.jsp\?docid=\d+&t=[0-9a-f]+")


def zunhua(ctx: Ctx) -> None:
    """遵化市 (河北 唐山): TRS. 政策文件 → 政府文件 / 部门文件 / 其他文件 / 政策解读 (links with
    ``title``). The 2023 report in 其他文件 runs over three pages ``t20240229_<id>.html``,
    ``…_1.html``, ``…_2.html`` paged by ``createPageHTML(3, 0, "t20240229_<id>", "html")``
    (sites.md "Articles on several pages"); the 司法局's own report sits in 部门文件. Every article
    links a print view with a rotating ``t`` parameter (trap)."""
    c = County("zunhua", "遵化市", "河北省", "唐山市", "130281", "www.zunhua.gov.cn")
    nav = [("/", "首页"), ("/zcwj/", "政策文件"), ("/xwzx/zhyw/", "遵化要闻"), ("/gsgg/", "公示公告")]
    skin = ZunhuaSkin(ctx, c, nav, clock=dt.date(2023, 4, 12))
    ctx.robots(c)
    ctx.seed_row(c)
    print_trap(ctx, c)
    news = publish(skin, "/xwzx/zhyw/", "遵化要闻", [("/xwzx/zhyw/", "遵化要闻")], ctx.news(c, 210))
    gs = publish(skin, "/gsgg/", "公示公告", [("/gsgg/", "公示公告")], ctx.fillers(c, 40))
    base = [("/zcwj/", "政策文件")]
    gw = ctx.lookalike(c, "gov_work_report", 2023)
    zf = publish(skin, "/zcwj/zfwj/", "政府文件", [*base, ("/zcwj/zfwj/", "政府文件")],
                 [gw, *ctx.fillers(c, 30, "disclosure")])
    ctx.truth_lookalike(c, gw)
    # the multi-page report
    r23 = ctx.new_report(c, 2023, "遵化市人民政府关于2023年法治政府建设情况的报告",
                         pub="2024-02-29 15:06", source="遵化市人民政府")
    r23.uid = 83863731
    r23.path = "/zcwj/qtwj/202402/t20240229_83863731.html"
    qt_items = [r23, *ctx.fillers(c, 31, "disclosure")]
    qt = publish(skin, "/zcwj/qtwj/", "其他文件", [*base, ("/zcwj/qtwj/", "其他文件")], qt_items,
                 write=False)
    trail = [*base, ("/zcwj/qtwj/", "其他文件")]
    for it in qt:
        if it is not r23:
            skin.write_article(it, "其他文件", trail)
    parts = chunks(r23.paras, (len(r23.paras) + 2) // 3)
    urls = []
    for n, part in enumerate(parts):
        path = r23.path if n == 0 else r23.path.replace(".html", f"_{n}.html")
        pager = (f'<div class="page"><script>createPageHTML({len(parts)}, {n}, '
                 f'"t20240229_83863731", "html");</script></div>')
        skin.put(path, skin.article(r23, "其他文件", trail, paras=part, after=pager),
                 modified=r23.pub)
        urls.append(c.base + path)
    ctx.truth_report(c, r23, 2023, [{"url": urls[0], "kind": "html"}],
                     kinds=("multi_page_createPageHTML", "zcwj_qtwj"), pages=urls)
    sf = ctx.new_report(c, 2023, "遵化市司法局2023年度法治政府建设情况报告", pub="2024-01-19 11:20",
                        source="遵化市司法局", paras=ctx.report_paras(c, 2023, "遵化市司法局"))
    shufa = ctx.lookalike(c, "shufa", 2023)
    bm = publish(skin, "/zcwj/bmwj/", "部门文件", [*base, ("/zcwj/bmwj/", "部门文件")],
                 [sf, shufa, *ctx.fillers(c, 22, "disclosure")])
    ctx.truth_report(c, sf, 2023, [{"url": c.base + sf.path, "kind": "html"}],
                     kinds=("zcwj_bmwj", "department"), issuer_kind="department",
                     key="遵化市司法局-2023")
    ctx.truth_lookalike(c, shufa)
    jd = ctx.lookalike(c, "interpretation", 2023)
    zj = publish(skin, "/zcwj/zcjd/", "政策解读", [*base, ("/zcwj/zcjd/", "政策解读")],
                 [jd, *ctx.fillers(c, 6, "disclosure")])
    ctx.truth_lookalike(c, jd)
    index_page(skin, "/zcwj/index.html", "政策文件", base,
               [("/zcwj/zfwj/", "政府文件", zf), ("/zcwj/bmwj/", "部门文件", bm),
                ("/zcwj/qtwj/", "其他文件", qt), ("/zcwj/zcjd/", "政策解读", zj)])
    home(skin, [("/xwzx/zhyw/", "遵化要闻", news), ("/gsgg/", "公示公告", gs),
                ("/zcwj/", "政策文件", zf)])


# ====================================================================== 宁河区
def tjnh(ctx: Ctx) -> None:
    """宁河区 (天津): a deep 政务公开 tree modelled on the real 静海区 report page
    http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/202403/t20240328_6583952.html
    (search corpus ``pages``): 政务公开 → 政府信息公开 → 区政府 → 法定主动公开内容 → 其他法定公开
    信息, page 2; the 2021 report (html+pdf) under 区政府部门 → 区司法局 → 法定主动公开内容 →
    其他法定公开信息. 天津市's own report is reposted beside the 2023 report. Three news columns."""
    c = County("tjnh", "宁河区", "天津市", "", "120117", "www.tjnh.gov.cn", scheme="https")
    root = "/nhqzf/"
    zw = root + "zwgk_29871/"
    xx = zw + "zfxxgk_qzf1/"
    nav = [("/", "首页"), (zw, "政务公开"), (root + "xwzx/", "新闻中心"), (root + "zwfw/", "政务服务"),
           (root + "hdjl/", "互动交流")]
    skin = Skin(ctx, c, nav, clock=dt.date(2019, 12, 3))
    ctx.robots(c)
    ctx.seed_row(c)
    xw = []
    for slug, label, n in (("nhyw", "宁河要闻", 240), ("bmdt", "部门动态", 90), ("jzdt", "街镇动态", 60)):
        col = f"{root}xwzx/{slug}/"
        xw.append((col, label, publish(skin, col, label, [(root + "xwzx/", "新闻中心"), (col, label)],
                                       ctx.news(County(slug, c.name, c.province, "", c.adcode,
                                                       c.host), n))))
    index_page(skin, root + "xwzx/index.html", "新闻中心", [(root + "xwzx/", "新闻中心")], xw)
    for slug, label in (("zwfw", "政务服务"), ("hdjl", "互动交流")):
        skin.put(f"{root}{slug}/index.html", skin.page(label, skin.crumbs([(root + slug + "/",
                                                                                label)])))
    t1 = [(zw, "政务公开"), (xx, "政府信息公开")]
    # 区政府 → 法定主动公开内容 → sub-columns
    qzf = xx + "qzf1/"
    fd = qzf + "fdzdgknr2/"
    t2 = [*t1, (qzf, "区政府"), (fd, "法定主动公开内容")]
    subs = []
    for slug, label, n in (("jgzn2", "机构职能", 6), ("zcwj2", "政策文件", 38), ("ghxx2", "规划信息", 9),
                           ("czxx2", "财政信息", 24), ("zdxm2", "重大建设项目", 12),
                           ("rsxx2", "人事信息", 15)):
        col = fd + slug + "/"
        subs.append((col, label, publish(skin, col, label, [*t2, (col, label)],
                                         ctx.fillers(c, n, "disclosure"))))
    r23 = ctx.new_report(c, 2023, "宁河区2023年度法治政府建设情况报告", pub="2024-03-27 09:18",
                         source="宁河区人民政府办公室")
    tj = Item("higher", "天津市人民政府关于2023年法治政府建设情况的报告",
              ctx.higher_paras("天津市", 2023, "党中央、国务院"), dt.datetime(2024, 4, 2, 10, 5),
              "天津市人民政府")
    qcol = fd + "qtfdgkxx2/"
    fill = ctx.fillers(c, 26, "disclosure", (2024, 2024))
    qt = publish(skin, qcol, "其他法定公开信息", [*t2, (qcol, "其他法定公开信息")],
                 [r23, tj, *fill, *ctx.fillers(c, 12, "notice", (2020, 2023))])
    subs.append((qcol, "其他法定公开信息", qt))
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}],
                     kinds=("deep_tree",))
    ctx.truth_report(c, tj, 2023, [{"url": c.base + tj.path, "kind": "republication"}],
                     kinds=("higher_repost",), region="天津市", higher=True)
    index_page(skin, fd + "index.html", "法定主动公开内容", t2, subs)
    index_page(skin, qzf + "index.html", "区政府", [*t1, (qzf, "区政府")],
               [(fd, "法定主动公开内容", qt)])
    # 区政府部门 → departments → 法定主动公开内容 → lists
    bm = xx + "qzfbm/"
    depts = [("qfzggw", "区发展改革委"), ("qjyj", "区教育局"), ("qgaj", "区公安局"), ("qmzj", "区民政局"),
             ("qsfj", "区司法局"), ("qczj", "区财政局"), ("qrlsbj", "区人社局"), ("qghzyj", "区规划资源局"),
             ("qsthjj", "区生态环境局"), ("qzjw", "区住房建设委"), ("qswj", "区水务局"),
             ("qnyncw", "区农业农村委")]
    dboxes = []
    r21 = ctx.new_report(c, 2021, "宁河区2021年法治政府建设工作情况报告", pub="2022-03-30 17:02",
                         source="宁河区司法局")
    for i, (slug, label) in enumerate(depts):
        dcol = f"{bm}{slug}/"
        dfd = dcol + "fdzdgknr/"
        dt_ = [*t1, (bm, "区政府部门"), (dcol, label), (dfd, "法定主动公开内容")]
        dsub = []
        for s2, l2 in (("gzdt", "工作动态"), ("qtfdgkxx", "其他法定公开信息")):
            col = dfd + s2 + "/"
            dc = County(f"{slug}{s2}", c.name, c.province, "", c.adcode, c.host)
            items = ctx.fillers(dc, 5 + i % 4, "notice")
            if slug == "qsfj" and s2 == "qtfdgkxx":
                items.append(r21)
            lst = publish(skin, col, l2, [*dt_, (col, l2)], items)
            dsub.append((col, l2, lst))
        index_page(skin, dfd + "index.html", "法定主动公开内容", dt_, dsub)
        index_page(skin, dcol + "index.html", label, dt_[:-1], [(dfd, "法定主动公开内容", dsub[0][2])])
        dboxes.append((dcol, label, dsub[0][2]))
    # the 2021 report carries its PDF too: rewrite it with the attachment
    skin.attach_pdf(r21, bm + "qsfj/fdzdgknr/qtfdgkxx/")
    skin.write_article(r21, "其他法定公开信息",
                       [*t1, (bm, "区政府部门"), (bm + "qsfj/", "区司法局")])
    ctx.truth_report(c, r21, 2021, [
        {"url": c.base + r21.path, "kind": "html"},
        {"url": c.base + r21.attachments[0][1], "kind": "pdf", "via": c.base + r21.path,
         "text_layer": True}], kinds=("deep_tree", "department_column"))
    index_page(skin, bm + "index.html", "区政府部门", [*t1, (bm, "区政府部门")], dboxes)
    towns = ["芦台街道", "桥北街道", "潘庄镇", "造甲城镇", "七里海镇", "大北涧沽镇", "东棘坨镇", "北淮淀镇",
             "丰台镇"]
    jz = xx + "jzbsc/"
    tboxes = []
    for i, town in enumerate(towns):
        col = f"{jz}jz{i + 1}/"
        tc = County(f"town{i}", town, c.province, "", c.adcode, c.host)
        tboxes.append((col, town, publish(skin, col, town, [*t1, (jz, "街镇"), (col, town)],
                                          ctx.fillers(tc, 4 + i % 3, "notice"))))
    index_page(skin, jz + "index.html", "街镇", [*t1, (jz, "街镇")], tboxes)
    xn = ctx.lookalike(c, "xxgk_annual", 2023)
    nb = publish(skin, xx + "xxgknb/", "政府信息公开年报", [*t1, (xx + "xxgknb/", "政府信息公开年报")],
                 [xn, ctx.lookalike(c, "xxgk_annual", 2022)])
    for it in nb:
        ctx.truth_lookalike(c, it)
    index_page(skin, xx + "index.html", "政府信息公开", t1,
               [(qzf, "区政府", qt), (bm, "区政府部门", dboxes[0][2]), (jz, "街镇", tboxes[0][2]),
                (xx + "xxgknb/", "政府信息公开年报", nb)])
    index_page(skin, zw + "index.html", "政务公开", [(zw, "政务公开")],
               [(xx, "政府信息公开", qt)])
    home(skin, [(root + "xwzx/nhyw/", "宁河要闻", xw[0][2]), (zw, "政务公开", subs[1][2])])


# ====================================================================== 望奎县
class PlainSkin(Skin):
    """A generic CMS: ``list_N.html`` lists with numbered links, ``content_<id>.html``
    articles, no title attributes."""

    css = "wk"

    def list_pages(self, col, name, trail, items, per=20, li=None, side="", ext="html"):
        pages = chunks(items, per)
        for n, chunk in enumerate(pages):
            rows = "".join(f'<li><span class="date">[{it.date}]</span><a href="{esc(it.path)}" '
                           f'target="_blank">{esc(it.title.replace("|", ""))}</a></li>'
                           for it in chunk)
            links = []
            if len(pages) > 1:
                def name_of(k):
                    return ("index.html" if k == 0 else f"list_{k + 1}.html")
                links.append(f'<a href="{name_of(0)}">首页</a>')
                if n:
                    links.append(f'<a href="{name_of(n - 1)}">上一页</a>')
                links += [f'<a href="{name_of(k)}">{k + 1}</a>' if k != n else f"<b>{k + 1}</b>"
                          for k in range(len(pages))]
                if n + 1 < len(pages):
                    links.append(f'<a href="{name_of(n + 1)}">下一页</a>')
                links.append(f'<a href="{name_of(len(pages) - 1)}">尾页</a>')
            body = (f'{self.crumbs(trail)}<div class="list-box"><h3>{esc(name)}</h3>'
                    f'<ul class="news-list">{rows}</ul><div class="fenye">{" ".join(links)}</div>'
                    "</div>")
            self.put(col + ("index.html" if n == 0 else f"list_{n + 1}.html"),
                     self.page(f"{name}-{self.site_name}", body))


def content_path(col: str, it: Item) -> str:
    return f"{col}content_{it.uid}.html"


def wangkui(ctx: Ctx) -> None:
    """望奎县 (黑龙江 绥化): a generic CMS whose 2023 report (in 通知公告) continues on
    ``content_<id>_2.html`` and ``_3.html`` linked by plain page numbers (sites.md "Articles on
    several pages … or plain page links"). 上级文件 reposts 黑龙江省's and 绥化市's reports
    (higher level, not the county's)."""
    c = County("wangkui", "望奎县", "黑龙江省", "绥化市", "231221", "www.wangkui.gov.cn")
    nav = [("/", "网站首页"), ("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告"),
           ("/zwgk/sjwj/", "上级文件"), ("/xwzx/wkyw/", "望奎要闻"), ("/ztzl/fzzfjs/", "法治政府建设")]
    skin = PlainSkin(ctx, c, nav, title_attr=False, clock=dt.date(2022, 6, 14))
    ctx.robots(c)
    ctx.seed_row(c)
    news = publish(skin, "/xwzx/wkyw/", "望奎要闻", [("/xwzx/wkyw/", "望奎要闻")], ctx.news(c, 180),
                   path_fn=content_path)
    r23 = ctx.new_report(c, 2023, "望奎县人民政府关于2023年度法治政府建设工作情况的报告",
                         pub="2024-03-29 14:51", source="望奎县司法局")
    tz_items = [r23, *ctx.fillers(c, 44, "notice")]
    trail = [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")]
    tz = publish(skin, "/zwgk/tzgg/", "通知公告", trail, tz_items, path_fn=content_path,
                 write=False)
    for it in tz:
        if it is not r23:
            skin.write_article(it, "通知公告", trail)
    parts = chunks(r23.paras, (len(r23.paras) + 2) // 3)
    paths = [r23.path] + [r23.path.replace(".html", f"_{n + 1}.html") for n in range(1, len(parts))]
    for n, part in enumerate(parts):
        links = " ".join(f'<a href="{p.rsplit("/", 1)[1]}">{k + 1}</a>' if k != n else
                         f"<span>{k + 1}</span>" for k, p in enumerate(paths))
        if n + 1 < len(parts):
            links += f' <a href="{paths[n + 1].rsplit("/", 1)[1]}">下一页</a>'
        skin.put(paths[n], skin.article(r23, "通知公告", trail, paras=part,
                                        after=f'<div class="pagelist">{links}</div>'),
                 modified=r23.pub)
    urls = [c.base + p for p in paths]
    ctx.truth_report(c, r23, 2023, [{"url": urls[0], "kind": "html"}],
                     kinds=("multi_page_links", "tzgg"), pages=urls)
    r22 = ctx.new_report(c, 2022, "望奎县2022年法治政府建设工作报告", pub="2023-02-17 09:40")
    fz = publish(skin, "/ztzl/fzzfjs/", "法治政府建设",
                 [("/ztzl/", "专题专栏"), ("/ztzl/fzzfjs/", "法治政府建设")],
                 [r22, *ctx.news(County("wkfz", "望奎县", "", "", "", c.host), 12, (2021, 2024))],
                 path_fn=content_path)
    ctx.truth_report(c, r22, 2023 - 1, [{"url": c.base + r22.path, "kind": "html"}],
                     kinds=("plain",))
    hl = Item("higher", "黑龙江省人民政府关于2023年法治政府建设情况的报告",
              ctx.higher_paras("黑龙江省", 2023, "党中央、国务院"), dt.datetime(2024, 4, 3, 8, 50),
              "黑龙江省人民政府", uid=ctx.uid())
    sh = Item("higher", "绥化市人民政府关于2023年度法治政府建设情况的报告",
              ctx.higher_paras("绥化市", 2023, "省委、省政府"), dt.datetime(2024, 4, 12, 16, 2),
              "绥化市人民政府", uid=ctx.uid())
    sj = publish(skin, "/zwgk/sjwj/", "上级文件", [("/zwgk/", "政务公开"), ("/zwgk/sjwj/", "上级文件")],
                 [hl, sh, *ctx.fillers(County("wksj", "绥化市", "", "", "", c.host), 20,
                                       "disclosure")], path_fn=content_path)
    ctx.truth_report(c, hl, 2023, [{"url": c.base + hl.path, "kind": "republication"}],
                     kinds=("higher_repost",), region="黑龙江省", higher=True)
    ctx.truth_report(c, sh, 2023, [{"url": c.base + sh.path, "kind": "republication"}],
                     kinds=("higher_repost",), region="绥化市", higher=True)
    index_page(skin, "/zwgk/index.html", "政务公开", [("/zwgk/", "政务公开")],
               [("/zwgk/tzgg/", "通知公告", tz), ("/zwgk/sjwj/", "上级文件", sj)])
    index_page(skin, "/ztzl/index.html", "专题专栏", [("/ztzl/", "专题专栏")],
               [("/ztzl/fzzfjs/", "法治政府建设", fz)])
    home(skin, [("/xwzx/wkyw/", "望奎要闻", news), ("/zwgk/tzgg/", "通知公告", tz)])


# ====================================================================== 涟源市
class LianyuanSkin(Skin):
    """TRS with a "相关阅读" box whose links carry ids that never repeat (trap)."""

    css = "ly"

    def article(self, item, column, trail, *, paras=None, after="", tools=""):
        return super().article(item, column, trail, paras=paras,
                               after=after + related_box(item.path, self.c.name))

    def header(self) -> str:
        hot = " ".join(f'<a href="/search/?searchword={w}">{w}</a>' for w in ("法治", "营商环境"))
        return super().header() + f'<div class="hot">热门搜索:{hot}</div>'


def related_box(seed_path: str, name: str) -> str:
    rows = []
    for k in range(4):
        d = h(seed_path, k)
        n = int(d[:8], 16)
        day = dt.date(2024, 1, 1) + dt.timedelta(days=n % 300)
        rows.append(f'<li><a href="/lys/tjyd/{day:%Y%m}/t{day:%Y%m%d}_{n % 10**8}.html">'
                    f'{name}{["召开", "部署", "推进", "开展"][k]}'
                    f'{["安全生产", "人居环境", "乡村振兴", "招商引资"][n % 4]}'
                    f"工作会议</a></li>")
    return f'<div class="xgyd"><h4>相关阅读</h4><ul>{"".join(rows)}</ul></div>'


def lianyuan(ctx: Ctx) -> None:
    """涟源市 (湖南 娄底): TRS ``/lys/…/tYYYYMMDD_<id>.html``. Two traps of new kinds: a
    "相关阅读" chain under ``/lys/tjyd/`` whose pages link four more with ids never seen, and a
    search page that echoes its query and offers more queries (相关搜索). 湖南省's and 娄底市's
    reports are reposted in 法治政府建设; the 2022 report is only a PDF behind an intro page."""
    c = County("lianyuan", "涟源市", "湖南省", "娄底市", "431382", "www.lianyuan.gov.cn",
               scheme="https")
    nav = [("/", "首页"), ("/lys/zwgk/", "政务公开"), ("/lys/zwgk/fzzfjs/", "法治政府建设"),
           ("/lys/tzgg/", "通知公告"), ("/lys/xwzx/lyyw/", "涟源要闻")]
    skin = LianyuanSkin(ctx, c, nav, clock=dt.date(2024, 2, 2))
    ctx.robots(c)
    ctx.seed_row(c)
    news = publish(skin, "/lys/xwzx/lyyw/", "涟源要闻", [("/lys/xwzx/lyyw/", "涟源要闻")],
                   ctx.news(c, 200))
    r22 = ctx.new_report(c, 2022, "涟源市2022年度法治政府建设情况报告", pub="2023-03-24 10:30",
                         source="涟源市人民政府办公室")
    full = list(r22.paras)
    skin.attach_pdf(r22, "/lys/tzgg/", full)
    r22.paras = [f"根据《法治政府建设与责任落实督察工作规定》,现将《{r22.title}》予以公开,详见附件。"]
    tz = publish(skin, "/lys/tzgg/", "通知公告", [("/lys/tzgg/", "通知公告")],
                 [r22, *ctx.fillers(c, 50, "notice")])
    ctx.truth_report(c, r22, 2022, [
        {"url": c.base + r22.attachments[0][1], "kind": "pdf", "via": c.base + r22.path,
         "text_layer": True}], kinds=("pdf_only",), body=full)
    r23 = ctx.new_report(c, 2023, "涟源市人民政府关于2023年法治政府建设工作情况的报告",
                         pub="2024-03-28 17:26", source="涟源市司法局")
    hn = Item("higher", "湖南省人民政府关于2023年法治政府建设情况的报告",
              ctx.higher_paras("湖南省", 2023, "党中央、国务院"), dt.datetime(2024, 3, 30, 9, 0),
              "湖南省人民政府")
    ld = Item("higher", "娄底市人民政府关于2023年度法治政府建设情况的报告",
              ctx.higher_paras("娄底市", 2023, "省委、省政府"), dt.datetime(2024, 4, 1, 15, 40),
              "娄底市人民政府")
    shufa = ctx.lookalike(c, "duty_report", 2023)
    fz = publish(skin, "/lys/zwgk/fzzfjs/", "法治政府建设",
                 [("/lys/zwgk/", "政务公开"), ("/lys/zwgk/fzzfjs/", "法治政府建设")],
                 [r23, hn, ld, shufa, *ctx.news(County("lyfz", c.name, "", "", "", c.host), 16,
                                                (2021, 2024))])
    ctx.truth_report(c, r23, 2023, [{"url": c.base + r23.path, "kind": "html"}],
                     kinds=("traps_nearby",))
    ctx.truth_report(c, hn, 2023, [{"url": c.base + hn.path, "kind": "republication"}],
                     kinds=("higher_repost",), region="湖南省", higher=True)
    ctx.truth_report(c, ld, 2023, [{"url": c.base + ld.path, "kind": "republication"}],
                     kinds=("higher_repost",), region="娄底市", higher=True)
    ctx.truth_lookalike(c, shufa)
    index_page(skin, "/lys/zwgk/index.html", "政务公开", [("/lys/zwgk/", "政务公开")],
               [("/lys/zwgk/fzzfjs/", "法治政府建设", fz), ("/lys/tzgg/", "通知公告", tz)])
    home(skin, [("/lys/xwzx/lyyw/", "涟源要闻", news), ("/lys/tzgg/", "通知公告", tz)])

    def related(req: Request) -> Resource:
        rng = ctx.rng("tjyd", req.path)
        title, paras = ctx_news_text(ctx, c, rng)
        item = Item("news", title, paras, dt.datetime(2024, 5, 1, 9, 0), "涟源市融媒体中心",
                    path=req.path)
        body = skin.article(item, "相关阅读", [("/lys/xwzx/lyyw/", "涟源要闻")])
        return Resource(body.encode(), modified=dt.datetime(2024, 6, 1))

    ctx.handle_prefix(c, "/lys/tjyd/", related)
    ctx.trap(c.base + "/lys/tjyd/", "related_chain", r"/lys/tjyd/\d{6}/t\d{8}_\d+\.html")

    def search(req: Request) -> Resource:
        word = req.params().get("searchword", "")
        more = "".join(f'<a href="/search/?searchword={esc(word + s)}">{esc(word + s)}</a> '
                       for s in ("工作", "报告", "通知", "会议"))
        hits = [it for it in fz + tz if word and word in it.title][:10]
        rows = "".join(f'<li><a href="{it.path}">{esc(it.title)}</a></li>' for it in hits)
        body = skin.page(f"搜索结果:{word}", f"<p>您搜索的“{esc(word)}”共找到{len(hits)}条结果</p>"
                                          f"<ul>{rows}</ul><div class=\"xgss\">相关搜索:{more}</div>")
        return Resource(body.encode(), modified=dt.datetime(2024, 6, 1))

    ctx.handle(c, "/search/", search)
    ctx.trap(c.base + "/search/", "echo_search", r"/search/\?searchword=.*")


def ctx_news_text(ctx: Ctx, c: County, rng) -> tuple[str, list[str]]:
    from .. import texts

    return texts.make_news(rng, c.name, 2024)
