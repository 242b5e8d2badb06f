"""The sites of the ``kinds4`` profile, one function each, with the real evidence it is modelled on.

Evidence ids are files of the search tool's code corpus (``find_string``/``read_file`` ids, or
``repo/path`` where the tool named it); ``sites.md`` is /work/shared/docs/sites.md. Hosts and
division codes are the real ones from /work/shared/data/gov_sites.csv (counties no other profile
uses).
"""

from __future__ import annotations

import random

from ..families import esc
from ..kinds.columns import column, overview
from ..kinds.sites import Ctx
from ..kinds2.sites import report_notice
from ..kinds3.sites import blocks, push_down
from . import mechs


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(f"kinds4|{seed}|" + "|".join(map(str, parts)))


# ============================================================================ kind 1
def huaiyuan(c: Ctx) -> None:
    """怀远县 (蚌埠市, Anhui): the 法治政府建设 column's items exist only as ``document.write("<li><a
    href='…'>…</a></li>");`` lines of an inline script (TRS "JS 调用" output), 20 a page, pages
    ``index_1.html`` … linked plainly. Evidence: gov sites writing link blocks with
    ``document.writeln('…' + '…')`` in their scripts (code corpus mhxqwer/zyjhenan.gov.cn
    ``static/js/link.js``); sites.md "TRS … the links to further pages are written by a script"."""
    s = c.site("huaiyuan", "www.ahhy.gov.cn", "怀远县", "安徽省", "蚌埠市", "340321", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("怀远要闻", "/hyyw/")]
    r1 = s.report(rng, "怀远县人民政府关于2023年法治政府建设工作情况的报告", 2023, *c.stem("001"), (1,))
    r2 = s.report(rng, "怀远县2022年度法治政府建设情况报告", 2022, *c.stem("002"), (1,))
    trail = [("政务公开", "/zwgk/")]
    fz = [
        r1,
        r2,
        s.lookalike(rng, "plan", 2023, (1,)),
        report_notice(s, rng, 2023, (1,)),
        *push_down(rng, 22, s, r1),
    ]
    fz = mechs.docwrite_column(s, "法治政府建设", "/zwgk/fzzfjs/", fz, trail, "inline")
    nb = column(s, "政府信息公开年报", "/zwgk/xxgknb/", [s.lookalike(rng, "xxgk_annual", 2023, (1,))], trail)
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("政府信息公开年报", "/zwgk/xxgknb/", nb)],
        [("法治政府建设", "/zwgk/fzzfjs/")],
    )
    news = column(s, "怀远要闻", "/hyyw/", s.news(rng, 45), [])
    s.home(
        blocks(
            [("怀远要闻", "/hyyw/", news)], '<a href="/zwgk/fzzfjs/" title="法治政府建设">法治政府建设</a>'
        )
    )


def shouxian(c: Ctx) -> None:
    """寿县 (淮南市): the 法治政府建设 list is ``<script src="/js/col/zwgk_fzzfjs.js">`` inside the
    ``<ul>``; the file holds ``document.write`` lines whose hrefs (``./YYYYMM/t….html``) are relative
    to the page that includes it, not to the script (resolved against ``/js/col/`` they 404).
    Evidence: as :func:`huaiyuan` (a ``.js`` of ``document.writeln`` link blocks included by gov
    pages, mhxqwer/zyjhenan.gov.cn ``static/js/link.js``)."""
    s = c.site("shouxian", "www.shouxian.gov.cn", "寿县", "安徽省", "淮南市", "340422", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("寿县新闻", "/sxxw/")]
    r1 = s.report(rng, "寿县2023年法治政府建设年度报告", 2023, *c.stem("003"), (1,))
    r2 = s.report(
        rng, "寿县人民政府关于2022年度法治政府建设工作的报告", 2022, *c.stem("004"), (1,), form="html+pdf"
    )
    trail = [("政务公开", "/zwgk/")]
    fz = [r1, r2, s.lookalike(rng, "shufa", 2023, (1,)), *push_down(rng, 9, s, r1)]
    fz = mechs.docwrite_column(s, "法治政府建设", "/zwgk/fzzfjs/", fz, trail, "js")
    mechs.docwrite_column(
        s,
        "政策解读",
        "/zwgk/zcjd/",
        [s.lookalike(rng, "interpretation", 2023, (1,)), *s.fillers(rng, 6)],
        trail,
        "js",
    )
    overview(
        s, "政务公开", "/zwgk/", [], [], [("法治政府建设", "/zwgk/fzzfjs/"), ("政策解读", "/zwgk/zcjd/")]
    )
    news = column(s, "寿县新闻", "/sxxw/", s.news(rng, 40), [])
    s.home(blocks([("寿县新闻", "/sxxw/", news)]))


