"""The sites of the ``docweb`` profile, one function each, with the real evidence it is modelled on.

Every site posts its rule-of-law report only as a file that needs a reader the crawler may lack: a
scanned PDF, page images in the article, a Word 97 ``.doc``, a Kingsoft ``.wps`` or an ``.ofd``
(``catalog.PLAN``; the bytes and texts come from ``files/``). Evidence ids are ``read_file`` ids of
the search tool's code corpus; ``sites.md`` is /work/shared/docs/sites.md. Hosts and division codes
are the real ones from /work/shared/data/gov_sites.csv, of counties no other profile uses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from urllib.parse import quote

from ..families import esc
from ..kinds.columns import column, overview
from ..kinds.core import Attachment, Doc, KSite, num_id
from ..kinds.sites import Ctx
from ..kinds2.mechs import asp_list, old_page
from ..kinds2.sites import home_blocks
from ..model import STATIC_TIME, Resource
from .catalog import file_bytes, load_manifest, planned

CTYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "png": "image/png",
    "doc": "application/msword",
    "wps": "application/octet-stream",  # nginx's default_type: its mime.types has no .wps
    "ofd": "application/ofd",
}


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(f"docweb|{seed}|" + "|".join(map(str, parts)))


def hex_id(*parts: object, n: int = 32) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:n]


def file_report(site: KSite, rng: random.Random, key: str, form: str) -> Doc:
    """The document of ``catalog`` entry ``key`` as a doc of ``site``, its text from the manifest and
    its page the title line only; ``form`` (scan, images, pngs, doc, wps, ofd) is kept in the site's
    ``registries["files"]`` (``doc.form`` stays ``html`` so the page renderers attach nothing)."""
    entry, plan = load_manifest()[key], planned(key)
    y, m, d = (int(x) for x in plan.date.replace("年", "-").replace("月", "-").rstrip("日").split("-"))
    pub = dt.datetime(y, m, d, rng.randint(9, 17), rng.randint(0, 59)) + dt.timedelta(days=rng.randint(1, 6))
    source = rng.choice([f"{plan.place}人民政府办公室", f"{plan.place}司法局", f"{plan.place}人民政府"])
    kind = "lookalike" if plan.lookalike else "report"
    doc = site.new_doc(
        entry["title"],
        [entry["title"]],
        pub,
        source,
        kind=kind,
        sub=plan.lookalike,
        year=plan.year,
        region=plan.place,
        body_paras=list(entry["paras"]),
    )
    doc.province, doc.city = site.province, site.city
    doc.key = f"{plan.place}-{plan.year}" if kind == "report" else key
    site.registries.setdefault("files", {})[doc.uid] = {"key": key, "form": form, "paths": []}
    return doc


def posted(site: KSite, doc: Doc) -> dict:
    """How ``doc`` is posted as a file: key, form and the paths of its file or page images."""
    return site.registries["files"][doc.uid]


def serve(site: KSite, path: str, name: str, ext: str, modified: dt.datetime, headers=()) -> None:
    """Serve a committed file at ``path`` (after the page renderers, which may have put another)."""
    host_path, _, query = path.partition("?")
    site.web.resources[(site.host, host_path, query)] = Resource(
        file_bytes(name), CTYPES[ext], headers=tuple(headers), modified=modified or STATIC_TIME
    )


def attach_file(site: KSite, doc: Doc, path: str, ext: str) -> None:
    """Give ``doc`` its file as an attachment (linked ``附件:<title>.<ext>`` under the title line)."""
    doc.attachments.append(Attachment(f"{doc.title}.{ext}", ext, b"", path))
    posted(site, doc)["paths"].append(path)


def trs_file(site: KSite, doc: Doc, folder: str, ext: str) -> str:
    """A TRS attachment path: ``<folder>YYYYMM/P0YYYYMMDD<12 digits>.<ext>``."""
    return f"{folder}{doc.pub:%Y%m}/P0{doc.stamp}{num_id(site.host, doc.uid, digits=12)}.{ext}"


def serve_attachments(site: KSite, docs: list[Doc], headers=()) -> None:
    """Serve the committed file of every doc that has one (replacing what ``put_files`` put)."""
    for d in docs:
        if d.uid in site.registries.get("files", {}):
            name = load_manifest()[posted(site, d)["key"]]["files"][0]
            for att in d.attachments:
                serve(site, att.path, name, att.ext, d.pub, headers)


def news_column(site: KSite, rng: random.Random, name: str, folder: str, count: int, **kw) -> list[Doc]:
    return column(site, name, folder, site.news(rng, count), [("新闻中心", "/xwzx/")], **kw)


# ============================================================================ scanned PDFs
def laishui(c: Ctx) -> None:
    """涞水县 (TRS, 河北 保定): 政务公开 → 法治政府建设; the 2023 report's article is its title line and
    ``附件:….pdf``, a 9-page image-only scan (``/zwgk/fzzfjs/202403/P0….pdf``). Evidence: sites.md TRS
    attachments ``/YYYYMM/P0YYYYMMDD<digits>.pdf`` and "Scans: reports posted only as image-only PDFs";
    JerryChenn07/CrawlUtils ``crawl_utils/file/extract_attachment.py`` (attachments of gov.cn pages
    picked by ``\\.(pdf|xls|doc|ppt|wps)[a-z]?$``, e.g. ``…/201802/P020180202506411419197.pdf``)."""
    s = c.site("laishui", "www.laishui.gov.cn", "涞水县", "河北省", "保定市", "130623")
    rng = rng_for(c.seed, "laishui")
    s.nav = [
        ("首页", "/"),
        ("政务公开", "/zwgk/"),
        ("法治政府建设", "/zwgk/fzzfjs/"),
        ("涞水要闻", "/xwzx/lsyw/"),
    ]
    r = file_report(s, rng, "laishui-2023", "scan")
    s.trs_path("/zwgk/fzzfjs/", r)
    attach_file(s, r, trs_file(s, r, "/zwgk/fzzfjs/", "pdf"), "pdf")
    docs = [
        r,
        s.lookalike(rng, "plan", 2023),
        s.lookalike(rng, "shufa", 2023),
        *s.fillers(rng, 9, "disclosure"),
    ]
    fz = column(s, "法治政府建设", "/zwgk/fzzfjs/", docs, [("政务公开", "/zwgk/")])
    serve_attachments(s, fz)
    nb = column(
        s,
        "政府信息公开年报",
        "/zwgk/xxgknb/",
        [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)],
        [("政务公开", "/zwgk/")],
    )
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("法治政府建设", "/zwgk/fzzfjs/", fz), ("政府信息公开年报", "/zwgk/xxgknb/", nb)],
    )
    news = news_column(s, rng, "涞水要闻", "/xwzx/lsyw/", 40)
    home_blocks(s, [("涞水要闻", "/xwzx/lsyw/", news), ("法治政府建设", "/zwgk/fzzfjs/", fz)])


def baoying(c: Ctx) -> None:
    """宝应县 on the 扬州 集约化 platform (``baoying.yangzhou.gov.cn``, the city's SiteIDCode): 政府信息
    公开 → 法定主动公开内容 → 法治政府建设, whose list links the 2023 report's 20-page scan directly
    (``/uploadfiles/…/<hex>.pdf``, no article page). Evidence: the ``<county>.<city>.gov.cn`` hosts of
    gov_sites.csv (宝应县 ``https://baoying.yangzhou.gov.cn/``); sites.md "集约化" ("On a city platform
    it is the city's code") and "Scans"; lists linking files directly (sites.md "Attachments: … linked
    directly")."""
    s = c.site("baoying", "baoying.yangzhou.gov.cn", "宝应县", "江苏省", "扬州市", "321023", scheme="https")
    s.siteid = "3210000001"
    rng = rng_for(c.seed, "baoying")
    s.nav = [("首页", "/"), ("政府信息公开", "/zfxxgk/"), ("宝应新闻", "/xwzx/byxw/")]
    r = file_report(s, rng, "baoying-2023", "scan")
    r.path = f"/uploadfiles/{r.pub:%Y/%m/%d}/{hex_id(s.host, r.uid)}.pdf"
    trail = [("政府信息公开", "/zfxxgk/"), ("法定主动公开内容", "/zfxxgk/fdzdgknr/")]
    docs = [
        r,
        s.lookalike(rng, "plan", 2022),
        s.lookalike(rng, "gov_work_report", 2023),
        *s.fillers(rng, 22, "disclosure"),
    ]
    column(s, "法治政府建设", "/zfxxgk/fdzdgknr/fzzfjs/", docs, trail, pager="plain")
    serve(s, r.path, "baoying-2023.pdf", "pdf", r.pub)  # replaces the article page put there
    posted(s, r)["paths"].append(r.path)
    column(s, "规划计划", "/zfxxgk/fdzdgknr/ghjh/", s.fillers(rng, 8, "disclosure"), trail)
    overview(
        s,
        "法定主动公开内容",
        "/zfxxgk/fdzdgknr/",
        [("政府信息公开", "/zfxxgk/")],
        [],
        [("法治政府建设", "/zfxxgk/fdzdgknr/fzzfjs/"), ("规划计划", "/zfxxgk/fdzdgknr/ghjh/")],
    )
    nb = column(
        s,
        "政府信息公开年报",
        "/zfxxgk/xxgknb/",
        [s.lookalike(rng, "xxgk_annual", 2023)],
        [("政府信息公开", "/zfxxgk/")],
    )
    overview(
        s,
        "政府信息公开",
        "/zfxxgk/",
        [],
        [("政府信息公开年报", "/zfxxgk/xxgknb/", nb)],
        [("法定主动公开内容", "/zfxxgk/fdzdgknr/")],
    )
    news = news_column(s, rng, "宝应新闻", "/xwzx/byxw/", 45, pager="plain")
    home_blocks(
        s,
        [("宝应新闻", "/xwzx/byxw/", news)],
        '<div class="platform">扬州市人民政府 <a href="https://www.yangzhou.gov.cn/">市政府门户</a></div>',
    )


# ============================================================================ page images
def pingle(c: Ctx) -> None:
    """平乐县 (TRS, 广西 桂林): 政府信息公开 → 法定主动公开内容 → 法治政府建设年度报告; the 2023
    report's article body is three scanned page images ``<img src="./W0….jpg" oldsrc=… picname=…>``
    in ``TRS_Editor``. Evidence: TRS article bodies holding only ``<img src="./W020240407754781682465
    _ORIGIN.jpg" … oldsrc="W0…jpg" picname="1.jpg" data-width="800">`` (code corpus ids 16108453603,
    58283043973; 71027522612 notes a page whose body is "only ``<img src="./W0….jpg">``"); sites.md
    "Scans: … a few ``<img>`` page images in the article"; the column path of a real TRS county
    report, stored page http://www.tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_qzf1/qzf1/fdzdgknr2/qtfdgkxx2/
    202403/t20240328_6583952.html (法定主动公开内容 →
    其他法定公开信息, 静海区2023年度法治政府建设情况报告)."""
    s = c.site("pingle", "www.pingle.gov.cn", "平乐县", "广西壮族自治区", "桂林市", "450330")
    rng = rng_for(c.seed, "pingle")
    s.nav = [("首页", "/"), ("政府信息公开", "/zfxxgk/"), ("平乐新闻", "/xwzx/plxw/")]
    r = file_report(s, rng, "pingle-2023", "images")
    folder = "/zfxxgk/fdzdgknr/fzzfjsndbg/"
    s.trs_path(folder, r)
    images = load_manifest()["pingle-2023"]["files"]
    base = r.path.rsplit("/", 1)[0] + "/"
    stamp = f"W0{r.stamp}{num_id(s.host, r.uid, digits=11)}"
    paths = [f"{base}{stamp}{n}.jpg" for n in range(len(images))]
    posted(s, r)["paths"] += paths
    body = "\n".join(
        f'<p style="text-align: center"><img src="./{p.rsplit("/", 1)[1]}" title="" alt="" picname="{n}.jpg" '
        f'oldsrc="{p.rsplit("/", 1)[1]}" data-width="1240" data-height="1754" width="800"></p>'
        for n, p in enumerate(paths, 1)
    )
    trail = [("政府信息公开", "/zfxxgk/"), ("法定主动公开内容", "/zfxxgk/fdzdgknr/")]
    docs = [r, s.lookalike(rng, "interpretation", 2023), *s.fillers(rng, 7, "disclosure")]
    column(s, "法治政府建设年度报告", folder, docs, trail)
    s.put(r.path, s.article(r, [*trail, ("法治政府建设年度报告", folder)], body=body), modified=r.pub)
    for path, name in zip(paths, images, strict=True):
        serve(s, path, name, "jpg", r.pub)
    qt = column(
        s,
        "其他法定公开信息",
        "/zfxxgk/fdzdgknr/qtfdgkxx/",
        [s.lookalike(rng, "xxgk_annual", 2023), *s.fillers(rng, 12, "disclosure")],
        trail,
    )
    overview(
        s,
        "法定主动公开内容",
        "/zfxxgk/fdzdgknr/",
        [("政府信息公开", "/zfxxgk/")],
        [],
        [("法治政府建设年度报告", folder), ("其他法定公开信息", "/zfxxgk/fdzdgknr/qtfdgkxx/")],
    )
    overview(
        s,
        "政府信息公开",
        "/zfxxgk/",
        [],
        [("其他法定公开信息", "/zfxxgk/fdzdgknr/qtfdgkxx/", qt)],
        [("法定主动公开内容", "/zfxxgk/fdzdgknr/")],
    )
    news = news_column(s, rng, "平乐新闻", "/xwzx/plxw/", 35)
    home_blocks(s, [("平乐新闻", "/xwzx/plxw/", news)])


def hanweb_column(site: KSite, col: int, name: str, docs: list[Doc], trail: list[tuple[str, str]]) -> None:
    """A Hanweb column page whose records sit in a ``<datastore>`` script block (all records)."""
    records = "".join(
        f'<record><![CDATA[<li><a href="{d.path}" title="{esc(d.title)}" target="_blank">{esc(d.title)}</a>'
        f"<span>{d.date}</span></li>]]></record>\n"
        for d in docs
    )
    main = (
        f'{site.crumbs([*trail, (name, "")])}<div class="column"><h2 class="col-title">{esc(name)}</h2>'
        f'<div id="{col}"><script type="text/xml"><datastore><nextgroup><![CDATA[]]></nextgroup>'
        f"<recordset>\n{records}</recordset></datastore></script></div></div>"
    )
    site.put(f"/col/col{col}/index.html", site.page(f"{name}_{site.site_name}", main))


def hanweb_articles(site: KSite, col: int, docs: list[Doc], trail, bodies: dict[int, str]) -> list[Doc]:
    docs = sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)
    for d in docs:
        d.path = (
            d.path
            or f"/art/{d.pub.year}/{d.pub.month}/{d.pub.day}/art_{col}_{num_id(col, d.uid, digits=7)}.html"
        )
    for d in docs:
        d.column = trail[-1][0]
        inner = bodies.get(d.uid) or "\n".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in d.paras)
        body = f"<!--ZJEG_RSS.content.begin-->\n{inner}\n<!--ZJEG_RSS.content.end-->"
        site.put(d.path, site.article(d, trail, body=body, box='div id="zoom"'), modified=d.pub)
    return docs


