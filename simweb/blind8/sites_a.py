"""Blind8 sites whose lists are server-rendered pages: a Henan 县级市 on the province's
``sitesources`` platform (list pages ``listN.html`` whose pager only a script draws from the
column's ``script.json``), a Xinjiang county in GB2312 with table lists and a ``.doc``-only report,
a Sichuan district with a 按日期浏览 archive (trap), and two Xinjiang counties (one with a scanned
report, one with a department report and an echoing site search, trap).

Every site's docstring names the real evidence it follows.
"""

from __future__ import annotations

import datetime as dt

from .. import files
from ..blind.core import chunks, h, paras_html
from ..blind.sites_a import home, index_page, publish
from ..blind.skins import Skin
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind5.sites_b import GbkSkin
from .core import (
    County,
    Ctx8,
    Item,
    assign,
    date_trap,
    esc,
    html_copy,
    json_res,
    newer,
    search_trap,
    write_items,
)


# ====================================================================== 长垣市
class HapSkin(Skin):
    """The Henan ``sitesources`` look: ``hap_`` classes, the article head as 来源/发布时间 spans
    (the public 新乡 crawler reads ``.hap_xq_tit``, ``.hap_xq_data span`` and
    ``.hap_xq_content``)."""

    css = "hap"

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        files_ = "".join(f'<p><a href="{esc(p)}">{esc(label)}</a></p>' for label, p, _ in item.attachments)
        body = (
            f'{self.crumbs(trail)}<div class="hap_xq"><h1 class="hap_xq_tit">'
            f'{esc(item.title.replace("|", ""))}</h1><div class="hap_xq_data"><span>{esc(column)}</span>'
            f"<span>{esc(item.source)}</span><span>{item.pub:%Y-%m-%d %H:%M}</span></div>"
            f'<div class="hap_xq_content">{paras_html(paras if paras is not None else item.paras)}'
            f'{files_}</div>{after}<div class="hap_xq_tools"><a href="javascript:window.print()">打印'
            f'</a> <a href="javascript:window.close()">关闭</a></div></div>'
        )
        return self.page(item.title.replace("|", "") + "_" + self.site_name, body, self.metas(item, column))


def hap_column(
    skin: Skin, col: str, name: str, trail: list[tuple[str, str]], items: list[Item], per: int = 15
) -> list[Item]:
    """A ``sitesources`` column: articles ``<col>article<32 hex>.html``; list pages
    ``<col>list1.html`` … ``listN.html`` linking them as ``./article….html``; no page links in the
    markup: the page's script reads ``endPage`` from ``<col>script.json`` and draws the pager."""
    items = assign(skin.ctx, items, lambda it: f"{col}article{h('hap', it.uid)[:32]}.html")
    write_items(skin, items, name, trail)
    pages = chunks(items, per)
    for n, chunk in enumerate(pages, start=1):
        rows = "".join(
            f'<li><a href="./{esc(it.path[len(col) :])}" target="_blank">{esc(it.title.replace("|", ""))}'
            f"</a><span>{it.date}</span></li>"
            for it in chunk
        )
        body = (
            f'{skin.crumbs(trail)}<div class="hap_list"><div class="hap_list_tit">{esc(name)}</div>'
            f'<div class="hap_infoBox"><ul>{rows or "<li>暂无信息</li>"}</ul></div>'
            f'<div class="hap_page" id="pageBox"></div></div>'
            f'<script src="/sitesources/common/js/createPage.js"></script>'
            f"<script>$.getJSON('script.json',function(d){{createPage('pageBox',d.endPage,{n},'list');}});"
            f"</script>"
        )
        skin.put(f"{col}list{n}.html", skin.page(f"{name}_{skin.site_name}", body))
    meta = {"startPage": 1, "endPage": len(pages), "pageSize": per, "total": len(items)}
    skin.ctx.web.resources[(skin.c.host, f"{col}script.json", "")] = json_res(meta)
    return items