# ============================================================================ kind 2
def tianchang(c: Ctx) -> None:
    """天长市 (滁州市): the 法治政府建设 and 通知公告 columns hold an empty ``<ul>`` and a jQuery
    ``$.ajax({dataType: 'jsonp', jsonp: 'callback'})`` of ``/interface/infoList.jsonp?columnId=&
    pageNo=&pageSize=15``; the answer is ``jQuery…_…({"code":0,"data":{"total","list":[{title,link,
    pubDate}]}})`` and the page count only follows from ``total``. Evidence: code corpus
    lqc3413/tesk3-3 ``js/index.js`` (``www.gov.cn/pushinfo/v150203/pushinfo.jsonp`` with
    ``dataType: 'jsonp'``, ``jsonpCallback``, items ``link``/``title``/``pubDate``); jsonp answers
    ``jQuery1122012033…_1662703989030({…})`` (the ``jsonp2`` package README in the code corpus)."""
    s = c.site("tianchang", "www.tianchang.gov.cn", "天长市", "安徽省", "滁州市", "341181")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("天长要闻", "/tcyw/")]
    r1 = s.report(rng, "天长市人民政府关于2023年度法治政府建设情况的报告", 2023, *c.stem("000"), (2,))
    r2 = s.report(rng, "天长市2022年法治政府建设工作报告", 2022, *c.stem("001"), (2,))
    trail = [("政务公开", "/zwgk/")]
    api = "/interface/infoList.jsonp"
    fz = [r1, r2, s.lookalike(rng, "gov_work_report", 2023, (2,)), *push_down(rng, 20, s, r1)]
    mechs.jsonp_column(s, "法治政府建设", "/zwgk/fzzfjs/", "2871", fz, trail, api)
    tz = [report_notice(s, rng, 2023, (2,)), *s.fillers(rng, 18, "notice")]
    mechs.jsonp_column(s, "通知公告", "/zwgk/tzgg/", "2860", tz, trail, api)
    nb = column(
        s,
        "政府信息公开年报",
        "/zwgk/xxgknb/",
        [s.lookalike(rng, "xxgk_annual", y, (2,)) for y in (2022, 2023)],
        trail,
    )
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("政府信息公开年报", "/zwgk/xxgknb/", nb)],
        [("法治政府建设", "/zwgk/fzzfjs/"), ("通知公告", "/zwgk/tzgg/")],
    )
    news = column(s, "天长要闻", "/tcyw/", s.news(rng, 50), [])
    s.home(blocks([("天长要闻", "/tcyw/", news)]))


def huichang(c: Ctx) -> None:
    """会昌县 (赣州市, Jiangxi; Hanweb): 政务公开 → 重点领域 is ``/col/col<id>/index.html`` merging
    法治政府建设, 年度报告 and 政策解读 through ``jpage`` and POST ``/module/web/jpage/
    morecolumndataproxy.jsp?startrecord=&endrecord=&perpage=`` with ``columnid=<a>,<b>,<c>`` (the
    page carries no record; the XML answer wraps each ``<li>`` in ``<record><![CDATA[…]]>``).
    Evidence: code corpus 59702459855 (jshrss.jiangsu.gov.cn ``morecolumndataproxy.jsp`` with
    ``columnid: "77276,77277,…"``, ``keyWordCount``, ``sourceContentType``), 19856062714
    (qt.hangzhou.gov.cn POST form to ``…/morecolumndataproxy.jsp?startrecord=1&endrecord=10000&
    perpage=20``), 20240633039 (www.zj.gov.cn: ``dataproxy.jsp`` and ``morecolumndataproxy.jsp``
    side by side), 35213079304, 71460112463 (加载更多 through ``morecolumndataproxy.jsp``, "XML 包裹的
    HTML 片段"); sites.md Hanweb JCMS."""
    s = c.site("huichang", "www.huichang.gov.cn", "会昌县", "江西省", "赣州市", "360733")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/col/col10571/index.html"), ("会昌要闻", "/hcyw/")]
    r1 = s.report(rng, "会昌县2023年法治政府建设工作情况报告", 2023, *c.stem("002"), (2,))
    r2 = s.report(rng, "会昌县人民政府关于2022年法治政府建设情况的报告", 2022, *c.stem("003"), (2,))
    trail = [("政务公开", "/col/col10571/index.html")]
    columns = [
        (10585, "法治政府建设", [r1, s.lookalike(rng, "plan", 2022, (2,)), *push_down(rng, 16, s, r1)]),
        (10586, "年度报告", [r2, *(s.lookalike(rng, "xxgk_annual", y, (2,)) for y in (2021, 2022, 2023))]),
        (10590, "政策解读", [s.lookalike(rng, "interpretation", 2023, (2,)), *s.fillers(rng, 12)]),
    ]
    mechs.more_column_list(s, 10580, "重点领域信息公开", columns, trail, web_id=91)
    overview(s, "政务公开", "/col/col10571/", [], [], [("重点领域信息公开", "/col/col10580/index.html")])
    s.put("/col/col10571/index.html", s.web.resources[(s.host, "/col/col10571/", "")].body)
    news = column(s, "会昌要闻", "/hcyw/", s.news(rng, 45), [])
    s.home(blocks([("会昌要闻", "/hcyw/", news)]))