def hanweb_site(site: KSite, top: int, news: int, cols: dict[int, tuple[str, list[Doc]]],
                bodies: dict[int, str]) -> dict[int, list[Doc]]:
    """A Hanweb site: the columns ``cols`` (id -> name, docs) under 政务公开 (column ``top``), one of
    them the news column ``news`` shown on the home page; returns the placed docs per column."""
    trail = [("政务公开", f"/col/col{top}/index.html")]
    placed = {}
    for col, (name, docs) in cols.items():
        placed[col] = hanweb_articles(site, col, docs, [*trail, (name, f"/col/col{col}/index.html")], bodies)
        hanweb_column(site, col, name, placed[col], trail)
    news_name = cols[news][0]
    site.nav = [("首页", "/"), trail[0], (news_name, f"/col/col{news}/index.html")]
    links = [(n, f"/col/col{k}/index.html") for k, (n, _) in cols.items() if k != news]
    overview(site, "政务公开", f"/col/col{top}/index.html", [], [], links)
    home_blocks(site, [(news_name, f"/col/col{news}/index.html", placed[news])])
    return placed


def taishun(c: Ctx) -> None:
    """泰顺县 (Hanweb JCMS, 浙江 温州): 政务公开 → 法治政府建设 (``/col/col<id>/index.html`` with the
    records in a ``<datastore>`` block), articles ``/art/YYYY/M/D/art_<col>_<id>.html``; the 2022
    report's body is three page images ``/picture/0/<digits>.png`` between the ``ZJEG_RSS.content``
    markers. Evidence: 温州 JCMS article bodies with ``<IMG src="http://www.wenzhou.gov.cn/picture/0/
    101122071020542.jpg">`` (code corpus id 33377964061), Hanweb ``/picture/0/<19 digits>.png``
    (18207067936, and ``jcms_files/jcms1/web149/site/picture/0/…`` in 25346109811); sites.md Hanweb."""
    s = c.site("taishun", "www.ts.gov.cn", "泰顺县", "浙江省", "温州市", "330329")
    rng = rng_for(c.seed, "taishun")
    r = file_report(s, rng, "taishun-2022", "pngs")
    images = load_manifest()["taishun-2022"]["files"]
    paths = [
        f"/picture/0/{r.pub:%y%m%d%H%M}{num_id(s.host, r.uid, n, digits=9)}.png" for n in range(len(images))
    ]
    posted(s, r)["paths"] += paths
    body = "".join(
        f'<p style="text-align:center"><img src="{p}" border="0" width="750"></p>\n' for p in paths
    )
    cols = {
        1229333017: (
            "法治政府建设",
            [
                r,
                s.lookalike(rng, "plan", 2022),
                s.lookalike(rng, "shufa", 2022),
                *s.fillers(rng, 10, "disclosure"),
            ],
        ),
        1229333021: ("政府信息公开年报", [s.lookalike(rng, "xxgk_annual", y) for y in (2021, 2022, 2023)]),
        1229333002: ("泰顺新闻", s.news(rng, 40)),
    }
    hanweb_site(s, 1229333000, 1229333002, cols, {r.uid: body})
    for path, name in zip(paths, images, strict=True):
        serve(s, path, name, "png", r.pub)


