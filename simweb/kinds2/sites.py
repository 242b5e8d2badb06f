"""The sites of the ``kinds2`` profile, one function each, with the real evidence it is modelled on.

Evidence ids are files of the search tool's code corpus (``find_string``/``read_file`` ids, with
``repo/path`` where the tool named it); stored pages are given by URL; ``sites.md`` is
/work/shared/docs/sites.md. Hosts and division codes are the real ones from
/work/shared/data/gov_sites.csv (counties not used by ``kinds``, ``holdout`` or ``discovery``).
"""

from __future__ import annotations

import datetime as dt
import random

from .. import files
from ..families import esc
from ..kinds.columns import column, overview
from ..kinds.core import Attachment, Doc, KSite, li_list, num_id
from ..kinds.sites import Ctx
from . import mechs

PLATFORM_DEYANG = "xxgk.deyang.gov.cn"
PLATFORM_QQHR = "www.qqhr.gov.cn"


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(f"kinds2|{seed}|" + "|".join(map(str, parts)))


def home_blocks(site: KSite, blocks: list[tuple[str, str, list[Doc]]], extra: str = "") -> None:
    parts = [
        f'<div class="box"><div class="box-hd"><span>{esc(n)}</span><a href="{p}" title="{esc(n)}">'
        f"更多</a></div>{li_list(d[:7])}</div>"
        for n, p, d in blocks
    ]
    site.home("\n".join(parts) + extra)


def report_notice(site: KSite, rng: random.Random, year: int, kinds: tuple[int, ...] = ()) -> Doc:
    """A notice about the report (报送/公开 of the annual report): a look-alike."""
    title = rng.choice(
        [
            f"关于做好{year}年度法治政府建设情况报告报送和公开工作的通知",
            f"关于报送{year}年度法治政府建设年度报告的通知",
        ]
    )
    paras = [
        "各乡镇人民政府,县政府各部门:",
        f"根据《法治政府建设与责任落实督察工作规定》,现就做好{year}年度法治政府建设情况报告有关工作通知如下。",
        f"一、各单位应于{year + 1}年2月底前将本单位{year}年度法治政府建设情况报告报送县司法局。",
        "二、报告应于每年3月31日前通过本单位门户网站向社会公开。",
        f"{site.name}全面依法治县委员会办公室",
    ]
    pub = dt.datetime(year + 1, 1, rng.randint(5, 28), rng.randint(8, 17), rng.randint(0, 59))
    return site.new_doc(
        title, paras, pub, f"{site.name}司法局", kind="lookalike", sub="report_notice", kinds=kinds
    )


def after(rng: random.Random, docs: list[Doc], doc: Doc) -> list[Doc]:
    """Date ``docs`` after ``doc`` (within a year), so that they push it down its list."""
    for d in docs:
        d.pub = doc.pub + dt.timedelta(days=rng.randint(1, 330), minutes=rng.randint(0, 600))
    return docs


def doc_attachment(doc: Doc) -> None:
    """Make ``doc`` a one-line article whose report is a legacy ``.doc`` (needs a .doc reader)."""
    doc.form = "doc"
    name = f"{doc.pub:%Y%m%d%H%M%S}{doc.uid % 1000:03d}.doc"
    doc.attachments.append(
        Attachment(
            doc.title + ".doc",
            "doc",
            files.make_doc(doc.title, doc.body_paras),
            f"/uploadfile/{doc.pub:%Y/%m%d}/{name}",
        )
    )
    doc.paras = [f"{doc.title}(详见附件)"]


def portal(c: Ctx, key: str, host: str, name: str, province: str, city: str, adcode: str, **kw) -> KSite:
    return c.site(key, host, name, province, city, adcode, **kw)


