"""Blind18 sites whose lists, links or documents need a mechanism no earlier blind web has: a
长治 county whose list API answers only requests signed with ``timestamp`` and an MD5 ``sign``
the page's script computes (``hex_md5(timestamp + secret + params).toUpperCase()``); a 长治 county
whose list API answers AES-CBC ciphertext that the page decrypts with CryptoJS and a key and IV
written in its script (pages counted from ``pg=0``); a 锦州 county whose reports are served only
as PDFs opened through the pdf.js viewer (``/pdfjs/web/viewer.html?file=<encoded path>``, the
viewer page itself naming no file); and a 锦州 county on Next.js whose list pages after the first
exist only as ``/_next/data/<buildId>/<page>.json?page=N`` (the pager is buttons, the buildId in
``__NEXT_DATA__``).

Every site's docstring names the real evidence it follows and what is assumed.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math
import re
from urllib.parse import quote

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ..blind.sites_a import home, index_page, publish
from ..blind2.core import news_column, open_site
from ..blind4.sites_a import InfoSkin
from ..blind11.sites_b import _html
from ..model import Request, Resource
from .core import STAMP, County, Ctx18, Item, assign, esc, html_copy, newer, num, put_at, row, write_items

__all__ = ["aes_encrypt", "form_fields", "heishan", "linghai", "pingshun", "xiangyuan", "yixian"]


def _h(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def _json(data: object, status: int = 200) -> Resource:
    return Resource(
        json.dumps(data, ensure_ascii=False).encode(),
        "application/json;charset=UTF-8",
        status=status,
        modified=STAMP,
    )


def _rows(items: list[Item]) -> str:
    return "".join(row(it) for it in items)


# ====================================================================== 襄垣县 (signed API)
XY_COLS = {"1021": "通知公告", "1035": "法治政府建设", "1002": "襄垣要闻"}
XY_PER = 15


def xy_sign(secret: str, ts: str, params: str) -> str:
    return hashlib.md5((ts + secret + params).encode()).hexdigest().upper()


def xiangyuan(ctx: Ctx18) -> None:
    """襄垣县 (山西 长治), ``www.xiangyuan.gov.cn``: columns ``/zwgk/list.html?channelId=<id>``
    are shells; the page's script builds ``params = "channelId=<id>&pageNo=<n>&pageSize=15"``,
    takes ``timestamp = new Date().getTime()`` and ``sign = hex_md5(timestamp + secret +
    params).toUpperCase()`` with the ``secret`` written in the script, and GETs
    ``/api/open/article/list?<params>&timestamp=<ts>&sign=<sign>``, which answers
    ``{"code":200,"data":{"total","pages","records":[{"id","title","publishDate","linkUrl"}]}}``;
    a request without a good sign answers (HTTP 200) ``{"code":401,"msg":"签名验证失败"}``.
    Evidence: public front-end utilities of Chinese portals signing every API call this way
    (``getSign = (timestamp, apiKeys, params) => MD5(`${timestamp}${apiKeys}${params}`)
    .toString().toUpperCase()``, beside ``getDecrypt``); public crawlers of signed gov APIs
    (``…&sign=" + md5(SALT + ts) + "&timestamp=" + ts``). That 襄垣县 signs its list API, the
    endpoint, the order of the parts and the fields are assumed; the timestamp's age is not
    checked. The 2024 report is on API page 3 of 通知公告; the 2022 report in 法治政府建设 beside a
    实施方案 and a 述法报告."""
    c = County("xiangyuan", "襄垣县", "山西省", "长治市", "140423", "www.xiangyuan.gov.cn")
    lst = "/zwgk/list.html?channelId="
    nav = [("/", "首页"), *((lst + k, n) for k, n in XY_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 6, 20))
    secret = _h("secret", c.host)[:16]
    r24 = ctx.new_report(
        c,
        2024,
        "襄垣县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-27 15:20",
        source="襄垣县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "襄垣县2022年法治政府建设年度报告", pub="2023-03-29 10:10", source="襄垣县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2024)])
    look = ctx.lookalikes_of(c, [("plan", 2023), ("shufa", 2023), ("meeting", 2022)])
    cols: dict[str, list[Item]] = {
        "1021": [*newer(ctx, c, r24, 32, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 22, "notice")],
        "1035": [r22, *look, *ctx.fillers(c, 12, "disclosure")],
        "1002": ctx.news(c, 240),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it, k=k: f"/art/{it.pub:%Y/%m/%d}/art_{k}_{it.uid}.html")
        trail = [(lst + k, XY_COLS[k])]
        write_items(skin, cols[k], XY_COLS[k], trail)
        script = (
            '<script src="/js/md5.min.js"></script><script>\n'
            f'var secret = "{secret}";\nvar channelId = "{k}";\n'
            "function getSign(ts, params) { return hex_md5(ts + secret + params).toUpperCase(); }\n"
            "function loadList(pageNo) {\n"
            '  var params = "channelId=" + channelId + "&pageNo=" + pageNo + "&pageSize=15";\n'
            "  var ts = new Date().getTime();\n"
            '  $.getJSON("/api/open/article/list?" + params + "&timestamp=" + ts\n'
            '    + "&sign=" + getSign(ts, params),\n'
            "    function (res) { if (res.code != 200) { return; } var h = '';\n"
            "      $.each(res.data.records, function (i, r) { h += '<li><a href=\"' + r.linkUrl + '\" "
            "target=\"_blank\">' + r.title + '</a><span>' + r.publishDate + '</span></li>'; });\n"
            "      $('#infoList').html(h); renderPager(res.data.pages, pageNo, loadList); });\n}\n"
            "$(function () { loadList(1); });</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="list-box"><h3>{esc(XY_COLS[k])}</h3>'
            '<ul id="infoList" class="news-list"></ul><div id="pager" class="fenye"></div></div>'
            f"{script}"
        )
        put_at(skin, lst + k, skin.page(f"{XY_COLS[k]}-{skin.site_name}", body))
    assert 2 * XY_PER <= cols["1021"].index(r24) < 3 * XY_PER
    ctx.put(c, "/js/md5.min.js", "/* JavaScript MD5 (hex_md5) */", ctype="application/javascript")

    def api(req: Request) -> Resource:
        qs = req.params()
        params = "channelId={}&pageNo={}&pageSize={}".format(
            qs.get("channelId", ""), qs.get("pageNo", ""), qs.get("pageSize", "")
        )
        ts = qs.get("timestamp", "")
        if not ts.isdigit() or qs.get("sign", "").upper() != xy_sign(secret, ts, params):
            return _json({"code": 401, "msg": "签名验证失败", "data": None})
        items = cols.get(qs.get("channelId", ""))
        if items is None:
            return _json({"code": 404, "msg": "栏目不存在", "data": None})
        size = max(1, min(num(qs.get("pageSize", ""), XY_PER), 50))
        pages = max(1, math.ceil(len(items) / size))
        page = max(1, num(qs.get("pageNo", ""), 1))
        recs = [
            {"id": it.uid, "title": it.title.replace("|", ""), "publishDate": it.date, "linkUrl": it.path}
            for it in items[(page - 1) * size : page * size]
        ]
        return _json(
            {"code": 200, "msg": "success", "data": {"total": len(items), "pages": pages, "records": recs}}
        )

    ctx.handle(c, "/api/open/article/list", api)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("signed_md5_api", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("signed_md5_api",))
    home(skin, [(lst + k, n, []) for k, n in XY_COLS.items()])


# ====================================================================== 平顺县 (AES-encrypted API)
PS_COLS = {"tzgg": "通知公告", "fzzfjs": "法治政府建设", "psyw": "平顺要闻", "bmdt": "部门动态"}
PS_PER = 15


def aes_encrypt(key: str, iv: str, text: str) -> str:
    """AES-128-CBC, PKCS#7, base64: what ``CryptoJS.AES.encrypt(text, Utf8(key), {iv: Utf8(iv)})
    .toString()`` gives."""
    pad = padding.PKCS7(128).padder()
    data = pad.update(text.encode()) + pad.finalize()
    enc = Cipher(algorithms.AES(key.encode()), modes.CBC(iv.encode())).encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode()


def aes_decrypt(key: str, iv: str, text: str) -> str:
    dec = Cipher(algorithms.AES(key.encode()), modes.CBC(iv.encode())).decryptor()
    data = dec.update(base64.b64decode(text)) + dec.finalize()
    unpad = padding.PKCS7(128).unpadder()
    return (unpad.update(data) + unpad.finalize()).decode()


def pingshun(ctx: Ctx18) -> None:
    """平顺县 (山西 长治), ``www.pingshun.gov.cn``: columns ``/<col>/index.html`` are shells whose
    script GETs ``/ps/api/info/list?catId=<col>&pg=<n>&pgsz=15`` (pages counted from 0) and gets
    back not JSON but a base64 AES ciphertext (``text/plain``), which it decrypts with
    ``CryptoJS.AES.decrypt(data, CryptoJS.enc.Utf8.parse(key), {iv: CryptoJS.enc.Utf8.parse(iv),
    mode: CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7})`` (key and IV written in the script)
    into ``{"code":200,"data":{"total","pageCount","list":[{"infoId","title","pubDate","url"}]}}``.
    Evidence: a public crawler of the 全国建筑市场监管公共服务平台 (``jzsc.mohurd.gov.cn``) that GETs
    ``/APi/webApi/dataservice/query/comp/list?pg=0&pgsz=15&total=0``, receives ciphertext and runs
    the site's own decrypt script; public front-end utilities decrypting API answers with
    CryptoJS AES-CBC/PKCS7 and a UTF-8 key and IV. That a county site does this, the endpoint,
    key, IV and fields are assumed. The 2023 report is on API page ``pg=2`` of 通知公告; the 2021
    report and 山西省's reposted 2022 report in 法治政府建设; the 县司法局's own report in 部门动态."""
    c = County("pingshun", "平顺县", "山西省", "长治市", "140425", "www.pingshun.gov.cn")
    nav = [("/", "首页"), *((f"/{k}/index.html", n) for k, n in PS_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2024, 9, 26), skin=InfoSkin)
    key, iv = _h("key", c.host)[:16], _h("iv", c.host)[:16]
    r23 = ctx.new_report(
        c,
        2023,
        "平顺县人民政府关于2023年法治政府建设工作情况的报告",
        pub="2024-03-28 11:05",
        source="平顺县人民政府",
    )
    r21 = ctx.new_report(
        c, 2021, "平顺县2021年度法治政府建设情况报告", pub="2022-03-30 16:40", source="平顺县司法局"
    )
    sx = ctx.higher("山西省", 2022, "党中央、国务院", "2023-03-31 09:30")
    dep = ctx.department_report(c, "司法局", 2023, "2024-02-26 10:20")
    notes = ctx.lookalikes_of(c, [("notice", 2024), ("text_interp", 2024)])
    look = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("assessment", 2022), ("duty_report", 2023)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r23, 31, "notice", skin.clock), r23, *notes, *ctx.fillers(c, 18, "notice")],
        "fzzfjs": [r21, sx, *look, *ctx.fillers(c, 10, "disclosure")],
        "psyw": ctx.news(c, 230),
        "bmdt": [dep, *ctx.fillers(c, 16, "disclosure")],
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it, k=k: f"/{k}/{it.pub:%Y%m}/{it.uid}.shtml")
        trail = [(f"/{k}/index.html", PS_COLS[k])]
        write_items(skin, cols[k], PS_COLS[k], trail)
        script = (
            '<script src="/js/crypto-js.min.js"></script><script>\n'
            f'var key = CryptoJS.enc.Utf8.parse("{key}");\nvar iv = CryptoJS.enc.Utf8.parse("{iv}");\n'
            "function decrypt(data) {\n"
            "  var d = CryptoJS.AES.decrypt(data, key, { iv: iv, mode: CryptoJS.mode.CBC, "
            "padding: CryptoJS.pad.Pkcs7 });\n"
            "  return JSON.parse(d.toString(CryptoJS.enc.Utf8));\n}\n"
            f'var catId = "{k}";\n'
            "function getList(pg) {\n"
            '  $.get("/ps/api/info/list", { catId: catId, pg: pg, pgsz: 15 }, function (text) {\n'
            "    var res = decrypt(text); var h = '';\n"
            "    $.each(res.data.list, function (i, r) {\n"
            "      h += '<li><a href=\"' + r.url + '\" target=\"_blank\">' "
            "+ r.title + '</a><span>' + r.pubDate + '</span></li>'; });\n"
            "    $('#list').html(h); showPager(res.data.pageCount, pg, getList); });\n}\n"
            "$(function () { getList(0); });</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="news-box"><h2>{esc(PS_COLS[k])}</h2>'
            '<ul id="list" class="news-list"></ul><div id="pager" class="pagination"></div></div>'
            f'<script src="/js/jquery-1.12.4.min.js"></script>{script}'
        )
        put_at(skin, f"/{k}/index.html", skin.page(f"{PS_COLS[k]}-{skin.site_name}", body))
    assert cols["tzgg"].index(r23) >= 2 * PS_PER
    ctx.put(c, "/js/crypto-js.min.js", "/* crypto-js 4.1.1 */", ctype="application/javascript")
    ctx.put(c, "/js/jquery-1.12.4.min.js", "/*! jQuery v1.12.4 */", ctype="application/javascript")

    def api(req: Request) -> Resource:
        qs = req.params()
        items = cols.get(qs.get("catId", ""))
        if items is None:
            out = {"code": 500, "message": "参数错误", "data": None}
        else:
            size = max(1, min(num(qs.get("pgsz", ""), PS_PER), 50))
            pg = max(0, num(qs.get("pg", ""), 0))
            recs = [
                {"infoId": it.uid, "title": it.title.replace("|", ""), "pubDate": it.date, "url": it.path}
                for it in items[pg * size : (pg + 1) * size]
            ]
            data = {"total": len(items), "pageCount": max(1, math.ceil(len(items) / size)), "list": recs}
            out = {"code": 200, "message": "success", "data": data}
        text = aes_encrypt(key, iv, json.dumps(out, ensure_ascii=False))
        return Resource(text.encode(), "text/plain;charset=UTF-8", modified=STAMP)

    ctx.handle(c, "/ps/api/info/list", api)
    ctx.record(c, [*notes, *look])
    ctx.record_higher(c, sx, 2022, c.base + sx.path)
    ctx.record_department(c, dep, 2023, c.base + dep.path)
    ctx.truth_report(c, r23, 2023, html_copy(c, r23), kinds=("aes_encrypted_list_api", "api_later_page"))
    ctx.truth_report(c, r21, 2021, html_copy(c, r21), kinds=("aes_encrypted_list_api", "higher_repost"))
    home(skin, [(f"/{k}/index.html", n, []) for k, n in PS_COLS.items()])


# ====================================================================== 黑山县 (pdf.js viewer)
VIEWER = "/pdfjs/web/viewer.html"


def heishan(ctx: Ctx18) -> None:
    """黑山县 (辽宁 锦州), ``www.heishan.gov.cn``: an ordinary TRS-like site (static lists
    ``index.html``, ``index_1.html`` …) that publishes its reports not as articles but as PDFs
    opened in the pdf.js viewer: the list row links ``/pdfjs/web/viewer.html?file=<encodeURIComponent
    of /xxgk/upload/YYYY/MM/<id>.pdf>``; the viewer page is pdf.js's own (the same page for every
    query, its script reading ``file`` from ``location.search``), so no HTML page links the PDF.
    Evidence: public front ends opening reports this way (``this.pdfSrc = '/static/nrms/pdfjs/web/
    viewer.html?file=' + encodeURIComponent(src_temp)`` for a 报告文件; ``/pdfjs/web/viewer.html
    ?file=${encodeURIComponent(doc.file)}&download=false``; many sites' ``viewer.html?file=``). That
    黑山县 serves its reports so and the paths are assumed. The 2024 report (PDF, text layer) is in
    通知公告; the 2022 report (PDF) in 法治政府建设 beside a 解读 and a 考核 通报; news and
    look-alikes are ordinary HTML articles."""
    c = County("heishan", "黑山县", "辽宁省", "锦州市", "210726", "www.heishan.gov.cn")
    gk = "/xxgk/"
    nav = [
        ("/", "首页"),
        ("/xwzx/hsyw/", "黑山要闻"),
        (gk + "tzgg/", "通知公告"),
        (gk + "fzzfjs/", "法治政府建设"),
    ]
    skin = open_site(ctx, c, nav, dt.date(2025, 5, 21))
    news = news_column(skin, "/xwzx/hsyw/", "黑山要闻", 280)

    def as_pdf(it: Item) -> tuple[str, list[str]]:
        it.uid = ctx.uid()
        pdf = f"{gk}upload/{it.pub:%Y/%m}/{it.uid}.pdf"
        body = list(it.paras)
        ctx.put(c, pdf, ctx.pdf(it.title.replace("|", ""), body), ctype="application/pdf", modified=it.pub)
        it.path = VIEWER + "?file=" + quote(pdf, safe="")
        return pdf, body

    r24 = ctx.new_report(
        c, 2024, "黑山县2024年法治政府建设年度报告", pub="2025-03-26 17:10", source="黑山县人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "黑山县人民政府关于2022年度法治政府建设情况的报告",
        pub="2023-03-30 09:15",
        source="黑山县人民政府",
    )
    pdfs = {id(r24): as_pdf(r24), id(r22): as_pdf(r22)}
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("xxgk_annual", 2025)])
    look = ctx.lookalikes_of(c, [("interpretation", 2023), ("assessment", 2023), ("plan", 2024)])
    trail_tz = [(gk, "政府信息公开"), (gk + "tzgg/", "通知公告")]
    trail_fz = [(gk, "政府信息公开"), (gk + "fzzfjs/", "法治政府建设")]
    tz_items = [r24, *notes, *ctx.fillers(c, 45, "notice", (2019, 2025))]
    fz_items = [r22, *look, *ctx.fillers(c, 9, "disclosure")]
    tz = publish(skin, gk + "tzgg/", "通知公告", trail_tz, tz_items, write=False)
    fz = publish(skin, gk + "fzzfjs/", "法治政府建设", trail_fz, fz_items, write=False)
    for items, name, trail in ((tz, "通知公告", trail_tz), (fz, "法治政府建设", trail_fz)):
        for it in items:
            if id(it) not in pdfs:
                skin.write_article(it, name, trail)
    viewer = (
        '<!DOCTYPE html><html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">'
        "<title>PDF.js viewer</title>"
        '<link rel="stylesheet" href="viewer.css"><script src="../build/pdf.js"></script>'
        '<script src="viewer.js"></script></head><body tabindex="1"><div id="outerContainer">'
        '<div id="mainContainer"><div class="toolbar"><div id="toolbarContainer">'
        '<button id="print" class="toolbarButton print" title="打印"></button>'
        '<button id="download" class="toolbarButton download" title="下载"></button></div></div>'
        '<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div>'
        "</div></div></body></html>"
    )

    def view(req: Request) -> Resource:
        return Resource(viewer.encode(), "text/html; charset=utf-8", modified=STAMP)

    ctx.handle(c, VIEWER, view)
    ctx.put(
        c,
        "/pdfjs/web/viewer.js",
        "/* pdf.js viewer: PDFViewerApplication.open(file) */",
        ctype="application/javascript",
    )
    ctx.record(c, [*notes, *look])
    for it, year in ((r24, 2024), (r22, 2022)):
        pdf, body = pdfs[id(it)]
        copy = {"url": c.base + pdf, "kind": "pdf", "via": c.base + it.path, "text_layer": True}
        ctx.truth_report(c, it, year, [copy], kinds=("pdfjs_viewer_file",), body=body)
    index_page(
        skin,
        gk + "index.html",
        "政府信息公开",
        [(gk, "政府信息公开")],
        [(gk + "tzgg/", "通知公告", tz), (gk + "fzzfjs/", "法治政府建设", fz)],
    )
    home(
        skin,
        [
            ("/xwzx/hsyw/", "黑山要闻", news),
            (gk + "tzgg/", "通知公告", tz),
            (gk + "fzzfjs/", "法治政府建设", fz),
        ],
    )


# ====================================================================== 义县 (Next.js data routes)
YX_COLS = {"tzgg": "通知公告", "fzzfjs": "法治政府建设", "yxyw": "义县要闻"}
YX_PER = 10


def yixian(ctx: Ctx18) -> None:
    """义县 (辽宁 锦州), ``www.lnyx.gov.cn``: a Next.js site. A column ``/xxgk/<col>`` is rendered
    on the server with its first ten rows as links (``/xxgk/detail/<id>``) and
    ``<script id="__NEXT_DATA__" type="application/json">`` holding ``props.pageProps`` (``list``,
    ``total``, ``page``, ``pageSize``), ``page: "/xxgk/[col]"``, ``query`` and ``buildId``; its pager
    is ``<button>``s whose click makes the router fetch ``/_next/data/<buildId>/xxgk/<col>.json?
    col=<col>&page=N`` (the page's props as JSON). No URL of page 2 and after is written (the SSR
    route also takes ``?page=N``, as ``getServerSideProps`` reads the query). Evidence: Next.js's
    router (``pathname: `/_next/data/${__NEXT_DATA__.buildId}${pathname}.json`, query``); public
    scrapers paging sites through that route (``/_next/data/${buildId}/en/browse/${cat}.json?slug=
    ${cat}&page=${page}``). That 义县 runs Next.js, the paths and props are assumed; a wrong buildId
    answers 404. The 2024 report is on data page 3 of 通知公告; the 2022 report on page 1 of
    法治政府建设 beside a 政府工作报告 and a 述法报告."""
    c = County("yixian", "义县", "辽宁省", "锦州市", "210727", "www.lnyx.gov.cn")
    nav = [("/", "首页"), *((f"/xxgk/{k}", n) for k, n in YX_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 7, 1))
    build_id = base64.urlsafe_b64encode(bytes.fromhex(_h("build", c.host)[:30])).decode()[:21]
    r24 = ctx.new_report(
        c,
        2024,
        "义县人民政府关于2024年度法治政府建设情况的报告",
        pub="2025-03-28 14:35",
        source="义县人民政府",
    )
    r22 = ctx.new_report(
        c, 2022, "义县2022年法治政府建设工作报告", pub="2023-03-29 11:50", source="义县司法局"
    )
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("interpretation", 2025)])
    look = ctx.lookalikes_of(c, [("gov_work_report", 2023), ("shufa", 2022), ("demo_news", 2023)])
    cols: dict[str, list[Item]] = {
        "tzgg": [*newer(ctx, c, r24, 22, "notice", skin.clock), r24, *notes, *ctx.fillers(c, 20, "notice")],
        "fzzfjs": [r22, *look, *ctx.fillers(c, 14, "disclosure")],
        "yxyw": ctx.news(c, 200),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/xxgk/detail/{it.uid}")
        write_items(skin, cols[k], YX_COLS[k], [(f"/xxgk/{k}", YX_COLS[k])])
    assert 2 * YX_PER <= cols["tzgg"].index(r24) < 3 * YX_PER

    def props(k: str, page: int) -> dict:
        items = cols[k]
        recs = [
            {"id": it.uid, "title": it.title.replace("|", ""), "publishDate": it.date, "link": it.path}
            for it in items[(page - 1) * YX_PER : page * YX_PER]
        ]
        return {"list": recs, "total": len(items), "page": page, "pageSize": YX_PER, "column": YX_COLS[k]}

    def ssr(k: str, page: int) -> str:
        p = props(k, page)
        pages = max(1, math.ceil(p["total"] / YX_PER))
        rows = "".join(
            f'<li class="news-item"><a href="{r["link"]}">{esc(r["title"])}</a>'
            f"<span>{r['publishDate']}</span></li>"
            for r in p["list"]
        )
        btns = "".join(
            f'<button type="button" class="ant-pagination-item{" active" if n == page else ""}">{n}</button>'
            for n in range(1, pages + 1)
        )
        data = {
            "props": {"pageProps": p, "__N_SSP": True},
            "page": "/xxgk/[col]",
            "query": {"col": k, **({"page": str(page)} if page > 1 else {})},
            "buildId": build_id,
            "isFallback": False,
            "gssp": True,
            "scriptLoader": [],
        }
        trail = [(f"/xxgk/{k}", YX_COLS[k])]
        body = (
            f'<div id="__next">{skin.crumbs(trail)}<div class="list-box"><h3>{esc(YX_COLS[k])}</h3>'
            f'<ul class="news-list">{rows}</ul><div class="ant-pagination">{btns}</div></div></div>'
            '<script id="__NEXT_DATA__" type="application/json">'
            f"{json.dumps(data, ensure_ascii=False)}</script>"
            f'<script src="/_next/static/chunks/pages/xxgk/%5Bcol%5D-{build_id[:8].lower()}.js" '
            "defer></script>"
        )
        return skin.page(f"{YX_COLS[k]}-{skin.site_name}", body)

    for k in cols:
        put_at(skin, f"/xxgk/{k}", ssr(k, 1))

    def column(req: Request) -> Resource:
        k = req.path.rsplit("/", 1)[1]
        if k not in cols:
            return _html(skin, skin.page("404", "<h1>404</h1><p>This page could not be found.</p>"), 404)
        return _html(skin, ssr(k, max(1, num(req.params().get("page", ""), 1))))

    def data_route(req: Request) -> Resource:
        parts = req.path.split("/")  # ['', '_next', 'data', buildId, 'xxgk', '<col>.json']
        if len(parts) != 6 or parts[3] != build_id or parts[4] != "xxgk" or not parts[5].endswith(".json"):
            return Resource(b"Not Found", "text/plain", status=404, modified=STAMP)
        k = parts[5][:-5]
        if k not in cols:
            return _json({"notFound": True})
        page = max(1, num(req.params().get("page", ""), 1))
        return _json({"pageProps": props(k, page), "__N_SSP": True})

    for k in cols:
        ctx.handle(c, f"/xxgk/{k}", column)
    ctx.handle_prefix(c, "/_next/data/", data_route)
    ctx.record(c, [*notes, *look])
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("next_data_route", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("next_data_route",))
    home(skin, [(f"/xxgk/{k}", n, cols[k][:6]) for k, n in YX_COLS.items()])


# ====================================================================== 凌海市 (FormData fetch)
LH_COLS = {"TZGG": "通知公告", "FZZFJS": "法治政府建设", "LHYW": "凌海要闻"}
LH_PER = 12
FIELD = re.compile(rb'name="([^"]+)"\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--', re.S)


def form_fields(req: Request) -> dict[str, str]:
    """The fields of a multipart/form-data body (what ``fetch(url, {body: formData})`` sends),
    else the query and urlencoded form (a Spring controller reads either)."""
    ctype = next((v for k, v in req.headers.items() if k.lower() == "content-type"), "")
    if "multipart/form-data" in ctype:
        return {k.decode(): v.decode("utf-8", "replace") for k, v in FIELD.findall(req.body)}
    return req.params()


def linghai(ctx: Ctx18) -> None:
    """凌海市 (辽宁 锦州, 县级市), ``www.lnlh.gov.cn``: columns ``/lh/column/<CODE>.html`` are shells
    whose script builds ``var fd = new FormData(); fd.append("columnCode", …); fd.append("current",
    n); fd.append("size", 12);`` and POSTs it by ``fetch("/lh/cms/article/pageList", {method:
    "POST", body: fd})`` (a ``multipart/form-data`` body); the answer is MyBatis-Plus's page
    ``{"code":200,"data":{"records":[{"id","title","releaseTime","url"}],"total","size","current",
    "pages"}}``; a GET answers 405. Evidence: public front ends paging lists exactly so (``let
    formData = new FormData(); formData.append("pageNum", page); formData.append("pageSize",
    limit); fetch(url, {method: 'POST', …})``; ``var formData = new FormData(); formData.append
    ("pageNum", 1); …`` then ``multipart/…`` headers); MyBatis-Plus ``IPage`` fields. That 凌海市
    lists so, the endpoint and the codes are assumed; a urlencoded body is read too, as Spring's
    ``@RequestParam`` does. The 2024 report is on API page 3 of 通知公告 beside a notice about it;
    the 2022 report in 法治政府建设 beside a 考核 通报 and a 述法报告; the 市司法局's own report in
    通知公告."""
    c = County("linghai", "凌海市", "辽宁省", "锦州市", "210781", "www.lnlh.gov.cn")
    nav = [("/", "首页"), *((f"/lh/column/{k}.html", n) for k, n in LH_COLS.items())]
    skin = open_site(ctx, c, nav, dt.date(2025, 7, 9), skin=InfoSkin)
    r24 = ctx.new_report(
        c, 2024, "凌海市2024年法治政府建设年度报告", pub="2025-03-25 16:30", source="凌海市人民政府"
    )
    r22 = ctx.new_report(
        c,
        2022,
        "凌海市人民政府关于2022年法治政府建设情况的报告",
        pub="2023-03-28 09:50",
        source="凌海市人民政府",
    )
    dep = ctx.department_report(c, "司法局", 2024, "2025-02-20 15:00")
    notes = ctx.lookalikes_of(c, [("notice", 2025), ("text_interp", 2025)])
    look = ctx.lookalikes_of(c, [("assessment", 2023), ("shufa", 2022)])
    cols: dict[str, list[Item]] = {
        "TZGG": [
            *newer(ctx, c, r24, 26, "notice", skin.clock),
            r24,
            *notes,
            dep,
            *ctx.fillers(c, 20, "notice"),
        ],
        "FZZFJS": [r22, *look, *ctx.fillers(c, 11, "disclosure")],
        "LHYW": ctx.news(c, 260),
    }
    for k, items in cols.items():
        cols[k] = assign(ctx, items, lambda it: f"/lh/article/{it.pub:%Y%m%d}/{it.uid}.html")
        trail = [(f"/lh/column/{k}.html", LH_COLS[k])]
        write_items(skin, cols[k], LH_COLS[k], trail)
        script = (
            f'<script>var columnCode = "{k}";\n'
            "function getList(current) {\n"
            '  var fd = new FormData(); fd.append("columnCode", columnCode); fd.append("current", current);\n'
            '  fd.append("size", 12);\n'
            '  fetch("/lh/cms/article/pageList", { method: "POST", body: fd })\n'
            "    .then(function (r) { return r.json(); }).then(function (res) { var h = '';\n"
            "      res.data.records.forEach(function (a) { h += '<li><a href=\"' + a.url + '\" "
            "target=\"_blank\">' + a.title + '</a><span>' + a.releaseTime + '</span></li>'; });\n"
            "      document.getElementById('artList').innerHTML = h; pager(res.data.pages, current); });\n}\n"
            "getList(1);</script>"
        )
        body = (
            f'{skin.crumbs(trail)}<div class="news-box"><h2>{esc(LH_COLS[k])}</h2>'
            '<ul id="artList" class="news-list"></ul><div id="pager" class="pagination"></div></div>'
            f"{script}"
        )
        put_at(skin, f"/lh/column/{k}.html", skin.page(f"{LH_COLS[k]}-{skin.site_name}", body))
    assert 2 * LH_PER <= cols["TZGG"].index(r24) < 3 * LH_PER

    def api(req: Request) -> Resource:
        if req.method != "POST":
            return _json(
                {"status": 405, "error": "Method Not Allowed", "path": "/lh/cms/article/pageList"}, 405
            )
        f = form_fields(req)
        items = cols.get(f.get("columnCode", ""))
        if items is None:
            return _json({"code": 500, "msg": "栏目编码不能为空", "data": None})
        size = max(1, min(num(f.get("size", ""), LH_PER), 50))
        current = max(1, num(f.get("current", ""), 1))
        recs = [
            {
                "id": str(it.uid),
                "title": it.title.replace("|", ""),
                "releaseTime": f"{it.pub:%Y-%m-%d %H:%M:%S}",
                "url": it.path,
            }
            for it in items[(current - 1) * size : current * size]
        ]
        pages = max(1, math.ceil(len(items) / size))
        data = {"records": recs, "total": len(items), "size": size, "current": current, "pages": pages}
        return _json({"code": 200, "msg": "操作成功", "data": data})

    ctx.handle(c, "/lh/cms/article/pageList", api)
    ctx.record(c, [*notes, *look])
    ctx.record_department(c, dep, 2024, c.base + dep.path)
    ctx.truth_report(c, r24, 2024, html_copy(c, r24), kinds=("formdata_fetch_list", "api_later_page"))
    ctx.truth_report(c, r22, 2022, html_copy(c, r22), kinds=("formdata_fetch_list",))
    home(skin, [(f"/lh/column/{k}.html", n, []) for k, n in LH_COLS.items()])