# ============================================================================ kind 3
def lanling(c: Ctx) -> None:
    """兰陵县 (临沂市, Shandong): 部门信息公开 is a zTree (``<ul id="deptTree" class="ztree">``) whose
    nodes come only from ``/xxgk/getTree.do`` (roots, then ``?id=<dept>`` for a department's
    catalogue, ``{id,pId,name,isParent,url}``); 县司法局 → 法治政府建设's ``url`` is the only way to the
    reports' list. Evidence: code corpus songjian/cnstats ``cnstats/zbcode.py`` (data.stats.gov.cn
    ``easyquery.htm`` ``m=getTree``: children asked for by ``id``, ``isParent`` nodes), 24147451135
    (a tree whose nodes load from ``url:"/common/getTree.do"``), vilken-acer/dubbo-zipkin-elasticsearch
    ``…/zTree/demo/jsp/simpleData.jsp`` (``$.fn.zTree.init`` with ``simpleData`` ``id``/``pId``);
    sites.md "部门信息公开 → 县司法局 → … → 法治政府建设年度报告"."""
    s = c.site("lanling", "www.lanling.gov.cn", "兰陵县", "山东省", "临沂市", "371324")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("部门信息公开", "/xxgk/bmxxgk.html"), ("兰陵新闻", "/llxw/")]
    r1 = s.report(rng, "兰陵县2023年法治政府建设情况报告", 2023, *c.stem("004"), (3,))
    r2 = s.report(rng, "兰陵县人民政府关于2022年度法治政府建设工作情况的报告", 2022, *c.stem("000"), (3,))
    depts = [
        (
            "县发展和改革局",
            [
                ("法定主动公开内容", s.fillers(rng, 8, "disclosure")),
                ("规划计划", [s.lookalike(rng, "plan", 2023, (3,))]),
            ],
        ),
        (
            "县司法局",
            [
                ("法治政府建设", [r1, r2, s.lookalike(rng, "shufa", 2023, (3,)), *push_down(rng, 6, s, r1)]),
                ("政府信息公开年报", [s.lookalike(rng, "xxgk_annual", 2023, (3,))]),
            ],
        ),
        ("县教育和体育局", [("法定主动公开内容", s.fillers(rng, 7, "disclosure"))]),
    ]
    mechs.ztree_catalogue(s, "/xxgk/bmxxgk.html", "部门信息公开", depts, [])
    news = column(s, "兰陵新闻", "/llxw/", s.news(rng, 50), [])
    s.home(blocks([("兰陵新闻", "/llxw/", news)]))