# ============================================================================ kind 1
def deyang_county(
    c: Ctx, key: str, host: str, name: str, adcode: str, region: str, stems: tuple[str, str]
) -> None:
    """A 德阳市 county whose portal links its 政府信息公开 to the city's 集约化 platform
    ``xxgk.deyang.gov.cn``: ``/xxgkml/qxindex.jsp?regionName=<r>`` lists the county's departments
    (``#zwgkRight`` table); a department page holds only an ``<iframe>`` of
    ``gklist_iframe.jsp?regionName=<r>&deptId=<n>``, paged ``&pageIndex=N`` by a ``toPage`` script
    from ``共N页``; SiteIDCode the city's. The reports sit under 县(区)政府办公室 and 县(区)司法局.
    Evidence: a scrapy spider of xxgk.deyang.gov.cn (code corpus id 47141481815):
    ``start_urls = ['http://xxgk.deyang.gov.cn/xxgkml/qxindex.jsp?regionName=zjx']``, department
    links in ``//div[@id='zwgkRight']…table//tr//td/a``, lists ``gklist_iframe.jsp?regionName=zjx&
    deptId={}`` + ``&pageIndex=N`` from ``共(\\d+)页`` in ``p.pages``, rows ``div.info-list … td.tit/a``
    and ``td.tit//div[@class='lay']//tr[2]/td``; RSSHub ``gov/sichuan/deyang/govpublicinfo`` (ids
    41866980, 570991515): one route for 德阳市、绵竹市、广汉市、什邡市、中江县、罗江区、旌阳区; sites.md
    "集约化" and "On a city platform it is the city's code"."""
    site = portal(c, key, host, name, "四川省", "德阳市", adcode)
    gk = c.site(
        f"{key}_gk", PLATFORM_DEYANG, name, "四川省", "德阳市", adcode, seeded=False, level="platform"
    )
    gk.siteid = "5106000001"
    rng = rng_for(c.seed, key)
    index = f"/xxgkml/qxindex.jsp?regionName={region}"
    site.nav = [
        ("首页", "/"),
        ("政府信息公开", f"http://{PLATFORM_DEYANG}{index}"),
        (f"{name[:2]}新闻", "/xwzx/"),
    ]
    gk.nav = [("信息公开首页", index), (f"{name}人民政府", f"http://{host}/")]
    unit = name[-1]
    r1 = gk.report(rng, f"{name}人民政府关于2023年法治政府建设工作情况的报告", 2023, *c.stem(stems[0]), (1,))
    second = 2022 if unit == "县" else 2021
    form = "html+pdf" if unit == "县" else "pdf"
    kinds = (1, 5) if form == "pdf" else (1,)
    r2 = gk.report(
        rng, f"{name}{second}年度法治政府建设情况报告", second, *c.stem(stems[1]), kinds, form=form
    )
    trail = [("信息公开", index)]
    depts = [
        (
            f"{unit}政府办公室",
            [r1, *after(rng, gk.fillers(rng, 24, "disclosure"), r1), report_notice(gk, rng, 2023, (1,))],
        ),
        (f"{unit}司法局", [r2, gk.lookalike(rng, "shufa", 2023, (1,)), *gk.fillers(rng, 6, "disclosure")]),
        (f"{unit}发展和改革局", gk.fillers(rng, 9, "disclosure")),
        (f"{unit}财政局", [gk.lookalike(rng, "plan", 2022, (1,)), *gk.fillers(rng, 12, "disclosure")]),
        (f"{unit}人防办", gk.fillers(rng, 3, "notice")),
        (f"{unit}政务服务和大数据管理局", [gk.lookalike(rng, "xxgk_annual", y, (1,)) for y in (2022, 2023)]),
    ]
    cells = []
    for dept, docs in depts:
        dept_id = num_id(region, dept, digits=3)
        mechs.gk_dept(gk, region, dept_id, dept, docs, trail)
        cells.append(
            f'<td><a href="/xxgkml/gkdept.jsp?regionName={region}&deptId={dept_id}" title="{dept}">'
            f"{dept}</a></td>"
        )
    rows = "".join("<tr>" + "".join(cells[k : k + 3]) + "</tr>" for k in range(0, len(cells), 3))
    main = (
        f'<div id="zwgkRight"><div><h2>{esc(name)}政府信息公开</h2></div><div></div><div></div>'
        f'<div><div class="hd">部门信息公开</div><div class="bd"><table>{rows}</table></div></div></div>'
    )
    gk.put(index, gk.page(f"{name}政府信息公开", main))
    news = column(site, f"{name[:2]}新闻", "/xwzx/", site.news(rng, 45), [], pager="plain")
    link = f'<a href="http://{PLATFORM_DEYANG}{index}" title="政府信息公开">政府信息公开</a>'
    home_blocks(site, [(f"{name[:2]}新闻", "/xwzx/", news)], link)


def zhongjiang(c: Ctx) -> None:
    """中江县 on the 德阳 platform (regionName=zjx); see :func:`deyang_county`."""
    deyang_county(c, "zhongjiang", "www.zhongjiang.gov.cn", "中江县", "510623", "zjx", ("000", "003"))


def luojiang(c: Ctx) -> None:
    """罗江区 on the 德阳 platform (regionName=ljq), its 2021 report a PDF only; see :func:`deyang_county`."""
    deyang_county(c, "luojiang", "www.luojiang.gov.cn", "罗江区", "510604", "ljq", ("002", "004"))


