"""Blind16 sites whose lists, navigation or hosting need a mechanism no earlier blind web has,
all of the 安徽 政务公开 platform (阜阳):

* 颍上县: every 信息公开 column is a shell; its list is an HTML fragment POSTed for to the
  platform's label endpoint ``/site/label/8888?IsAjax=1&dataType=html`` (``labelName=
  publicInfoList``, ``organId``, ``catId``, ``pageIndex`` …), the fragment's pager drawn by
  ``Ls.pagination(…, {currPage: n, pageCount: N})``;
* 阜南县: the 信息公开 column directory is a tree loaded node by node from the same endpoint as
  JSON (``labelName=columnTree&isJson=true&isChild=true&id=<node>``); the nodes carry ids only
  and the page script writes each column's link;
* 临泉县: its 信息公开 lives on a host of the city's domain (``lqxxgk.fy.gov.cn``), whose label
  endpoint answers only a client holding the ``SHIROJSESSIONID`` cookie its pages set;
* the 阜阳市 portal, whose 县市区 page alone links 界首市 (not seeded), an ordinary member of the
  platform.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import quote

from .. import files
from ..blind.core import chunks
from ..blind.sites_a import home
from ..blind.skins import Skin
from ..blind2.core import open_site
from ..model import Request, Resource
from .core import (
    STAMP,
    County,
    Ctx16,
    Item,
    ah_article,
    ah_column,
    assign,
    esc,
    html_copy,
    json_answer,
    newer,
    num,
    put_at,
    query_lists,
    write_items,
)
from .sites_a import AhSkin, ah_news, ah_public

__all__ = ["funan", "fuyang_city", "linquan", "yingshang"]

LABEL = "/site/label/8888"


def _cookies(req: Request) -> dict[str, str]:
    raw = next((v for k, v in req.headers.items() if k.lower() == "cookie"), "")
    return dict(p.strip().split("=", 1) for p in raw.split(";") if "=" in p)


def fragment(items: list[Item], page: int, size: int, base: str = "") -> str:
    """The ``publicInfoList`` label's answer: the rows of one page and the ``Ls.pagination``
    call that draws the pager (``pageCount`` is what public crawlers read to page on)."""
    pages = chunks(items, size) or [[]]
    pcount = len(pages)
    if page > pcount:
        return '<ul class="clearfix xxgk_nav_list"></ul><div class="nodata">暂无相关信息</div>'
    rows = "".join(
        f'<li class="clearfix"><a href="{base}{esc(it.path)}" target="_blank" '
        f'title="{esc(it.title.replace("|", ""))}">{esc(it.title.replace("|", ""))}</a>'
        f'<span class="date">{it.date}</span></li>'
        for it in pages[page - 1]
    )
    return (
        f'<ul class="clearfix xxgk_nav_list">{rows}</ul><div id="page_public_info" class="pagination"></div>'
        '<script type="text/javascript">Ls.pagination("#page_public_info", function (pageIndex) {\n'
        f"  getInfoList(pageIndex);\n}}, {{currPage: {page}, pageCount: {pcount}, pageSize: {size}}});"
        "</script>"
    )


def label_shell(skin: Skin, organ: str, cat: str, name: str, site_id: str, file: str, trail) -> None:
    """A 信息公开 column page whose list the page's script asks the label endpoint for."""
    script = (
        '<script type="text/javascript">\nfunction getInfoList(pageIndex) {\n'
        '  $.ajax({\n    url: "/site/label/8888?IsAjax=1&dataType=html&_=" + Math.random(),\n'
        '    type: "POST",\n'
        f'    data: {{labelName: "publicInfoList", siteId: "{site_id}", pageSize: 15, pageIndex: pageIndex, '
        'action: "list", fuzzySearch: false, fromCode: "title", keyWords: "", sortType: 1, isDate: true, '
        f'dateFormat: "yyyy-MM-dd", length: 80, organId: "{organ}", type: 4, catId: "{cat}", cId: "", '
        f'result: "暂无相关信息", file: "{file}"}},\n'
        '    success: function (html) { $("#xxgk_lmcon").html(html); }\n  });\n}\n'
        "$(function () { getInfoList(1); });\n</script>"
    )
    body = (
        f'{skin.crumbs(trail)}<div class="xxgk_right"><div class="xxgk_lmtitle"><h2>{esc(name)}</h2></div>'
        '<div class="xxgk_lmcon" id="xxgk_lmcon"></div></div>'
        '<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/ls.pagination.js"></script>'
        f"{script}"
    )
    put_at(skin, ah_column(organ, cat), skin.page(f"{name}-{skin.site_name}", body))