# ============================================================================ kind 4
def chiping(c: Ctx) -> None:
    """茌平区 (聊城市): JSP 信息公开 pages whose ``<head>`` holds ``<base href="http://www.chiping.gov.cn/">``
    and whose links are relative to it (``xxgk/info.jsp?infoId=N``, pager ``xxgk/fzzf/list.jsp?
    pageNo=N``): resolved against the page's folder they name pages that do not exist. Evidence:
    the JSP page template ``<base href="<%=basePath%>">`` with ``basePath = scheme://server:port/
    path/`` (code corpus zhouytforever/hexoResource
    ``source/_posts/动态zTree显示目录与后台传递Json数据.md``)."""
    s = c.site("chiping", "www.chiping.gov.cn", "茌平区", "山东省", "聊城市", "371503")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("信息公开", "/xxgk/index.jsp"), ("茌平新闻", "/cpxw/")]
    r1 = s.report(rng, "茌平区人民政府关于2023年法治政府建设情况的报告", 2023, *c.stem("001"), (4,))
    r2 = s.report(rng, "茌平区2022年度法治政府建设工作报告", 2022, *c.stem("002"), (4,))
    trail = [("信息公开", "/xxgk/index.jsp")]
    fz = [r1, r2, s.lookalike(rng, "plan", 2023, (4,)), *push_down(rng, 18, s, r1)]
    mechs.base_href_column(s, "法治政府建设", "/xxgk/fzzf/list.jsp", fz, trail)
    nb = [s.lookalike(rng, "xxgk_annual", y, (4,)) for y in (2022, 2023)]
    mechs.base_href_column(s, "政府信息公开年报", "/xxgk/ndbg/list.jsp", nb, trail)
    mechs.base_href_index(
        s,
        "/xxgk/index.jsp",
        "信息公开",
        [("法治政府建设", "/xxgk/fzzf/list.jsp"), ("政府信息公开年报", "/xxgk/ndbg/list.jsp")],
        [],
    )
    news = column(s, "茌平新闻", "/cpxw/", s.news(rng, 40), [])
    s.home(blocks([("茌平新闻", "/cpxw/", news)]))


def shexian(c: Ctx) -> None:
    """歙县 (黄山市): the 政务公开 page lists its columns only in a ``<select onchange="…window.open(
    this.value)">`` (法治政府建设 among its options); 法治政府建设 is a plain list, 年度报告 a Vue
    server-rendered list whose items carry no anchor, their URLs only in ``window.__INITIAL_STATE__``
    (rows with ``linkurl``) before Vue's self-removing script tail. Evidence (SSR state): code corpus
    9547976229 (a scraper's ``window\\.__initial_state__\\=…(?=;\\(function)``, the state followed by
    ``;(function``), 55980267594 (list results read from ``window.__INITIAL_STATE__`` of a Vue/Nuxt SSR
    page), 59739846009 (``<script>window.__INITIAL_STATE__ = {…};</script>`` in the served HTML).
    Evidence (select):
    ``<select onchange="location.href=this.value;">`` menus of ``<option value="http://…">`` on gov
    sites (code corpus zyzxxx/dswork ``DsEp/web/html/site/templates/include/index_links.jsp``)."""
    s = c.site("shexian", "www.ahshx.gov.cn", "歙县", "安徽省", "黄山市", "341021", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("歙县要闻", "/sxyw/")]
    r1 = s.report(rng, "歙县2023年法治政府建设工作报告", 2023, *c.stem("003"), (4,))
    r2 = s.report(rng, "歙县人民政府关于2022年法治政府建设情况的报告", 2022, *c.stem("001"), (4, 6))
    trail = [("政务公开", "/zwgk/")]
    column(s, "法治政府建设", "/zwgk/fzzfjs/", [r1, *push_down(rng, 8, s, r1)], trail)
    column(s, "政府工作报告", "/zwgk/zfgzbg/", [s.lookalike(rng, "gov_work_report", 2023, (4,))], trail)
    column(s, "政府信息公开年报", "/zwgk/xxgknb/", [s.lookalike(rng, "xxgk_annual", 2023, (4,))], trail)
    nd = [
        r2,
        s.lookalike(rng, "xxgk_annual", 2022, (6,)),
        report_notice(s, rng, 2022, (6,)),
        *push_down(rng, 6, s, r2),
    ]
    mechs.ssr_state_list(s, "年度报告", "/zwgk/ndbg/", nd, trail)
    links = [
        ("年度报告", "/zwgk/ndbg/"),
        ("法治政府建设", "/zwgk/fzzfjs/"),
        ("政府工作报告", "/zwgk/zfgzbg/"),
        ("政府信息公开年报", "/zwgk/xxgknb/"),
    ]
    main = f"{s.crumbs([('政务公开', '')])}\n{mechs.select_menu(links, '法定主动公开内容')}"
    s.put("/zwgk/", s.page(f"政务公开_{s.site_name}", main))
    s.put("/zwgk/index.html", s.page(f"政务公开_{s.site_name}", main))
    news = column(s, "歙县要闻", "/sxyw/", s.news(rng, 40), [])
    s.home(blocks([("歙县要闻", "/sxyw/", news)]))