# ============================================================================ .doc
def anhui_public(site: KSite, cat: int, name: str, docs: list[Doc], trail) -> list[Doc]:
    """A list ``/public/column/<site>?type=4&catId=<cat>&action=list`` and its articles
    ``/public/<site>/<id>.html`` (Anhui's 政务公开 platform shape)."""
    sid = num_id(site.host, digits=7)
    docs = sorted(docs, key=lambda d: (d.pub, d.uid), reverse=True)
    for d in docs:
        d.path = d.path or f"/public/{sid}/{num_id(site.host, d.uid, digits=10)}.html"
    url = f"/public/column/{sid}?type=4&catId={cat}&action=list"
    column_trail = [*trail, (name, url)]
    rows = "".join(
        f'<tr><td class="bt"><a href="{d.path}" title="{esc(d.title)}" target="_blank">'
        f"{esc(d.title)}</a></td><td>{d.date}</td></tr>"
        for d in docs
    )
    main = (
        f'{site.crumbs(column_trail)}<div class="xxgk-list"><h2>{esc(name)}</h2><table class="table">'
        f"<tr><th>标题</th><th>发布日期</th></tr>{rows}</table></div>"
    )
    site.put(url, site.page(f"{name}_{site.site_name}", main))
    for d in docs:
        d.column = name
        info = (
            f'<table class="div_table"><tr><td>索引号:</td><td>{num_id(site.host, "idx", d.uid, digits=9)}/'
            f"{d.pub.year}-{d.uid % 9000 + 1000}</td><td>发布机构:</td><td>{esc(d.source)}</td></tr>"
            f"<tr><td>发布日期:</td><td>{d.date}</td><td>主题分类:</td><td>其他</td></tr></table>"
        )
        site.put(d.path, site.article(d, column_trail, after="", info=info), modified=d.pub)
    return docs