def label_endpoint(
    ctx: Ctx16,
    c: County,
    cols: dict[tuple[str, str], list[Item]],
    *,
    session: str | None = None,
    tree: dict[str, list[dict]] | None = None,
) -> None:
    """``/site/label/8888``: ``publicInfoList`` answers a fragment (GET query or POSTed form
    alike); ``columnTree`` (``isJson=true``) the child nodes of ``id``; with ``session``, a
    request without ``SHIROJSESSIONID=<session>`` gets the empty answer."""

    def handler(req: Request) -> Resource:
        args = req.params()
        label = args.get("labelName", "")
        if label == "columnTree" and tree is not None:
            return json_answer(200, tree.get(args.get("id", ""), []))
        if label != "publicInfoList":
            return Resource("<div>标签不存在</div>".encode(), modified=STAMP)
        items = cols.get((args.get("organId", ""), args.get("catId", "")))
        if items is None or (session and _cookies(req).get("SHIROJSESSIONID") != session):
            return Resource('<div class="nodata">暂无相关信息</div>'.encode(), modified=STAMP)
        size = max(1, min(num(args.get("pageSize", ""), 15), 50))
        page = max(1, num(args.get("pageIndex", ""), 1))
        return Resource(fragment(items, page, size).encode(), modified=STAMP)

    ctx.handle(c, LABEL, handler)
    ctx.put(c, "/assets/js/jquery.min.js", "/*! jQuery v1.12.4 */", ctype="application/javascript")
    ctx.put(c, "/assets/js/ls.pagination.js", "/* Ls.pagination */", ctype="application/javascript")


# ====================================================================== 颍上县
def yingshang(ctx: Ctx16) -> None:
    """颍上县 (安徽 阜阳), ``www.yingshang.gov.cn``: the 安徽 政务公开 platform with its lists
    filled by the label endpoint: the column page ``/public/column/<organId>?type=4&catId=<catId>
    &action=list&nav=3`` holds an empty ``#xxgk_lmcon``; its script POSTs ``labelName=
    publicInfoList&siteId&pageSize=15&pageIndex&action=list&organId&type=4&catId&file=…`` to
    ``/site/label/8888?IsAjax=1&dataType=html&_=<random>`` and puts the answer, an HTML fragment
    of rows (``/public/<organId>/<id>.html``) and an ``Ls.pagination(…, {currPage, pageCount})``
    call, in place. Evidence: public crawlers of 安徽 sites POSTing exactly these fields to
    ``xsxxgk.huaibei.gov.cn/site/label/8888?IsAjax=1&dataType=html`` and GETting
    ``fzggw.ah.gov.cn/site/label/8888?IsAjax=1&dataType=html&labelName=publicInfoList&…&pageIndex=N``
    (reading ``pageCount`` from the answer, links ``.xxgk_nav_con a``), notes that
    ``ybj.ah.gov.cn``'s label answers "HTML 列表，含 title 与 /public/7071/<id>.html 链接"; the
    column script's exact text and the pager call's arguments are assumed. The 2024 report is on
    page 3 of 通知公告; the 2022 report in 法治政府建设 beside 阜阳市's reposted 2022 report."""
    c = County("yingshang", "颍上县", "安徽省", "阜阳市", "341226", "www.yingshang.gov.cn", scheme="https")
    organ, site_id = "11681", "6596911"
    gk = f"/public/column/{organ}?type=4&action=list&nav=3"
    nav = [("/", "首页"), ("/content/column/6792261?pageIndex=1", "颍上要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 20), skin=AhSkin)
    news = ah_news(skin, "6792261", "颍上要闻", 300)
    r24 = ctx.new_report(
        c, 2024, "颍上县2024年度法治政府建设工作报告", pub="2025-03-27 10:15", source="颍上县人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "颍上县人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-30 15:20",
        source="颍上县人民政府",
    )
    fy = ctx.higher("阜阳市", 2022, "省委、省政府", "2023-04-06 09:00")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("plan", 2023), ("meeting_topic", 2023)])
    names = {"6821101": "通知公告", "6821131": "法治政府建设"}
    cols = {
        (organ, "6821101"): [
            *newer(ctx, c, r24, 32, "notice", skin.clock),
            r24,
            *notes,
            *ctx.fillers(c, 26, "notice"),
        ],
        (organ, "6821131"): [fy, r22, *look, *ctx.fillers(c, 10, "disclosure")],
    }
    for key, items in cols.items():
        cols[key] = assign(ctx, items, ah_article(organ))
        trail = [(gk, "政府信息公开"), (ah_column(organ, key[1]), names[key[1]])]
        write_items(skin, cols[key], names[key[1]], trail)
        label_shell(skin, organ, key[1], names[key[1]], site_id, "/ysxxgk/publicInfoList_newest2020", trail)
    assert cols[(organ, "6821101")].index(r24) >= 30
    label_endpoint(ctx, c, cols)
    rows = "".join(f'<li><a href="{esc(ah_column(organ, k))}">{n}</a></li>' for k, n in names.items())
    put_at(
        skin,
        gk,
        skin.page(
            "政府信息公开",
            f'{skin.crumbs([(gk, "政府信息公开")])}<div class="xxgk_nav">'
            f"<h3>法定主动公开内容</h3><ul>{rows}</ul></div>",
        ),
    )
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("label_8888_fragment", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("label_8888_fragment", "higher_repost"))
    ctx.record_higher(c, fy, 2022, c.base + fy.path)
    home(skin, [(nav[1][0], "颍上要闻", news), (gk, "政府信息公开", [])])