def changyuan(ctx: Ctx8) -> None:
    """长垣市 (河南 新乡), ``www.changyuan.gov.cn``: the Henan ``sitesources`` platform
    (public code cites ``www.changyuan.gov.cn/sitesources/cyxrmzf/page_pc/ywdt/zyyw/article<32
    hex>.html``; a public 新乡 crawler reads ``…/page_pc/zwgk/jrxx/script.json`` for ``endPage``
    and then walks ``list1.html`` … ``listN.html``, whose links start ``./``). The pager is drawn
    by script from ``script.json``: no list page links the next. The 2023 report is in 法治政府建设;
    the 2021 report on the third list page of 通知公告 beside 新乡市's reposted report; the 市司法局's
    own report in its department column."""
    c = County("changyuan", "长垣市", "河南省", "新乡市", "410783", "www.changyuan.gov.cn")
    p = "/sitesources/cyxrmzf/page_pc/"
    nav = [
        ("/", "首页"),
        (p + "ywdt/zyyw/list1.html", "长垣要闻"),
        (p + "zwgk/fzzfjs/list1.html", "法治政府建设"),
        (p + "zwgk/tzgg/list1.html", "通知公告"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 10, 9), skin=HapSkin, siteid="4107830012")
    ctx.put(
        c,
        "/sitesources/common/js/createPage.js",
        "function createPage(el,total,cur,stem){var s='';for(var i=1;i<=total;i++){s+=(i==cur?'<span>'"
        "+i+'</span>':'<a href=\"'+stem+i+'.html\">'+i+'</a>');}document.getElementById(el).innerHTML="
        "'共'+total+'页 '+s;}",
        ctype="application/javascript",
    )
    t = lambda key, name: [(p + "zwgk/index.html", "政务公开"), (p + f"zwgk/{key}/list1.html", name)]  # noqa: E731
    news = hap_column(
        skin, p + "ywdt/zyyw/", "长垣要闻", [(p + "ywdt/zyyw/list1.html", "长垣要闻")], ctx.news(c, 330)
    )
    r23 = ctx.new_report(
        c,
        2023,
        "长垣市人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 17:10",
        source="长垣市人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2024), ("xxgk_annual", 2023), ("demo_news", 2023)])
    fz = hap_column(
        skin,
        p + "zwgk/fzzfjs/",
        "法治政府建设",
        t("fzzfjs", "法治政府建设"),
        [r23, *look, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("sitesources_script_json",))
    r21 = ctx.new_report(
        c, 2021, "长垣市2021年法治政府建设工作报告", pub="2022-03-30 09:40", source="长垣市司法局"
    )
    xx = ctx.higher("新乡市", 2021, "省委、省政府", "2022-04-06 10:20")
    notes = ctx.lookalikes_of(c, [("notice", 2022)])
    tz = hap_column(
        skin,
        p + "zwgk/tzgg/",
        "通知公告",
        t("tzgg", "通知公告"),
        [
            *newer(ctx, c, r21, 31, "notice", skin.clock),
            r21,
            xx,
            *notes,
            *ctx.fillers(c, 14, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 30, "the 2021 report must sit on a page only script.json announces"
    ctx.record(c, notes)
    ctx.record_higher(c, xx, 2021, c.base + xx.path)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("sitesources_script_json", "later_list_page"))
    dep = ctx.department_report(c, "司法局", 2023, "2024-03-12 15:30")
    dl = hap_column(
        skin,
        p + "zwgk/bmxxgk/sfj/",
        "市司法局",
        t("bmxxgk/sfj", "市司法局"),
        [dep, *ctx.fillers(c, 8, "disclosure")],
    )
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    index_page(
        skin,
        p + "zwgk/index.html",
        "政务公开",
        [(p + "zwgk/index.html", "政务公开")],
        [
            (p + "zwgk/fzzfjs/list1.html", "法治政府建设", fz),
            (p + "zwgk/tzgg/list1.html", "通知公告", tz),
            (p + "zwgk/bmxxgk/sfj/list1.html", "市司法局", dl),
        ],
    )
    home(
        skin,
        [
            (p + "ywdt/zyyw/list1.html", "长垣要闻", news),
            (p + "zwgk/index.html", "政务公开", fz),
            (p + "zwgk/tzgg/list1.html", "通知公告", tz),
        ],
    )
    skin.put(p + "index.html", ctx.web.resources[(c.host, "/index.html", "")].body.decode())


# ====================================================================== 叶城县
def table_lists(skin: Skin, col: str, name: str, trail, items: list[Item], per: int = 30) -> list[Item]:
    """GB2312 table lists ``<col>index.html``, ``index_2.html`` … (``<div id="list"><table>``,
    title in the first cell's ``div > a``, date in the third) with numbered, 上一页 and 下一页 links;
    articles ``<col>YYYYMM/<id>.html`` (assumed)."""
    items = assign(skin.ctx, items, lambda it: f"{col}{it.pub:%Y%m}/{it.uid}.html")
    write_items(skin, items, name, trail)
    pages = chunks(items, per)
    url = lambda n: "index.html" if n == 1 else f"index_{n}.html"  # noqa: E731
    for n, chunk in enumerate(pages, start=1):
        rows = "".join(
            f'<tr><td><div><a href="{esc(it.path)}" target="_blank">'
            f"{esc(it.title.replace('|', ''))}</a></div>"
            f"</td><td>{esc(it.source)}</td><td>{it.date}</td></tr>"
            for it in chunk
        )
        links = [f'<a href="{url(k)}">{k}</a>' if k != n else f"<b>{k}</b>" for k in range(1, len(pages) + 1)]
        if n > 1:
            links.insert(0, f'<a href="{url(n - 1)}">上一页</a>')
        if n < len(pages):
            links.append(f'<a href="{url(n + 1)}">下一页</a>')
        body = (
            f'{skin.crumbs(trail)}<div class="lm"><h2>{esc(name)}</h2><div id="list"><table width="100%">'
            f"<tr><th>标题</th><th>发布机构</th><th>发布日期</th></tr>{rows}</table></div>"
            f'<div class="fy">共{len(items)}条 {" ".join(links)}</div></div>'
        )
        skin.put(col + url(n), skin.page(f"{name}_{skin.site_name}", body))
    return items


def yecheng(ctx: Ctx8) -> None:
    """叶城县 (新疆 喀什), ``www.xjyc.gov.cn``: a GB2312 site whose 政府信息公开 columns are
    ``/html/zcfg/index.html``, ``/html/zcfg/index_2.html`` … with ``<div id="list"><table>`` rows
    (a public crawler of 新疆 sites decodes 叶城 as gb2312 and reads
    ``//*[@id="list"]/table/tr[i]/td[1]/div/a`` and ``td[3]`` on ``/html/zcfg/``, ``/html/zdjc/``
    and ``/html/shfw/``). The 2023 report is in 重大决策; the 2019 report on the second page of
    政策法规; the 2021 report only as a Word 97 ``.doc`` (not findable)."""
    c = County("yecheng", "叶城县", "新疆维吾尔自治区", "喀什地区", "653126", "www.xjyc.gov.cn")
    nav = [
        ("/", "首页"),
        ("/html/xwzx/index.html", "叶城新闻"),
        ("/html/zcfg/index.html", "政策法规"),
        ("/html/zdjc/index.html", "重大决策"),
        ("/html/shfw/index.html", "重点信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2024, 5, 14), skin=GbkSkin)
    news = table_lists(
        skin, "/html/xwzx/", "叶城新闻", [("/html/xwzx/index.html", "叶城新闻")], ctx.news(c, 260)
    )
    r23 = ctx.new_report(
        c,
        2023,
        "叶城县人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-26 12:30",
        source="叶城县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "叶城县2021年度法治政府建设工作报告", pub="2022-03-29 18:00", source="叶城县司法局"
    )
    body = list(r21.paras)
    r21.paras = ["叶城县2021年度法治政府建设工作报告(见附件)"]
    r21.uid = ctx.uid()
    doc = ctx.attach(c, r21, f"/uploadfile/2022/0329/{r21.uid}.doc", "doc", body)
    look = ctx.lookalikes_of(c, [("meeting", 2023), ("interpretation", 2024)])
    zd = table_lists(
        skin,
        "/html/zdjc/",
        "重大决策",
        [("/html/zdjc/index.html", "重大决策")],
        [r23, r21, *look, *ctx.fillers(c, 16, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("gb2312_table_list",))
    ctx.record_file(c, r21, 2021, doc, body, ("gb2312_table_list", "doc_needs_reader"))
    r19 = ctx.new_report(
        c, 2019, "叶城县2019年法治政府建设情况报告", pub="2020-04-03 11:15", source="叶城县人民政府办公室"
    )
    zc_look = ctx.lookalikes_of(c, [("text_interp", 2020), ("gov_work_report", 2021)])
    zc = table_lists(
        skin,
        "/html/zcfg/",
        "政策法规",
        [("/html/zcfg/index.html", "政策法规")],
        [
            *newer(ctx, c, r19, 34, until=skin.clock),
            r19,
            *zc_look,
            *ctx.fillers(c, 10, "disclosure", (2019, 2019)),
        ],
    )
    assert zc.index(r19) >= 30
    ctx.record(c, zc_look)
    ctx.truth_report(c, r19, 2019, html_copy(c, r19), kinds=("gb2312_table_list", "later_list_page"))
    sf = table_lists(
        skin,
        "/html/shfw/",
        "重点信息公开",
        [("/html/shfw/index.html", "重点信息公开")],
        ctx.fillers(c, 24, "disclosure"),
    )
    home(
        skin,
        [
            ("/html/xwzx/index.html", "叶城新闻", news),
            ("/html/zcfg/index.html", "政策法规", zc),
            ("/html/zdjc/index.html", "重大决策", zd),
            ("/html/shfw/index.html", "重点信息公开", sf),
        ],
    )


# ====================================================================== 沙湾区
def shawan(ctx: Ctx8) -> None:
    """沙湾区 (四川 乐山), ``www.shawan.gov.cn``: a TRS district site (sites.md "Where it is
    filed": 政府信息公开 → 法定主动公开内容 → 其他法定公开信息, and 法治政府建设 columns). The 2022
    report is on the second page of 其他法定公开信息 beside 乐山市's reposted report; the 2020 report
    in 法治政府建设 among a 实施方案 and a 政府工作报告; a 按日期浏览 archive never ends (trap)."""
    c = County("shawan", "沙湾区", "四川省", "乐山市", "511111", "www.shawan.gov.cn")
    gk = "/zfxxgk/fdzdgknr/"
    nav = [("/", "首页"), ("/xwzx/swyw/", "沙湾要闻"), ("/zfxxgk/", "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 4, 8), skin=InfoSkin)
    trap = date_trap(ctx, skin, "/search/rqll.jsp")
    news = news_column(skin, "/xwzx/swyw/", "沙湾要闻", 340)
    t = lambda key, name: [("/zfxxgk/", "政府信息公开"), (gk, "法定主动公开内容"), (gk + key + "/", name)]  # noqa: E731
    r22 = ctx.new_report(
        c,
        2022,
        "乐山市沙湾区人民政府关于2022年度法治政府建设工作情况的报告",
        pub="2023-03-27 16:20",
        source="乐山市沙湾区人民政府",
    )
    ls = ctx.higher("乐山市", 2022, "省委、省政府", "2023-04-10 09:30")
    qt = publish(
        skin,
        gk + "qtfdgkxx/",
        "其他法定公开信息",
        t("qtfdgkxx", "其他法定公开信息"),
        [*newer(ctx, c, r22, 22, until=skin.clock), r22, ls, *ctx.fillers(c, 12, "disclosure", (2019, 2022))],
    )
    assert qt.index(r22) >= 20
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("sichuan_trs", "later_list_page"))
    ctx.record_higher(c, ls, 2022, c.base + ls.path)
    r20 = ctx.new_report(
        c, 2020, "沙湾区2020年法治政府建设情况报告", pub="2021-03-31 10:05", source="乐山市沙湾区司法局"
    )
    look = ctx.lookalikes_of(c, [("plan", 2021), ("gov_work_report", 2023), ("notice", 2021)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        t("fzzfjs", "法治政府建设"),
        [r20, *look, *ctx.fillers(c, 7, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r20, 2020, html_copy(c, r20), kinds=("sichuan_trs",))
    index_page(
        skin,
        "/zfxxgk/index.html",
        "政府信息公开",
        [("/zfxxgk/", "政府信息公开")],
        [(gk + "qtfdgkxx/", "其他法定公开信息", qt), (gk + "fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [("/xwzx/swyw/", "沙湾要闻", news), ("/zfxxgk/", "政府信息公开", fz)],
        extra=f'<div class="rili"><a href="{trap}">按日期浏览</a></div>',
    )


# ====================================================================== 博湖县
def bohu(ctx: Ctx8) -> None:
    """博湖县 (新疆 巴音郭楞), ``www.xjbh.gov.cn``: a county site of the ordinary TRS kind
    (sites.md "Where it is filed": 通知公告 and 法治政府建设). The 2024 report is in 通知公告
    among notices about it; the 2022 report in 政务公开 → 法治政府建设; the 2020 report was posted
    only as a scanned PDF (OCR: not findable)."""
    c = County(
        "bohu",
        "博湖县",
        "新疆维吾尔自治区",
        "巴音郭楞蒙古自治州",
        "652829",
        "www.xjbh.gov.cn",
        scheme="https",
    )
    nav = [
        ("/", "首页"),
        ("/xwzx/bhyw/", "博湖要闻"),
        ("/zwgk/tzgg/", "通知公告"),
        ("/zwgk/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 20))
    news = news_column(skin, "/xwzx/bhyw/", "博湖要闻", 250)
    r24 = ctx.new_report(
        c,
        2024,
        "博湖县人民政府关于2024年法治政府建设情况的报告",
        pub="2025-03-28 19:20",
        source="博湖县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    tz = publish(
        skin,
        "/zwgk/tzgg/",
        "通知公告",
        [("/zwgk/", "政务公开"), ("/zwgk/tzgg/", "通知公告")],
        [r24, *notes, *ctx.fillers(c, 46, "notice", (2019, 2025))],
    )
    ctx.record(c, notes)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("xinjiang_trs",))
    r22 = ctx.new_report(
        c, 2022, "博湖县2022年法治政府建设年度报告", pub="2023-03-30 13:45", source="博湖县司法局"
    )
    r20 = ctx.new_report(
        c, 2020, "博湖县2020年度法治政府建设工作报告", pub="2021-04-02 16:40", source="博湖县司法局"
    )
    body = list(r20.paras)
    r20.paras = ["(扫描件)"]
    r20.uid = ctx.uid()
    scan = f"/zwgk/fzzfjs/202104/P020210402{r20.uid:09d}.pdf"
    r20.attachments.append((r20.title + ".pdf", scan, files.make_scan_pdf(r20.uid)))
    look = ctx.lookalikes_of(c, [("plan", 2021), ("duty_report", 2023)])
    fz = publish(
        skin,
        "/zwgk/fzzfjs/",
        "法治政府建设",
        [("/zwgk/", "政务公开"), ("/zwgk/fzzfjs/", "法治政府建设")],
        [r22, r20, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("xinjiang_trs",))
    ctx.record_scan(c, r20, 2020, scan, body, kinds=("xinjiang_trs",))
    index_page(
        skin,
        "/zwgk/index.html",
        "政务公开",
        [("/zwgk/", "政务公开")],
        [("/zwgk/tzgg/", "通知公告", tz), ("/zwgk/fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/bhyw/", "博湖要闻", news),
            ("/zwgk/tzgg/", "通知公告", tz),
            ("/zwgk/fzzfjs/", "法治政府建设", fz),
        ],
    )


# ====================================================================== 温宿县
def wensu(ctx: Ctx8) -> None:
    """温宿县 (新疆 阿克苏), ``www.wszf.gov.cn``: a TRS county site with the 信息公开 table on
    its articles (sites.md "Where it is filed"); both reports are in 政府信息公开 → 法治政府建设,
    the 2021 one beside a 述职 report and a 示范创建 news item; the 县司法局's own report is in
    部门信息公开; the site search echoes its query and links more queries (trap)."""
    c = County(
        "wensu", "温宿县", "新疆维吾尔自治区", "阿克苏地区", "652922", "www.wszf.gov.cn", scheme="https"
    )
    gk = "/zfxxgk/"
    nav = [("/", "首页"), ("/xwzx/wsyw/", "温宿要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 12), skin=InfoSkin)
    trap = search_trap(ctx, skin, "/was5/web/search", "searchword")
    news = news_column(skin, "/xwzx/wsyw/", "温宿要闻", 280)
    dnews = news_column(skin, "/xwzx/xzdt/", "乡镇动态", 160)
    r23 = ctx.new_report(
        c, 2023, "温宿县2023年法治政府建设年度报告", pub="2024-03-29 11:50", source="温宿县人民政府"
    )
    r21 = ctx.new_report(
        c,
        2021,
        "温宿县人民政府关于2021年度法治政府建设情况的报告",
        pub="2022-03-31 17:35",
        source="温宿县人民政府",
    )
    look = ctx.lookalikes_of(c, [("duty_report", 2022), ("demo_news", 2022), ("assessment", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        [(gk, "政府信息公开"), (gk + "fzzfjs/", "法治政府建设")],
        [r23, r21, *look, *ctx.fillers(c, 12, "disclosure")],
    )
    ctx.record(c, look)
    for r, y in ((r23, 2023), (r21, 2021)):
        ctx.truth_report(c, r, y, html_copy(c, r), kinds=("xinjiang_trs",))
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-26 10:10")
    dl = publish(
        skin,
        gk + "bmxxgk/sfj/",
        "县司法局",
        [(gk, "政府信息公开"), (gk + "bmxxgk/sfj/", "县司法局")],
        [dep, *ctx.fillers(c, 9, "disclosure")],
    )
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    index_page(
        skin,
        gk + "index.html",
        "政府信息公开",
        [(gk, "政府信息公开")],
        [(gk + "fzzfjs/", "法治政府建设", fz), (gk + "bmxxgk/sfj/", "县司法局", dl)],
    )
    home(
        skin,
        [("/xwzx/wsyw/", "温宿要闻", news), ("/xwzx/xzdt/", "乡镇动态", dnews), (gk, "政府信息公开", fz)],
        extra=f'<form action="/was5/web/search"><a href="{trap}">站内搜索</a></form>',
    )