def fuyu(c: Ctx) -> None:
    """富裕县: its portal links 信息公开 to the city's Struts platform on ``www.qqhr.gov.cn``
    (``News_showGkmlIndex.action?deptCode=230227``, lists ``News_showGkmlList.action?deptCode=…&
    typeId=…&pageNo=N`` with type ids shared by the counties, articles ``News_showGkmlNews.action?
    messagekey=N`` with a 索引号/分类/发布机构/发文日期/名称/文号/上载日期 table). Evidence: stored page
    http://qqhr.gov.cn/News_showGkmlNews.action?messagekey=189769 (that table, 信息来源 line);
    tjzfxxgk.gov.cn ``showDepDirInfos1.jsp?year=2015&depcode=AAA02B`` (code corpus id 16686415439):
    one disclosure host for many departments, told apart by a code."""
    site = portal(c, "fuyu", "www.fuyu.gov.cn", "富裕县", "黑龙江省", "齐齐哈尔市", "230227")
    node = c.site(
        "fuyu_gk",
        PLATFORM_QQHR,
        "富裕县",
        "黑龙江省",
        "齐齐哈尔市",
        "230227",
        scheme="https",
        seeded=False,
        level="platform",
    )
    node.siteid = "2302000001"
    rng = rng_for(c.seed, "fuyu")
    index = "/News_showGkmlIndex.action?deptCode=230227"
    site.nav = [("首页", "/"), ("信息公开", f"https://{PLATFORM_QQHR}{index}"), ("富裕要闻", "/fyyw/")]
    node.nav = [("齐齐哈尔市人民政府", "/"), ("政务公开", index)]
    r1 = node.report(rng, "富裕县2023年法治政府建设年度报告", 2023, *c.stem("001"), (1,))
    r2 = node.report(
        rng, "富裕县人民政府关于2022年度法治政府建设情况的报告", 2022, *c.stem("002"), (1,), form="html+pdf"
    )
    trail = [("政务公开", index)]
    types = [
        ("法规文件", "52", node.fillers(rng, 14, "disclosure")),
        ("规划计划", "61", [*node.fillers(rng, 6, "disclosure"), node.lookalike(rng, "plan", 2021, (1,))]),
        (
            "工作报告",
            "63",
            [
                r1,
                r2,
                node.lookalike(rng, "gov_work_report", 2023, (1,)),
                *after(rng, node.fillers(rng, 11, "disclosure"), r1),
            ],
        ),
        ("政府信息公开年报", "70", [node.lookalike(rng, "xxgk_annual", 2023, (1,))]),
    ]
    for name, tid, docs in types:
        mechs.gkml_action(node, "230227", tid, name, docs, trail)
    links = "".join(
        f'<li><a href="/News_showGkmlList.action?deptCode=230227&typeId={t}&pageNo=1" title="{n}">'
        f"{n}</a></li>"
        for n, t, _ in types
    )
    node.put(
        index, node.page("富裕县政府信息公开目录", f'{node.crumbs(trail)}<ul class="gkml-tree">{links}</ul>')
    )
    news = column(site, "富裕要闻", "/fyyw/", site.news(rng, 30), [])
    home_blocks(site, [("富裕要闻", "/fyyw/", news)])


# ============================================================================ kind 2
def yian(c: Ctx) -> None:
    """依安县: the portal's 政务公开 goes to a separate host ``xxgk.hljyian.gov.cn`` whose column
    pages hold only ``<iframe src="…/list_1.html">``; the framed lists link ``target="_parent"``
    and page ``list_2.html`` …; 法治政府建设 under 重点领域信息公开, the 2022 report a DOCX.
    Evidence: sites.md "Lists inside frames" (iframe list pages, links to ``_parent``); the
    ``xxgk.<county>.gov.cn`` hosts of gov_sites.csv/url_conflicts.csv (e.g. xxgk.changfeng.gov.cn);
    a selenium spider switching into ``//div[@class="Article"]/iframe`` (code corpus, zlsrc)."""
    site = portal(c, "yian", "www.hljyian.gov.cn", "依安县", "黑龙江省", "齐齐哈尔市", "230223")
    gk = c.site(
        "yian_xxgk", "xxgk.hljyian.gov.cn", "依安县", "黑龙江省", "齐齐哈尔市", "230223", seeded=False
    )
    rng = rng_for(c.seed, "yian")
    site.nav = [("首页", "/"), ("政务公开", "http://xxgk.hljyian.gov.cn/"), ("依安要闻", "/yayw/")]
    gk.nav = [("信息公开首页", "/"), ("门户网站", "http://www.hljyian.gov.cn/")]
    r1 = gk.report(rng, "依安县人民政府关于2023年度法治政府建设情况的报告", 2023, *c.stem("003"), (2,))
    r2 = gk.report(rng, "依安县2022年法治政府建设情况报告", 2022, *c.stem("004"), (2, 5), form="docx")
    cols = [
        ("法定主动公开内容", [("规划计划", "/col/ghjh/"), ("财政信息", "/col/czxx/"), ("其他", "/col/qt/")]),
        (
            "重点领域信息公开",
            [("法治政府建设", "/col/fzzfjs/"), ("财政预决算", "/col/czyjs/"), ("安全生产", "/col/aqsc/")],
        ),
        ("政府信息公开年报", [("年报", "/col/nb/")]),
    ]
    tree = "".join(
        f"<dl><dt>{esc(g)}</dt>"
        + "".join(f'<dd><a href="{p}" title="{esc(n)}">{esc(n)}</a></dd>' for n, p in subs)
        + "</dl>"
        for g, subs in cols
    )
    docs = {
        "/col/fzzfjs/": [
            r1,
            r2,
            gk.lookalike(rng, "plan", 2021, (2,)),
            *after(rng, gk.fillers(rng, 12, "disclosure"), r1),
        ],
        "/col/nb/": [gk.lookalike(rng, "xxgk_annual", y, (2,)) for y in (2021, 2022, 2023)],
    }
    for group, subs in cols:
        for name, folder in subs:
            mechs.iframe_column(
                gk,
                name,
                folder,
                docs.get(folder) or gk.fillers(rng, rng.randint(3, 12), "disclosure"),
                [(group, "")],
                tree,
            )
    gk.home(
        f'<div class="xxgk-left">{tree}</div><div class="xxgk-right"><h3>政府信息公开指南</h3><p>……</p></div>'
    )
    news = column(site, "依安要闻", "/yayw/", site.news(rng, 60), [])
    home_blocks(site, [("依安要闻", "/yayw/", news)], '<a href="http://xxgk.hljyian.gov.cn/">政务公开</a>')