# ====================================================================== 阜南县
def funan(ctx: Ctx16) -> None:
    """阜南县 (安徽 阜阳), ``www.funan.gov.cn``: the 安徽 platform with server-rendered column
    lists, but its 信息公开 directory is a tree the page builds from the label endpoint as JSON:
    ``$.getJSON("/site/label/8888", {labelName: "columnTree", isJson: true, isChild: true, id:
    <node>})`` answers the node's children (``id``, ``name``, ``pId``, ``isParent``) and the
    script writes ``<a href="/public/column/' + organId + '?type=4&catId=' + node.id + …">`` and
    loads the children of every ``isParent`` node. No other page links the report columns.
    Evidence: a public crawler of a platform site (``www.scpc.gov.cn/site/label/8888``, params
    ``isJson: "true"``, ``id``, ``isChild: "true"``, ``labelName: "columnTree"``, walking the
    second-level menu it answers); the node fields, the script and the county's use are assumed.
    The 2024 report is an article holding one line and its PDF only in a pdf.js viewer link
    (``/static/pdfjs/web/viewer.html?file=<encoded PDF path>``, as blind5's 会宁县), in
    法治政府建设; the 2022 report on page 2 of 其他法定公开信息."""
    c = County("funan", "阜南县", "安徽省", "阜阳市", "341225", "www.funan.gov.cn", scheme="https")
    organ, root = "11691", "6822001"
    gk = f"/public/column/{organ}?type=4&action=list&nav=3"
    nav = [("/", "首页"), ("/content/column/6793311?pageIndex=1", "阜南要闻"), (gk, "政府信息公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 7, 9), skin=AhSkin)
    news = ah_news(skin, "6793311", "阜南要闻", 280)
    r24 = ctx.new_report(
        c,
        2024,
        "阜南县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-25 16:30",
        source="阜南县人民政府",
    )
    body24 = list(r24.paras)
    r24.paras = ["阜南县人民政府关于2024年度法治政府建设情况的报告全文见附件。"]
    r24.uid = ctx.uid()
    digest = hashlib.sha1(str(r24.uid).encode()).hexdigest()[:16]
    pdf_path = f"/group1/M00/0B/{r24.uid % 256:02X}/wKgBZ2f{digest}.pdf"
    viewer = "/static/pdfjs/web/viewer.html?file=" + quote(pdf_path, safe="")
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("interpretation", 2025)])
    fz = ah_public(skin, organ, "6822031", "法治政府建设", [r24, *look, *ctx.fillers(c, 10, "disclosure")])
    page = ctx.web.resources[(c.host, r24.path, "")].body.decode("utf-8")
    label = esc(r24.title.replace("|", "")) + ".pdf"
    page = page.replace(
        "全文见附件。</p>",
        f'全文见附件。</p><div class="fj">附件：<a href="{esc(viewer)}" target="_blank">{label}</a></div>',
        1,
    )
    ctx.web.resources[(c.host, r24.path, "")].body = page.encode("utf-8")
    ctx.put(
        c,
        pdf_path,
        files.make_pdf(r24.title.replace("|", ""), body24),
        ctype="application/pdf",
        modified=r24.pub,
    )
    r22 = ctx.new_report(
        c, 2022, "阜南县2022年法治政府建设年度报告", pub="2023-03-31 11:40", source="阜南县司法局"
    )
    qt = ah_public(
        skin,
        organ,
        "6822041",
        "其他法定公开信息",
        [*newer(ctx, c, r22, 17, until=skin.clock), r22, *ctx.fillers(c, 12, "disclosure", (2019, 2022))],
    )
    assert qt.index(r22) >= 15
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("gov_work_report", 2024)])
    tz = ah_public(skin, organ, "6822051", "通知公告", [*notes, *ctx.fillers(c, 30, "notice")])
    viewer_html = (
        '<!DOCTYPE html><html dir="ltr"><head><meta charset="utf-8"><title>PDF.js viewer</title>'
        '<link rel="stylesheet" href="viewer.css"><script src="../build/pdf.js"></script>'
        '<script src="viewer.js"></script></head><body tabindex="1"><div id="outerContainer">'
        '<div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div></div></body></html>'
    )
    ctx.handle(c, "/static/pdfjs/web/viewer.html", lambda req: Resource(viewer_html.encode(), modified=STAMP))
    tree = {
        root: [
            {"id": 6822011, "pId": int(root), "name": "法定主动公开内容", "isParent": True},
            {"id": 6822051, "pId": int(root), "name": "通知公告", "isParent": False},
        ],
        "6822011": [
            {"id": 6822031, "pId": 6822011, "name": "法治政府建设", "isParent": False},
            {"id": 6822041, "pId": 6822011, "name": "其他法定公开信息", "isParent": False},
        ],
    }
    label_endpoint(ctx, c, {}, tree=tree)
    script = (
        f'<script type="text/javascript">\nvar organId = "{organ}";\nfunction loadTree(pid, ul) {{\n'
        '  $.getJSON("/site/label/8888", {labelName: "columnTree", isJson: true, isChild: true, id: pid}, '
        "function (nodes) {\n    $.each(nodes, function (i, node) {\n"
        "      var li = $('<li><a href=\"/public/column/' + organId + '?type=4&catId=' + node.id + "
        "'&action=list&nav=3\">' + node.name + '</a></li>');\n      ul.append(li);\n"
        "      if (node.isParent) { var sub = $('<ul></ul>'); li.append(sub); loadTree(node.id, sub); }\n"
        "    });\n  });\n}\n"
        f'$(function () {{ loadTree("{root}", $("#columnTree")); }});\n</script>'
    )
    put_at(
        skin,
        gk,
        skin.page(
            "政府信息公开",
            f'{skin.crumbs([(gk, "政府信息公开")])}<div class="xxgk_left">'
            '<h3>信息公开目录</h3><ul id="columnTree" class="ztree"></ul></div>'
            '<script src="/assets/js/jquery.min.js"></script>' + script,
        ),
    )
    ctx.record(c, [*look, *notes])
    copy = {"url": c.base + pdf_path, "kind": "pdf", "via": c.base + r24.path, "text_layer": True}
    ctx.truth_report(c, r24, 2024, [copy], kinds=("label_column_tree", "pdfjs_viewer"), body=body24)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("label_column_tree", "later_list_page"))
    assert fz and tz
    home(skin, [(nav[1][0], "阜南要闻", news), (gk, "政府信息公开", [])])