# ============================================================================ kind 5
def shucheng(c: Ctx) -> None:
    """舒城县 (六安市; Hanweb): the 法治政府建设 column ``/col/col<id>/index.html`` shows 15 items;
    further pages are ``?uid=<uid>&pageNum=N``, linked only by a script that writes them from
    ``total`` into ``<div id="page_<uid>">``; both reports sit on pages 2 and 3. Evidence: code
    corpus jas0no7/local_spider_jason ``t.py`` (sthjt.jiangxi.gov.cn ``col/col42150/index.html?
    uid=380055&pageNum={}`` with a known ``total``); sites.md Hanweb JCMS columns."""
    s = c.site("shucheng", "www.shucheng.gov.cn", "舒城县", "安徽省", "六安市", "341523", scheme="https")
    rng = rng_for(c.seed, s.key)
    s.nav = [("首页", "/"), ("法治政府建设", "/col/col12493/index.html"), ("舒城要闻", "/scyw/")]
    r1 = s.report(rng, "舒城县人民政府关于2023年度法治政府建设工作情况的报告", 2023, *c.stem("004"), (5,))
    r2 = s.report(rng, "舒城县2022年法治政府建设情况报告", 2022, *c.stem("000"), (5,))
    trail = [("政务公开", "")]
    fz = [r1, r2, report_notice(s, rng, 2023, (5,)), *push_down(rng, 17, s, r1), *push_down(rng, 14, s, r2)]
    mechs.pagenum_column(s, 12493, "482716", "法治政府建设", fz, trail)
    news = column(s, "舒城要闻", "/scyw/", s.news(rng, 40), [])
    s.home(blocks([("舒城要闻", "/scyw/", news)]))


# ============================================================================ kind 6 / easy
def xigong(c: Ctx) -> None:
    """西工区 (洛阳市): plain 信息公开 columns, but ``/xxgk/index.html`` carries a sub-menu of relative
    links without a leading slash (``xxgk/fzzfjs/index.html``), which a catch-all rewrite serves
    under ``/xxgk/xxgk/…`` with the same menu, one segment deeper each time (trap); 部门信息公开 is a
    menu rendered from a static ``/www/js/dept.json.js`` (``var deptJson = [{id,title,child:
    [{content,url}]}]``), the only way to 区司法局 → 法治政府建设 and the 2022 report. Evidence: doubled
    ``/XXGK/XXGK/`` segments in gov URLs (code corpus 68837030714, www.caac.gov.cn; the endless form
    is the brief's candidate, not found as such); the department menu file: code corpus
    arvinzou/ace ``ace/ace-cu/ace-cu-web/src/main/webapp/www/js/share.json.js`` (``var shareJson =
    [{"id","title":"发改委","child":[{"content":"政策法规","url":"http://fgw.changde.gov.cn/col/col6393/
    index.html"}…]}…]``)."""
    s = c.site("xigong", "www.xigong.gov.cn", "西工区", "河南省", "洛阳市", "410303")
    rng = rng_for(c.seed, s.key)
    s.nav = [
        ("首页", "/"),
        ("信息公开", "/xxgk/index.html"),
        ("法治政府建设", "/xxgk/fzzfjs/"),
        ("西工新闻", "/xgxw/"),
    ]
    r1 = s.report(rng, "西工区2023年法治政府建设工作情况报告", 2023, *c.stem("001"), ())
    r2 = s.report(rng, "西工区人民政府关于2022年度法治政府建设情况的报告", 2022, *c.stem("004"), (3,))
    trail = [("信息公开", "/xxgk/index.html")]
    fz = column(
        s,
        "法治政府建设",
        "/xxgk/fzzfjs/",
        [r1, s.lookalike(rng, "duty_report", 2023), *s.fillers(rng, 6)],
        trail,
    )
    tz = column(s, "通知公告", "/xxgk/tzgg/", s.fillers(rng, 12, "notice"), trail)
    bm = [("部门信息公开", "/xxgk/bmxxgk/index.html")]
    depts = [
        ("区发展和改革委员会", [("法定主动公开内容", "/xxgk/bmxxgk/fgw/fdzdgknr/")]),
        (
            "区司法局",
            [("法治政府建设", "/xxgk/bmxxgk/sfj/fzzfjs/"), ("政府信息公开年报", "/xxgk/bmxxgk/sfj/xxgknb/")],
        ),
        ("区教育局", [("法定主动公开内容", "/xxgk/bmxxgk/jyj/fdzdgknr/")]),
    ]
    dept_docs = {
        "/xxgk/bmxxgk/fgw/fdzdgknr/": s.fillers(rng, 9, "disclosure"),
        "/xxgk/bmxxgk/sfj/fzzfjs/": [r2, s.lookalike(rng, "plan", 2022, (3,)), *push_down(rng, 5, s, r2)],
        "/xxgk/bmxxgk/sfj/xxgknb/": [s.lookalike(rng, "xxgk_annual", 2022, (3,))],
        "/xxgk/bmxxgk/jyj/fdzdgknr/": s.fillers(rng, 7, "disclosure"),
    }
    for dept, cols in depts:
        for cname, folder in cols:
            column(s, cname, folder, dept_docs[folder], [*trail, *bm, (dept, "")])
    mechs.static_dept_tree(s, "/xxgk/bmxxgk/index.html", "部门信息公开", depts, trail, "/www/js/dept.json.js")
    menu = mechs.segment_trap(s, "/xxgk/", [("法治政府建设", "fzzfjs"), ("通知公告", "tzgg")])
    overview(
        s,
        "信息公开",
        "/xxgk/",
        [],
        [("法治政府建设", "/xxgk/fzzfjs/", fz), ("通知公告", "/xxgk/tzgg/", tz)],
        bm,
    )
    page = s.web.resources[(s.host, "/xxgk/", "")].body.decode("utf-8")
    s.put("/xxgk/index.html", page.replace('<div class="main">', f'<div class="main">\n{menu}', 1))
    news = column(s, "西工新闻", "/xgxw/", s.news(rng, 35), [])
    s.home(blocks([("西工新闻", "/xgxw/", news)]))