def nanling(c: Ctx) -> None:
    """南陵县 (安徽 芜湖, the province's 政务公开 platform: lists ``/public/column/<site>?…&catId=…``,
    articles ``/public/<site>/<id>.html`` with an 索引号 table): the 2023 report's article is its title
    line and ``附件:….doc`` linked through ``/module/download/downfile.jsp?classid=0&fileid=<hex>``,
    a URL without an extension answered ``application/msword`` with ``Content-Disposition:
    attachment;filename=<UTF-8, URL-encoded>``. Evidence: download JSPs that set the type and
    ``response.addHeader("Content-Disposition","attachment;filename=" + URLEncoder.encode(name,"UTF-8"))``
    (LinBinWork/ecology_Yundcx ``WebRoot/westvalley/project/model/cmd/down.jsp``;
    yangyi038/… ``WebRoot/admin/download.jsp``); Hanweb ``downfile.jsp?classid=0&filename=…doc``
    (code corpus id 2079040053, ``www.zjt.gov.cn``; 67317704955). The ``/public/`` path shape is
    from memory of Anhui county sites, not from a stored page."""
    s = c.site("nanling", "www.nlx.gov.cn", "南陵县", "安徽省", "芜湖市", "340223")
    rng = rng_for(c.seed, "nanling")
    r = file_report(s, rng, "nanling-2023", "doc")
    fid = hex_id(s.host, "file", r.uid)
    path = f"/module/download/downfile.jsp?classid=0&fileid={fid}"
    attach_file(s, r, path, "doc")
    trail = [("政府信息公开", "/public/column/zfxxgk.html")]
    fz = anhui_public(
        s,
        7041841,
        "法治政府建设",
        [r, s.lookalike(rng, "plan", 2023), *s.fillers(rng, 11, "disclosure")],
        trail,
    )
    serve_attachments(
        s, fz, [("Content-Disposition", f"attachment;filename={quote(r.title + '.doc', safe='')}")]
    )
    anhui_public(s, 7041850, "政府信息公开年报", [s.lookalike(rng, "xxgk_annual", 2023)], trail)
    anhui_public(
        s,
        7041836,
        "工作报告",
        [s.lookalike(rng, "gov_work_report", 2023), *s.fillers(rng, 4, "disclosure")],
        trail,
    )
    sid = num_id(s.host, digits=7)
    cats = {"法治政府建设": 7041841, "政府信息公开年报": 7041850, "工作报告": 7041836}
    links = [(n, f"/public/column/{sid}?type=4&catId={cat}&action=list") for n, cat in cats.items()]
    overview(s, "政府信息公开", "/public/column/zfxxgk.html", [], [], links)
    s.nav = [("首页", "/"), ("政府信息公开", "/public/column/zfxxgk.html"), ("南陵要闻", "/xwzx/nlyw/")]
    news = news_column(s, rng, "南陵要闻", "/xwzx/nlyw/", 40)
    home_blocks(s, [("南陵要闻", "/xwzx/nlyw/", news)])


