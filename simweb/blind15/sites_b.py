"""Blind15 sites whose lists, links, bodies or whole site need a mechanism no earlier blind web
has: a 邢台 county behind the 云锁 (Yunsuo) web firewall, whose every page first answers a
``YunSuoAutoJump()`` screen check (``/?security_verify_data=<hex of "width,height">`` with the
``yunsuo_session_verify`` cookie, then a 302 setting ``security_session_mid_verify``); a 邢台
county on ASP.NET whose lists come from a page method (``POST NewsList.aspx/GetNewsList`` with a
JSON body, the rows double-encoded as a JSON string in ``d``); a 赤峰 banner whose lists are
rendered by art-template from a JSON API, the article URL written only in the
``<script type="text/html" id="tpl-list">`` template; and a 赤峰 banner whose report PDF is
downloaded only through a hidden form (``downFile('<id>')`` filling ``fileId`` and submitting
``<form name="fileDownLoad" method="post" action="/downLoad.do">``).

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from urllib.parse import parse_qsl, urlsplit

from .. import files
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind11.sites_b import _html
from ..model import Request, Resource
from .core import STAMP, County, Ctx15, Item, assign, esc, html_copy, newer, num, put_at, write_items

__all__ = ["aohan", "kskqq", "longyao", "ningjin", "yunsuo_gate"]


def _h(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def cookies(req: Request) -> dict[str, str]:
    raw = next((v for k, v in req.headers.items() if k.lower() == "cookie"), "")
    return dict(p.strip().split("=", 1) for p in raw.split(";") if "=" in p)


# ====================================================================== 宁晋县 (云锁)
YS_PAGE = (
    b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title>'
    b"</head><body>"
    b'<script type="text/javascript">function stringToHex(str){var val="";'
    b'for(var i = 0; i < str.length; i++){if(val == "")val = str.charCodeAt(i).toString(16);'
    b"else val += str.charCodeAt(i).toString(16);}return val;}"
    b"function YunSuoAutoJump(){ var width =screen.width; var height=screen.height; "
    b'var screendate = width + "," + height;var curlocation = window.location.href;'
    b'if(-1 == curlocation.indexOf("security_verify_")){ document.cookie="srcurl=" + '
    b'stringToHex(window.location.href) + ";path=/;";}'
    b'self.location = "/?security_verify_data=" + stringToHex(screendate);}</script>'
    b'<script>setTimeout("YunSuoAutoJump()", 50);</script></body></html>'
)
SCREEN = re.compile(r"^\d{3,5},\d{3,5}$")


def yunsuo_gate(ctx: Ctx15, c: County) -> tuple[str, str]:
    """Put every page of ``c`` (robots.txt aside) behind a 云锁-style screen check: a request
    without both cookies answers 200 with the ``YunSuoAutoJump()`` page and
    ``Set-Cookie: yunsuo_session_verify=…``; ``/?security_verify_data=<hex of "W,H">`` asked with
    that cookie answers 302 to the ``srcurl`` cookie's page (hex of the URL the script saw; ``/``
    without it) with ``Set-Cookie: security_session_mid_verify=…``; with both cookies the site
    answers. Returns the two cookie values."""
    sess, mid = _h("ys-sess", c.host)[:32], _h("ys-mid", c.host)[:32]
    pages = {
        (path, query): res
        for (host, path, query), res in list(ctx.web.resources.items())
        if host == c.host and path != "/robots.txt"
    }
    for path, query in pages:
        del ctx.web.resources[(c.host, path, query)]
    expires = "expires=Thu, 31-Dec-37 23:55:55 GMT; path=/; HttpOnly"

    def challenge() -> Resource:
        return Resource(
            YS_PAGE,
            "text/html",
            headers=(("Set-Cookie", f"yunsuo_session_verify={sess}; {expires}"),),
            modified=STAMP,
        )

    def handler(req: Request) -> Resource:
        jar = cookies(req)
        qs = dict(parse_qsl(req.query, keep_blank_values=True))
        if "security_verify_data" in qs:
            try:
                screen = bytes.fromhex(qs["security_verify_data"]).decode("ascii")
            except ValueError:
                screen = ""
            if jar.get("yunsuo_session_verify") != sess or not SCREEN.match(screen):
                return challenge()
            try:
                target = bytes.fromhex(jar.get("srcurl", "")).decode("utf-8")
            except ValueError:
                target = ""
            if urlsplit(target).hostname != c.host:
                target = c.base + "/"
            return Resource(
                b"",
                "text/html",
                status=302,
                headers=(
                    ("Set-Cookie", f"security_session_mid_verify={mid}; {expires}"),
                    ("Location", target),
                ),
                modified=STAMP,
            )
        if jar.get("yunsuo_session_verify") != sess or jar.get("security_session_mid_verify") != mid:
            return challenge()
        res = pages.get((req.path, req.query))
        if res is None:
            return Resource(b"<h1>404 Not Found</h1>", "text/html", status=404, modified=STAMP)
        return res

    ctx.handle_prefix(c, "/", handler)
    return sess, mid


def ningjin(ctx: Ctx15) -> None:
    """宁晋县 (河北 邢台), ``www.ningjin.gov.cn``: an ordinary TRS site behind the 云锁 (Yunsuo)
    web application firewall: every page, the home page too, first answers 200 with only the
    ``YunSuoAutoJump()`` script and ``Set-Cookie: yunsuo_session_verify``; the script stores the
    page's URL hex-encoded in the ``srcurl`` cookie and goes to ``/?security_verify_data=<hex of
    "screen.width,screen.height">``, which answers 302 back to that page with
    ``Set-Cookie: security_session_mid_verify``. Evidence: public crawlers that pass this check
    (a ``yunSuoAutoJump`` helper building ``"srcurl=" + stringToHex(url)`` and
    ``/index.php?security_verify_data=" + stringToHex("1920,1080")``; notes of the exchange:
    ``yunsuo_session_verify`` on the first answer, ``security_session_mid_verify`` on the
    second; ``…/?security_verify_data=313932302c31303830``); that 宁晋县 runs 云锁 is assumed.
    The 2024 report is on page 2 of 通知公告; the 2022 report in 法治政府建设 beside 河北省's
    reposted 2023 report and a 述法报告."""
    c = County("ningjin", "宁晋县", "河北省", "邢台市", "130528", "www.ningjin.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/njyw/", "宁晋要闻"),
        (gk + "tzgg/", "通知公告"),
        (gk + "fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 20), skin=InfoSkin)
    news = news_column(skin, "/xwzx/njyw/", "宁晋要闻", 280)
    r24 = ctx.new_report(
        c, 2024, "宁晋县2024年度法治政府建设工作报告", pub="2025-03-27 10:15", source="宁晋县人民政府"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    tz = publish(
        skin,
        gk + "tzgg/",
        "通知公告",
        [(gk, "政务公开"), (gk + "tzgg/", "通知公告")],
        [*newer(ctx, c, r24, 24, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 30, "notice")],
    )
    assert tz.index(r24) >= 20
    r22 = ctx.new_report(
        c,
        2022,
        "宁晋县人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-30 15:20",
        source="宁晋县人民政府",
    )
    hb = ctx.higher("河北省", 2023, "党中央、国务院", "2024-03-29 09:00")
    look = ctx.lookalikes_of(c, [("shufa", 2024), ("plan", 2023), ("meeting_topic", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        [(gk, "政务公开"), (gk + "fzzfjs/", "法治政府建设")],
        [hb, r22, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("yunsuo_screen_challenge", "later_list_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("yunsuo_screen_challenge", "higher_repost"))
    ctx.record_higher(c, hb, 2023, c.base + hb.path)
    index_page(
        skin,
        gk + "index.html",
        "政务公开",
        [(gk, "政务公开")],
        [(gk + "tzgg/", "通知公告", tz), (gk + "fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/njyw/", "宁晋要闻", news),
            (gk + "tzgg/", "通知公告", tz),
            (gk + "fzzfjs/", "法治政府建设", fz),
        ],
    )
    yunsuo_gate(ctx, c)


# ====================================================================== 隆尧县 (page method)
LY_COLS = {"11": "通知公告", "23": "法治政府建设", "2": "隆尧要闻", "31": "部门动态"}
LY_PER = 15
LY_METHOD = "/xxgk/NewsList.aspx/GetNewsList"


def _asp_error(message: str, kind: str) -> Resource:
    body = json.dumps({"Message": message, "StackTrace": "", "ExceptionType": kind}, ensure_ascii=False)
    return Resource(
        body.encode(),
        "application/json; charset=utf-8",
        status=500,
        headers=(("jsonerror", "true"),),
        modified=STAMP,
    )


def longyao(ctx: Ctx15) -> None:
    """隆尧县 (河北 邢台), ``www.longyao.gov.cn``: an ASP.NET site whose 信息公开 columns
    ``/xxgk/NewsList.aspx?ClassId=<id>`` are empty ``<ul id="newsList">`` shells; the page's
    jQuery calls the page method ``$.ajax({type:"POST",url:"NewsList.aspx/GetNewsList",
    data:JSON.stringify({classId,pageIndex,pageSize}),contentType:"application/json;
    charset=utf-8",dataType:"json"})``, and ``success`` reads ``JSON.parse(data.d)``: the answer
    is ``{"d":"<JSON text>"}``, the rows (``NewsId``, ``Title``, ``AddTime``) and ``total``
    double-encoded as a string. Rows link ``NewsShow.aspx?Id=`` + ``NewsId`` (relative to
    ``/xxgk/``); the pager is ``onclick="getNewsList(n)"``. A GET of the method answers 500
    (``InvalidOperationException``, as ASP.NET script services refuse GET). Evidence: public pages
    and scripts calling ASP.NET page methods and ``.asmx`` services this way
    (``url: "InquiryInfo.aspx/FilterProduct"``, ``contentType: "application/json;
    charset=utf-8"``, ``var sample = JSON.parse(data.d);``; ``DemoTest.aspx/GetStr`` with
    ``JSON.parse(data.d)`` then ``$("#list").append('<li>…')``); the county's use, the method and
    field names are assumed. The 2024 report is on page 3 of 通知公告; the 2022 report in
    法治政府建设; the 县司法局's own report in 部门动态."""
    c = County("longyao", "隆尧县", "河北省", "邢台市", "130525", "www.longyao.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/xxgk/NewsList.aspx?ClassId={k}", n) for k, n in LY_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 26))
    r24 = ctx.new_report(
        c,
        2024,
        "隆尧县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-28 16:10",
        source="隆尧县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "隆尧县2022年法治政府建设年度报告", pub="2023-03-31 11:40", source="隆尧县司法局"
    )
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-25 09:30")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2025)])
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("gov_work_report", 2023), ("duty_report", 2022)])
    cols: dict[str, list[Item]] = {
        "11": [*newer(ctx, c, r24, 32, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 26, "notice")],
        "23": [r22, *look, *ctx.fillers(c, 11, "disclosure")],
        "2": ctx.news(c, 230),
        "31": [dep, *ctx.fillers(c, 14, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/xxgk/NewsShow.aspx?Id={it.uid}")
        trail = [("/xxgk/", "信息公开"), (f"/xxgk/NewsList.aspx?ClassId={k}", LY_COLS[k])]
        write_items(skin, cols[k], LY_COLS[k], trail)
        script = (
            f'<script>var classId = "{k}";\n'
            "function getNewsList(pageIndex) {\n"
            '  $.ajax({ type: "POST", url: "NewsList.aspx/GetNewsList",\n'
            "    data: JSON.stringify({ classId: classId, pageIndex: pageIndex, pageSize: 15 }),\n"
            '    contentType: "application/json; charset=utf-8", dataType: "json",\n'
            "    success: function (data) {\n"
            '      var res = JSON.parse(data.d); var html = "";\n'
            "      $.each(res.rows, function (i, item) {\n"
            '        html += \'<li><a href="NewsShow.aspx?Id=\' + item.NewsId + \'" target="_blank" '
            "title=\"' + item.Title + '\">' + item.Title + '</a><span>' + item.AddTime + '</span></li>';\n"
            "      });\n"
            '      $("#newsList").html(html);\n'
            '      var pages = Math.ceil(res.total / 15), pager = "";\n'
            "      for (var p = 1; p <= pages; p++) { pager += p == pageIndex ? '<span>' + p + '</span>' : "
            "'<a href=\"javascript:void(0);\" onclick=\"getNewsList(' + p + ')\">' + p + '</a>'; }\n"
            '      $("#pager").html("共" + res.total + "条 " + pager);\n'
            "    } });\n"
            "}\n$(function () { getNewsList(1); });</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="listbox"><h2>{esc(LY_COLS[k])}</h2>'
            '<ul id="newsList" class="newslist"></ul><div id="pager" class="pager"></div></div>'
            f'<script src="/Scripts/jquery-1.8.3.min.js"></script>{script}'
        )
        put_at(skin, f"/xxgk/NewsList.aspx?ClassId={k}", skin.page(f"{LY_COLS[k]}-{skin.site_name}", body))
    assert cols["11"].index(r24) >= 30
    ctx.put(
        c, "/Scripts/jquery-1.8.3.min.js", "/*! jQuery v1.8.3 jquery.com */", ctype="application/javascript"
    )

    def method(req: Request) -> Resource:
        if req.method != "POST":
            return _asp_error(
                "尝试使用 GET 请求调用方法“GetNewsList”，但不允许这样做。", "System.InvalidOperationException"
            )
        raw = req.body.decode("utf-8", "replace")
        try:
            args = json.loads(raw)
        except ValueError:
            try:
                args = json.loads(raw.replace("'", '"'))
            except ValueError:
                return _asp_error(f"无效的 JSON 基元: {raw[:20]}。", "System.ArgumentException")
        if not isinstance(args, dict) or "classId" not in args:
            return _asp_error("Web 服务调用无效，缺少参数值: “classId”。", "System.InvalidOperationException")
        cid = str(args.get("classId"))
        items = cols.get(cid, [])
        size = max(1, min(num(str(args.get("pageSize", LY_PER)), LY_PER), 50))
        page = max(1, num(str(args.get("pageIndex", 1)), 1))
        rows = [
            {"NewsId": it.uid, "Title": it.title.replace("|", ""), "AddTime": it.date, "ClassId": num(cid, 0)}
            for it in items[(page - 1) * size : page * size]
        ]
        inner = json.dumps({"total": len(items), "pageIndex": page, "rows": rows}, ensure_ascii=False)
        return Resource(
            json.dumps({"d": inner}, ensure_ascii=False).encode(),
            "application/json; charset=utf-8",
            modified=STAMP,
        )

    ctx.handle(c, LY_METHOD, method)
    ctx.record(c, [*notes, *look])
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("aspnet_page_method_d", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("aspnet_page_method_d",))
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/", "信息公开")],
        [(f"/xxgk/NewsList.aspx?ClassId={k}", n, []) for k, n in LY_COLS.items()],
    )
    home(skin, [("/xxgk/NewsList.aspx?ClassId=2", "隆尧要闻", []), ("/xxgk/", "信息公开", [])])


# ====================================================================== 克什克腾旗 (art-template)
KS_COLS = {"1104": "通知公告", "1127": "法治政府建设", "1001": "克旗要闻"}
KS_PER = 15
KS_TPL = (
    '<script type="text/html" id="tpl-list">\n'
    "{{each data.list item i}}\n"
    '<li><a href="/content/{{item.channelId}}/{{item.id}}.html" target="_blank" title="{{item.title}}">'
    '{{item.title}}</a><span class="date">{{item.publishDate}}</span></li>\n'
    "{{/each}}\n</script>"
)


def kskqq(ctx: Ctx15) -> None:
    """克什克腾旗 (内蒙古 赤峰), ``www.kskqq.gov.cn``: its columns ``/channel/<id>.html`` are
    shells (``<ul id="list">``); the page's script GETs ``/api/content/list?channelId=<id>&
    pageNum=<n>&pageSize=15`` (``$.getJSON``), which answers ``{"code":200,"data":{"total",
    "pages","pageNum","list":[{"id","channelId","title","publishDate"}]}}`` without any URL, and
    renders the rows with art-template: ``template("tpl-list", res)`` over
    ``<script type="text/html" id="tpl-list">{{each data.list item i}}<li><a
    href="/content/{{item.channelId}}/{{item.id}}.html">…{{/each}}</script>``; the article URL
    exists only in that template. The pager's links are ``href="javascript:;" data-page="n"``
    handled by a delegated click. Evidence: public list pages rendered this way
    (``var strhtml = template('tpl-table', res); $('tbody').html(strhtml)`` after ``$.ajax``;
    ``var htmlStr=template('tpl',info)`` with a ``page``/``pageSize`` GET; ``<script
    type="text/html" id="tpl_article_list">{{each list as value i}}<li><a
    href="{{value.url}}…">``); the banner's use, the endpoint and field names are assumed. The
    2023 report is on page 3 of 通知公告; the 2021 report in 法治政府建设 beside 赤峰市's reposted
    2022 report."""
    c = County("kskqq", "克什克腾旗", "内蒙古自治区", "赤峰市", "150425", "www.kskqq.gov.cn")
    nav = [("/", "首页"), *((f"/channel/{k}.html", n) for k, n in KS_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 5), skin=InfoSkin)
    r23 = ctx.new_report(
        c,
        2023,
        "克什克腾旗人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-27 17:05",
        source="克什克腾旗人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "克什克腾旗2021年法治政府建设工作报告", pub="2022-03-30 10:40", source="克什克腾旗司法局"
    )
    cf = ctx.higher("赤峰市", 2022, "自治区党委、政府", "2023-04-10 15:00")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("text_interp", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2024), ("interpretation", 2022), ("demo_news", 2023)])
    cols: dict[str, list[Item]] = {
        "1104": [*newer(ctx, c, r23, 31, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 22, "notice")],
        "1127": [r21, cf, *look, *ctx.fillers(c, 9, "disclosure")],
        "1001": ctx.news(c, 240),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it, k=k: f"/content/{k}/{it.uid}.html")
        trail = [(f"/channel/{k}.html", KS_COLS[k])]
        write_items(skin, cols[k], KS_COLS[k], trail)
        script = (
            f'<script>var channelId = "{k}";\n'
            'function renderPager(pages, cur) { var h = "";\n'
            "  for (var i = 1; i <= pages; i++) { h += i == cur ? '<span class=\"cur\">' + i + '</span>' : "
            "'<a href=\"javascript:;\" data-page=\"' + i + '\">' + i + '</a>'; }\n"
            '  $("#pager").html(h); }\n'
            "function loadList(pageNum) {\n"
            '  $.getJSON("/api/content/list", { channelId: channelId, pageNum: pageNum, pageSize: 15 }, '
            "function (res) {\n"
            '    if (res.code == 200) { $("#list").html(template("tpl-list", res)); '
            "renderPager(res.data.pages, pageNum); }\n"
            "  });\n}\n"
            '$(function () { loadList(1); $("#pager").on("click", "a", function () { '
            'loadList($(this).data("page")); }); });</script>'
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-wrap"><h2>{esc(KS_COLS[k])}</h2>'
            '<ul id="list" class="list"></ul><div id="pager" class="pager"></div></div>'
            f'{KS_TPL}<script src="/static/js/jquery.min.js"></script>'
            f'<script src="/static/js/template-web.js"></script>{script}'
        )
        put_at(skin, f"/channel/{k}.html", skin.page(f"{KS_COLS[k]}-{skin.site_name}", body))
    assert cols["1104"].index(r23) >= 30
    ctx.put(c, "/static/js/jquery.min.js", "/*! jQuery v3.4.1 */", ctype="application/javascript")
    ctx.put(
        c,
        "/static/js/template-web.js",
        "/*! art-template@4.13.2 | https://github.com/aui/art-template */",
        ctype="application/javascript",
    )

    def api(req: Request) -> Resource:
        qs = req.params()
        items = cols.get(qs.get("channelId", ""))
        if items is None:
            return Resource(
                json.dumps({"code": 500, "msg": "栏目不存在", "data": None}, ensure_ascii=False).encode(),
                "application/json; charset=utf-8",
                modified=STAMP,
            )
        size = max(1, min(num(qs.get("pageSize", ""), KS_PER), 50))
        pages = max(1, math.ceil(len(items) / size))
        page = max(1, num(qs.get("pageNum", ""), 1))
        rows = [
            {
                "id": it.uid,
                "channelId": int(qs["channelId"]),
                "title": it.title.replace("|", ""),
                "publishDate": it.date,
            }
            for it in items[(page - 1) * size : page * size]
        ]
        data = {"total": len(items), "pages": pages, "pageNum": page, "pageSize": size, "list": rows}
        return Resource(
            json.dumps({"code": 200, "msg": "success", "data": data}, ensure_ascii=False).encode(),
            "application/json; charset=utf-8",
            modified=STAMP,
        )

    ctx.handle(c, "/api/content/list", api)
    ctx.record(c, [*notes, *look])
    ctx.record_higher(c, cf, 2022, c.base + cf.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("art_template_list", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("art_template_list", "higher_repost"))
    home(skin, [(f"/channel/{k}.html", n, []) for k, n in KS_COLS.items()])


# ====================================================================== 敖汉旗 (download form)
def aohan(ctx: Ctx15) -> None:
    """敖汉旗 (内蒙古 赤峰), ``www.aohan.gov.cn``: an ordinary TRS site, except that its
    attachments are downloaded only through a hidden form: the 2024 report article holds one
    line (全文见附件) and ``<a href="javascript:void(0);" onclick="downFile('<32 hex>')">…pdf</a>``;
    ``downFile`` sets ``document.fileDownLoad.fileId.value`` and submits ``<form
    name="fileDownLoad" method="post" action="/downLoad.do">``, which answers the PDF
    (``Content-Disposition: attachment``). The servlet reads ``fileId`` from the form or the query
    alike (``/downLoad.do?fileId=…`` is the URL the truth files the PDF under); no page links
    it. Evidence: public pages downloading files this way (``<form name="fileDownLoad"
    method="post" action="/downLoad.do">`` with hidden ``fileNM``/``filePath`` inputs filled by a
    script then ``fileDownLoad.submit()``; a hidden ``formDescargaDocumento`` posted to
    ``/downloadPDF/``); that 敖汉旗's CMS does so, the field name and path are assumed. The 2022
    report is an ordinary article in 法治政府建设 beside a 考核 通报 and a meeting."""
    c = County("aohan", "敖汉旗", "内蒙古自治区", "赤峰市", "150430", "www.aohan.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/ahyw/", "敖汉要闻"),
        (gk + "tzgg/", "通知公告"),
        (gk + "fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 22), skin=InfoSkin)
    news = news_column(skin, "/xwzx/ahyw/", "敖汉要闻", 260)
    r24 = ctx.new_report(
        c,
        2024,
        "敖汉旗人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-26 15:35",
        source="敖汉旗人民政府",
    )
    body24 = list(r24.paras)
    r24.paras = ["全文见附件。"]
    r22 = ctx.new_report(
        c, 2022, "敖汉旗2022年度法治政府建设情况报告", pub="2023-03-29 09:45", source="敖汉旗司法局"
    )
    look = ctx.lookalikes_of(c, [("assessment", 2024), ("meeting", 2023), ("xxgk_annual", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        [(gk, "政务公开"), (gk + "fzzfjs/", "法治政府建设")],
        [r24, r22, *look, *ctx.fillers(c, 12, "disclosure")],
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025)])
    tz = publish(
        skin,
        gk + "tzgg/",
        "通知公告",
        [(gk, "政务公开"), (gk + "tzgg/", "通知公告")],
        [*notes, *ctx.fillers(c, 45, "notice")],
    )
    fid = _h("aohan-file", str(r24.uid))[:32]
    pdf = files.make_pdf(r24.title.replace("|", ""), body24)
    label = r24.title.replace("|", "") + ".pdf"
    key = (c.host, r24.path, "")
    page = ctx.web.resources[key].body.decode("utf-8")
    markup = (
        f'<div class="fujian">附件：<a href="javascript:void(0);" onclick="downFile(\'{fid}\')">'
        f"{esc(label)}</a></div>"
        '<form name="fileDownLoad" method="post" action="/downLoad.do">'
        '<input type="hidden" name="fileId"/></form>'
        "<script>function downFile(id){document.fileDownLoad.fileId.value = id;"
        "document.fileDownLoad.submit();}</script>"
    )
    assert page.count("全文见附件。") == 1
    page = page.replace("全文见附件。", "全文见附件。" + "</p>" + markup + "<p>", 1)
    ctx.web.resources[key].body = page.encode("utf-8")

    def download(req: Request) -> Resource:
        if req.params().get("fileId") != fid:
            return _html(skin, skin.page("提示", "<p>文件不存在或已删除。</p>"), 404)
        return Resource(
            pdf,
            "application/pdf",
            headers=(("Content-Disposition", f"attachment;filename={fid}.pdf"),),
            modified=r24.pub,
        )

    ctx.handle(c, "/downLoad.do", download)
    ctx.record(c, [*look, *notes])
    copy = {
        "url": f"{c.base}/downLoad.do?fileId={fid}",
        "kind": "pdf",
        "via": c.base + r24.path,
        "text_layer": True,
    }
    ctx.truth_report(c, r24, 2024, [copy], kinds=("post_form_download",), body=body24)
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("nmg_trs",))
    index_page(
        skin,
        gk + "index.html",
        "政务公开",
        [(gk, "政务公开")],
        [(gk + "tzgg/", "通知公告", tz), (gk + "fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/ahyw/", "敖汉要闻", news),
            (gk + "tzgg/", "通知公告", tz),
            (gk + "fzzfjs/", "法治政府建设", fz),
        ],
    )