def kedong(c: Ctx) -> None:
    """克东县 (old ASP, GB2312 declared only in the meta): the home page is a ``<frameset>``
    (top.asp, left.asp menu with ``target="main"``, main.asp), lists ``list.asp?classid=N&page=M``,
    articles ``show.asp?id=N``; the 2023 report is only a PDF attachment under a one-line article,
    the 2022 one a legacy .doc (not findable without a .doc reader). Evidence: sites.md "old ASP/PHP
    sites with ``show.asp?id=`` links, GB2312 declared in a ``<meta>`` only"; frames in sites.md
    "Lists inside frames"; 克东县 portal host from gov_sites.csv."""
    s = portal(
        c, "kedong", "www.kedong.gov.cn", "克东县", "黑龙江省", "齐齐哈尔市", "230230", encoding="gb2312"
    )
    s.header_charset = False
    rng = rng_for(c.seed, "kedong")
    r1 = s.report(rng, "克东县2023年法治政府建设工作报告", 2023, *c.stem("000"), (2, 5), form="pdf")
    r2 = s.report(rng, "克东县2022年法治政府建设工作报告", 2022, *c.stem("001"), (2, 5))
    doc_attachment(r2)
    r3 = s.report(rng, "克东县人民政府2021年度法治政府建设情况报告", 2021, *c.stem("002"), (2,))
    classes = [
        (1, "政务动态", s.news(rng, 60)),
        (
            7,
            "政务公开",
            [r3, *s.fillers(rng, 25, "disclosure"), s.lookalike(rng, "gov_work_report", 2022, (2,))],
        ),
        (
            12,
            "法治建设",
            [r1, r2, s.lookalike(rng, "interpretation", 2023, (2,)), *s.fillers(rng, 6, "notice")],
        ),
    ]
    menu = "".join(
        f'<tr><td height="28"><a href="list.asp?classid={k}" target="main">{esc(n)}</a></td></tr>'
        for k, n, _ in classes
    )
    latest = []
    for k, name, docs in classes:
        latest += mechs.asp_list(s, k, name, docs)[:3]
    s.put("/left.asp", mechs.old_page("导航", menu))
    s.put(
        "/top.asp",
        mechs.old_page("克东县人民政府", '<tr><td><img src="images/top.jpg" alt="克东县人民政府"></td></tr>'),
    )
    rows = "".join(f'<tr><td>·<a href="{d.path}">{esc(d.title)}</a></td></tr>' for d in latest)
    s.put("/main.asp", mechs.old_page("克东县人民政府", rows))
    frames = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        "<title>克东县人民政府</title>\n</head>\n"
        '<frameset rows="120,*" frameborder="NO" border="0" framespacing="0">\n'
        '  <frame src="top.asp" name="topFrame" scrolling="NO" noresize>\n'
        '  <frameset cols="180,*" frameborder="NO" border="0" framespacing="0">\n'
        '    <frame src="left.asp" name="leftFrame" scrolling="NO" noresize>\n'
        '    <frame src="main.asp" name="main">\n  </frameset>\n</frameset>\n'
        "<noframes><body>您的浏览器不支持框架。</body></noframes>\n</html>\n"
    )
    s.put("/", frames)
    s.put("/index.asp", frames)