def gaoyang(c: Ctx) -> None:
    """高阳县 (old ASP, 河北 保定; GBK in the header, gb2312 in the meta): ``list.asp?classid=N``,
    ``show.asp?id=N``; the 2022 report's article is its title line and an ``/UploadFiles/…doc`` link;
    a 法治政府建设实施方案 look-alike is a ``.doc`` too. Evidence: sites.md "old ASP/PHP sites with
    ``show.asp?id=`` links, GB2312 declared in a ``<meta>`` only"; Hanweb/old-site ``.doc``
    attachments on gov.cn (code corpus id 2079040053, ``…downfile.jsp?classid=0&filename=100422150340281
    .doc``); sites.md "Attachments: PDF, DOC, DOCX, WPS, OFD"."""
    s = c.site("gaoyang", "www.gaoyang.gov.cn", "高阳县", "河北省", "保定市", "130628", encoding="gbk")
    rng = rng_for(c.seed, "gaoyang")
    r = file_report(s, rng, "gaoyang-2022", "doc")
    plan = file_report(s, rng, "gaoyang-plan-2022", "doc")
    for d in (r, plan):
        attach_file(s, d, f"/UploadFiles/{d.pub:%Y/%m}/{d.pub:%Y%m%d%H%M%S}{d.uid % 1000:03d}.doc", "doc")
    classes = [
        (1, "高阳要闻", s.news(rng, 50)),
        (5, "政务公开", [*s.fillers(rng, 18, "disclosure"), s.lookalike(rng, "gov_work_report", 2022)]),
        (9, "依法行政", [r, plan, s.lookalike(rng, "interpretation", 2022), *s.fillers(rng, 5, "notice")]),
    ]
    menu, latest = "", []
    for k, name, docs in classes:
        placed = asp_list(s, k, name, docs)
        latest += placed[:4]
        serve_attachments(s, placed)
        menu += f'<td><a href="list.asp?classid={k}">{esc(name)}</a></td>'
    rows = "".join(f'<tr><td>·<a href="{d.path}">{esc(d.title)}</a></td></tr>' for d in latest)
    home = old_page("高阳县人民政府", f"<tr>{menu}</tr>{rows}")
    s.put("/", home)
    s.put("/index.asp", home)