def shitai(c: Ctx) -> None:
    """石台县 (池州市): plain server-rendered lists; its 无障碍 link leads to an accessibility mirror on
    ``wza.ahshitai.gov.cn`` serving the site under ``/www/``, whose link rewriting adds one more
    ``/www`` on every page (trap). Evidence: sites.md TRS lists, "无障碍 / 关怀版 toolbars", "naive
    s2t mirrors"; 信息无障碍版 on its own host (code corpus 7936381596: ``http://wza.zhuhai.gov.cn/wza/
    yixuan/…``); ``/www/`` path prefixes on gov hosts (38083438160: ``kjt.hebei.gov.cn/www/xxgk2020/…``,
    2584155989: ``ly.cqcs.gov.cn/www/index/``)."""
    s = c.site("shitai", "www.ahshitai.gov.cn", "石台县", "安徽省", "池州市", "341722")
    wza = c.site("shitai_wza", "wza.ahshitai.gov.cn", "石台县", "安徽省", "池州市", "341722", seeded=False)
    wza.siteid = s.siteid
    entry = mechs.www_mirror(wza, s)
    rng = rng_for(c.seed, s.key)
    s.nav = [
        ("首页", "/"),
        ("政务公开", "/zwgk/"),
        ("法治政府建设", "/zwgk/fzzfjs/"),
        ("石台新闻", "/stxw/"),
        ("无障碍", entry),
    ]
    r1 = s.report(rng, "石台县人民政府关于2023年法治政府建设情况的报告", 2023, *c.stem("002"), ())
    r2 = s.report(rng, "石台县2022年法治政府建设年度报告", 2022, *c.stem("003"), ())
    trail = [("政务公开", "/zwgk/")]
    fz = column(s, "法治政府建设", "/zwgk/fzzfjs/", [r1, r2, *s.fillers(rng, 5, "disclosure")], trail)
    xx = column(s, "政府信息公开年报", "/zwgk/xxgknb/", [s.lookalike(rng, "xxgk_annual", 2023)], trail)
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("法治政府建设", "/zwgk/fzzfjs/", fz), ("政府信息公开年报", "/zwgk/xxgknb/", xx)],
    )
    news = column(s, "石台新闻", "/stxw/", s.news(rng, 30), [])
    sitemap = "".join(f'<li><a href="{p}" title="{esc(n)}">{esc(n)}</a></li>' for n, p in s.nav[:4])
    s.put("/wzdt/", s.page(f"网站地图_{s.site_name}", f'<ul class="wzdt">{sitemap}</ul>'))
    s.home(blocks([("石台新闻", "/stxw/", news), ("法治政府建设", "/zwgk/fzzfjs/", fz)]))


ALL = (huaiyuan, shouxian, tianchang, huichang, lanling, chiping, shexian, shucheng, xigong, shitai)
