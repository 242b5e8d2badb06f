"""Building blocks of the ``kinds`` profile: a site with its pages, documents, texts, lists, traps.

Written apart from ``families.py`` and ``holdout.py``: own page chrome, list markups, article
skins, JSON list APIs and traps. A :class:`KSite` collects static resources and handlers for one
host and puts them into the shared :class:`~simweb.web.SimWeb`; :class:`Doc` is one article;
:func:`report_paras` writes a report text from a slice of one real seed report (place, unit
word and years rewritten) set into a synthetic report, so no two reports share much text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote

from .. import files, texts
from ..families import esc
from ..model import STATIC_TIME, Request, Resource
from ..web import SimWeb

SEED_STEMS = ("000", "001", "002", "003", "004")
# What each seed calls its own place, and the year it reports on.
SEED_NAMES = {
    "000": (["濮阳市华龙区", "华龙区", "华龙"], 2023),
    "001": (["鄂托克旗", "鄂托克"], 2022),
    "002": (["广州市海珠区", "海珠区", "海珠"], 2023),
    "003": (["平遥县", "平遥"], 2020),
    "004": (["赣州蓉江新区", "蓉江新区", "蓉江"], 2023),
}
UNIT_WORDS = (
    "我区",
    "我旗",
    "我县",
    "全区",
    "全旗",
    "全县",
    "区委",
    "旗委",
    "县委",
    "区政府",
    "旗政府",
    "县政府",
    "区级",
    "旗级",
    "县级",
)


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(f"kinds|{seed}|" + "|".join(map(str, parts)))


def num_id(*parts: object, digits: int = 8) -> int:
    """A stable numeric id from the parts."""
    raw = int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest(), 16)
    return 10 ** (digits - 1) + raw % (9 * 10 ** (digits - 1))


# ----------------------------------------------------------------------------------- texts

_seed_cursor: dict[str, int] = {}


def seed_slice(stem: str, count: int, ordinal: int) -> list[str]:
    """The ``ordinal``-th window of ``count`` paragraphs of a seed (windows do not overlap
    until the seed is used up)."""
    paras = [p for p in texts.load_seed(stem).paragraphs if len(p) > 20]
    start = (ordinal * count) % max(1, len(paras))
    return (paras + paras)[start : start + count]


def rewrite(text: str, place: str, year: int, stem: str) -> str:
    """Move a seed paragraph to another place and year."""
    names, seed_year = SEED_NAMES[stem]
    unit = texts.unit_of(place)
    short = re.sub(r"(自治县|新区|县|区|旗|市)$", "", place) or place
    for name in names:
        text = text.replace(name, place if len(name) > 2 else short)
    for word in UNIT_WORDS:
        text = text.replace(word, word[0] + unit + word[2:] if word[0] in "我全" else unit + word[1:])
    shift = year - seed_year
    return re.sub(r"20[12]\d(?=年|-|—)", lambda m: str(int(m.group(0)) + shift), text)


def report_paras(
    rng: random.Random, place: str, year: int, stem: str, ordinal: int, upper: str = "市委、市政府"
) -> list[str]:
    """A report on ``year`` for ``place``: a synthetic frame with a rewritten window of a seed."""
    frame = texts.make_report(rng, place, year, upper=upper)
    window = [rewrite(p, place, year, stem) for p in seed_slice(stem, 3, ordinal)]
    at = min(3, len(frame) - 1)
    return frame[:at] + window + frame[at:]


def template_paras(rng: random.Random, year: int, unit: str) -> list[str]:
    """A 范文 body: a report with ×× placeholders instead of a place."""
    paras = texts.make_report(rng, f"××{unit}", year, upper="××市委、××市政府")
    return ["(本文仅供参考,××处请根据本地实际填写。)", *paras[:10]]


# ----------------------------------------------------------------------------------- docs


@dataclass
class Attachment:
    name: str
    ext: str
    data: bytes
    path: str = ""


@dataclass
class Doc:
    """One article page."""

    uid: int
    title: str
    paras: list[str]
    pub: dt.datetime
    source: str
    kind: str = "news"  # report | higher | lookalike | news | filler
    sub: str = ""  # look-alike kind
    key: str = ""
    year: int = 0
    region: str = ""
    province: str = ""
    city: str = ""
    issuer: str = "government"
    kinds: tuple[int, ...] = ()
    form: str = "html"  # html | html+pdf | pdf | docx
    attachments: list[Attachment] = field(default_factory=list)
    path: str = ""
    column: str = ""  # the column's display name
    pages: list[str] = field(default_factory=list)  # paths of further pages (multi-page docs)
    body_paras: list[str] = field(default_factory=list)  # the full report text
    government: str = ""  # higher-level reports: whose

    @property
    def date(self) -> str:
        return self.pub.strftime("%Y-%m-%d")

    @property
    def stamp(self) -> str:
        return self.pub.strftime("%Y%m%d")


def add_files(doc: Doc, folder: str) -> None:
    """Attach the report file for pdf/docx/html+pdf forms and set the visible paragraphs."""
    if doc.form == "html":
        return
    ext = "docx" if doc.form == "docx" else "pdf"
    data = (
        files.make_docx(doc.title, doc.body_paras)
        if ext == "docx"
        else files.make_pdf(doc.title, doc.body_paras)
    )
    name = f"{'P' if ext == 'pdf' else 'W'}0{doc.stamp}{doc.uid % 100000:05d}.{ext}"
    doc.attachments.append(Attachment(doc.title + "." + ext, ext, data, f"{folder}{name}"))
    if doc.form != "html+pdf":
        doc.paras = [f"现将《{doc.title}》予以公开,全文详见附件。"]


# ----------------------------------------------------------------------------------- sites


class KSite:
    """One host of the profile: pages, handlers, its docs and its page chrome."""

    def __init__(
        self,
        web: SimWeb,
        seed: int,
        key: str,
        host: str,
        name: str,
        province: str,
        city: str,
        adcode: str,
        *,
        scheme: str = "http",
        encoding: str = "utf-8",
        seeded: bool = True,
        level: str = "county",
        evidence: str = "",
    ):
        self.web, self.seed, self.key, self.host = web, seed, key, host
        self.name, self.province, self.city, self.adcode = name, province, city, adcode
        self.scheme, self.encoding, self.seeded, self.level = scheme, encoding, seeded, level
        self.evidence = evidence
        self.header_charset = True  # False: the charset only in the page's <meta>
        self.siteid = adcode + f"{num_id(host, digits=4) % 40 + 1:04d}"
        self.docs: list[Doc] = []
        self.traps: list[str] = []
        self.trap_kinds: dict[str, str] = {}
        self.extra_copies: dict[str, list[tuple[str, str]]] = {}  # doc path -> (path, kind) of more copies
        self.registries: dict[str, dict] = {}  # what a dynamic page serves, per handler
        self.nav: list[tuple[str, str]] = []  # (name, path) of the header menu
        self.skin = "a"
        self.uid = num_id(key, digits=5)

    # ---- resources
    @property
    def base(self) -> str:
        return f"{self.scheme}://{self.host}"

    @property
    def site_name(self) -> str:
        return f"{self.name}人民政府"

    def encode(self, text: str) -> bytes:
        return text.encode(self.encoding, "xmlcharrefreplace")

    def ctype(self) -> str:
        if self.encoding == "utf-8":
            return "text/html; charset=utf-8"
        return f"text/html; charset={self.encoding.upper()}" if self.header_charset else "text/html"

    def put(self, url: str, body: str | bytes, ctype: str = "", modified: dt.datetime | None = None) -> None:
        path, _, query = url.partition("?")
        data = self.encode(body) if isinstance(body, str) else body
        self.web.resources[(self.host, path, query)] = Resource(
            data, ctype or self.ctype(), modified=modified or STATIC_TIME
        )

    def handle(self, path: str, fn: Callable[[Request], Resource]) -> None:
        self.web.handlers[(self.host, path)] = fn

    def prefix(self, path: str, fn: Callable[[Request], Resource], trap: str = "") -> None:
        self.web.prefix_handlers.append((self.host, path, fn))
        if trap:
            self.traps.append(self.base + path)
            self.trap_kinds[self.base + path] = trap

    def html_res(self, text: str) -> Resource:
        return Resource(self.encode(text), self.ctype(), modified=STATIC_TIME)

    def next_uid(self) -> int:
        self.uid += 1
        return self.uid

    # ---- docs
    def new_doc(self, title: str, paras: list[str], pub: dt.datetime, source: str, **kw) -> Doc:
        doc = Doc(self.next_uid(), title, paras, pub, source, **kw)
        self.docs.append(doc)
        return doc

    def trs_path(self, folder: str, doc: Doc, ext: str = "html") -> str:
        """``/<folder>/YYYYMM/tYYYYMMDD_<id>.html``."""
        doc.path = f"{folder}{doc.pub:%Y%m}/t{doc.stamp}_{num_id(self.host, doc.uid)}.{ext}"
        return doc.path

    def news(self, rng: random.Random, count: int, years: tuple[int, int] = (2021, 2024)) -> list[Doc]:
        out = []
        for _ in range(count):
            year = rng.randint(*years)
            title, paras = texts.make_news(rng, self.name, year)
            pub = dt.datetime(
                year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59)
            )
            out.append(
                self.new_doc(
                    title,
                    paras[:3],
                    pub,
                    rng.choice([f"{self.name}融媒体中心", f"{self.name}人民政府办公室", "本站"]),
                )
            )
        return sorted(out, key=lambda d: (d.pub, d.uid), reverse=True)

    def fillers(
        self, rng: random.Random, count: int, kind: str = "notice", years: tuple[int, int] = (2020, 2024)
    ) -> list[Doc]:
        out = []
        for _ in range(count):
            year = rng.randint(*years)
            title, paras = texts.make_filler(rng, kind, self.name, year)
            pub = dt.datetime(
                year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59)
            )
            out.append(self.new_doc(title, paras[:3], pub, f"{self.name}人民政府办公室", kind="filler"))
        return out

    def lookalike(self, rng: random.Random, sub: str, year: int, kinds: tuple[int, ...] = ()) -> Doc:
        title, paras = texts.make_lookalike(rng, sub, self.name, year)
        later = sub in ("xxgk_annual", "gov_work_report", "interpretation", "shufa")
        pub = dt.datetime(
            year + later, rng.randint(1, 11), rng.randint(1, 28), rng.randint(8, 17), rng.randint(0, 59)
        )
        return self.new_doc(
            title, paras, pub, f"{self.name}人民政府办公室", kind="lookalike", sub=sub, kinds=kinds
        )

    def template(self, rng: random.Random, title: str, year: int, source: str) -> Doc:
        """A 范文 look-alike: a report title without a place, ×× in the text (kind 9)."""
        unit = "区" if "区" in title else "县"
        pub = dt.datetime(
            year + 1, rng.randint(1, 10), rng.randint(1, 28), rng.randint(8, 17), rng.randint(0, 59)
        )
        return self.new_doc(
            title, template_paras(rng, year, unit), pub, source, kind="lookalike", sub="template", kinds=(9,)
        )

    def report(
        self,
        rng: random.Random,
        title: str,
        year: int,
        stem: str,
        ordinal: int,
        kinds: tuple[int, ...],
        *,
        form: str = "html",
        source: str = "",
        region: str = "",
        issuer: str = "government",
        date: str = "",
        upper: str = "",
        higher: str = "",
    ) -> Doc:
        """A true report (or, with ``higher``, a higher-level government's report reposted)."""
        region = region or higher or self.name
        upper = upper or (
            "自治区党委、自治区人民政府"
            if higher.startswith("广西")
            else "省委、省政府"
            if higher.endswith("省")
            else "市委、市政府"
        )
        paras = report_paras(rng, region, year, stem, ordinal, upper=upper)
        if date:
            pub = dt.datetime.strptime(date, "%Y-%m-%d %H:%M")
        else:
            pub = dt.datetime(
                year + 1, rng.randint(1, 3), rng.randint(1, 28), rng.randint(8, 17), rng.randint(0, 59)
            )
        if not source:
            source = (
                f"{region}人民政府"
                if higher
                else rng.choice([f"{region}人民政府办公室", f"{region}司法局", f"{region}人民政府"])
            )
        doc = self.new_doc(
            title,
            list(paras),
            pub,
            source,
            kind="higher" if higher else "report",
            year=year,
            region=region,
            issuer=issuer,
            kinds=kinds,
            form=form,
            body_paras=list(paras),
            government=f"{higher}人民政府" if higher else "",
        )
        doc.province, doc.city = self.province, self.city or region
        if higher and not higher.endswith("市"):  # a province or autonomous region
            doc.province, doc.city = region, ""
        doc.key = f"{region}{'司法局' if issuer == 'department' else ''}-{year}"
        return doc

    # ---- chrome
    def menu(self) -> str:
        links = "".join(f'<li><a href="{p}" title="{esc(n)}">{esc(n)}</a></li>' for n, p in self.nav)
        return f'<ul class="nav-list">{links}</ul>'

    def page(self, title: str, main: str, *, head: str = "", scripts: str = "") -> str:
        charset = {"utf-8": "utf-8", "gbk": "gbk", "gb2312": "gb2312"}[self.encoding]
        meta = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            if self.encoding != "utf-8"
            else '<meta charset="utf-8">'
        )
        return (
            f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{esc(title)}</title>\n"
            f'<meta name="SiteName" content="{esc(self.site_name)}">\n'
            f'<meta name="SiteDomain" content="{self.host}">\n'
            f'<meta name="SiteIDCode" content="{self.siteid}">\n{head}'
            f'<link rel="stylesheet" href="/images/{self.skin}/style.css">\n'
            f'<script src="/js/jquery-1.11.3.min.js"></script>\n</head>\n<body>\n'
            f'<div class="top-bar"><span class="wza"><a href="javascript:;" id="cniil_wza">无障碍</a>'
            f'</span><a href="/" title="首页">首页</a></div>\n'
            f'<div class="header"><a href="/" class="logo"><img src="/images/{self.skin}/logo.png" '
            f'alt="{esc(self.site_name)}"></a></div>\n'
            f'<div class="nav">{self.menu()}</div>\n<div class="main">\n{main}\n</div>\n'
            f'<div class="footer"><p>主办:{esc(self.site_name)}办公室 承办:{esc(self.name)}'
            f'大数据中心</p><p><a href="/wzdt/" title="网站地图">网站地图</a> | 网站标识码:{self.siteid}'
            f" | {self.province[:1]}ICP备{num_id(self.host, digits=8)}号</p></div>\n"
            f"{scripts}</body>\n</html>\n"
        )

    def crumbs(self, trail: list[tuple[str, str]]) -> str:
        parts = ['<a href="/" title="首页">首页</a>'] + [
            f'<a href="{p}" title="{esc(n)}">{esc(n)}</a>' if p else esc(n) for n, p in trail
        ]
        return '<div class="position">您当前的位置:' + " &gt; ".join(parts) + "</div>"

    def article(
        self,
        doc: Doc,
        trail: list[tuple[str, str]],
        *,
        body: str = "",
        after: str = "",
        info: str = "",
        box: str = 'div class="TRS_Editor"',
        scripts: str = "",
    ) -> str:
        """An article page with the norm's metas, an info line, the body and attachments."""
        column = trail[-1][0] if trail else ""
        metas = (
            f'<meta name="ColumnName" content="{esc(column)}">\n'
            f'<meta name="ColumnType" content="{esc(column)}">\n'
            f'<meta name="ArticleTitle" content="{esc(doc.title)}">\n'
            f'<meta name="PubDate" content="{doc.pub:%Y-%m-%d %H:%M}">\n'
            f'<meta name="ContentSource" content="{esc(doc.source)}">\n'
        )
        if not body:
            body = "\n".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in doc.paras)
        files_html = ""
        if doc.attachments:
            files_html = (
                '<div class="fujian">附件:'
                + "".join(
                    f'<p><a href="{a.path}" title="{esc(a.name)}">{esc(a.name)}</a></p>'
                    for a in doc.attachments
                )
                + "</div>"
            )
        info = info or (
            f"<span>发布时间:{doc.pub:%Y-%m-%d %H:%M}</span> <span>来源:{esc(doc.source)}"
            f'</span> <span>字号:[<a href="javascript:;">大</a> <a href="javascript:;">中'
            f'</a> <a href="javascript:;">小</a>]</span>'
        )
        tag = box.split()[0]
        main = (
            f'{self.crumbs(trail)}\n<div class="article">\n<h1 class="title">{esc(doc.title)}'
            f'</h1>\n<div class="info">{info}</div>\n<{box}>\n{body}\n</{tag}>\n{files_html}\n'
            f'{after}\n<div class="tools"><a href="javascript:window.print();">打印本页</a> '
            f'<a href="javascript:window.close();">关闭窗口</a></div>\n</div>'
        )
        return self.page(f"{doc.title}_{self.site_name}", main, head=metas, scripts=scripts)

    def put_files(self, doc: Doc) -> None:
        for att in doc.attachments:
            ctype = (
                "application/pdf"
                if att.ext == "pdf"
                else ("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            )
            self.put(att.path, att.data, ctype, modified=doc.pub)

    def home(self, main: str) -> None:
        self.put("/", self.page(self.site_name, main))
        self.put("/index.html", self.page(self.site_name, main))
        self.put("/robots.txt", "User-agent: *\nDisallow:\n", "text/plain")


# ----------------------------------------------------------------------------------- lists


def li_list(docs: list[Doc], style: str = "li") -> str:
    """List markups: li (title attr, date span), table rows, data-url, li onclick, tr onclick,
    a onclick window.open."""
    rows = []
    for d in docs:
        t, u = esc(d.title), d.path
        rows.append(
            {
                "li": f'<li><a href="{u}" title="{t}" target="_blank">{t}</a><span>{d.date}</span></li>',
                "dataurl": (
                    f'<li><a href="javascript:void(0)" data-url="{u}" title="{t}">{t}</a>'
                    f'<span class="date">{d.date}</span></li>'
                ),
                "lionclick": (
                    f'<li onclick="location.href=\'{u}\'" style="cursor:pointer"><span class='
                    f'"tit">{t}</span><em>{d.date}</em></li>'
                ),
                "tronclick": (
                    f'<tr onclick="window.open(\'{u}\')" style="cursor:pointer"><td class="bt">'
                    f'{t}</td><td class="rq">{d.date}</td></tr>'
                ),
                "aonclick": (
                    f'<li><a href="javascript:;" onclick="window.open(\'{u}\')" title="{t}">{t}'
                    f"</a><span>{d.date}</span></li>"
                ),
            }[style]
        )
    tag = 'table class="list-table"' if style == "tronclick" else 'ul class="list"'
    end = tag.split()[0]
    return f"<{tag}>\n" + "\n".join(rows) + f"\n</{end}>"


def trs_pager(pages: int, cur: int, name: str = "index", ext: str = "html") -> str:
    """A TRS list pager: only a createPageHTML call, the function defined in the page."""
    return (
        '<div class="page"><script type="text/javascript">\n'
        "function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){\n"
        " if(_nPageCount == null || _nPageCount <= 1){ return; }\n"
        " for(var i = 0; i < _nPageCount; i++){\n"
        '  var href = (i == 0) ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt;\n'
        '  if(i == _nCurrIndex){ document.write("<span>" + (i + 1) + "</span>"); }\n'
        '  else { document.write("<a href=\\"" + href + "\\">" + (i + 1) + "</a>"); }\n'
        " }\n}\n"
        f'createPageHTML({pages}, {cur}, "{name}", "{ext}");\n</script></div>'
    )


def plain_pager(pages: int, cur: int, href: Callable[[int], str]) -> str:
    """首页 上一页 1 2 3 下一页 尾页 with real links (pages counted from 1)."""
    if pages <= 1:
        return ""
    out = [f'<a href="{href(1)}">首页</a>']
    if cur > 1:
        out.append(f'<a href="{href(cur - 1)}">上一页</a>')
    for n in range(1, pages + 1):
        out.append(f'<span class="cur">{n}</span>' if n == cur else f'<a href="{href(n)}">{n}</a>')
    if cur < pages:
        out.append(f'<a href="{href(cur + 1)}">下一页</a>')
    out.append(f'<a href="{href(pages)}">尾页</a>')
    return '<div class="pages">' + " ".join(out) + f" 共{pages}页</div>"


def chunks(seq: list, size: int) -> list[list]:
    return [seq[i : i + size] for i in range(0, len(seq), size)] or [[]]


def json_res(value: object) -> Resource:
    return Resource(
        json.dumps(value, ensure_ascii=False).encode(), "application/json;charset=UTF-8", modified=STATIC_TIME
    )


def req_params(req: Request) -> dict[str, str]:
    """Query, form or JSON body parameters (JSON values kept as JSON text when not strings)."""
    out = dict(parse_qsl(req.query, keep_blank_values=True))
    body = req.body.decode("utf-8", "replace").strip()
    if body.startswith("{"):
        try:
            data = json.loads(body)
        except ValueError:
            data = {}
        out.update({k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()})
    elif body:
        out.update(parse_qsl(body, keep_blank_values=True))
    return out


def int_param(value: object, default: int = 1) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def token(*parts: object) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:10]


def qs(value: str) -> str:
    return quote(value, safe="")