# ============================================================================ .wps, .ofd
def pingjiang(c: Ctx) -> None:
    """平江县 (TRS, 湖南 岳阳): 政务公开 → 重点领域信息公开 → 法治政府建设; the 2023 report is only a
    Kingsoft ``.wps`` attachment ``P0….wps`` (answered ``application/octet-stream``); a 述法报告
    look-alike beside it. Evidence: attachment filters for gov.cn pages that list ``wps`` among
    the document types (JerryChenn07/CrawlUtils ``crawl_utils/file/extract_attachment.py``:
    ``\\.(pdf|xls|doc|ppt|wps)[a-z]?$``); sites.md "Attachments: PDF, DOC, DOCX, WPS, OFD"; LibreOffice's
    type ``writer_MS_Word_97`` (extensions ``doc wps``) for what the file is."""
    s = c.site("pingjiang", "www.pingjiang.gov.cn", "平江县", "湖南省", "岳阳市", "430626", scheme="https")
    rng = rng_for(c.seed, "pingjiang")
    r = file_report(s, rng, "pingjiang-2023", "wps")
    folder = "/zwgk/zdlyxxgk/fzzfjs/"
    s.trs_path(folder, r)
    attach_file(s, r, trs_file(s, r, folder, "wps"), "wps")
    trail = [("政务公开", "/zwgk/"), ("重点领域信息公开", "/zwgk/zdlyxxgk/")]
    fz = column(
        s,
        "法治政府建设",
        folder,
        [
            r,
            s.lookalike(rng, "shufa", 2023),
            s.lookalike(rng, "plan", 2022),
            *s.fillers(rng, 16, "disclosure"),
        ],
        trail,
    )
    serve_attachments(s, fz)
    aq = column(s, "安全生产", "/zwgk/zdlyxxgk/aqsc/", s.fillers(rng, 9, "notice"), trail)
    overview(
        s,
        "重点领域信息公开",
        "/zwgk/zdlyxxgk/",
        [("政务公开", "/zwgk/")],
        [("法治政府建设", folder, fz), ("安全生产", "/zwgk/zdlyxxgk/aqsc/", aq)],
    )
    overview(s, "政务公开", "/zwgk/", [], [], [("重点领域信息公开", "/zwgk/zdlyxxgk/")])
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("平江要闻", "/xwzx/pjyw/")]
    news = news_column(s, rng, "平江要闻", "/xwzx/pjyw/", 45)
    home_blocks(s, [("平江要闻", "/xwzx/pjyw/", news)])