# ====================================================================== 临泉县
def linquan(ctx: Ctx16) -> None:
    """临泉县 (安徽 阜阳), ``www.linquan.gov.cn``: the county site holds news and notices; its
    政府信息公开 is on a host of the city's domain, ``lqxxgk.fy.gov.cn`` (linked from the county's
    menu), a platform 信息公开 site whose column lists are filled by the label endpoint (as
    颍上县's) and whose pages set ``SHIROJSESSIONID``; the endpoint answers only a client that
    sends that cookie back (else "暂无相关信息"). Evidence: a public crawler of 濉溪县's
    信息公开, which lives at ``xsxxgk.huaibei.gov.cn`` (a host of 淮北市's domain), POSTing to
    its ``/site/label/8888?IsAjax=1&dataType=html`` with ``Cookie: SHIROJSESSIONID=<uuid>`` and
    ``X-Requested-With``; that 临泉县 is hosted so, the host name and the refusal without the
    cookie are assumed. The 2024 report is in 法治政府建设; the 2022 report on page 2 of
    其他法定公开信息."""
    c = County("linquan", "临泉县", "安徽省", "阜阳市", "341221", "www.linquan.gov.cn", scheme="https")
    x = County("linquan_xxgk", "临泉县", "安徽省", "阜阳市", "341221", "lqxxgk.fy.gov.cn", seeded=False)
    organ, site_id = "33", "4704291"
    gk = "http://lqxxgk.fy.gov.cn/"
    nav = [
        ("/", "首页"),
        ("/content/column/6794411?pageIndex=1", "临泉要闻"),
        ("/content/column/6794421?pageIndex=1", "通知公告"),
        (gk, "政府信息公开"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 26), skin=AhSkin)
    news = ah_news(skin, "6794411", "临泉要闻", 260)
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    tz = query_lists(
        skin,
        "/content/column/6794421?pageIndex=1",
        "通知公告",
        [("/content/column/6794421?pageIndex=1", "通知公告")],
        [*notes, *ctx.fillers(c, 40, "notice")],
        lambda it: f"/content/article/{it.uid}",
        per=20,
        page_url=lambda k: f"/content/column/6794421?pageIndex={k}",
    )
    ctx.record(c, notes)
    home(
        skin,
        [(nav[1][0], "临泉要闻", news), (nav[2][0], "通知公告", tz)],
        extra=f'<div class="zfxxgk"><a href="{gk}" target="_blank">政府信息公开</a></div>',
    )
    xs = open_site(
        ctx,
        x,
        [("/", "首页"), (f"http://{c.host}/", "临泉县人民政府")],
        dt.date(2025, 5, 26),
        skin=AhSkin,
        seeded=False,
    )
    r24 = ctx.new_report(
        x,
        2024,
        "临泉县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-28 16:10",
        source="临泉县人民政府",
    )
    r22 = ctx.new_report(
        x, 2022, "临泉县2022年度法治政府建设工作报告", pub="2023-03-31 11:40", source="临泉县司法局"
    )
    look = ctx.lookalikes_of(x, [("assessment", 2023), ("gov_work_report", 2023), ("duty_report", 2022)])
    names = {"3827911": "法治政府建设", "3827899": "其他法定公开信息"}
    cols = {
        (organ, "3827911"): [r24, *look, *ctx.fillers(x, 11, "disclosure")],
        (organ, "3827899"): [*newer(ctx, x, r22, 18, until=xs.clock), r22, *ctx.fillers(x, 14, "disclosure")],
    }
    for key, items in cols.items():
        cols[key] = assign(ctx, items, ah_article(organ))
        trail = [("/", "政府信息公开"), (ah_column(organ, key[1]), names[key[1]])]
        write_items(xs, cols[key], names[key[1]], trail)
        label_shell(xs, organ, key[1], names[key[1]], site_id, "/lqxxgk/publicInfoList-lq", trail)
    assert cols[(organ, "3827899")].index(r22) >= 15
    session = "f30feb26-" + hashlib.sha1(b"lqxxgk").hexdigest()[:4] + "-4287-a5a6-27bbd76bf960"
    label_endpoint(ctx, x, cols, session=session)
    rows = "".join(f'<li><a href="{esc(ah_column(organ, k))}">{n}</a></li>' for k, n in names.items())
    home(xs, [], extra=f'<div class="xxgk_nav"><h3>法定主动公开内容</h3><ul>{rows}</ul></div>')
    # every page of the 信息公开 host sets the session cookie (Shiro's JSESSIONID)
    cookie = ("Set-Cookie", f"SHIROJSESSIONID={session}; Path=/; HttpOnly")
    for (host, _p, _q), res in ctx.web.resources.items():
        if host == x.host and res.ctype.startswith("text/html"):
            res.headers = (*tuple(res.headers or ()), cookie)
    ctx.record(x, look)
    ctx.truth_report(x, r24, 2024, html_copy(x, r24), kinds=("xxgk_city_subdomain", "shiro_session_label"))
    ctx.truth_report(
        x,
        r22,
        2022,
        html_copy(x, r22),
        kinds=("xxgk_city_subdomain", "shiro_session_label", "api_later_page"),
    )


