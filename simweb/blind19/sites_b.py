"""Blind19 sites whose lists or documents need a mechanism no earlier blind web has: a 盐城
district whose list API answers AES-CBC ciphertext that the page's script decrypts with a key
and IV written in the page (CryptoJS); a 盐城 district whose list API refuses any request not
signed with ``X-Timestamp`` and ``X-Sign`` (md5 of the sorted parameters, the timestamp and a
salt written in the page); a 盐城 county whose columns load their rows as an HTML fragment that
answers 403 unless the request carries the column page as ``Referer``; a 荆州 county-level city
whose article bodies are served base64-encoded in a script and decoded into ``#zoom`` by
``Base64.decode``; and (ordinary for its family) a 荆州 county-level city on EmpireCMS whose
法治政府建设 专栏 lists rows only through JS 调用 files.

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math

from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ..blind.core import paras_html
from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind11.sites_b import _html
from ..model import Request, Resource
from .core import STAMP, County, Ctx19, Item, assign, esc, html_copy, newer, num, row, write_items

__all__ = ["dafeng", "funing", "shishou", "songzi", "yandu"]


def _h(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def _json(data: object, status: int = 200) -> Resource:
    return Resource(
        json.dumps(data, ensure_ascii=False).encode(),
        "application/json;charset=UTF-8",
        status=status,
        modified=STAMP,
    )


def _header(req: Request, name: str) -> str:
    return next((v for k, v in req.headers.items() if k.lower() == name.lower()), "")


JS_ROW = "document.write(\"<li><a href='{0}' target=_blank title='{1}'>{1}</a> <span>{2}</span></li>\");\n"


def aes_cbc(key: str, iv: str, plain: str) -> str:
    """AES-128-CBC, PKCS#7, base64: what ``CryptoJS.AES.encrypt(text, Utf8.parse(key), {iv})``
    gives and ``CryptoJS.AES.decrypt`` takes."""
    padder = sym_padding.PKCS7(128).padder()
    data = padder.update(plain.encode("utf-8")) + padder.finalize()
    enc = Cipher(algorithms.AES(key.encode()), modes.CBC(iv.encode())).encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode()


def aes_cbc_decrypt(key: str, iv: str, text: str) -> str:
    dec = Cipher(algorithms.AES(key.encode()), modes.CBC(iv.encode())).decryptor()
    data = dec.update(base64.b64decode(text)) + dec.finalize()
    unpad = sym_padding.PKCS7(128).unpadder()
    return (unpad.update(data) + unpad.finalize()).decode("utf-8")


def sign_of(params: dict[str, str], ts: str, salt: str) -> str:
    """md5 of ``k=v&…`` over the sorted parameters, then the timestamp, then the salt."""
    s = "&".join(f"{k}={params[k]}" for k in sorted(params))
    return hashlib.md5((s + ts + salt).encode()).hexdigest()


# ====================================================================== 盐都区 (AES-encrypted list API)
YD_COLS = {"24017": "通知公告", "24031": "法治政府建设", "24002": "盐都要闻"}
YD_PER = 15


def yandu(ctx: Ctx19) -> None:
    """盐都区 (江苏 盐城), ``www.yandu.gov.cn``: Hanweb-shaped URLs (``/col/col<id>/index.html``
    columns, ``/art/<Y>/<m>/<d>/art_<col>_<id>.html`` articles: the 江苏 集约化 platform's shapes,
    sites.md), but the column pages are shells whose script asks ``/api/cms/articleList`` for
    ``{channelId, pageNo, pageSize}`` and gets ``{"code":200,"data":"<base64>"}``: the rows are
    AES-128-CBC ciphertext (PKCS#7) that ``CryptoJS.AES.decrypt(res.data, key, {iv: iv, mode:
    CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7})`` turns into ``{"totalPage","list":[{"title",
    "url","pubDate"}]}``; key and IV are ``CryptoJS.enc.Utf8.parse("…")`` literals in the page.
    Evidence: public front-end code decrypting its API answers exactly so (``CryptoJs.AES.decrypt(
    message.toString(), key, {iv, mode: CryptoJs.mode.CBC, padding: CryptoJs.pad.Pkcs7})``,
    ``bytes.toString(CryptoJs.enc.Utf8)``); that 盐都区's lists are encrypted, the endpoint and
    fields are assumed. The 2024 report is on API page 3 of 通知公告; the 2022 report in
    法治政府建设 beside a 实施方案 and a 述法报告."""
    c = County("yandu", "盐都区", "江苏省", "盐城市", "320903", "www.yandu.gov.cn", scheme="https")
    nav = [("/", "首页"), *((f"/col/col{k}/index.html", n) for k, n in YD_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 20), skin=InfoSkin)
    key, iv = _h("key", c.host)[:16], _h("iv", c.host)[:16]
    r24 = ctx.new_report(
        c,
        2024,
        "盐都区人民政府关于2024年度法治政府建设工作情况的报告",
        pub="2025-03-27 10:15",
        source="盐都区人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "盐都区2022年法治政府建设年度报告", pub="2023-03-29 15:30", source="盐都区司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("meeting", 2022)])
    cols: dict[str, list[Item]] = {
        "24017": [*newer(ctx, c, r24, 32, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 22, "notice")],
        "24031": [r22, *look, *ctx.fillers(c, 12, "disclosure")],
        "24002": ctx.news(c, 260),
    }
    for k, items in cols.items():
        cols[k] = assign(
            ctx,
            items,
            lambda it, k=k: f"/art/{it.pub.year}/{it.pub.month}/{it.pub.day}/art_{k}_{it.uid}.html",
        )
        trail = [(f"/col/col{k}/index.html", YD_COLS[k])]
        write_items(skin, cols[k], YD_COLS[k], trail)
        script = (
            '<script src="/js/crypto-js.min.js"></script><script>\n'
            f'var key = CryptoJS.enc.Utf8.parse("{key}");\n'
            f'var iv = CryptoJS.enc.Utf8.parse("{iv}");\n'
            "function decrypt(s) { return CryptoJS.AES.decrypt(s, key, { iv: iv, mode: CryptoJS.mode.CBC, "
            "padding: CryptoJS.pad.Pkcs7 }).toString(CryptoJS.enc.Utf8); }\n"
            "function getList(pageNo) {\n"
            '  $.getJSON("/api/cms/articleList", '
            f'{{ channelId: "{k}", pageNo: pageNo, pageSize: {YD_PER} }}, '
            "function (res) {\n"
            '    var d = JSON.parse(decrypt(res.data)); var h = "";\n'
            "    for (var i = 0; i < d.list.length; i++) { h += '<li><a href=\"' + d.list[i].url + "
            "'\" target=\"_blank\">' + d.list[i].title + '</a><span>' + d.list[i].pubDate + "
            "'</span></li>'; }\n"
            '    $("#list").html(h); var p = "";\n'
            "    for (var j = 1; j <= d.totalPage; j++) "
            "{ p += '<a href=\"javascript:getList(' + j + ')\">' + j + '</a>'; }\n"
            '    $("#page").html(p); });\n}\n'
            "$(function () { getList(1); });</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="lb-list"><h2>{esc(YD_COLS[k])}</h2><ul id="list"></ul>'
            '<div id="page" class="page"></div></div><script '
            f'src="/js/jquery-1.12.4.min.js"></script>{script}'
        )
        skin.put(f"/col/col{k}/index.html", skin.page(f"{YD_COLS[k]}_{skin.site_name}", body))
    assert 2 * YD_PER <= cols["24017"].index(r24) < 3 * YD_PER
    ctx.put(c, "/js/jquery-1.12.4.min.js", "/*! jQuery v1.12.4 */", ctype="application/javascript")
    ctx.put(c, "/js/crypto-js.min.js", "/* crypto-js 4.1.1 */", ctype="application/javascript")

    def api(req: Request) -> Resource:
        qs = req.params()
        items = cols.get(qs.get("channelId", ""))
        if items is None:
            return _json({"code": 500, "msg": "栏目不存在", "data": None})
        size = max(1, min(num(qs.get("pageSize", ""), YD_PER), 50))
        pages = max(1, math.ceil(len(items) / size))
        page = max(1, num(qs.get("pageNo", ""), 1))
        rows = [
            {"title": it.title.replace("|", ""), "url": it.path, "pubDate": it.date}
            for it in items[(page - 1) * size : page * size]
        ]
        plain = json.dumps({"total": len(items), "totalPage": pages, "list": rows}, ensure_ascii=False)
        return _json({"code": 200, "msg": "success", "data": aes_cbc(key, iv, plain)})

    ctx.handle(c, "/api/cms/articleList", api)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("aes_cbc_list_api", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("aes_cbc_list_api",))
    home(skin, [(f"/col/col{k}/index.html", n, []) for k, n in YD_COLS.items()])


# ====================================================================== 大丰区 (signed list API)
DF_COLS = {
    "tzgg": ("通知公告", "1005"),
    "fzzfjs": ("法治政府建设", "1012"),
    "dfyw": ("大丰要闻", "1001"),
    "bmdt": ("部门动态", "1020"),
}
DF_PER = 12


def dafeng(ctx: Ctx19) -> None:
    """大丰区 (江苏 盐城), ``www.dafeng.gov.cn``: its columns ``/xxgk/<col>/index.html`` are
    shells whose script GETs ``/openapi/article/list?catalogId=<id>&pageIndex=<n>&pageSize=12``
    with two headers, ``X-Timestamp`` (``Date.now()``) and ``X-Sign`` = ``md5(<sorted k=v&…> +
    timestamp + salt)``, the salt a literal in the page; the answer is ``{"code":0,"data":{"pages",
    "records":[{"title","linkUrl","publishDate"}]}}``. Without a valid sign it answers 401
    ``{"code":401,"msg":"签名校验失败"}``. Evidence: public API docs and front-end code signing
    requests so (``X-Timestamp``/``X-Sign`` headers, ``md5("pageIndex=0&pageSize=20" + timestamp
    + secureKey)``; ``CryptoJS.MD5(Object.keys(t).sort()…)``; a crawler exercise "翻页时需要携带
    MD5(timestamp + salt) 参数"); that 大丰区's lists are signed, the endpoint and fields are
    assumed, and the timestamp's age is not checked. The 2023 report is on API page 3 of 通知公告;
    the 2021 report and 江苏省's reposted 2022 report in 法治政府建设; the 区司法局's report in
    部门动态."""
    c = County("dafeng", "大丰区", "江苏省", "盐城市", "320904", "www.dafeng.gov.cn")
    nav = [("/", "首页"), *((f"/xxgk/{k}/index.html", n) for k, (n, _i) in DF_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 11, 8), skin=InfoSkin)
    salt = _h("salt", c.host)[:20]
    r23 = ctx.new_report(
        c,
        2023,
        "盐城市大丰区人民政府关于2023年法治政府建设情况的报告",
        pub="2024-03-28 16:40",
        source="大丰区人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "大丰区2021年度法治政府建设工作报告", pub="2022-03-30 09:10", source="大丰区司法局"
    )
    js = ctx.higher("江苏省", 2022, "党中央、国务院", "2023-03-31 10:00")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 14:30")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("text_interp", 2024)])
    look = ctx.lookalikes_of(c, [("gov_work_report", 2022), ("assessment", 2022), ("duty_report", 2023)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r23, 27, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 20, "notice")],
        "fzzfjs": [r21, js, *look, *ctx.fillers(c, 10, "disclosure")],
        "dfyw": ctx.news(c, 240),
        "bmdt": [dep, *ctx.fillers(c, 15, "disclosure")],
    }
    by_id: dict[str, list[Item]] = {}
    for k, items in cols.items():
        name, cid = DF_COLS[k]
        cols[k] = assign(ctx, items, lambda it, k=k: f"/xxgk/{k}/{it.pub:%Y%m}/{_h(str(it.uid))[:32]}.html")
        by_id[cid] = cols[k]
        trail = [("/xxgk/index.html", "信息公开"), (f"/xxgk/{k}/index.html", name)]
        write_items(skin, cols[k], name, trail)
        script = (
            '<script src="/static/js/md5.min.js"></script><script>\n'
            f'var SALT = "{salt}";\n'
            "function sign(params, ts) {\n"
            "  var s = Object.keys(params).sort().map(function (k) "
            '{ return k + "=" + params[k]; }).join("&");\n'
            "  return md5(s + ts + SALT);\n}\n"
            "function loadList(pageIndex) {\n"
            f'  var params = {{ catalogId: "{cid}", pageIndex: pageIndex, pageSize: {DF_PER} }};\n'
            "  var ts = String(new Date().getTime());\n"
            '  $.ajax({ url: "/openapi/article/list", type: "GET", data: params, dataType: "json",\n'
            '    headers: { "X-Timestamp": ts, "X-Sign": sign(params, ts) },\n'
            '    success: function (res) { var h = "";\n'
            "      $.each(res.data.records, function (i, r) { h += '<li><a href=\"' + r.linkUrl + '\" "
            "target=\"_blank\">' + r.title + '</a><em>' + r.publishDate + '</em></li>'; });\n"
            '      $("#artList").html(h); var p = "";\n'
            "      for (var i = 1; i <= res.data.pages; i++) "
            "{ p += '<a href=\"javascript:loadList(' + i + ')\">' + i + '</a>'; }\n"
            '      $("#pager").html(p); } });\n}\n'
            "$(function () { loadList(1); });</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="xxgk-list"><h2>{esc(name)}</h2><ul id="artList"></ul>'
            '<div id="pager" class="pager"></div></div><script '
            f'src="/static/js/jquery.min.js"></script>{script}'
        )
        skin.put(f"/xxgk/{k}/index.html", skin.page(f"{name}-{skin.site_name}", body))
    assert cols["tzgg"].index(r23) >= 2 * DF_PER
    ctx.put(c, "/static/js/jquery.min.js", "/*! jQuery v3.6.0 */", ctype="application/javascript")
    ctx.put(c, "/static/js/md5.min.js", "/* blueimp-md5 2.19.0 */", ctype="application/javascript")

    def api(req: Request) -> Resource:
        qs = req.params()
        ts, sent = _header(req, "X-Timestamp"), _header(req, "X-Sign")
        params = {k: qs.get(k, "") for k in ("catalogId", "pageIndex", "pageSize") if k in qs}
        if not ts or sent.lower() != sign_of(params, ts, salt):
            return _json({"code": 401, "msg": "签名校验失败", "data": None}, 401)
        items = by_id.get(qs.get("catalogId", ""))
        if items is None:
            return _json({"code": 404, "msg": "栏目不存在", "data": None})
        size = max(1, min(num(qs.get("pageSize", ""), DF_PER), 50))
        pages = max(1, math.ceil(len(items) / size))
        page = max(1, num(qs.get("pageIndex", ""), 1))
        recs = [
            {"title": it.title.replace("|", ""), "linkUrl": it.path, "publishDate": it.date}
            for it in items[(page - 1) * size : page * size]
        ]
        return _json({"code": 0, "msg": "ok", "data": {"total": len(items), "pages": pages, "records": recs}})

    ctx.handle(c, "/openapi/article/list", api)
    ctx.record(c, [*notes, *look])
    ctx.record_higher(c, js, 2022, c.base + js.path)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("signed_timestamp_api", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("signed_timestamp_api", "higher_repost"))
    index_page(
        skin,
        "/xxgk/index.html",
        "信息公开",
        [("/xxgk/index.html", "信息公开")],
        [(f"/xxgk/{k}/index.html", n, []) for k, (n, _i) in DF_COLS.items()],
    )
    home(skin, [(f"/xxgk/{k}/index.html", n, []) for k, (n, _i) in DF_COLS.items()])


# ====================================================================== 松滋市 (EmpireCMS JS 调用)
SZ_CLASSES = {"12": "年度报告", "13": "工作动态"}
JS_ROW = "document.write(\"<li><a href='{0}' target=_blank title='{1}'>{1}</a> <span>{2}</span></li>\");\n"


def songzi(ctx: Ctx19) -> None:
    """松滋市 (湖北 荆州), ``www.hbsz.gov.cn``: an EmpireCMS (帝国CMS) site whose
    法治政府建设 专栏 ``/ztzl/fzzfjs/`` has no list of its own: each box is a JS 调用,
    ``<ul><script src='/d/js/class/class<classid>_newnews.js'></script></ul>``, a script file that
    ``document.write``s the class's newest rows (``<li><a href='/ztzl/fzzfjs/<Y-m-d>/<id>.html'
    …>``); no HTML page links the rows, and the class has no ``list.php`` page linked anywhere.
    Evidence: public EmpireCMS templates calling lists this way (``<ul><script
    src='/d/js/class/class<?=$ecms_gr[classid]?>_newnews.js'></script></ul>``, ``…_firstnews.js``,
    ``…_goodnews.js``; an app reading ``https://www.cqcb.com/d/js/class/class%@_firstnews.js``);
    that 松滋's 专栏 is built so, the class ids and the row markup are assumed. The 2024 report is in
    the 年度报告 box beside a 实施方案 and a 解读; the 2022 report is an ordinary article in
    通知公告 among notices."""
    c = County("songzi", "松滋市", "湖北省", "荆州市", "421087", "www.hbsz.gov.cn")
    gk = "/zwgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/szyw/", "松滋要闻"),
        (gk + "tzgg/", "通知公告"),
        ("/ztzl/fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 5), skin=InfoSkin)
    news = news_column(skin, "/xwzx/szyw/", "松滋要闻", 270)
    r24 = ctx.new_report(
        c,
        2024,
        "松滋市2024年法治政府建设年度报告",
        pub="2025-03-27 11:30",
        source="松滋市人民政府",
    )
    r22 = ctx.new_report(
        c,
        2022,
        "松滋市人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-29 14:20",
        source="松滋市人民政府",
    )
    look = ctx.lookalikes_of(c, [("plan", 2025), ("meeting_topic", 2024), ("interpretation", 2023)])
    cols: dict[str, list[Item]] = {
        "12": [r24, *look, *ctx.fillers(c, 9, "disclosure")],
        "13": ctx.fillers(c, 16, "disclosure"),
    }
    boxes = []
    for cid, items in cols.items():
        cols[cid] = assign(ctx, items, lambda it: f"/ztzl/fzzfjs/{it.pub:%Y-%m-%d}/{it.uid}.html")
        name = SZ_CLASSES[cid]
        write_items(skin, cols[cid], name, [("/ztzl/fzzfjs/", "法治政府建设"), ("/ztzl/fzzfjs/", name)])
        lines = "".join(
            JS_ROW.format(it.path, esc(it.title.replace("|", "")), it.date) for it in cols[cid][:20]
        )
        ctx.put(c, f"/d/js/class/class{cid}_newnews.js", lines, ctype="application/x-javascript")
        boxes.append(
            f'<div class="ztbox"><div class="zttit"><strong>{esc(name)}</strong></div>'
            f"<ul><script src='/d/js/class/class{cid}_newnews.js'></script></ul></div>"
        )
    skin.put(
        "/ztzl/fzzfjs/index.html",
        skin.page(
            f"法治政府建设-{skin.site_name}",
            f'{skin.crumbs([("/ztzl/fzzfjs/", "法治政府建设")])}<div class="zt-wrap">{"".join(boxes)}</div>',
        ),
    )
    notes = ctx.lookalikes_of(c, [("notice", 2023), ("xxgk_annual", 2022)])
    tz = publish(
        skin,
        gk + "tzgg/",
        "通知公告",
        [(gk, "政务公开"), (gk + "tzgg/", "通知公告")],
        [r22, *notes, *ctx.fillers(c, 46, "notice")],
    )
    ctx.record(c, [*look, *notes])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("empire_js_call_list",))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("hb_trs",))
    index_page(skin, gk + "index.html", "政务公开", [(gk, "政务公开")], [(gk + "tzgg/", "通知公告", tz)])
    home(
        skin,
        [("/xwzx/szyw/", "松滋要闻", news), (gk + "tzgg/", "通知公告", tz)],
        extra='<div class="ztzl"><a href="/ztzl/fzzfjs/" title="法治政府建设专栏">法治政府建设专栏</a></div>',
    )


# ====================================================================== 阜宁县 (Referer-guarded fragment)
FN_COLS = {"tzgg": ("通知公告", 31), "fzzfjs": ("法治政府建设", 46), "fnyw": ("阜宁要闻", 12)}
FN_PER = 15


def funing(ctx: Ctx19) -> None:
    """阜宁县 (江苏 盐城), ``www.funing.gov.cn``: its columns ``/fnxzf/<col>/index.html`` are
    frames whose script fills ``#listBox`` by jQuery ``.load("/front/channel/listFragment.jsp?
    channelId=<id>&page=<n>")``, an HTML fragment of rows and a pager of ``javascript:goPage(n)``
    links. The fragment answers only a request whose ``Referer`` is a page of the site (as the
    browser sends it); without one it answers 403 ``非法访问``. Evidence: public crawlers of
    gov.cn sites that must send the list page as ``Referer`` to be answered (akshare's
    ``cbirc.gov.cn`` headers: ``"Referer": "http://www.cbirc.gov.cn/cn/list/9103/910305/ybjjcf/1.html"``);
    Referer-based hotlink and CSRF checks (nginx WAF ``waf_mode … REFERER``, "Referer-based CSRF
    defence"); that 阜宁县 checks it, the endpoint and fields are assumed. The 2024 report is on
    fragment page 2 of 通知公告 beside a notice about it; the 2022 report in 法治政府建设 beside a
    解读 and a 考核 通报."""
    c = County("funing", "阜宁县", "江苏省", "盐城市", "320923", "www.funing.gov.cn")
    nav = [("/", "首页"), *((f"/fnxzf/{k}/index.html", n) for k, (n, _i) in FN_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 22))
    r24 = ctx.new_report(
        c, 2024, "阜宁县2024年度法治政府建设情况报告", pub="2025-03-26 11:00", source="阜宁县人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "阜宁县人民政府关于2022年法治政府建设工作的报告",
        pub="2023-03-30 17:05",
        source="阜宁县人民政府",
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("meeting", 2025)])
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("assessment", 2023), ("plan", 2021)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r24, 18, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 26, "notice")],
        "fzzfjs": [r22, *look, *ctx.fillers(c, 11, "disclosure")],
        "fnyw": ctx.news(c, 250),
    }
    by_id: dict[str, list[Item]] = {}
    for k, items in cols.items():
        name, cid = FN_COLS[k]
        cols[k] = assign(
            ctx, items, lambda it, k=k: f"/fnxzf/{k}/{it.pub:%Y%m}/t{it.pub:%Y%m%d}_{it.uid}.html"
        )
        by_id[str(cid)] = cols[k]
        trail = [(f"/fnxzf/{k}/index.html", name)]
        write_items(skin, cols[k], name, trail)
        script = (
            "<script>\n"
            f'var channelId = "{cid}";\n'
            "function goPage(page) {\n"
            '  $("#listBox").load("/front/channel/listFragment.jsp?channelId=" + channelId + "&page=" '
            "+ page);\n"
            "}\n$(function () { goPage(1); });</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-wrap"><h2>{esc(name)}</h2><div '
            'id="listBox">正在加载…</div></div>'
            f'<script src="/js/jquery-1.8.3.min.js"></script>{script}'
        )
        skin.put(f"/fnxzf/{k}/index.html", skin.page(f"{name}_{skin.site_name}", body))
    assert cols["tzgg"].index(r24) >= FN_PER
    ctx.put(c, "/js/jquery-1.8.3.min.js", "/*! jQuery v1.8.3 jquery.com */", ctype="application/javascript")

    def fragment(req: Request) -> Resource:
        ref = _header(req, "Referer")
        if not (ref.startswith(c.base + "/") or ref.startswith("https://" + c.host + "/")):
            return Resource(
                "<html><body><h3>非法访问</h3></body></html>".encode(),
                "text/html; charset=utf-8",
                status=403,
                modified=STAMP,
            )
        qs = req.params()
        items = by_id.get(qs.get("channelId", ""))
        if items is None:
            return _html(skin, "<p>栏目不存在</p>", 404)
        pages = max(1, math.ceil(len(items) / FN_PER))
        page = min(max(1, num(qs.get("page", ""), 1)), pages)
        rows = "".join(row(it) for it in items[(page - 1) * FN_PER : page * FN_PER])
        pager = " ".join(
            f"<span>{p}</span>" if p == page else f'<a href="javascript:goPage({p})">{p}</a>'
            for p in range(1, pages + 1)
        )
        text = f'<ul class="list">{rows}</ul><div class="pager">共{len(items)}条 {pager}</div>'
        return Resource(text.encode(), "text/html; charset=utf-8", modified=STAMP)

    ctx.handle(c, "/front/channel/listFragment.jsp", fragment)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("referer_guarded_fragment", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("referer_guarded_fragment",))
    home(skin, [(f"/fnxzf/{k}/index.html", n, []) for k, (n, _i) in FN_COLS.items()])


# ====================================================================== 石首市 (base64 article bodies)
class Base64BodySkin(InfoSkin):
    """Articles whose text is a base64 string in a script, decoded into ``#zoom``."""

    def article(self, item: Item, column: str, trail, *, paras=None, after="", tools=""):
        inner = paras_html(paras if paras is not None else item.paras)
        files = "".join(f'<p><a href="{esc(p)}">{esc(label)}</a></p>' for label, p, _ in item.attachments)
        enc = base64.b64encode((inner + files).encode("utf-8")).decode()
        title = item.title.replace("|", "<br>")
        body = (
            f'{self.crumbs(trail)}<div class="article"><h2 class="title">{title}</h2>'
            f'<div class="info">来源:{esc(item.source)}&nbsp;&nbsp;发布时间:{item.pub:%Y-%m-%d %H:%M}</div>'
            '<div id="zoom" class="zoom"></div>'
            '<script src="/js/base64.min.js"></script>'
            f'<script>var content = "{enc}";\n$("#zoom").html(Base64.decode(content));</script>'
            f"{after}</div>"
        )
        return self.page(item.title.replace("|", "") + "_" + self.site_name, body, self.metas(item, column))


def shishou(ctx: Ctx19) -> None:
    """石首市 (湖北 荆州, 县级市), ``www.shishou.gov.cn``: ordinary TRS-like lists, but every article's
    text (and its attachment links) is served as one base64 string in a script, ``var content =
    "…"; $("#zoom").html(Base64.decode(content));``, so the page's HTML holds only the title, the
    source line and the empty ``#zoom``. Evidence: public pages and a public crawler's test of a
    Chinese site serving bodies so (``$("#content1").parent().html(Base64.decode(…))``;
    ``$('#content').html(Base64.decode(data.content))`` over base64 ``news_title``/``content``
    fields); that 石首市's articles are served so is assumed. The 2023 report is in 法治政府建设
    beside 荆州市's reposted 2022 report and a 实施方案; the 2021 report on the second page of 通知公告."""
    c = County("shishou", "石首市", "湖北省", "荆州市", "421081", "www.shishou.gov.cn")
    gk = "/zwgk/"
    nav = [("/", "首页"), ("/xwzx/ssyw/", "石首要闻"), ("/tzgg/", "通知公告"), (gk, "政务公开")]
    skin = open_site(ctx, c, nav, dt.date(2025, 4, 28), skin=Base64BodySkin)
    ctx.put(c, "/js/base64.min.js", "/* js-base64 2.5.2 */ var Base64={};", ctype="application/javascript")
    news = news_column(skin, "/xwzx/ssyw/", "石首要闻", 260)
    r23 = ctx.new_report(
        c,
        2023,
        "石首市人民政府关于2023年度法治政府建设情况的报告",
        pub="2024-03-29 09:35",
        source="石首市人民政府",
    )
    jz = ctx.higher("荆州市", 2022, "省委、省政府", "2023-04-06 15:20")
    look = ctx.lookalikes_of(c, [("plan", 2024), ("gov_work_report", 2024), ("demo_news", 2023)])
    fz = publish(
        skin,
        gk + "fzzfjs/",
        "法治政府建设",
        [(gk, "政务公开"), (gk + "fzzfjs/", "法治政府建设")],
        [r23, jz, *look, *ctx.fillers(c, 10, "disclosure")],
    )
    ctx.record(c, look)
    ctx.record_higher(c, jz, 2022, c.base + jz.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("base64_body_script", "higher_repost"))
    r21 = ctx.new_report(
        c, 2021, "石首市2021年法治政府建设工作报告", pub="2022-03-31 16:50", source="石首市司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2022), ("xxgk_annual", 2021)])
    tz = publish(
        skin,
        "/tzgg/",
        "通知公告",
        [("/tzgg/", "通知公告")],
        [
            *newer(ctx, c, r21, 22, "notice", skin.clock),
            r21,
            *notes,
            *ctx.fillers(c, 12, "notice", (2019, 2021)),
        ],
    )
    assert tz.index(r21) >= 20
    ctx.record(c, notes)
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("base64_body_script", "later_list_page"))
    index_page(
        skin, gk + "index.html", "政务公开", [(gk, "政务公开")], [(gk + "fzzfjs/", "法治政府建设", fz)]
    )
    home(skin, [("/xwzx/ssyw/", "石首要闻", news), ("/tzgg/", "通知公告", tz), (gk, "政务公开", fz)])