def fengyang(c: Ctx) -> None:
    """凤阳县 (Hanweb JCMS, 安徽 滁州): 政务公开 → 法治政府建设 (``<datastore>`` records); the 2023
    report's article is its title line and ``附件:….ofd`` through Hanweb's
    ``/module/download/downfile.jsp?classid=0&filename=<hex>.ofd&showname=…``, answered
    ``application/ofd``. Evidence: Hanweb ``downfile.jsp?classid=0&filename=<hex>.pdf&showname=…``
    links (code corpus ids 60303086060 ``www.cnipa.gov.cn``, 56371692779, 69641471385
    ``www.jiangsu.gov.cn``); OFD attachments handled beside PDF in gov document previewers (code
    corpus 26307149067, ``geshi == ".ofd"``); sites.md "Attachments: PDF, DOC, DOCX, WPS, OFD"."""
    s = c.site("fengyang", "www.fengyang.gov.cn", "凤阳县", "安徽省", "滁州市", "341126")
    rng = rng_for(c.seed, "fengyang")
    r = file_report(s, rng, "fengyang-2023", "ofd")
    show = quote(f"{r.title}.ofd", safe="")
    path = f"/module/download/downfile.jsp?classid=0&filename={hex_id(s.host, r.uid)}.ofd&showname={show}"
    attach_file(s, r, path, "ofd")
    bodies = {r.uid: f'<p style="text-indent:2em;">{esc(r.title)}</p>'}
    cols = {
        4081012: (
            "法治政府建设",
            [r, s.lookalike(rng, "interpretation", 2023), *s.fillers(rng, 12, "disclosure")],
        ),
        4081020: ("政府信息公开年报", [s.lookalike(rng, "xxgk_annual", y) for y in (2022, 2023)]),
        4081003: ("凤阳要闻", s.news(rng, 45)),
    }
    placed = hanweb_site(s, 4081000, 4081003, cols, bodies)
    disposition = ("Content-Disposition", f"attachment;filename={hex_id(s.host, r.uid)}.ofd")
    serve_attachments(s, placed[4081012], [disposition])