# ====================================================================== 阜阳市 → 界首市
FUYANG_COUNTIES = [
    ("颍州区", "https://www.yingzhouqu.gov.cn/"),
    ("颍东区", "http://www.yingdong.gov.cn/"),
    ("颍泉区", "https://www.yingquan.gov.cn/"),
    ("临泉县", "https://www.linquan.gov.cn/"),
    ("阜南县", "https://www.funan.gov.cn/"),
    ("颍上县", "https://www.yingshang.gov.cn/"),
    ("界首市", "https://www.ahjs.gov.cn/"),
]


def fuyang_city(ctx: Ctx16) -> None:
    """阜阳市 (安徽) portal ``www.fy.gov.cn``, seeded: its 县市区政府网站 page (linked from the
    home page's 网站群 box; sites.md "a city portal's 县区 list") links the county sites (hosts
    from ``gov_sites.csv``). 界首市 (``https://www.ahjs.gov.cn``) is in no seed row and is linked
    only there: an ordinary member of the 安徽 platform (as 颍州区) whose 2023 report and
    阜阳市's reposted 2023 report are in 法治政府建设 and whose 2020 report is on page 2 of
    其他法定公开信息."""
    city = County("fuyang_city", "阜阳市", "安徽省", "", "341200", "www.fy.gov.cn", scheme="https")
    js = County(
        "jieshou", "界首市", "安徽省", "阜阳市", "341282", "www.ahjs.gov.cn", scheme="https", seeded=False
    )
    cskin = open_site(
        ctx,
        city,
        [("/", "首页"), ("/content/column/6780001?pageIndex=1", "阜阳要闻")],
        dt.date(2024, 9, 2),
        skin=AhSkin,
    )
    cnews = ah_news(cskin, "6780001", "阜阳要闻", 200)
    rows = "".join(
        f'<li><a href="{u}" target="_blank" title="{n}人民政府">{n}人民政府</a></li>'
        for n, u in FUYANG_COUNTIES
    )
    cskin.put(
        "/site/tpl/6311",
        cskin.page(
            "县市区政府网站",
            cskin.crumbs([("/site/tpl/6311", "县市区政府网站")])
            + f'<div class="xslist"><ul>{rows}</ul></div>',
        ),
    )
    home(
        cskin,
        [("/content/column/6780001?pageIndex=1", "阜阳要闻", cnews)],
        extra='<div class="wzq"><h3>网站群</h3><a href="/site/tpl/6311">县市区政府网站</a></div>',
    )
    organ = "11701"
    gk = f"/public/column/{organ}?type=4&action=list&nav=3"
    skin = open_site(
        ctx,
        js,
        [("/", "首页"), ("/content/column/6795511?pageIndex=1", "界首要闻"), (gk, "政府信息公开")],
        dt.date(2025, 5, 12),
        skin=AhSkin,
        seeded=False,
    )
    news = ah_news(skin, "6795511", "界首要闻", 220)
    r23 = ctx.new_report(
        js,
        2023,
        "界首市人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-28 10:20",
        source="界首市人民政府",
    )
    fy = ctx.higher("阜阳市", 2023, "省委、省政府", "2024-04-03 16:00")
    look = ctx.lookalikes_of(js, [("plan", 2024), ("meeting", 2024)])
    fz = ah_public(
        skin, organ, "6823101", "法治政府建设", [r23, fy, *look, *ctx.fillers(js, 8, "disclosure")]
    )
    ctx.record(js, look)
    kinds = ("anhui_zwgk_platform", "unseeded_county_via_prefecture_list")
    ctx.truth_report(js, r23, 2023, html_copy(js, r23), kinds=kinds)
    ctx.record_higher(js, fy, 2023, js.base + fy.path)
    r20 = ctx.new_report(
        js, 2020, "界首市2020年法治政府建设工作报告", pub="2021-03-31 14:10", source="界首市司法局"
    )
    qt = ah_public(
        skin,
        organ,
        "6823111",
        "其他法定公开信息",
        [*newer(ctx, js, r20, 16, until=skin.clock), r20, *ctx.fillers(js, 10, "disclosure", (2019, 2020))],
    )
    assert qt.index(r20) >= 15
    ctx.truth_report(js, r20, 2020, html_copy(js, r20), kinds=(*kinds, "later_list_page"))
    rows = "".join(
        f'<li><a href="{esc(ah_column(organ, k))}">{n}</a></li>'
        for k, n in (("6823101", "法治政府建设"), ("6823111", "其他法定公开信息"))
    )
    put_at(skin, gk, skin.page("政府信息公开", f"{skin.crumbs([(gk, '政府信息公开')])}<ul>{rows}</ul>"))
    home(skin, [("/content/column/6795511?pageIndex=1", "界首要闻", news), (gk, "政府信息公开", fz)])