# ============================================================================ kind 3
def nehe(c: Ctx) -> None:
    """讷河市: 政府信息公开目录 columns are art-template blocks (``<script type="text/html">`` with
    ``{{each list item i}}`` and ``/gkml/{{item.channel}}/{{item.infoId}}.html``) filled from a POST
    JSON list and paged by layui ``laypage`` (``jump: function(obj, first){ if(!first)
    loadList(obj.curr) }``);
    a 目录检索 page with endless facet/sort combinations (trap). Evidence: laypage ``jump`` with
    ``obj.curr`` reloading the list (code corpus ids 3583320524, 16301098255), laytpl/art-template
    rendering of a paged JSON answer (chenmingyang666/service ``pages/laypage.js``); art-template
    ``<script id="tp" type="text/html">{{…}}`` (code corpus, art-template notes)."""
    s = portal(c, "nehe", "www.nehe.gov.cn", "讷河市", "黑龙江省", "齐齐哈尔市", "230281")
    rng = rng_for(c.seed, "nehe")
    r1 = s.report(rng, "讷河市人民政府关于2023年度法治政府建设工作情况的报告", 2023, *c.stem("003"), (3,))
    r2 = s.report(rng, "讷河市2022年法治政府建设年度报告", 2022, *c.stem("000"), (3, 5), form="pdf")
    channels = {
        "fzzfjs": (
            "法治政府建设",
            [r1, r2, report_notice(s, rng, 2022, (3,)), *after(rng, s.fillers(rng, 17, "disclosure"), r1)],
        ),
        "zcjd": (
            "政策解读",
            [s.lookalike(rng, "interpretation", 2023, (3,)), *s.fillers(rng, 9, "disclosure")],
        ),
        "xxgknb": ("政府信息公开年报", [s.lookalike(rng, "xxgk_annual", y, (3,)) for y in (2022, 2023)]),
    }
    trail = [("政府信息公开目录", "/gkml/")]
    lists = {}
    for ch, (name, docs) in channels.items():
        docs = mechs.place(s, docs, lambda d, ch=ch: f"/gkml/{ch}/{num_id(s.host, d.uid, digits=9)}.html")
        lists[ch] = docs
        for d in docs:
            mechs.put_article(s, d, [*trail, (name, f"/gkml/{ch}/index.html")])
        s.put(
            f"/gkml/{ch}/index.html",
            s.page(f"{name}_{s.site_name}", mechs.arttpl_column(s, "/api/gkml/list", ch, name, trail)),
        )
    mechs.arttpl_api(s, "/api/gkml/list", lists)
    search = mechs.facet_trap(s, "/gkml/search.jsp", lists["fzzfjs"])
    s.nav = [("首页", "/"), ("政府信息公开目录", "/gkml/"), ("目录检索", search), ("讷河新闻", "/nhxw/")]
    links = [(name, f"/gkml/{ch}/index.html") for ch, (name, _) in channels.items()]
    overview(s, "政府信息公开目录", "/gkml/", [], [], links)
    news = column(s, "讷河新闻", "/nhxw/", s.news(rng, 40), [])
    home_blocks(s, [("讷河新闻", "/nhxw/", news)])


def gannan(c: Ctx) -> None:
    """甘南县: id-only lists from ``/api/content/list`` turned into links by a template literal in
    ``$.each`` (``/content/detail.html?id=${item.id}``); the detail page is one shell for every id
    that loads the article from ``/api/content/detail?id=N``. Its 2020 report is page scans only
    (needs OCR: not findable). Evidence: template literals over a JSON list in jQuery
    (lqc3413/tesk3-3 ``js/index.js``: ``$.ajax`` of gov.cn pushinfo, ``<a href="${item.link}">``);
    sites.md "Scans"."""
    s = portal(c, "gannan", "www.gannan.gov.cn", "甘南县", "黑龙江省", "齐齐哈尔市", "230225")
    rng = rng_for(c.seed, "gannan")
    r1 = s.report(rng, "甘南县2023年法治政府建设情况报告", 2023, *c.stem("004"), (3,))
    r2 = s.report(rng, "甘南县人民政府关于2022年法治政府建设情况的报告", 2022, *c.stem("001"), (3,))
    r3 = s.report(rng, "甘南县2020年法治政府建设情况报告", 2020, *c.stem("002"), (3,))
    r3.form = "scan"
    images = {r3.uid: [f"/upload/{r3.pub:%Y/%m}/{r3.uid}_{k}.jpg" for k in (1, 2, 3)]}
    for path in images[r3.uid]:
        s.put(path, b"\xff\xd8\xff\xe0" + bytes(300) + b"\xff\xd9", "image/jpeg")

    def content(d: Doc) -> str:
        if d.uid in images:
            return "".join(
                f'<p style="text-align:center"><img src="{p}" width="700"></p>' for p in images[d.uid]
            )
        return mechs.paras_html(d)

    channels = {
        63: (
            "法治政府建设",
            [
                r1,
                r2,
                r3,
                s.lookalike(rng, "shufa", 2023, (3,)),
                *after(rng, s.fillers(rng, 14, "disclosure"), r1),
            ],
        ),
        64: ("政策解读", [s.lookalike(rng, "interpretation", 2022, (3,)), *s.fillers(rng, 5, "disclosure")]),
        61: ("甘南要闻", s.news(rng, 50)),
    }
    lists = {cid: mechs.newest(docs) for cid, (_, docs) in channels.items()}
    mechs.detail_json(s, lists, content)
    trail = [("政务公开", "/col/zwgk.html")]
    for cid, (name, _) in channels.items():
        s.put(
            f"/col/{cid}.html",
            s.page(f"{name}_{s.site_name}", mechs.each_literal_column(s, cid, name, trail)),
        )
    s.nav = [("首页", "/"), ("政务公开", "/col/zwgk.html"), ("甘南要闻", "/col/61.html")]
    overview(
        s, "政务公开", "/col/zwgk.html", [], [], [(n, f"/col/{k}.html") for k, (n, _) in channels.items()]
    )
    s.home(mechs.each_literal_column(s, 61, "甘南要闻", []))