# ============================================================================ control
def kangbao(c: Ctx) -> None:
    """康保县 (TRS, 河北 张家口): the control site. 政府信息公开年报 holds a scanned 政府信息公开工作
    年度报告 (a look-alike, ``附件:….pdf`` image-only); 法治政府建设 holds the 2022 report as ordinary
    article text. Evidence: sites.md look-alikes ("政府信息公开工作年度报告 (a different annual
    report)") and "Scans"; TRS lists and articles (sites.md)."""
    s = c.site("kangbao", "www.zjkkb.gov.cn", "康保县", "河北省", "张家口市", "130723")
    rng = rng_for(c.seed, "kangbao")
    text = s.report(rng, "康保县2022年法治政府建设情况报告", 2022, "004", 1, ())
    look = file_report(s, rng, "kangbao-xxgk-2023", "scan")
    s.trs_path("/zwgk/xxgknb/", look)
    attach_file(s, look, trs_file(s, look, "/zwgk/xxgknb/", "pdf"), "pdf")
    trail = [("政务公开", "/zwgk/")]
    nb = column(s, "政府信息公开年报", "/zwgk/xxgknb/", [look, s.lookalike(rng, "xxgk_annual", 2022)], trail)
    serve_attachments(s, nb)
    fz = column(
        s,
        "法治政府建设",
        "/zwgk/fzzfjs/",
        [text, s.lookalike(rng, "plan", 2023), *s.fillers(rng, 8, "disclosure")],
        trail,
    )
    overview(
        s,
        "政务公开",
        "/zwgk/",
        [],
        [("法治政府建设", "/zwgk/fzzfjs/", fz), ("政府信息公开年报", "/zwgk/xxgknb/", nb)],
    )
    s.nav = [("首页", "/"), ("政务公开", "/zwgk/"), ("康保新闻", "/xwzx/kbxw/")]
    news = news_column(s, rng, "康保新闻", "/xwzx/kbxw/", 35)
    home_blocks(s, [("康保新闻", "/xwzx/kbxw/", news), ("政务公开", "/zwgk/fzzfjs/", fz)])


ALL = (laishui, baoying, pingle, taishun, nanling, gaoyang, pingjiang, fengyang, kangbao)
