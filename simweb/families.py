"""HTML templates of the simulated web: one renderer class per CMS family, with variants.

A renderer gets a :class:`~.model.SiteModel`, gives every doc and attachment its URL in the
family's scheme (TRS ``tYYYYMMDD_id.html``, Hanweb ``art_<col>_<id>.html``, ASP ``show.asp?id=``,
gkmlpt ``post_<id>.html``, VSB ``/info/<col>/<id>.htm``, JEECMS ``.jhtml``, snowflake ids, city
platform paths) and renders full pages with government-site chrome: header clock, toolbar, nav,
breadcrumbs, meta tags, info tables or labelled lines, 字号/打印/关闭 tools, share bar, related
links and the 主办/承办/ICP/公网安备/网站标识码 footer. ``render(out)`` calls
``out(path, resource)``
for every static resource; ``handlers()`` and ``prefix_handlers()`` return the dynamic ones
(Hanweb dataproxy, the gkmlpt JSON API).

The site's ``opts`` pick template details within a family (list markup, pager script, article
extension, labelled-line style), and its ``reach`` hides columns from the nav: such a column is
linked only from an image tile on the 专题专栏 page, from a generic 更多 link beside a heading on
the home page, or from the 部门信息公开 department tree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
from collections.abc import Callable

from .model import Doc, Handler, Request, Resource, SiteModel
from .spec import NEWS_COLUMNS

Out = Callable[[str, Resource], None]
HOME_BLOCKS = ("xwdt", "tpxw", "tzgg", "sp", "fzbg", "ndbg")
GROUPS = {"zfxxgk": "政府信息公开", "zfxxgk/fdzdgknr": "法定主动公开内容", "bmxxgk": "部门信息公开",
          "bmxxgk/sfj": "县司法局", "ztzl": "专题专栏"}
WEEKDAYS = "一二三四五六日"
PROVINCE_ABBR = {
    "河南省": "豫", "内蒙古自治区": "蒙", "广东省": "粤", "山西省": "晋", "江西省": "赣",
    "河北省": "冀", "安徽省": "皖", "浙江省": "浙", "湖南省": "湘", "四川省": "蜀", "江苏省": "苏",
    "山东省": "鲁", "湖北省": "鄂", "甘肃省": "陇",
}
# 部门信息公开: (code, department) and each department's sub-columns (code, name)
DEPARTMENTS = [
    ("fgj", "发展和改革局"), ("jyj", "教育和体育局"), ("gaj", "公安局"), ("mzj", "民政局"),
    ("sfj", "司法局"), ("czj", "财政局"), ("rsj", "人力资源和社会保障局"), ("zrzyj", "自然资源局"),
    ("zjj", "住房和城乡建设局"), ("jtysj", "交通运输局"), ("slj", "水利局"), ("nyncj", "农业农村局"),
    ("swj", "商务局"), ("wlj", "文化和旅游局"), ("wjj", "卫生健康局"), ("yjglj", "应急管理局"),
    ("scjgj", "市场监督管理局"), ("tjj", "统计局"),
]
DEPT_SUBS = [("jgzn", "机构职能"), ("zcwj", "政策文件"), ("gzdt", "工作动态"),
             ("fzbg", "法治政府建设年度报告"), ("xxgknb", "政府信息公开年报")]
DECOY_TILES = ("学习贯彻党的二十大精神", "乡村振兴", "优化营商环境", "创建全国文明城市")
MIGRATED = dt.datetime(2024, 7, 1, 0, 0)  # a CMS migration that rewrote every PubDate meta


def esc(text: str) -> str:
    """HTML-escape text and attribute values."""
    return html.escape(text, quote=True)


def digest(*parts: object) -> str:
    """A stable hex digest of the parts."""
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def session_id(*parts: object) -> str:
    """An ASP.NET-style 24-character session id (a-z, 0-5) derived from the parts."""
    raw = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return "".join("abcdefghijklmnopqrstuvwxyz012345"[b % 32] for b in raw[:24])


class Family:
    """Base renderer: URL scheme hooks, shared chrome and the render loop."""

    ext = "html"
    encoding = "utf-8"
    per_page = 20
    list_class = "list"

    def __init__(self, model: SiteModel, rng: random.Random):
        self.m = model
        self.site = model.site
        self.v = model.site.variant
        self.rng = rng

    def opt(self, name: str, default: str = "") -> str:
        """A template option of the site (``Site.opts``)."""
        return dict(self.site.opts).get(name, default)

    def reach(self, key: str) -> str:
        """How the site links a column: nav, tile, more or tree."""
        return dict(self.site.reach).get(key, "nav")

    def first(self) -> int:
        """The number of the second list page minus one: 0 (index_1 …) or 1 (index_2 …)."""
        return int(self.opt("first", "1" if self.opt("pager") in ("page_div", "links1") else "0"))

    # ------------------------------------------------------------------ URLs
    def p(self, path: str) -> str:
        """Prefix a path with the site's platform prefix."""
        return self.site.prefix + path

    def home(self) -> str:
        return self.p("/index." + self.ext)

    def col_url(self, key: str, page: int = 0) -> str:
        slug = self.m.columns[key].slug
        return self.p(f"/{slug}/index{'_' + str(page + self.first()) if page else ''}.{self.ext}")

    def zt_url(self) -> str:
        """The 专题专栏 landing page."""
        return self.p(f"/ztzl/index.{self.ext}")

    def dept_url(self, code: str = "", sub: str = "") -> str:
        """The 部门信息公开 directory, a department's page, or one of its sub-columns."""
        if sub == "fzbg" and code == "sfj" and "sfj" in self.m.columns:
            return self.col_url("sfj")
        path = "/bmxxgk/" + "".join(f"{part}/" for part in (code, sub) if part)
        return self.p(f"{path}index.{self.ext}")

    def col_prefix(self, key: str) -> str:
        return self.p(f"/{self.m.columns[key].slug}/")

    def doc_url(self, doc: Doc) -> str:
        return self.p(f"/{self.m.columns[doc.column].slug}/content_{doc.uid}.{self.ext}")

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        """(path, href) of the n-th attachment of a doc."""
        path = self.p(f"/attach/{doc.pub:%Y%m}/{digest(doc.uid, n)[:16]}.{ext}")
        return path, path

    def print_url(self, doc: Doc) -> str:
        return doc.path + "?print=1"

    def link(self, doc: Doc, page_path: str) -> str:
        """How a list or home page links a doc."""
        return doc.path

    def assign(self) -> None:
        """Give every doc and attachment its URL."""
        for doc in self.m.docs:
            doc.path = self.doc_url(doc)
            for n, att in enumerate(doc.attachments):
                att.path, att.href = self.att_url(doc, n, att.ext)

    # ------------------------------------------------------------------ chrome
    def meta(self, col: str | None = None, doc: Doc | None = None) -> str:
        mode = self.site.meta
        if mode == "none":
            return ""
        site_name = self.m.name
        if "copied_meta" in self.site.quirks:  # a template copied from the city's site
            site_name = self.site.county.city + "人民政府"
        items = [("SiteName", site_name), ("SiteDomain", self.site.host),
                 ("SiteIDCode", self.m.siteid)]
        if col:
            column = self.m.columns[col]
            items += [("ColumnName", column.name), ("ColumnType", column.parent or column.name)]
        if doc:
            shown = max(doc.pub, MIGRATED) if mode == "stale" else doc.pub
            items += [("ArticleTitle", doc.plain_title),
                      ("PubDate", shown.strftime("%Y-%m-%d %H:%M")),
                      ("ContentSource", doc.source)]
            if self.v % 2 == 0:
                items += [("Keywords", "法治政府建设" if doc.kind == "report" else doc.title[:6]),
                          ("Description", doc.paras[0][:60] if doc.paras else "")]
        if mode == "partial":
            dropped = ("SiteDomain", "ColumnType", "ContentSource")
            items = [it for it in items if it[0] not in dropped]
        if self.v % 2:
            return "\n".join(f'<meta content="{esc(v)}" name="{k}">' for k, v in items)
        return "\n".join(f'<meta name="{k}" content="{esc(v)}" />' for k, v in items)

    def clock(self) -> str:
        day = self.m.clock
        return f"今天是:{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"

    def toolbar(self) -> str:
        gate = f"/gate/big5/{self.site.host}{self.home()}"
        big5 = f'<a href="{gate}">繁體</a>' if "gate" in self.site.quirks else "<a>繁體</a>"
        return (f'<div class="topbar"><span class="clock">{self.clock()}</span>'
                f'<span class="tools"><a href="javascript:;" id="wza">无障碍</a> | '
                f'<a href="javascript:;" class="oldman">关怀版</a> | {big5} | '
                '<a href="javascript:;">登录</a></span></div>')

    def search_box(self) -> str:
        action = self.p("/search/") if "search" in self.site.quirks else "/jsearchfront/search.do"
        return (f'<form class="search" action="{action}" method="get"><input name="q" '
                'placeholder="请输入关键字"><input type="submit" value="搜索"></form>')

    def nav(self) -> str:
        items = [f'<li><a href="{self.home()}">首页</a></li>']
        for key, col in self.m.columns.items():
            if key in ("ztzl", "gzcx") or (col.parent in ("政策和文件",) and key != "zcwj"):
                continue
            if self.reach(key) != "nav":
                continue
            items.append(f'<li><a href="{self.col_url(key)}">{esc(col.name)}</a></li>')
        items += [f'<li><a href="{href}">{esc(name)}</a></li>' for name, href in self.nav_extra()]
        items += [f'<li><a href="{href}">{esc(name)}</a></li>' for name, href in self.m.links]
        return '<div class="nav"><ul>' + "".join(items) + "</ul></div>"

    def nav_extra(self) -> list[tuple[str, str]]:
        """Nav entries for the 专题专栏 page and the 部门信息公开 tree, when the site has them."""
        out = []
        if "tile" in dict(self.site.reach).values():
            out.append(("专题专栏", self.zt_url()))
        if "depts" in self.site.quirks:
            out.append(("部门信息公开", self.dept_url()))
        return out

    def header(self) -> str:
        logo = f'<div class="logo"><a href="{self.home()}"><h1>{esc(self.m.name)}</h1></a></div>'
        return f'<div class="header">{self.toolbar()}{logo}{self.search_box()}</div>{self.nav()}'

    def crumbs(self, col: str | None, doc: Doc | None = None) -> str:
        parts = [f'<a href="{self.home()}">首页</a>']
        if col:
            column = self.m.columns[col]
            if column.parent:
                parts.append(f"<span>{esc(column.parent)}</span>")
            parts.append(f'<a href="{self.col_url(col)}">{esc(column.name)}</a>')
        if doc and self.v == 1:
            parts.append("<span>正文</span>")
        label = ["您当前的位置:", "当前位置:", "您现在的位置:"][self.v % 3]
        sep = [" &gt; ", " &gt;&gt; ", " / "][self.v % 3]
        return f'<div class="crumbs">{label}{sep.join(parts)}</div>'

    def footer(self) -> str:
        county = self.site.county
        abbr = PROVINCE_ABBR.get(county.province, "")
        code = self.m.siteid
        icp = f"{abbr}ICP备{int(digest(code)[:6], 16) % 90000000 + 5000000:08d}号"
        police = f"{abbr}公网安备 {code[:6]}0200{int(code[-4:]) + 100:04d}号"
        return (f'<div class="footer"><p><a href="{self.p("/wzdt/")}">网站地图</a> | '
                '<a href="javascript:;">联系我们</a> | <a href="javascript:;">使用帮助</a></p>'
                f"<p>主办:{esc(self.m.name)}  承办:{esc(self.m.name)}办公室</p>"
                f"<p>{icp}  {police}  网站标识码:{code}</p>"
                '<p>地址:人民路1号  建议使用1366×768分辨率、IE9以上版本浏览器</p>'
                '<div class="jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错"></div></div>')

    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None,
             body_attrs: str = "") -> str:
        charset = self.charset_meta()
        head = (f"<!DOCTYPE html>\n<html>\n<head>\n{charset}\n<title>{esc(title)}</title>\n"
                f"{self.meta(col, doc)}\n"
                f'<link rel="stylesheet" href="{self.p("/css/style.css")}">\n'
                f'<script src="{self.p("/js/jquery.min.js")}"></script>\n</head>\n')
        return (f"{head}<body{body_attrs}>\n{self.header()}\n<div class=\"main\">\n{main}\n</div>\n"
                f"{self.footer()}\n</body>\n</html>\n")

    def charset_meta(self) -> str:
        return '<meta charset="utf-8">'

    # ------------------------------------------------------------------ pieces
    def info(self, doc: Doc) -> str:
        """The publish-date/source line or table; the style depends on the variant."""
        stamp = doc.pub.strftime("%Y-%m-%d %H:%M")
        style = self.opt("info")
        if style == "fullwidth":
            return (f'<div class="info">发布日期：{doc.date}&nbsp;&nbsp;信息来源：{esc(doc.source)}'
                    '&nbsp;&nbsp;【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
                    '<a href="javascript:;">小</a>】</div>')
        if style == "runon":
            return f'<div class="info">信息来源：{esc(doc.source)}发布时间：{doc.date}</div>'
        if style == "cn":
            return (f'<div class="info"><span>发布时间：{doc.pub.year}年{doc.pub.month:02d}月'
                    f"{doc.pub.day:02d}日</span> <span>来源：{esc(doc.source)}</span></div>")
        styles = [
            f'<div class="info">来源:{esc(doc.source)}  发布时间:{stamp}  浏览次数:<span>'
            f"{doc.uid % 900 + 37}</span></div>",
            f'<div class="info">时间:{stamp} 来源:{esc(doc.source)}</div>',
            self.info_table(doc),
        ]
        return styles[self.v % 3]

    def info_table(self, doc: Doc) -> str:
        index_no = doc.index_no or f"{self.m.siteid[:6]}-{doc.pub:%Y}-{doc.uid:05d}"
        written = f"{doc.written:%Y-%m-%d}"
        return ('<table class="xxgk_table"><tr><th>索引号:</th>'
                f"<td>{index_no}</td><th>主题分类:</th><td>其他</td></tr>"
                f"<tr><th>发布机构:</th><td>{esc(doc.source)}</td><th>成文日期:</th><td>{written}</"
                f"td>"
                f"</tr><tr><th>名称:</th><td colspan=\"3\">{esc(doc.plain_title)}</td></tr>"
                f"<tr><th>文号:</th><td></td><th>发布日期:</th><td>{doc.date}</td></tr></table>")

    def tools(self, doc: Doc) -> str:
        printer = (f'<a href="{self.print_url(doc)}" target="_blank">打印本页</a>'
                   if "print" in doc.extras else
                   '<a href="javascript:window.print()">打印本页</a>')
        return ('<div class="tools">字号:[<a href="javascript:doZoom(18)">大</a> '
                '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>] '
                '<a href="javascript:;">视力保护色</a> '
                f'{printer} <a href="javascript:window.close()">关闭窗口</a></div>')

    def share(self) -> str:
        return ('<div class="share">分享到:<a class="wx">微信</a><a class="wb">微博</a>'
                '<a class="qzone">QQ空间</a></div><div class="qrcode"><img src="/images/qr.png">'
                "<p>扫一扫在手机打开当前页</p></div>")

    def related(self, doc: Doc) -> str:
        others = [d for d in self.m.columns[doc.column].listed if d is not doc][:4]
        items = "".join(f'<li><a href="{d.path}">{esc(d.plain_title)}</a></li>' for d in others)
        return f'<div class="related"><h4>相关链接</h4><ul>{items}</ul></div>'

    def title_html(self, doc: Doc) -> str:
        return "<br>".join(esc(part) for part in doc.title.split("|"))

    def body(self, doc: Doc) -> str:
        """Paragraphs, attachment links and (for intro pages) the intro sentence."""
        paras = doc.paras
        styles = [
            lambda t: f'<p style="text-indent: 2em;">{esc(t)}</p>',
            lambda t: f"<p>\u3000\u3000{esc(t)}</p>",
            lambda t: f'<p align="justify"><span style="font-size:16px;">{esc(t)}</span></p>',
        ]
        style = styles[(self.v + doc.uid) % 3]
        out = "\n".join(style(t) for t in paras)
        return self.media(doc) + out + self.attachments(doc)

    def media(self, doc: Doc) -> str:
        """The picture of a 图片新闻 item or the player of a 视频 item."""
        if doc.column == "tpxw":
            return (f'<p style="text-align:center"><img src="{self.p("/images/news/")}'
                    f'{digest(doc.uid)[:12]}.jpg" alt="{esc(doc.title)}" width="600"></p>\n')
        if doc.column == "sp":
            return (f'<div class="video"><video controls src="{self.p("/video/")}'
                    f'{digest(doc.uid)[:12]}.mp4" width="640"></video></div>\n')
        return ""

    def attachments(self, doc: Doc) -> str:
        if not doc.attachments:
            return ""
        links = []
        for n, att in enumerate(doc.attachments):
            label = esc(att.name)
            mode = (doc.uid + n) % 3 if doc.form in ("pdf", "scan") else 0
            if mode == 1 and att.ext == "pdf":
                links.append(
                    f'<iframe src="{self.p("/pdfjs/web/viewer.html")}?file={att.href}" '
                    'width="100%" height="800"></iframe>'
                    f'<p>附件:<a href="javascript:void(0)" onclick="window.open(\'{att.href}\')">'
                    f"{label}</a></p>")
            elif mode == 2 and att.ext == "pdf":
                links.append(f'<embed src="{att.href}" type="application/pdf" width="100%" '
                             f'height="800"><p>附件下载:<a href="{att.href}">{label}</a></p>')
            else:
                links.append(f'<p>附件{n + 1 if len(doc.attachments) > 1 else ""}:'
                             f'<a href="{att.href}" target="_blank">{label}</a></p>')
        return '\n<div class="fujian">' + "".join(links) + "</div>"

    def article(self, doc: Doc) -> str:
        """The main part of an article page."""
        return (f"{self.crumbs(doc.column, doc)}\n<div class=\"article\">\n"
                f"<h2 class=\"title\">{self.title_html(doc)}</h2>\n{self.info(doc)}"
                f"\n{self.tools(doc)}\n"
                f'<div class="content">\n{self.wrap_body(doc)}\n</div>\n{self.share()}\n'
                f"{self.related(doc)}\n</div>")

    def wrap_body(self, doc: Doc) -> str:
        return f'<div id="content">{self.body(doc)}</div>'

    def render_doc(self, doc: Doc) -> str:
        return self.page(doc.plain_title, self.article(doc), doc.column, doc)

    def render_print(self, doc: Doc) -> str:
        return (f"<!DOCTYPE html><html><head>{self.charset_meta()}<title>{esc(doc.plain_title)}"
                f"</title></head><body onload=\"window.print()\"><div class=\"print\">"
                f"<h2>{self.title_html(doc)}</h2>{self.info(doc)}{self.wrap_body(doc)}"
                '<p class="noprint">【<a href="javascript:window.print()">打印</a>】'
                '【<a href="javascript:window.close()">关闭</a>】</p></div></body></html>')

    def list_items(self, docs: list[Doc], page_path: str) -> str:
        style = self.opt("list")
        if style == "div":
            return '<div class="list-box">' + "".join(
                f'<div class="list-item"><a href="{self.link(d, page_path)}" target="_blank" '
                f'title="{esc(d.plain_title)}">{esc(d.plain_title)}</a>'
                f'<span class="date">{d.date}</span></div>' for d in docs) + "</div>"
        if style == "em":
            return '<ul class="news-list">' + "".join(
                f'<li><em>{d.date}</em><a href="{self.link(d, page_path)}" target="_blank">'
                f"{esc(d.plain_title)}</a></li>" for d in docs) + "</ul>"
        if style == "table":
            return '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + "".join(
                f'<tr><td width="12"><img src="{self.p("/images/dot.gif")}"></td><td align="left">'
                f'<a href="{self.link(d, page_path)}" target="_blank">{esc(d.plain_title)}</a></td>'
                f'<td width="90" align="right">{d.date}</td></tr>' for d in docs) + "</table>"
        return '<ul class="list">' + "".join(
            f'<li><a href="{self.link(d, page_path)}" title="{esc(d.plain_title)}" '
            f'target="_blank">{esc(d.plain_title)}</a><span>{d.date}</span></li>' for d in docs
        ) + "</ul>"

    def pager(self, key: str, page: int, pages: int) -> str:
        style = self.opt("pager")
        total = len(self.m.columns[key].listed)
        if style == "page_div":  # pages counted from 1: index.htm, index_2.htm …
            return ('<div id="page_div" class="page"></div><script type="text/javascript">'
                    f"createPageHTML('page_div', {pages}, {page + 1}, 'index', '{self.ext}', {total});"
                    "</script>")
        if style == "trs_vars":
            return ('<div class="page"><script language="javascript">var _nPageCount = '
                    f'{pages};var _nCurrIndex = {page};var _sPageName = "index";var _sPageExt = '
                    f'"{self.ext}";createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt);'
                    "</script></div>")
        if style == "links1":
            return self.number_pager(lambda n: self.col_url(key, n), page, pages, total)
        parts = []
        if page > 0:
            parts.append(f'<a href="{self.col_url(key)}">首页</a> '
                         f'<a href="{self.col_url(key, page - 1)}">上一页</a>')
        if page + 1 < pages:
            parts.append(f'<a href="{self.col_url(key, page + 1)}">下一页</a> '
                         f'<a href="{self.col_url(key, pages - 1)}">尾页</a>')
        return f'<div class="page">共{pages}页 当前第{page + 1}页 {" ".join(parts)}</div>'

    def number_pager(self, url: Callable[[int], str], page: int, pages: int, total: int) -> str:
        """A plain pager with numbered links around the current page."""
        parts = [f"<span>共{total}条</span>"]
        if page > 0:
            parts.append(f'<a href="{url(0)}">首页</a><a href="{url(page - 1)}">上一页</a>')
        for n in range(max(0, page - 4), min(pages, page + 5)):
            parts.append(f'<span class="current">{n + 1}</span>' if n == page
                         else f'<a href="{url(n)}">{n + 1}</a>')
        if page + 1 < pages:
            parts.append(f'<a href="{url(page + 1)}">下一页</a><a href="{url(pages - 1)}">尾页</a>')
        return '<div class="pagination">' + "".join(parts) + "</div>"

    def render_list(self, key: str, page: int, pages: int, docs: list[Doc]) -> str:
        path = self.col_url(key, page)
        main = (f"{self.crumbs(key)}\n<div class=\"column\"><h3>{esc(self.m.columns[key].name)}</h"
                f"3>"
                f"\n{self.list_items(docs, path)}\n{self.pager(key, page, pages)}</div>")
        return self.page(self.m.columns[key].name + "_" + self.m.name, main, key)

    def render_home(self) -> str:
        blocks = []
        for key, col in self.m.columns.items():
            if key not in HOME_BLOCKS:
                continue
            blocks.append(f'<div class="block"><h3><a href="{self.col_url(key)}">{esc(col.name)}</'
                          f'a>'
                          f'<a class="more" href="{self.col_url(key)}">更多&gt;&gt;</a></h3>'
                          f"{self.list_items(col.listed[:6], self.home())}</div>")
        blocks += [self.more_block(key) for key in self.m.columns if self.reach(key) == "more"]
        if "ztzl" in self.m.columns:
            blocks.append(f'<div class="ztzl"><h3>专题专栏</h3><a href="{self.col_url("ztzl")}">'
                          '<img src="/picture/0/zt_fzzfjs.jpg" alt="法治政府建设"></a>'
                          '<a href="javascript:;"><img src="/picture/0/zt_xczx.jpg" '
                          'alt="乡村振兴"></a></div>')
        extra = []
        if "calendar" in self.site.quirks:
            extra.append(f'<a href="{self.p("/calendar/")}?y={self.m.clock.year}'
                         f'&m={self.m.clock.month}">活动日历</a>')
        if "hang" in self.site.quirks:
            extra.append(f'<a href="{self.p("/sjkf/index.html")}">数据开放</a>')
        if "pagetrap" in self.site.quirks:
            extra.append(f'<a href="{self.p("/list/")}">全部新闻</a>')
        if "starttrap" in self.site.quirks:
            extra.append(f'<a href="{self.p("/xwzx/more.jsp")}">更多新闻</a>')
        links = '<div class="links">' + " | ".join(extra) + "</div>" if extra else ""
        return self.page(self.m.name, "\n".join(blocks) + links)

    def more_block(self, key: str) -> str:
        """A home-page block whose heading is plain text and whose only link says 更多."""
        col = self.m.columns[key]
        label = self.opt("more", "更多>>")
        return (f'<div class="block"><div class="block-title"><span class="name">{esc(col.name)}'
                f'</span><a class="more" href="{self.col_url(key)}" target="_blank">{esc(label)}</a>'
                f"</div>{self.list_items(col.listed[:5], self.home())}</div>")

    def render_landing(self) -> str:
        """The 专题专栏 page: image tiles whose alt text is the only name of each topic."""
        tiles = [(self.col_url(k), self.m.columns[k].name) for k, how in self.site.reach
                 if how == "tile"]
        first_news = next((k for k in self.m.columns if k in NEWS_COLUMNS), None)
        decoy = self.col_url(first_news) if first_news else "javascript:;"
        tiles[1:1] = [(decoy, name) for name in DECOY_TILES]
        items = "".join(
            f'<li><a href="{href}" target="_blank"><img src="{self.p("/images/zt/")}'
            f'{digest(self.site.key, name)[:10]}.jpg" alt="{esc(name)}" width="285" height="90">'
            "</a></li>" for href, name in tiles)
        crumbs = (f'<div class="crumbs">当前位置:<a href="{self.home()}">首页</a> &gt; '
                  "<span>专题专栏</span></div>")
        return self.page("专题专栏_" + self.m.name, f'{crumbs}<ul class="zt-list">{items}</ul>')

    def render_depts(self, out: Out) -> None:
        """The 部门信息公开 tree: a directory, one page per department, its sub-columns."""
        unit = self.site.county.name[-1] if self.site.county.name[-1] in "县区旗市" else "县"
        trail = f'<div class="crumbs">当前位置:<a href="{self.home()}">首页</a> &gt; '
        depts = "".join(f'<li><a href="{self.dept_url(code)}">{unit}{esc(name)}</a></li>'
                        for code, name in DEPARTMENTS)
        out(self.dept_url(), self.res(self.page(
            "部门信息公开_" + self.m.name,
            f'{trail}<span>部门信息公开</span></div><ul class="bm-list">{depts}</ul>'), None))
        for code, name in DEPARTMENTS:
            subs = "".join(f'<li><a href="{self.dept_url(code, sub)}">{esc(label)}</a></li>'
                           for sub, label in DEPT_SUBS)
            where = (f'{trail}<a href="{self.dept_url()}">部门信息公开</a> &gt; '
                     f"<span>{unit}{esc(name)}</span></div>")
            out(self.dept_url(code), self.res(self.page(
                f"{unit}{name}_{self.m.name}",
                f'{where}<div class="bm-info"><h3>{unit}{esc(name)}</h3><ul>{subs}</ul></div>'),
                None))
            for sub, label in DEPT_SUBS:
                if code == "sfj" and sub == "fzbg" and "sfj" in self.m.columns:
                    continue  # the real column, rendered with the site's columns
                url = self.dept_url(code, sub)
                crumb = (f'{trail}<a href="{self.dept_url()}">部门信息公开</a> &gt; <a href='
                         f'"{self.dept_url(code)}">{unit}{esc(name)}</a> &gt; <span>{label}</span>'
                         "</div>")
                out(url, self.res(self.page(f"{label}_{unit}{name}_{self.m.name}",
                                            f'{crumb}<div class="column"><h3>{label}</h3>'
                                            '<p class="empty">暂无信息</p></div>'), None))

    def static_columns(self) -> list[str]:
        """The columns rendered as static list pages."""
        return list(self.m.columns)

    def root(self) -> Resource | None:
        """What ``/`` answers: by default the home page itself."""
        return None

    def encode(self, text: str) -> bytes:
        return text.encode(self.encoding, "xmlcharrefreplace")

    def res(self, text: str, modified: dt.datetime | None) -> Resource:
        return Resource(self.encode(text), self.ctype(), modified=modified)

    def ctype(self) -> str:
        return f"text/html; charset={self.encoding}"

    def render(self, out: Out) -> None:
        """Render every static page of the site."""
        newest = max((d.modified or d.pub for d in self.m.docs), default=None)
        home = self.res(self.render_home(), newest)
        out(self.home(), home)
        root = self.root()
        out(self.p("/"), root or home)
        for key in self.static_columns():
            listed = self.m.columns[key].listed
            pages = max(1, -(-len(listed) // self.per_page))
            for page in range(pages):
                docs = listed[page * self.per_page : (page + 1) * self.per_page]
                stamp = max((d.modified or d.pub for d in docs), default=None)
                resource = self.res(self.render_list(key, page, pages, docs), stamp)
                out(self.col_url(key, page), resource)
                if page == 0 and self.col_url(key).endswith("/index." + self.ext):
                    out(self.col_url(key).rsplit("/", 1)[0] + "/", resource)
        sitemap = "".join(f'<li><a href="{self.col_url(k)}">{esc(c.name)}</a></li>'
                          for k, c in self.m.columns.items() if self.reach(k) == "nav")
        out(self.p("/wzdt/"), self.res(self.page("网站地图_" + self.m.name,
                                                 f'<ul class="wzdt">{sitemap}</ul>'), None))
        if "tile" in dict(self.site.reach).values():
            landing = self.res(self.render_landing(), None)
            out(self.zt_url(), landing)
            out(self.zt_url().rsplit("/", 1)[0] + "/", landing)
        if "depts" in self.site.quirks:
            self.render_depts(out)
        for doc in self.m.docs:
            stamp = doc.modified or doc.pub
            out(doc.path, self.res(self.render_doc(doc), stamp))
            if "print" in doc.extras:
                out(self.print_url(doc), self.res(self.render_print(doc), stamp))
            for att in doc.attachments:
                ctype = {"pdf": "application/pdf", "doc": "application/msword", "docx":
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
                out(att.path, Resource(att.data, ctype[att.ext], modified=doc.pub))
                if att.href != att.path:
                    out(att.href, Resource(b"", status=302, headers=(("Location", att.path),)))

    def handlers(self) -> dict[str, Handler]:
        return {}

    def prefix_handlers(self) -> dict[str, Handler]:
        """Dynamic pages under a path prefix."""
        return {}


# ====================================================================== TRS WCM


class TRS(Family):
    """TRS WCM: ``/<col>/YYYYMM/tYYYYMMDD_<id>.html``, createPageHTML paging, ``div.TRS_Editor``."""

    @property
    def ext(self) -> str:  # type: ignore[override]
        return self.opt("ext") or ["html", "shtml", "htm"][self.v]

    def doc_url(self, doc: Doc) -> str:
        name = f"t{doc.pub:%Y%m%d}_{doc.uid}.{self.ext}"
        return self.col_prefix(doc.column) + f"{doc.pub:%Y%m}/{name}"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        letter = "P" if ext == "pdf" else "W"
        name = f"{letter}0{doc.pub:%Y%m%d}{int(digest(doc.uid, n)[:8], 16) % 900000 + 100000}.{ext}"
        return self.col_prefix(doc.column) + f"{doc.pub:%Y%m}/{name}", f"./{name}"

    def link(self, doc: Doc, page_path: str) -> str:
        base = page_path.rsplit("/", 1)[0] + "/"
        return "./" + doc.path[len(base):] if doc.path.startswith(base) else doc.path

    def print_url(self, doc: Doc) -> str:
        return doc.path + "?print=1" if self.v == 0 else self.p("/print") + doc.path

    def root(self) -> Resource:
        bodies = [
            f"<script>window.location.href='./index.{self.ext}'</script>",
            f'<html><head><script type="text/javascript">location.replace("index.{self.ext}");'
            "</script></head><body></body></html>",
            f'<html><head><meta http-equiv="refresh" content="0;url={self.m.base}/index.{self.ext}'
            f'">'
            "</head><body></body></html>",
        ]
        return Resource(bodies[self.v].encode(), modified=dt.datetime(2018, 6, 1))

    def wrap_body(self, doc: Doc) -> str:
        cls = ["TRS_Editor", "view TRS_UEDITOR trs_paper_default trs_web", "TRS_Editor"][self.v]
        inner = self.body(doc)
        if self.v == 0:
            inner = f'<div class="Custom_UnionStyle">{inner}</div>'
        return f'<div class="{cls}">{inner}</div>'

    def list_items(self, docs: list[Doc], page_path: str) -> str:
        if self.opt("list"):
            return super().list_items(docs, page_path)
        if self.v == 1:
            rows = "".join(
                f'<tr><td class="td_title"><a href="{self.link(d, page_path)}" target="_blank" '
                f'title="{esc(d.plain_title)}">{esc(d.plain_title)}</a></td>'
                f'<td class="td_date">[{d.date}]</td></tr>' for d in docs)
            return f'<table class="list_table" width="100%">{rows}</table>'
        if self.v == 2:
            return '<div class="news_list">' + "".join(
                f'<dl><dt><a href="{self.link(d, page_path)}" title="{esc(d.plain_title)}">'
                f"{esc(d.plain_title)}</a></dt><dd>{d.date}</dd></dl>" for d in docs) + "</div>"
        return super().list_items(docs, page_path)

    def pager(self, key: str, page: int, pages: int) -> str:
        if self.opt("pager"):
            return super().pager(key, page, pages)
        if self.v == 1:
            return ('<div class="page"><script type="text/javascript">var currentPage = '
                    f'{page};var countPage = {pages};createPageHTML(countPage, currentPage, '
                    f'"index", "{self.ext}");</script></div>')
        return (f'<div class="page"><script>createPageHTML({pages}, {page}, "index", "{self.ext}");'
                "</script></div>")


# ====================================================================== Hanweb JCMS


class Hanweb(Family):
    """Hanweb JCMS: ``/col/col<id>/index.html`` with records in a datastore script, dataproxy."""

    visible = 15
    per_page = 10**6  # one column page; the rest comes from the dataproxy
    webid, unitid = 3, 5678

    def col_id(self, key: str) -> int:
        return 1229000 + int(digest(self.site.key, key)[:6], 16) % 900

    def col_url(self, key: str, page: int = 0) -> str:
        return f"/col/col{self.col_id(key)}/index.html"

    def col_prefix(self, key: str) -> str:
        return f"/col/col{self.col_id(key)}/"

    def doc_url(self, doc: Doc) -> str:
        p = doc.pub
        return f"/art/{p.year}/{p.month}/{p.day}/art_{self.col_id(doc.column)}_{doc.uid}.html"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        name = digest("hanweb", doc.uid, n)
        return (f"/picture/0/{name}.{ext}",
                f"/module/download/downfile.jsp?classid=0&filename={name}.{ext}")

    def record(self, doc: Doc) -> str:
        title = esc(doc.plain_title)
        if self.v == 1:
            return (f'<table width="100%"><tr><td><a href="{doc.path}" title="{title}" '
                    f'target="_blank">{title}</a></td><td width="90">[{doc.date}]</td></tr>'
                    "</table>")
        return (f'<li><a href="{doc.path}" title="{title}" target="_blank">{title}</a>'
                f"<span>{doc.date}</span></li>")

    def proxy_path(self) -> str:
        return "/module/jpage/dataproxy.jsp" if self.v == 0 else "/module/web/jpage/dataproxy.jsp"

    def render_list(self, key: str, page: int, pages: int, docs: list[Doc]) -> str:
        col = self.m.columns[key]
        if key == "ztzl":
            return self.topic_page()
        shown = [] if self.v == 2 else col.listed[: self.visible]  # v2: records only via nextgroup
        records = "".join(f"<record><![CDATA[\n{self.record(d)}\n]]></record>" for d in shown)
        total = len(col.listed)
        store = (f'<div id="{self.col_id(key)}"><script type="text/xml"><datastore>'
                 f"<nextgroup><![CDATA[<a href=\"{self.proxy_path()}\" "
                 f'totalRecord="{total}"></a>]]></nextgroup><recordset>{records}</recordset>'
                 "</datastore></script></div>")
        params = (f"col=1&appid=1&webid={self.webid}&path=/&columnid={self.col_id(key)}"
                  f"&sourceContentType=1&unitid={self.unitid}&webname={self.m.name}&permissiontype"
                  f"=0")
        if self.v == 2:
            first = f"{self.proxy_path()}?page=1&{params}"
            store = (f'<div id="div{self.col_id(key)}"><script type="text/xml"><datastore>'
                     f'<nextgroup><![CDATA[<a href="{first}"></a>]]></nextgroup>'
                     "<recordset></recordset></datastore></script></div>")
            script = ('<script type="text/javascript" src="/module/web/jpage/jpage.js"></script>'
                      f"<script>$('#div{self.col_id(key)}').jpage({{dataStore:dataStore,perPage:"
                      f"{self.visible},totalRecord:{total},groupSize:3}});</script>")
        elif self.v == 0:
            script = ('<script type="text/javascript">$(document).ready(function(){'
                      f"$('#{self.col_id(key)}').jpage({{dataStore:dataStore,perPage:20,"
                      f"totalRecord:{total},proxyUrl:'{self.proxy_path()}',"
                      f"ajaxParam:'{params}'}});}});</script>")
        else:
            script = ('<script type="text/javascript" src="/module/web/jpage/jpage.js"></script>'
                      f'<script>var urlPara="{self.proxy_path()}?page=1&{params}";'
                      f"var totalRecord={total};var perpage={self.visible};</script>")
        main = (f"{self.crumbs(key)}\n<div class=\"column\"><h3>{esc(col.name)}</h3>"
                f"<div class=\"default_pgContainer\">{store}</div>{script}</div>")
        return self.page(col.name + "_" + self.m.name, main, key)

    def topic_page(self) -> str:
        sub = [k for k in ("gzcx",) if k in self.m.columns]
        tiles = "".join(f'<a href="{self.col_url(k)}"><img src="/picture/0/zt_{k}.jpg" '
                        f'alt="{esc(self.m.columns[k].name)}"></a>' for k in sub)
        main = (f"{self.crumbs('ztzl')}<div class=\"zt_banner\"><img src=\"/picture/0/zt_banner.jp"
                f"g\""
                f' alt="法治政府建设专题"></div><div class="zt_tiles">{tiles}</div>')
        return self.page("法治政府建设专题_" + self.m.name, main, "ztzl")

    def info(self, doc: Doc) -> str:
        if self.v == 1:
            return (f'<div class="info">信息来源: {esc(doc.source)}发布时间:{doc.date} '
                    '<span>浏览次数:<script src="/module/visitcount/articlehits.jsp"></script></spa'
                    'n><'
                    '/div>')
        d = doc.pub
        return (f'<div class="info">发布日期: {d.year}- {d.month:02d}- {d.day:02d} '
                f"信息来源: {esc(doc.source)}  字体:【大 中 小】</div>")

    def wrap_body(self, doc: Doc) -> str:
        return (f'<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">'
                f'{self.body(doc)}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>')

    def handlers(self) -> dict[str, Handler]:
        by_col = {str(self.col_id(k)): c.listed for k, c in self.m.columns.items()}
        web = self

        def proxy(req: Request) -> Resource:
            args = req.params()
            docs = by_col.get(args.get("columnid", ""), [])
            if web.v == 0:
                start = int(args.get("startrecord", 1) or 1)
                end = int(args.get("endrecord", start + 59) or start + 59)
            else:
                per = int(args.get("perpage", web.visible) or web.visible)
                start = (int(args.get("page", 1) or 1) - 1) * per + 1
                end = start + per - 1
            chunk = docs[max(start, 1) - 1 : end]
            records = "".join(f"<record><![CDATA[\n{web.record(d)}\n]]></record>" for d in chunk)
            xml = (f'<?xml version="1.0" encoding="utf-8"?><datastore><totalrecord>{len(docs)}'
                   f"</totalrecord><recordset>{records}</recordset></datastore>")
            stamp = max((d.pub for d in chunk), default=None)
            return Resource(xml.encode(), "text/xml; charset=utf-8", modified=stamp)

        return {self.proxy_path(): proxy}


# ====================================================================== old GBK ASP/JSP


class OldGBK(Family):
    """Old ASP/JSP site: GBK bytes, charset only in a meta tag, session ids in links, tables.

    Variant 2 is an ASP.NET (动易 SiteWeaver) site in cookieless-session mode: ``/`` redirects to
    ``/(S(<id>))/Index.aspx`` and every link carries the session id of the page it is on.
    """

    per_page = 15
    here = ""  # the page being rendered: session ids differ per page

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return ["gbk", "gb18030", "gbk"][self.v]

    def ctype(self) -> str:
        return "text/html"

    def charset_meta(self) -> str:
        return ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
                '<META http-equiv=Content-Type content="text/html; charset=gbk">',
                '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'][self.v]

    def class_id(self, key: str) -> int:
        return list(self.m.columns).index(key) + 3

    def script(self, name: str) -> str:
        return f"/{name}.{['asp', 'jsp', 'aspx'][self.v]}"

    def home(self) -> str:
        return "/Index.aspx" if self.v == 2 else self.script("index")

    def col_url(self, key: str, page: int = 0) -> str:
        if self.v == 2:
            return f"/Category_{self.class_id(key)}/Index{'_' + str(page + 1) if page else ''}.aspx"
        q = f"?classid={self.class_id(key)}" + (f"&page={page + 1}" if page else "")
        return self.script("list") + q

    def col_prefix(self, key: str) -> str:
        return f"/Category_{self.class_id(key)}/" if self.v == 2 else self.col_url(key)

    def doc_url(self, doc: Doc) -> str:
        if self.v == 2:
            return f"/Item/{doc.uid}.aspx"
        return self.script("show") + f"?id={doc.uid}"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        if self.v == 2:
            path = f"/UploadFiles/{doc.pub:%Y%m}/{doc.pub:%Y%m%d%H%M%S}{n}{doc.uid % 1000:03d}.{ext}"
            return path, path
        path = f"/uploadfile/{doc.pub:%Y}/{doc.pub:%m%d}/{doc.pub:%Y%m%d%H%M}{doc.uid:05d}.{ext}"
        return path, path

    def sid(self, context: str) -> str:
        """A session id that differs per rendered page (but not between builds)."""
        if self.v == 2:
            return session_id("sid", self.site.key, context)
        return digest("sid", self.site.key, context)[: 24 if self.v else 12].upper()

    def root(self) -> Resource | None:
        if self.v != 2:
            return None
        target = f"/(S({self.sid('/')}))/Index.aspx"
        return Resource(f'<html><head><title>Object moved</title></head><body><h2>Object moved to '
                        f'<a href="{target}">here</a>.</h2></body></html>'.encode(), status=302,
                        headers=(("Location", target),))

    def with_sid(self, url: str, context: str) -> str:
        if self.v == 2:
            return f"/(S({self.sid(context)}))" + url
        if self.v == 1:
            path, _, query = url.partition("?")
            return f"{path};jsessionid={self.sid(context)}" + (f"?{query}" if query else "")
        return url + ("&" if "?" in url else "?") + f"sid={self.sid(context).lower()}"

    def link(self, doc: Doc, page_path: str) -> str:
        return self.with_sid(doc.path, page_path)

    def render_doc(self, doc: Doc) -> str:
        self.here = doc.path
        return super().render_doc(doc)

    def render_list(self, key: str, page: int, pages: int, docs: list[Doc]) -> str:
        self.here = self.col_url(key, page)
        return super().render_list(key, page, pages, docs)

    def render_home(self) -> str:
        self.here = self.home()
        return super().render_home()

    def nav(self) -> str:
        cells = "".join(f'<td align="center"><a href="{self.with_sid(self.col_url(k), self.here)}">'
                        f'<font color="#FFFFFF">{esc(c.name)}</font></a></td>'
                        for k, c in self.m.columns.items() if self.reach(k) == "nav")
        return (f'<table width="980" border="0" cellspacing="0" cellpadding="0" bgcolor="#0066CC">'
                f'<tr><td align="center"><a href="{self.home()}"><font color="#FFFFFF">首页</font>'
                f"</a></td>{cells}</tr></table>")

    def header(self) -> str:
        day = self.m.clock
        return ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
                f'<tr><td height="30"><font size="2">今天是:{day.year}年{day.month}月{day.day}日 '
                f"星期{WEEKDAYS[day.weekday()]}</font></td><td align=\"right\"><font size=\"2\">"
                '<a href="#">设为首页</a> | <a href="#">加入收藏</a></font></td></tr>'
                f'<tr><td colspan="2"><img src="/images/banner.jpg" alt="{esc(self.m.name)}"></td>'
                f"</tr></table>{self.nav()}")

    def crumbs(self, col: str | None, doc: Doc | None = None) -> str:
        where = ""
        if col:
            where = f' &gt;&gt; <a href="{self.col_url(col)}">{esc(self.m.columns[col].name)}</a>'
        return f'<font size="2">您现在的位置:<a href="{self.home()}">首页</a>{where}</font>'

    def footer(self) -> str:
        code = self.m.siteid
        return ('<table width="980" border="0" align="center"><tr><td align="center"><font size="2'
                '">'
                f"版权所有:{esc(self.m.name)}  主办:{esc(self.m.name)}办公室<br>"
                f"{self.icp_abbr()}ICP备{int(code[-6:]) % 99999 + 10000:05d}号-1  网站标识码:{code}<br>"
                "建议使用IE6.0以上浏览器,1024*768分辨率浏览</font></td></tr></table>")

    def page(self, title: str, main: str, col: str | None = None, doc: Doc | None = None,
             body_attrs: str = "") -> str:
        return (f"<html>\n<head>\n{self.charset_meta()}\n<title>{esc(title)}</title>\n"
                f"{self.meta(col, doc)}\n<link href=\"/css/css.css\" rel=\"stylesheet\" "
                'type="text/css">\n</head>\n<body leftmargin="0" topmargin="0">\n'
                f"{self.header()}\n<table width=\"980\" align=\"center\"><tr><td>\n{main}\n"
                f"</td></tr></table>\n{self.footer()}\n</body>\n</html>\n")

    def icp_abbr(self) -> str:
        return PROVINCE_ABBR.get(self.site.county.province, "豫") if self.v == 2 else "豫"

    def info(self, doc: Doc) -> str:
        d = doc.pub
        if self.v == 2:
            return (f'<font color="#666666" size="2">作者:佚名&nbsp;&nbsp;文章来源:{esc(doc.source)}'
                    f"&nbsp;&nbsp;点击数:{doc.uid % 500 + 20}&nbsp;&nbsp;更新时间:{d.year}-{d.month}-"
                    f"{d.day}&nbsp;&nbsp;【<a href=\"javascript:window.print()\">打印此文</a>】</font>")
        return (f'<font color="#666666" size="2">发布时间:{d.year}年{d.month}月{d.day}日 '
                f"来源:{esc(doc.source)}  点击数:{doc.uid % 700 + 12}</font>")

    def body(self, doc: Doc) -> str:
        text = "<br>\n".join(f"\u3000\u3000{esc(t)}" for t in doc.paras)
        atts = "".join(f'<br><a href="{a.href}"><font color="#0000FF">{esc(a.name)}</font></a>'
                       for a in doc.attachments)
        return f'<font size="3" style="line-height:180%">{text}</font>{atts}'

    def article(self, doc: Doc) -> str:
        return (f"{self.crumbs(doc.column)}<table width=\"100%\" border=\"0\"><tr><td align=\"cent"
                f"er\">"
                f'<font size="4" color="#CC0000"><b>{self.title_html(doc)}</b></font></td></tr>'
                f'<tr><td align="center">{self.info(doc)}</td></tr><tr><td>'
                f"{self.body(doc)}</td></tr><tr><td align=\"right\"><font size=\"2\">"
                '【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.c'
                'lose()'
                '">'
                "关闭窗口</a>】</font></td></tr></table>")

    def list_items(self, docs: list[Doc], page_path: str) -> str:
        rows = "".join(
            f'<tr><td width="20"><img src="/images/dot.gif"></td><td><a href='
            f'"{self.link(d, page_path)}"'
            f' target="_blank"><font size="2">{esc(d.plain_title)}</font></a></td>'
            f'<td width="110"><font size="2" color="#999999">{d.pub.year}年{d.pub.month}月'
            f"{d.pub.day}日</font></td></tr>" for d in docs)
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="3">{rows}</table>'

    def pager(self, key: str, page: int, pages: int) -> str:
        here = self.col_url(key, page)
        total = len(self.m.columns[key].listed)
        parts = [f"共 {total} 条记录 页次:{page + 1}/{pages} "]
        for label, target in (("首页", 0), ("上一页", page - 1), ("下一页", page + 1),
                              ("尾页", pages - 1)):
            if 0 <= target < pages and target != page:
                parts.append(f'<a href="{self.with_sid(self.col_url(key, target), here)}">{label}<'
                             f'/a> ')
            else:
                parts.append(f"{label} ")
        return '<div align="center"><font size="2">' + "".join(parts) + "</font></div>"


# ====================================================================== generic CMSs


class Generic(Family):
    """Other CMSs by variant: 0 gkmlpt (Guangdong), 1 VSB, 2 JEECMS, 3 snowflake-id 公开平台,
    4 gkmlpt with a JSON-driven directory (:class:`Gkmlpt`), 5 SiteServer (``/channels/<id>.html``
    lists, ``/contents/<channel>/<id>.html`` articles).

    Variant 3 is a 政府信息公开 platform whose columns sit several levels deep
    (政府信息公开 → 法定主动公开内容 → 法治政府建设年度报告), each level with its own index page.
    """

    def groups(self) -> dict[str, list[tuple[str, str]]]:
        """Intermediate directories of the column slugs and their children (name, href)."""
        children: dict[str, list[tuple[str, str]]] = {}
        for key, col in self.m.columns.items():
            parts = col.slug.split("/")
            for i in range(1, len(parts)):
                child = "/".join(parts[: i + 1])
                name = GROUPS.get(child) or col.name
                href = self.col_url(key) if i == len(parts) - 1 else f"/{child}/index.html"
                entries = children.setdefault("/".join(parts[:i]), [])
                if (name, href) not in entries:
                    entries.append((name, href))
        return children

    def nav(self) -> str:
        if self.v != 3:
            return super().nav()
        items = [f'<li><a href="{self.home()}">首页</a></li>'] + [
            f'<li><a href="/{g}/index.html">{GROUPS.get(g, g)}</a></li>'
            for g in self.groups() if "/" not in g]
        items += [f'<li><a href="{self.col_url(k)}">{esc(c.name)}</a></li>'
                  for k, c in self.m.columns.items() if "/" not in c.slug]
        return '<div class="nav"><ul>' + "".join(items) + "</ul></div>"

    def crumbs(self, col: str | None, doc: Doc | None = None) -> str:
        if self.v != 3 or not col:
            return super().crumbs(col, doc)
        parts = self.m.columns[col].slug.split("/")
        trail = [f'<a href="{self.home()}">首页</a>'] + [
            f'<a href="/{"/".join(parts[:i])}/index.html">{GROUPS.get("/".join(parts[:i]), "")}</a>'
            for i in range(1, len(parts))] + [
            f'<a href="{self.col_url(col)}">{esc(self.m.columns[col].name)}</a>']
        return '<div class="crumbs">您所在的位置:' + " &gt; ".join(trail) + "</div>"

    def render(self, out: Out) -> None:
        super().render(out)
        if self.v != 3:
            return
        for group, kids in self.groups().items():
            items = "".join(f'<li><a href="{href}">{esc(name)}</a></li>' for name, href in kids)
            trail = f'<div class="crumbs">您所在的位置:<a href="{self.home()}">首页</a> &gt; ' \
                    f"{GROUPS.get(group, group)}</div>"
            text = self.page(GROUPS.get(group, group) + "_" + self.m.name,
                             f'{trail}<div class="gk_tree"><ul>{items}</ul></div>')
            out(f"/{group}/index.html", self.res(text, None))
            out(f"/{group}/", self.res(text, None))

    @property
    def ext(self) -> str:  # type: ignore[override]
        return ["html", "htm", "jhtml", "html", "html", "html"][self.v]

    def last_slug(self, key: str) -> str:
        return self.m.columns[key].slug.rsplit("/", 1)[-1]

    def jsite(self) -> str:
        """The JEECMS site path segment (``/c/<site>/<col>/``)."""
        return self.opt("jsite", "zdx")

    def channel(self, key: str) -> int:
        """The SiteServer channel id of a column."""
        return 1000 + list(self.m.columns).index(key) * 7 + int(digest(self.site.key)[:2], 16) % 7

    def col_url(self, key: str, page: int = 0) -> str:
        slug = self.m.columns[key].slug
        if self.v == 1:  # VSB counts list pages downwards: xwdt.htm, xwdt/4.htm … xwdt/1.htm
            pages = max(1, -(-len(self.m.columns[key].listed) // self.per_page))
            return f"/{slug}.htm" if page == 0 else f"/{slug}/{pages - page}.htm"
        if self.v == 2:
            return (f"/c/{self.jsite()}/{self.last_slug(key)}/index"
                    f"{'_' + str(page + 1) if page else ''}.jhtml")
        if self.v == 5:
            return f"/channels/{self.channel(key)}{'_' + str(page + 1) if page else ''}.html"
        return f"/{slug}/index{'_' + str(page + 1) if page else ''}.html"

    def col_prefix(self, key: str) -> str:
        if self.v == 2:
            return f"/c/{self.jsite()}/{self.last_slug(key)}/"
        if self.v == 5:
            return f"/channels/{self.channel(key)}"
        return f"/{self.m.columns[key].slug}" + ("" if self.v == 1 else "/")

    def doc_url(self, doc: Doc) -> str:
        if self.v == 0:
            if doc.kind == "report" or doc.sub:
                return f"/gkmlpt/content/{doc.uid // 1000 % 10}/{doc.uid}/post_{doc.uid}.html"
            return f"/{self.m.columns[doc.column].slug}/content/post_{doc.uid}.html"
        if self.v == 1:
            return f"/info/{1000 + list(self.m.columns).index(doc.column)}/{doc.uid}.htm"
        if self.v == 2:
            return f"/c/{self.jsite()}/{self.last_slug(doc.column)}/{doc.uid}.jhtml"
        if self.v == 5:
            return f"/contents/{self.channel(doc.column)}/{doc.uid}.html"
        snow = 2015621264482889730 + int(digest(doc.uid)[:12], 16) % 10**15
        return f"/{self.m.columns[doc.column].slug}/{snow}.html"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        h = digest("att", doc.uid, n).upper()
        if self.v == 1:
            path = f"/__local/{h[0]}/{h[1:3]}/{h[3:5]}/{h[5:21]}_{h[21:29]}.{ext}"
        elif self.v == 2:
            path = f"/u/cms/www/{doc.pub:%Y%m}/{doc.pub:%d%H%M}{h[:8].lower()}.{ext}"
        elif self.v == 5:
            path = f"/upload/files/{doc.pub.year}/{doc.pub.month}/{h[:16].lower()}.{ext}"
        else:
            path = f"/attachment/0/{doc.uid // 100}/{doc.uid}/{h[:10].lower()}.{ext}"
        return path, path

    def print_url(self, doc: Doc) -> str:
        return "/print" + doc.path if self.v == 3 else doc.path + "?print=1"

    def home(self) -> str:
        return ["/index.html", "/index.htm", "/index.jhtml", "/index.html", "/index.html",
                "/index.html"][self.v]

    def info(self, doc: Doc) -> str:
        if self.v == 3:
            return self.info_table(doc)
        if self.v == 1:
            stamp = doc.pub.strftime("%Y/%m/%d %H:%M:%S")
            return (f'<div class="info">文章来源:{esc(doc.source)} 更新时间:{stamp} 点击数:'
                    '<span id="dynclicks">36</span></div>')
        if self.v == 2:
            return (f'<div class="info"><span>发布时间:{doc.pub:%Y-%m-%d %H:%M}</span>'
                    f"<span>来源:{esc(doc.source)}</span><span>作者:</span></div>")
        if self.v == 5:
            return (f'<div class="info">发布时间:{doc.pub:%Y-%m-%d %H:%M:%S} | 来源:{esc(doc.source)}'
                    ' | 阅读:<span id="hits">0</span> 次</div>')
        table = self.info_table(doc) if doc.kind == "report" else ""
        return f'{table}<div class="info">发布日期:{doc.date}  来源:{esc(doc.source)}</div>'

    def list_items(self, docs: list[Doc], page_path: str) -> str:
        if self.v == 3:
            rows = "".join(
                f"<tr><td>{d.index_no or d.uid}</td><td><a href=\"{d.path}\" title="
                f"\"{esc(d.plain_title)}\">"
                f"{esc(d.plain_title)}</a></td><td>{d.written:%Y-%m-%d}</td><td>{d.date}</td></tr>"
                for d in docs)
            return ('<table class="gk_list"><tr><th>索引号</th><th>名称</th><th>成文日期</th>'
                    f"<th>发布日期</th></tr>{rows}</table>")
        if self.v == 1:
            return '<ul class="list">' + "".join(
                f'<li id="line_u8_{i}"><a href="{d.path}">{esc(d.plain_title)}</a>'
                f'<span class="time">{d.date}</span></li>' for i, d in enumerate(docs)) + "</ul>"
        return super().list_items(docs, page_path)


class Gkmlpt(Generic):
    """Guangdong gkmlpt (政府信息公开目录) whose classifies are listed by a JSON API (variant 4).

    Portal columns (news, 通知公告) are plain lists; every other column is a gkmlpt classify.
    ``/gkmlpt/index`` shows the classify tree (``#<classify>`` links) and a script that loads
    ``/gkmlpt/api/all/<classify>?page=N&sid=<sid>``; articles are
    ``/gkmlpt/content/<a>/<b>/post_<id>.html``. Option ``fallback`` adds, for clients without
    scripts, either a ``<noscript>`` block linking plain lists ``/gkmlpt/mindex/<classify>/``
    (``noscript``) or the server-rendered 全部 list with plain pages ``/gkmlpt/index_2.html`` …
    (``pages``).
    """

    def is_gk(self, key: str) -> bool:
        return key not in NEWS_COLUMNS and key != "tzgg"

    def cid(self, key: str) -> int:
        return 2000 + int(digest(self.site.key, key)[:6], 16) % 8000

    def gid(self, doc: Doc) -> int:
        return int(f"{4 + doc.uid % 5}{doc.uid:06d}")

    def sid(self) -> str:
        return self.m.siteid[:6]

    def index_no(self, doc: Doc) -> str:
        return doc.index_no or f"{self.m.siteid[:6]}-{doc.pub:%Y}-{doc.uid:05d}"

    def static_columns(self) -> list[str]:
        return [k for k in self.m.columns if not self.is_gk(k)]

    def gk_columns(self) -> list[str]:
        return [k for k in self.m.columns if self.is_gk(k)]

    def col_url(self, key: str, page: int = 0) -> str:
        if self.is_gk(key):
            return f"/gkmlpt/index#{self.cid(key)}"
        return super().col_url(key, page)

    def col_prefix(self, key: str) -> str:
        return f"/gkmlpt/mindex/{self.cid(key)}/" if self.is_gk(key) else super().col_prefix(key)

    def mindex_url(self, key: str, page: int = 0) -> str:
        return f"/gkmlpt/mindex/{self.cid(key)}/index{'_' + str(page + 1) if page else ''}.html"

    def doc_url(self, doc: Doc) -> str:
        gid = self.gid(doc)
        if self.is_gk(doc.column):
            return f"/gkmlpt/content/{gid // 1000000}/{gid // 1000}/post_{gid}.html"
        return f"/{self.m.columns[doc.column].slug}/content/post_{gid}.html"

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        gid = self.gid(doc)
        path = f"/attachment/0/{gid // 10000}/{gid // 10}/{gid}{n}.{ext}"
        return path, path

    def nav_extra(self) -> list[tuple[str, str]]:
        return [*super().nav_extra(), ("政府信息公开", "/gkmlpt/index")]

    def info(self, doc: Doc) -> str:
        if not self.is_gk(doc.column):
            return f'<div class="info">发布日期:{doc.date}  来源:{esc(doc.source)}</div>'
        d = doc
        return ('<table class="classify"><tr><td class="first">索引号:</td>'
                f"<td>{self.index_no(d)}</td><td class=\"first\">分类:</td><td>"
                f"{esc(self.m.columns[d.column].name)}</td></tr><tr><td class=\"first\">发布机构:"
                f"</td><td>{esc(d.source)}</td><td class=\"first\">成文日期:</td><td>"
                f"{d.written:%Y-%m-%d}</td></tr><tr><td class=\"first\">名称:</td>"
                f'<td colspan="3">{esc(d.plain_title)}</td></tr><tr><td class="first">文号:</td>'
                f'<td></td><td class="first">发布日期:</td><td>{d.date}</td></tr></table>')

    def gk_rows(self, docs: list[Doc]) -> str:
        return "".join(
            f'<tr><td class="first">{self.index_no(d)}</td><td><a href="{d.path}" target="_blank">'
            f"{esc(d.plain_title)}</a></td><td>{d.date}</td></tr>" for d in docs)

    def gk_index(self, page: int = 0, pages: int = 1, docs: list[Doc] | None = None,
                 total: int = 0) -> str:
        """The gkmlpt directory page: tree, script, and the fallback of the site's option."""
        tree = "".join(f'<li><a href="/gkmlpt/index#{self.cid(k)}" data-classify="{self.cid(k)}">'
                       f"{esc(self.m.columns[k].name)}</a></li>" for k in self.gk_columns())
        script = ('<script type="text/javascript">\nvar SID = "' + self.sid() + '";\n'
                  "function loadList(classify, page) {\n"
                  '  $.getJSON("/gkmlpt/api/all/" + classify, {page: page, sid: SID}, '
                  "function (data) {\n    renderList(data.articles);\n"
                  "    renderPager(data.total, data.page_size, page);\n  });\n}\n"
                  "$(function () { var c = location.hash.substring(1); if (c) { loadList(c, 1); } "
                  "});\n</script>")
        rows = self.gk_rows(docs or [])
        table = ('<table class="gk-table"><thead><tr><th>索引号</th><th>名称</th><th>发布日期</th>'
                 f'</tr></thead><tbody id="gk-list">{rows}</tbody></table>')
        extra = ""
        if self.opt("fallback") == "noscript":
            links = "".join(f'<li><a href="{self.mindex_url(k)}">{esc(self.m.columns[k].name)}</a>'
                            "</li>" for k in self.gk_columns())
            extra = ('<noscript><div class="gk-noscript"><p>您的浏览器不支持JavaScript,请点击以下'
                     f"分类浏览:</p><ul>{links}</ul></div></noscript>")
        elif self.opt("fallback") == "pages":
            extra = self.number_pager(
                lambda n: "/gkmlpt/index" if n == 0 else f"/gkmlpt/index_{n + 1}.html",
                page, pages, total)
        crumbs = (f'<div class="crumbs">当前位置:<a href="{self.home()}">首页</a> &gt; '
                  '<a href="/gkmlpt/index">政府信息公开</a></div>')
        main = (f'{crumbs}<div class="gkml"><div class="gk-tree"><h3>政府信息公开目录</h3>'
                f'<ul>{tree}</ul></div><div class="gk-main">{table}<div id="gk-pager">{extra}'
                f"</div></div></div>{script}")
        return self.page("政府信息公开目录_" + self.m.name, main)

    def render(self, out: Out) -> None:
        super().render(out)
        gk_docs = sorted((d for k in self.gk_columns() for d in self.m.columns[k].listed),
                         key=lambda d: (d.pub, d.uid), reverse=True)
        newest = max((d.modified or d.pub for d in gk_docs), default=None)
        if self.opt("fallback") == "pages":
            pages = max(1, -(-len(gk_docs) // self.per_page))
            for page in range(pages):
                chunk = gk_docs[page * self.per_page : (page + 1) * self.per_page]
                stamp = max((d.modified or d.pub for d in chunk), default=None)
                res = self.res(self.gk_index(page, pages, chunk, len(gk_docs)), stamp)
                out("/gkmlpt/index" if page == 0 else f"/gkmlpt/index_{page + 1}.html", res)
                if page == 0:
                    out("/gkmlpt/", res)
            return
        index = self.res(self.gk_index(), newest)
        out("/gkmlpt/index", index)
        out("/gkmlpt/", index)
        if self.opt("fallback") != "noscript":
            return
        for key in self.gk_columns():
            listed = self.m.columns[key].listed
            pages = max(1, -(-len(listed) // self.per_page))
            for page in range(pages):
                chunk = listed[page * self.per_page : (page + 1) * self.per_page]
                pager = self.number_pager(lambda n, k=key: self.mindex_url(k, n), page, pages,
                                          len(listed))
                main = (f"{self.crumbs(key)}<div class=\"column\"><h3>"
                        f"{esc(self.m.columns[key].name)}</h3><table class=\"gk-table\">"
                        f"{self.gk_rows(chunk)}</table>{pager}</div>")
                stamp = max((d.modified or d.pub for d in chunk), default=None)
                out(self.mindex_url(key, page),
                    self.res(self.page(self.m.columns[key].name + "_" + self.m.name, main), stamp))

    def prefix_handlers(self) -> dict[str, Handler]:
        columns = {str(self.cid(k)): self.m.columns[k] for k in self.gk_columns()}
        base, web = self.m.base, self

        def api(req: Request) -> Resource:
            cid = req.path.rstrip("/").rsplit("/", 1)[-1]
            raw = req.params().get("page", "1")
            page = max(1, int(raw)) if raw.isdigit() else 1
            col = columns.get(cid)
            docs = col.listed if col else []
            chunk = docs[(page - 1) * web.per_page : page * web.per_page]
            data = {
                "classify": {"id": int(cid) if cid.isdigit() else 0, "name": col.name if col else ""},
                "page": page, "page_size": web.per_page, "total": len(docs),
                "articles": [{
                    "id": web.gid(d), "title": d.plain_title, "url": f"{base}{d.path}#{cid}",
                    "date": int((d.pub - dt.timedelta(hours=8)).replace(
                        tzinfo=dt.UTC).timestamp()),
                    "publisher": d.source, "identifier": web.index_no(d), "document_number": "",
                } for d in chunk],
            }
            body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
            stamp = max((d.modified or d.pub for d in chunk), default=None)
            return Resource(body, "application/json; charset=utf-8", modified=stamp)

        return {"/gkmlpt/api/all/": api}


# ====================================================================== city 集约化 platform


class Platform(Family):
    """A city's 集约化 platform holding the city site and county sub-sites under path prefixes."""

    @property
    def ext(self) -> str:  # type: ignore[override]
        return ["html", "shtml", "shtml"][self.v]

    def doc_url(self, doc: Doc) -> str:
        slug = self.m.columns[doc.column].slug
        if self.v == 2:  # a TRS-built platform
            return self.p(f"/{slug}/{doc.pub:%Y%m}/t{doc.pub:%Y%m%d}_{doc.uid}.shtml")
        if self.v == 1:
            return self.p(f"/{slug}/{doc.pub:%Y%m}/{digest('gz', doc.uid)}.shtml")
        return self.p(f"/{slug}/content_{doc.uid}.html")

    def col_url(self, key: str, page: int = 0) -> str:
        slug = self.m.columns[key].slug
        return self.p(f"/{slug}/index{'_' + str(page + 1) if page else ''}.{self.ext}")

    def att_url(self, doc: Doc, n: int, ext: str) -> tuple[str, str]:
        if self.v == 2:
            name = f"P0{doc.pub:%Y%m%d}{int(digest('xg', doc.uid, n)[:8], 16) % 900000 + 100000}.{ext}"
            return self.p(f"/{self.m.columns[doc.column].slug}/{doc.pub:%Y%m}/{name}"), f"./{name}"
        path = self.p(f"/{self.m.columns[doc.column].slug}/{doc.pub:%Y%m}/"
                      f"{digest('gzatt', doc.uid, n)[:20]}.{ext}")
        return path, path

    def info(self, doc: Doc) -> str:
        if self.v == 2:
            return (f'<div class="info"><span>信息来源：{esc(doc.source)}发布时间：{doc.date}</span>'
                    '<span class="font">【字号：<a href="javascript:;">大</a> <a href="javascript:;">'
                    '中</a> <a href="javascript:;">小</a>】</span></div>')
        if self.v == 1:
            return (f'<div class="info">发布日期:{doc.pub:%Y-%m-%d %H:%M:%S}    来源'
                    f"{esc(doc.source)} 访问量:<span id=\"visit\"></span></div>")
        index_no = doc.index_no or f"jz-{doc.uid:04d}-{doc.pub:%Y}"
        return (f'<div class="xxgk_info"><span>索引号: {index_no}</span> <span>发布单位: '
                f"{esc(doc.source)}</span><br><span>发布日期: {doc.date}</span> <span>所属主题: 法"
                f"治政府"
                f'</span></div><div class="info">发布时间:{doc.date} 浏览次数: 【字体:大 中 小】</d'
                f'iv>')

    def header(self) -> str:
        county = self.site.county
        sub = f'<div class="subsite">{esc(county.name)}</div>' if self.site.parent else ""
        return super().header().replace("</h1>", f"</h1>{sub}", 1)

    def root(self) -> Resource | None:
        if self.site.parent:
            return None
        return Resource(f'<script>location.href="/index.{self.ext}";</script>'.encode(),
                        modified=dt.datetime(2018, 6, 1))


FAMILIES: dict[str, type[Family]] = {
    "trs": TRS, "hanweb": Hanweb, "gbk": OldGBK, "generic": Generic, "platform": Platform,
}


def family_class(family: str, variant: int) -> type[Family]:
    """The renderer class of a site's family and variant."""
    if family == "generic" and variant == 4:
        return Gkmlpt
    return FAMILIES[family]