def zhenhai(c: Ctx) -> None:
    """镇海区 (Hanweb paths): column pages ``/col/col<id>/index.html`` fetch an id-only list by POST
    (form body) and build ``/art/YYYY/M/D/art_<col>_<id>.html`` in ``forEach`` from
    ``new Date(item.publishTime)``. Evidence: sites.md Hanweb ``/art/YYYY/M/D/art_<colid>_<id>.html``
    and ``/col/col<id>/index.html``; template literals in list callbacks (lqc3413/tesk3-3
    ``js/index.js``); 镇海区 host from gov_sites.csv."""
    s = portal(c, "zhenhai", "www.zh.gov.cn", "镇海区", "浙江省", "宁波市", "330211")
    rng = rng_for(c.seed, "zhenhai")
    r1 = s.report(rng, "镇海区2023年法治政府建设工作报告", 2023, *c.stem("000"), (3,))
    r2 = s.report(
        rng, "宁波市镇海区人民政府关于2022年度法治政府建设工作情况的报告", 2022, *c.stem("004"), (3,)
    )
    cols = {
        1229607: (
            "法治政府建设",
            [r1, r2, s.lookalike(rng, "plan", 2021, (3,)), *after(rng, s.fillers(rng, 20, "disclosure"), r1)],
        ),
        1229610: ("政府信息公开年报", [s.lookalike(rng, "xxgk_annual", y, (3,)) for y in (2022, 2023)]),
        1229601: ("镇海新闻", s.news(rng, 70)),
    }
    lists = {cid: docs for cid, (_, docs) in cols.items()}
    mechs.foreach_api(s, lists)
    trail = [("政务公开", "/col/col1229600/index.html")]
    for cid, (name, _) in cols.items():
        for d in lists[cid]:
            mechs.put_article(s, d, [*trail, (name, f"/col/col{cid}/index.html")], box='div id="zoom"')
        s.put(
            f"/col/col{cid}/index.html",
            s.page(f"{name}_{s.site_name}", mechs.foreach_date_column(s, cid, name, trail)),
        )
    s.nav = [
        ("首页", "/"),
        ("政务公开", "/col/col1229600/index.html"),
        ("镇海新闻", "/col/col1229601/index.html"),
    ]
    overview(
        s,
        "政务公开",
        "/col/col1229600/index.html",
        [],
        [],
        [(n, f"/col/col{k}/index.html") for k, (n, _) in cols.items()],
    )
    s.home(mechs.foreach_date_column(s, 1229601, "镇海新闻", []))


# ============================================================================ kind 4 / 6
def suining(c: Ctx) -> None:
    """睢宁县 (ASP.NET): 重点领域信息公开 → 法治政府建设 is ``List.aspx?cid=52`` whose further pages
    come only by POSTing ``__EVENTTARGET=AspNetPager1`` / ``__EVENTARGUMENT=<n>`` with the
    ``__VIEWSTATE`` (``javascript:__doPostBack('AspNetPager1','2')`` links), the reports on pages
    2-3; 380 news in static lists. Evidence: jamesfyp/WaiBaoSpider ``WaiBaoSpider/spiders/xuzhou.py``
    (12345.xz.gov.cn, form ``__EVENTTARGET: CaseGgfwAll1$Pager``, ``__EVENTARGUMENT: 4``); the
    ASP.NET ``__doPostBack`` script and AspNetPager markup."""
    s = portal(c, "suining", "www.cnsn.gov.cn", "睢宁县", "江苏省", "徐州市", "320324")
    rng = rng_for(c.seed, "suining")
    r1 = s.report(rng, "睢宁县人民政府关于2023年法治政府建设情况的报告", 2023, *c.stem("001"), (4, 6))
    r2 = s.report(rng, "睢宁县2022年度法治政府建设工作报告", 2022, *c.stem("003"), (4, 6))
    trail = [("政务公开", "/zwgk/"), ("重点领域信息公开", "/zwgk/zdly/")]
    fz = [r1, r2, report_notice(s, rng, 2023, (4,)), s.lookalike(rng, "plan", 2022, (4,))]
    fz += after(rng, s.fillers(rng, 36, "disclosure"), r1)
    mechs.postback_list(s, "/zwgk/List.aspx", "52", "法治政府建设", fz, trail)
    mechs.postback_list(s, "/zwgk/List.aspx", "53", "安全生产", s.fillers(rng, 18, "notice"), trail)
    mechs.postback_list(
        s,
        "/zwgk/List.aspx",
        "54",
        "政府信息公开年报",
        [s.lookalike(rng, "xxgk_annual", y, (4,)) for y in (2022, 2023)],
        [("政务公开", "/zwgk/")],
    )
    overview(
        s,
        "重点领域信息公开",
        "/zwgk/zdly/",
        [("政务公开", "/zwgk/")],
        [],
        [("法治政府建设", "/zwgk/List.aspx?cid=52"), ("安全生产", "/zwgk/List.aspx?cid=53")],
    )
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [],
        [("重点领域信息公开", "/zwgk/zdly/"), ("政府信息公开年报", "/zwgk/List.aspx?cid=54")],
    )
    yw = column(
        s, "睢宁要闻", "/xwzx/snyw/", s.news(rng, 260), [("新闻中心", "/xwzx/")], pager="plain", per=20
    )
    bm = column(
        s, "部门动态", "/xwzx/bmdt/", s.news(rng, 120), [("新闻中心", "/xwzx/")], pager="plain", per=20
    )
    overview(s, "新闻中心", "/xwzx/", [], [("睢宁要闻", "/xwzx/snyw/", yw), ("部门动态", "/xwzx/bmdt/", bm)])
    s.nav = [("首页", "/"), ("新闻中心", "/xwzx/"), ("政务公开", "/zwgk/")]
    home_blocks(s, [("睢宁要闻", "/xwzx/snyw/", yw), ("部门动态", "/xwzx/bmdt/", bm)])


def baiquan(c: Ctx) -> None:
    """拜泉县 (JSP): 信息公开 lists ``/xxgk/list.jsp?catId=…`` page by a ``<form id="pageForm"
    method="post">`` that ``goPage(n)`` fills (``pageNo``) and submits; item links carry
    ``;jsessionid=``; 互动交流 pages rotate their session ids (trap). Evidence: a JSP pager tag
    writing ``document.getElementsByName('pageNo')[0].value=…;document.getElementById('pageForm')
    .submit()`` (code corpus id 1111836601), ``function goPage(num){…getElementById('pageForm')
    .submit();}`` (id 39988432440); sites.md "session ids in links"."""
    s = portal(c, "baiquan", "www.baiquan.gov.cn", "拜泉县", "黑龙江省", "齐齐哈尔市", "230231")
    rng = rng_for(c.seed, "baiquan")
    r1 = s.report(rng, "拜泉县2023年法治政府建设情况报告", 2023, *c.stem("002"), (4,))
    r2 = s.report(rng, "拜泉县人民政府关于2022年度法治政府建设情况的报告", 2022, *c.stem("004"), (4,))
    trail = [("信息公开", "/xxgk/")]
    fz = [r1, r2, s.lookalike(rng, "notice", 2023, (4,)), *after(rng, s.fillers(rng, 26, "disclosure"), r1)]
    mechs.form_post_list(s, "/xxgk/list.jsp", "fzzfjs", "法治政府建设", fz, trail)
    mechs.form_post_list(
        s,
        "/xxgk/list.jsp",
        "gzbg",
        "工作报告",
        [s.lookalike(rng, "gov_work_report", 2023, (4,)), *s.fillers(rng, 8, "disclosure")],
        trail,
    )
    hd = mechs.session_trap(s, "/hdjl/")
    s.nav = [("首页", "/"), ("信息公开", "/xxgk/"), ("互动交流", hd), ("拜泉新闻", "/bqxw/")]
    overview(
        s,
        "信息公开",
        "/xxgk/",
        [],
        [],
        [("法治政府建设", "/xxgk/list.jsp?catId=fzzfjs"), ("工作报告", "/xxgk/list.jsp?catId=gzbg")],
    )
    news = column(s, "拜泉新闻", "/bqxw/", s.news(rng, 40), [])
    home_blocks(s, [("拜泉新闻", "/bqxw/", news)])


def ninghai(c: Ctx) -> None:
    """宁海县: 600 news in ``/news/list.jsp?cid=…&page=N`` lists whose pager a script writes from
    ``totalPage``; the reports 4 levels down (政务公开 → 部门信息公开 → 县司法局 → 法治政府建设, the
    same script pager); a 政务日历 by query (``?date=…&view=month|day``, trap). Evidence:
    jas0no7/local_spider_jason ``t.py`` (sthjt.jiangxi.gov.cn ``col/col42150/index.html?uid=380055&
    pageNum={}`` with a known ``total``); laypage-style ``location.href='?page='+e.curr`` (code
    corpus id 8716567584); stored page http://www.nbjb.gov.cn/col/col1229214366/index.html
    (信息公开 → 部门目录 → 区住建局 → 法定主动公开内容)."""
    s = portal(c, "ninghai", "www.ninghai.gov.cn", "宁海县", "浙江省", "宁波市", "330226")
    rng = rng_for(c.seed, "ninghai")
    r1 = s.report(
        rng,
        "宁海县人民政府关于2023年度法治政府建设情况的报告",
        2023,
        *c.stem("003"),
        (4, 6),
        source="宁海县司法局",
    )
    r2 = s.report(rng, "宁海县2022年法治政府建设工作报告", 2022, *c.stem("001"), (4, 6))
    t0 = [("政务公开", "/zwgk/"), ("部门信息公开", "/zwgk/bmxxgk/")]
    depts = [
        "县发展和改革局",
        "县教育局",
        "县公安局",
        "县民政局",
        "县司法局",
        "县财政局",
        "县自然资源和规划局",
        "县住房和城乡建设局",
        "县交通运输局",
        "县水利局",
        "县农业农村局",
        "县卫生健康局",
        "县市场监督管理局",
        "县应急管理局",
    ]
    links = []
    for i, dept in enumerate(depts):
        slug = f"/zwgk/bmxxgk/bm{i + 1:02d}/"
        links.append((dept, slug))
        t1 = [*t0, (dept, slug)]
        subs = []
        if dept == "县司法局":
            docs = [
                r1,
                r2,
                s.lookalike(rng, "shufa", 2023, (6,)),
                *after(rng, s.fillers(rng, 30, "disclosure"), r1),
            ]
            mechs.script_paged_list(
                s, "/zwgk/list.jsp", "sfj_fzzf", "法治政府建设", docs, t1, folder="/zwgk/sfj/"
            )
            subs.append(("法治政府建设", "/zwgk/list.jsp?cid=sfj_fzzf"))
        cid = f"bm{i + 1:02d}_gk"
        mechs.script_paged_list(
            s,
            "/zwgk/list.jsp",
            cid,
            "法定主动公开内容",
            s.fillers(rng, rng.randint(2, 8), "disclosure"),
            t1,
            folder=f"{slug}gk/",
        )
        subs.append(("法定主动公开内容", f"/zwgk/list.jsp?cid={cid}"))
        overview(s, dept, slug, t0, [], subs)
    overview(s, "部门信息公开", "/zwgk/bmxxgk/", [("政务公开", "/zwgk/")], [], links)
    mechs.script_paged_list(
        s,
        "/zwgk/list.jsp",
        "xxgknb",
        "政府信息公开年报",
        [s.lookalike(rng, "xxgk_annual", y, (6,)) for y in (2022, 2023)],
        [("政务公开", "/zwgk/")],
    )
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [],
        [("部门信息公开", "/zwgk/bmxxgk/"), ("政府信息公开年报", "/zwgk/list.jsp?cid=xxgknb")],
    )
    yw = mechs.script_paged_list(s, "/news/list.jsp", "3", "宁海新闻", s.news(rng, 420), [("新闻中心", "")])
    xz = mechs.script_paged_list(s, "/news/list.jsp", "5", "乡镇动态", s.news(rng, 180), [("新闻中心", "")])
    cal = mechs.query_calendar_trap(s, "/zwrl.jsp")
    s.nav = [
        ("首页", "/"),
        ("宁海新闻", "/news/list.jsp?cid=3"),
        ("乡镇动态", "/news/list.jsp?cid=5"),
        ("政务公开", "/zwgk/"),
        ("政务日历", cal),
    ]
    home_blocks(s, [("宁海新闻", "/news/list.jsp?cid=3", yw), ("乡镇动态", "/news/list.jsp?cid=5", xz)])


# ============================================================================ easy
def keshan(c: Ctx) -> None:
    """克山县: plain server-rendered lists (法治政府建设 under 政务公开), for comparison.
    Evidence: sites.md TRS lists and articles."""
    s = portal(c, "keshan", "www.keshan.gov.cn", "克山县", "黑龙江省", "齐齐哈尔市", "230229")
    rng = rng_for(c.seed, "keshan")
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("法治政府建设", "/zwgk/fzzfjs/"), ("克山新闻", "/ksxw/")]
    r1 = s.report(rng, "克山县人民政府关于2023年法治政府建设工作情况的报告", 2023, *c.stem("004"), ())
    r2 = s.report(rng, "克山县2022年法治政府建设情况报告", 2022, *c.stem("000"), ())
    docs = column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [r1, r2, s.lookalike(rng, "duty_report", 2023), *s.fillers(rng, 5, "disclosure")],
        [("政务公开", "/zwgk/")],
    )
    xx = column(
        s,
        "政府信息公开年报",
        "/zwgk/xxgknb/",
        [s.lookalike(rng, "xxgk_annual", 2023)],
        [("政务公开", "/zwgk/")],
    )
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("法治政府建设", "/zwgk/fzzfjs/", docs), ("政府信息公开年报", "/zwgk/xxgknb/", xx)],
    )
    news = column(s, "克山新闻", "/ksxw/", s.news(rng, 25), [])
    home_blocks(s, [("克山新闻", "/ksxw/", news), ("法治政府建设", "/zwgk/fzzfjs/", docs)])


ALL = (zhongjiang, luojiang, fuyu, yian, kedong, nehe, gannan, zhenhai, suining, baiquan, ninghai, keshan)
