"""Fault sites: extra county sites on their own hosts, each with one misbehaving page or host.

:func:`add_fault_sites` adds them to a built :class:`~.web.SimWeb` (any seed, round or
profile) for the fault drills of issue 7. Every site has a small ordinary structure (home page,
a 新闻动态 column with three news items, a 法治政府建设 column with one or two true reports)
and ONE fault, so that a crawl that survives the fault still finds the reports; the fault page
is linked from the home page and (articles) from the 法治政府建设 column under a report-like
title, so that a crawler does fetch it. The faults:

============  ======================  ==========================================================
kind          host                    what the server does
============  ======================  ==========================================================
reset         www.fzcangshan.gov.cn   an article answered by an RST (SO_LINGER 0), no response
timeout       www.gxhx.gov.cn         an article that never answers (until server shutdown)
storm5xx      www.chinabx.gov.cn      all but robots.txt and the home page answer 500/502/503
truncated     www.jlscy.gov.cn        an article whose Content-Length promises 2.5x what is sent
huge          www.yongshou.gov.cn     a 50 MiB list page (column 法治建设动态), made lazily
gzipbomb      www.suiyang.gov.cn      an article gzip-encoded: ~1 MB that inflates to > 1 GiB
undeclared    www.yinan.gov.cn        a true report in GBK with no charset in header or page
junk          www.weh.gov.cn          an article of random bytes as text/html; charset=utf-8
corruptpdf    www.yuelu.gov.cn        a true report linking a truncated PDF; an article whose
                                      only content is a PDF of garbage after the header
redirectloop  www.kmcg.gov.cn         columns 法治政府 (A 302 B 302 A) and 依法行政 (301 itself)
badredirect   www.lzyuzhong.gov.cn    columns that redirect to a loopback port, the cloud metadata
                                      address and a host outside government domains
chunked       www.wxni.gov.cn         an article streaming 64 KB chunks every 10 ms forever
============  ======================  ==========================================================

The county names, adcodes and hosts are real rows of ``gov_sites.csv`` that no other site of
the simulated web uses. The description :func:`add_fault_sites` returns (also stored as
``web.truth["faults"]``) lists per host the fault kind, the URLs of the reports that must still
be archived (``reports``) and the misbehaving URLs (``fault_urls``). Nothing at a fault URL is
a report, except on ``undeclared``, where the fault URL is a true report that must be archived
with its right text. The storm host's reports are behind the storm: they are not in the truth.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import itertools
import random
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import files, texts
from .model import STATIC_TIME, Handler, Request, Resource
from .web import SimWeb

HUGE_BYTES = 50 * 1024 * 1024  # the huge page (DOWNLOAD_MAXSIZE of the crawler: not more)
BOMB_BYTES = 1 << 30  # spaces inside the gzip bomb, besides the page around them
CHUNK_BYTES = 64 * 1024  # one chunk of the endless chunked answer
JUNK_BYTES = 256 * 1024
TRUNCATED_SHARE = 0.4  # of the promised bytes, the truncated answer sends this share

FAULT_KINDS = ("reset", "timeout", "storm5xx", "truncated", "huge", "gzipbomb", "undeclared",
               "junk", "corruptpdf", "redirectloop", "chunked", "badredirect")


@dataclass(frozen=True)
class FaultSite:
    """A county site with one fault."""

    kind: str
    key: str  # the truth's site key
    name: str
    province: str
    city: str
    adcode: str
    host: str
    scheme: str = "http"


FAULT_SITES = (
    FaultSite("reset", "cangshan", "仓山区", "福建省", "福州市", "350104", "www.fzcangshan.gov.cn"),
    FaultSite("timeout", "hengzhou", "横州市", "广西壮族自治区", "南宁市", "450181",
              "www.gxhx.gov.cn"),
    FaultSite("storm5xx", "binxian", "宾县", "黑龙江省", "哈尔滨市", "230125", "www.chinabx.gov.cn"),
    FaultSite("truncated", "changyi", "昌邑区", "吉林省", "吉林市", "220202", "www.jlscy.gov.cn"),
    FaultSite("huge", "yongshou", "永寿县", "陕西省", "咸阳市", "610426", "www.yongshou.gov.cn"),
    FaultSite("gzipbomb", "suiyang", "绥阳县", "贵州省", "遵义市", "520323", "www.suiyang.gov.cn",
              "https"),
    FaultSite("undeclared", "yinan", "沂南县", "山东省", "临沂市", "371321", "www.yinan.gov.cn"),
    FaultSite("junk", "wuerhe", "乌尔禾区", "新疆维吾尔自治区", "克拉玛依市", "650205",
              "www.weh.gov.cn"),
    FaultSite("corruptpdf", "yuelu", "岳麓区", "湖南省", "长沙市", "430104", "www.yuelu.gov.cn"),
    FaultSite("redirectloop", "chenggong", "呈贡区", "云南省", "昆明市", "530114", "www.kmcg.gov.cn"),
    FaultSite("chunked", "xinwu", "新吴区", "江苏省", "无锡市", "320214", "www.wxni.gov.cn", "https"),
    FaultSite("badredirect", "yuzhong", "榆中县", "甘肃省", "兰州市", "620123", "www.lzyuzhong.gov.cn"),
)

REPORT_TITLES = (
    "{name}人民政府关于{year}年度法治政府建设情况的报告",
    "{name}{year}年法治政府建设工作情况报告",
    "关于{name}{year}年度法治政府建设工作情况的报告",
    "{name}{year}年度法治政府建设情况报告",
)
REPORT_YEARS = (2023, 2022)
FAULT_YEAR = 2021  # the year in the titles of fault articles (no true report of that year)
COLUMN = "/zwgk/fzzfjs/index.html"
NEWS = "/xwdt/index.html"
ROBOTS = b"User-agent: *\nDisallow:\n"
STORM_BODIES = {
    500: b"<html><head><title>500 Internal Server Error</title></head><body><center><h1>500 "
         b"Internal Server Error</h1></center><hr><center>nginx</center></body></html>",
    502: b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
         b"</h1></center><hr><center>nginx</center></body></html>",
    503: b"<html><head><title>503 Service Temporarily Unavailable</title></head><body><center>"
         b"<h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center>"
         b"</body></html>",
}


@dataclass
class Item:
    """An article of a fault site."""

    title: str
    paras: list[str]
    pub: dt.datetime
    source: str
    path: str
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (label, href)

    @property
    def date(self) -> str:
        return self.pub.strftime("%Y-%m-%d")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# ---------------------------------------------------------------------- fault bodies


@functools.lru_cache(maxsize=2)
def gzip_bomb(head: bytes, tail: bytes, spaces: int = BOMB_BYTES) -> bytes:
    """One gzip member of ``head``, ``spaces`` spaces and ``tail``; built once per arguments.

    A 1 MiB block of spaces is deflated once after a full flush (so that it refers to nothing
    before it) and repeated, which makes the ~1 MB bomb in well under a second.
    """
    block = b" " * (1 << 20)
    count, rest = divmod(spaces, len(block))
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff",
             comp.compress(head) + comp.flush(zlib.Z_FULL_FLUSH)]
    one = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    parts += [one] * count
    parts.append(comp.compress(b" " * rest + tail) + comp.flush())
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(b" " * rest + tail, crc)
    parts.append(struct.pack("<II", crc, (len(head) + spaces + len(tail)) & 0xFFFFFFFF))
    return b"".join(parts)


def sized_stream(head: bytes, row: bytes, tail: bytes, size: int) -> Iterator[bytes]:
    """Exactly ``size`` bytes: ``head``, whole ``row`` repeats in ~64 KB pieces, spaces, ``tail``."""
    per = max(1, CHUNK_BYTES // len(row))
    block = row * per
    rows, pad = divmod(size - len(head) - len(tail), len(row))
    yield head
    while rows >= per:
        yield block
        rows -= per
    yield row * rows + b" " * pad + tail


def endless_stream(head: bytes, block: bytes) -> Iterator[bytes]:
    """``head``, then ``block`` for ever."""
    yield head
    yield from itertools.repeat(block)


def storm_handler() -> Handler:
    """500, 502, 503, 500, … in turn (no Retry-After)."""
    counter = itertools.count()

    def handler(req: Request) -> Resource:
        status = (500, 502, 503)[next(counter) % 3]
        return Resource(STORM_BODIES[status], "text/html", status=status)

    return handler


# ---------------------------------------------------------------------- one site


class FaultSiteBuilder:
    """Renders one fault site into a web and describes it."""

    def __init__(self, web: SimWeb, spec: FaultSite):
        self.web, self.spec = web, spec
        self.name = spec.name
        self.site_name = f"{spec.name}人民政府"
        self.base = f"{spec.scheme}://{spec.host}"
        self.siteid = spec.adcode + "0001"
        self.uids = iter(self.rng("uids").sample(range(100000, 999999), 40))
        self.nav: list[tuple[str, str]] = [("首页", "/"), ("新闻动态", NEWS), ("法治政府建设", COLUMN)]
        self.news: list[Item] = []
        self.column: list[Item] = []  # newest first once sorted
        self.reports: list[dict] = []  # truth entries
        self.fault_urls: list[str] = []
        self.pages: dict[str, Resource] = {}  # path -> resource, written out at the end
        self.charsets: dict[str, bool] = {}  # article path -> declares its charset
        self.keep: tuple[str, ...] = ()  # when set, the only static paths (the rest: a handler)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"{self.web.seed}|fault|{self.spec.key}|" + "|".join(map(str, parts)))

    def when(self, rng: random.Random, year: int) -> dt.datetime:
        return dt.datetime(year, rng.randint(2, 4), rng.randint(1, 28), rng.randint(8, 17),
                           rng.randint(0, 59))

    def article_path(self, folder: str, pub: dt.datetime) -> str:
        return f"/{folder}/{pub:%Y%m}/t{pub:%Y%m%d}_{next(self.uids)}.html"

    # ------------------------------------------------------------------ content
    def add_news(self) -> None:
        for i in range(3):
            rng = self.rng("news", i)
            year = 2024 - i
            title, paras = texts.make_news(rng, self.name, year)
            pub = dt.datetime(year, rng.randint(5, 12), rng.randint(1, 28), rng.randint(8, 18),
                              rng.randint(0, 59))
            source = rng.choice([f"{self.name}融媒体中心", f"{self.name}人民政府办公室", "本站"])
            self.news.append(Item(title, paras, pub, source, self.article_path("xwdt", pub)))

    def report_item(self, year: int, tag: str = "report") -> Item:
        rng = self.rng(tag, year)
        title = rng.choice(REPORT_TITLES).format(name=self.name, year=year)
        paras = texts.make_report(rng, self.name, year)
        pub = self.when(rng, year + 1)
        source = rng.choice([f"{self.name}人民政府", f"{self.name}人民政府办公室"])
        return Item(title, paras, pub, source, self.article_path("zwgk/fzzfjs", pub))

    def add_reports(self, truth: bool = True) -> list[Item]:
        items = [self.report_item(year) for year in REPORT_YEARS]
        self.column += items
        if truth:
            self.reports += [self.truth_entry(item, year) for item, year in zip(
                items, REPORT_YEARS, strict=True)]
        return items

    def truth_entry(self, item: Item, year: int) -> dict:
        url = self.base + item.path
        return {
            "key": f"{self.name}-{year}", "title": item.title, "region": self.name,
            "province": self.spec.province, "city": self.spec.city, "report_year": year,
            "publisher": item.source, "publish_date": item.date, "issuer_kind": "government",
            "body": "\n".join(item.paras),
            "copies": [{"url": url, "kind": "html", "findable": True}],
            "preferred_url": url, "site": self.spec.key,
        }

    def fault_article(self, resource: Resource | None = None, faulty: bool = True) -> Item:
        """A report-titled article in the column whose answer is ``resource``."""
        item = self.report_item(FAULT_YEAR, "fault")
        self.column.append(item)
        if faulty:
            self.fault_urls.append(self.base + item.path)
        if resource is not None:
            self.pages[item.path] = resource
        return item

    # ------------------------------------------------------------------ pages
    def page(self, title: str, main: str, column: str = "", charset: bool = True,
             metas: str = "") -> str:
        nav = "".join(f'<li><a href="{href}">{esc(text)}</a></li>' for text, href in self.nav)
        return (
            "<!DOCTYPE html>\n<html>\n<head>\n"
            + ('<meta charset="utf-8">\n' if charset else "")
            + f"<title>{esc(title)}</title>\n"
            f'<meta name="SiteName" content="{esc(self.site_name)}">\n'
            f'<meta name="SiteDomain" content="{self.spec.host}">\n'
            f'<meta name="SiteIDCode" content="{self.siteid}">\n'
            + (f'<meta name="ColumnName" content="{esc(column)}">\n' if column else "")
            + metas
            + '<link rel="stylesheet" href="/css/style.css">\n</head>\n<body>\n'
            f'<div class="header"><div class="logo"><a href="/"><h1>{esc(self.site_name)}</h1></a>'
            f'</div></div>\n<div class="nav"><ul>{nav}</ul></div>\n<div class="main">\n{main}\n'
            '</div>\n<div class="footer"><p>主办:'
            f"{esc(self.name)}人民政府办公室 网站标识码:{self.siteid}</p><p>"
            f"{esc(self.spec.province)}{esc(self.spec.city)}{esc(self.name)}人民政府 版权所有</p>"
            "</div>\n</body>\n</html>\n"
        )

    def crumbs(self, column: str, href: str) -> str:
        return (f'<div class="crumbs">当前位置:<a href="/">首页</a> &gt; '
                f'<a href="{href}">{esc(column)}</a></div>')

    def article(self, item: Item, column: str, href: str, charset: bool = True) -> str:
        metas = (f'<meta name="ArticleTitle" content="{esc(item.title)}">\n'
                 f'<meta name="PubDate" content="{item.pub:%Y-%m-%d %H:%M}">\n'
                 f'<meta name="ContentSource" content="{esc(item.source)}">\n')
        body = "\n".join(f"<p>\u3000\u3000{esc(p)}</p>" for p in item.paras)
        files_html = "".join(f'<p>附件:<a href="{href}">{esc(label)}</a></p>'
                             for label, href in item.attachments)
        main = (f"{self.crumbs(column, href)}\n<div class=\"article\">\n"
                f'<h2 class="title">{esc(item.title)}</h2>\n'
                f'<div class="info">发布时间:{item.pub:%Y-%m-%d %H:%M}\u3000来源:{esc(item.source)}'
                f"</div>\n<div class=\"content\" id=\"content\">\n{body}\n</div>\n"
                f'<div class="attachments">{files_html}</div>\n</div>')
        return self.page(item.title, main, column, charset, metas)

    def listing(self, items: list[Item]) -> str:
        return "".join(f'<li><a href="{i.path}" title="{esc(i.title)}" target="_blank">'
                       f'{esc(i.title)}</a><span class="date">{i.date}</span></li>\n'
                       for i in items)

    def column_page(self, name: str, href: str, items: list[Item]) -> str:
        main = (f"{self.crumbs(name, href)}\n<div class=\"column\"><h3>{esc(name)}</h3>\n"
                f'<ul class="list">\n{self.listing(items)}</ul>\n'
                f'<div class="page">共{len(items)}条 第1页 共1页</div></div>')
        return self.page(f"{name}_{self.site_name}", main, name)

    def home(self) -> str:
        main = (f'<div class="block"><h3><a href="{COLUMN}">法治政府建设</a></h3>\n'
                f'<ul class="list">\n{self.listing(self.column[:6])}</ul>'
                f'<a class="more" href="{COLUMN}">更多</a></div>\n'
                f'<div class="block"><h3><a href="{NEWS}">新闻动态</a></h3>\n'
                f'<ul class="list">\n{self.listing(self.news)}</ul>'
                f'<a class="more" href="{NEWS}">更多</a></div>')
        return self.page(self.site_name, main)

    def render(self) -> None:
        """Write every page that no fault has taken into ``pages``."""
        self.column.sort(key=lambda i: i.pub, reverse=True)
        home = Resource(self.home().encode(), modified=STATIC_TIME)
        self.pages.setdefault("/", home)
        self.pages.setdefault("/index.html", home)
        self.pages.setdefault("/robots.txt", Resource(ROBOTS, "text/plain", modified=STATIC_TIME))
        self.pages.setdefault(NEWS, Resource(self.column_page("新闻动态", NEWS, self.news).encode(),
                                             modified=STATIC_TIME))
        self.pages.setdefault(COLUMN, Resource(
            self.column_page("法治政府建设", COLUMN, self.column).encode(), modified=STATIC_TIME))
        for item in self.news:
            self.pages.setdefault(item.path, Resource(
                self.article(item, "新闻动态", NEWS).encode(), modified=item.pub))
        for item in self.column:
            if item.path in self.pages:
                continue
            if self.charsets.get(item.path, True):
                self.pages[item.path] = Resource(
                    self.article(item, "法治政府建设", COLUMN).encode(), modified=item.pub)
            else:
                self.pages[item.path] = Resource(
                    self.article(item, "法治政府建设", COLUMN, charset=False).encode("gbk"),
                    "text/html", modified=item.pub)

    # ------------------------------------------------------------------ the faults
    def build(self) -> dict:
        self.add_news()
        getattr(self, "fault_" + self.spec.kind)()
        self.render()
        host = self.spec.host
        for path, res in self.pages.items():
            if not self.keep or path in self.keep:
                self.web.resources[(host, path, "")] = res
        return {"fault": self.spec.kind, "reports": [r["preferred_url"] for r in self.reports],
                "fault_urls": list(self.fault_urls), "site": self.spec.key, "name": self.name}

    def fault_reset(self) -> None:
        self.add_reports()
        self.fault_article(Resource(b"", fault="reset"))

    def fault_timeout(self) -> None:
        self.add_reports()
        self.fault_article(Resource(b"", hang=True))

    def fault_storm5xx(self) -> None:
        items = self.add_reports(truth=False)
        self.keep = ("/", "/index.html", "/robots.txt")  # the rest is the storm
        self.fault_urls += [self.base + COLUMN, self.base + NEWS] + [self.base + i.path
                                                                     for i in items]
        self.web.prefix_handlers.append((self.spec.host, "/", storm_handler()))

    def fault_truncated(self) -> None:
        self.add_reports()
        item = self.fault_article()
        full = self.article(item, "法治政府建设", COLUMN).encode()
        sent = full[: int(len(full) * TRUNCATED_SHARE)]
        self.pages[item.path] = Resource(sent, fault="truncate", length=len(full),
                                         modified=item.pub)

    def fault_huge(self) -> None:
        self.add_reports()
        name, href = "法治建设动态", "/fzjsdt/index.html"
        self.nav.append((name, href))
        self.fault_urls.append(self.base + href)
        page = self.page(f"{name}_{self.site_name}", "\x00", name)
        head, tail = page.split("\x00")
        head += (f"{self.crumbs(name, href)}\n<div class=\"column\"><h3>{esc(name)}</h3>\n"
                 '<ul class="list">\n')
        tail = "</ul></div>" + tail
        rows = self.listing(self.news).encode()
        head_b, tail_b = head.encode(), tail.encode()
        self.pages[href] = Resource(
            b"", fault="stream", length=HUGE_BYTES, modified=STATIC_TIME,
            stream=lambda: sized_stream(head_b, rows, tail_b, HUGE_BYTES))

    def fault_gzipbomb(self) -> None:
        self.add_reports()
        item = self.fault_article()
        page = self.article(item, "法治政府建设", COLUMN).split('<div class="content" id="content">')
        head = (page[0] + '<div class="content" id="content">\n').encode()
        self.pages[item.path] = Resource(gzip_bomb(head, b"</div></div></div></body></html>\n"),
                                         headers=(("Content-Encoding", "gzip"),),
                                         modified=item.pub)

    def fault_undeclared(self) -> None:
        newest, _older = self.add_reports()
        self.charsets[newest.path] = False
        self.fault_urls.append(self.base + newest.path)

    def fault_junk(self) -> None:
        self.add_reports()
        self.fault_article(Resource(self.rng("junk").randbytes(JUNK_BYTES), modified=STATIC_TIME))

    def fault_corruptpdf(self) -> None:
        newest, _older = self.add_reports()
        pdf = files.make_pdf(newest.title, newest.paras)
        href = newest.path.rsplit("/", 1)[0] + f"/P0{newest.pub:%Y%m%d}{next(self.uids)}.pdf"
        newest.attachments.append((newest.title + ".pdf", href))
        self.pages[href] = Resource(pdf[: len(pdf) * 45 // 100], "application/pdf",
                                    modified=newest.pub)
        self.fault_urls.append(self.base + href)
        item = self.fault_article(faulty=False)  # an ordinary page; its only content is the PDF
        item.paras = [f"现将《{item.title}》予以公开,详见附件。"]
        garbage = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + self.rng("pdf").randbytes(48 * 1024)
        href = item.path.rsplit("/", 1)[0] + f"/P0{item.pub:%Y%m%d}{next(self.uids)}.pdf"
        item.attachments.append((item.title + ".pdf", href))
        self.pages[href] = Resource(garbage, "application/pdf", modified=item.pub)
        self.fault_urls.append(self.base + href)

    def fault_redirectloop(self) -> None:
        self.add_reports()
        loop_a, loop_b, self_loop = "/fzzf/index.html", "/fzzf/list.html", "/yfxz/index.html"
        self.nav += [("法治政府", loop_a), ("依法行政", self_loop)]
        self.pages[loop_a] = Resource(b"", status=302, headers=(("Location", self.base + loop_b),))
        self.pages[loop_b] = Resource(b"", status=302, headers=(("Location", loop_a),))
        self.pages[self_loop] = Resource(b"", status=301, headers=(("Location", self_loop),))
        self.fault_urls += [self.base + loop_a, self.base + loop_b, self.base + self_loop]

    def fault_badredirect(self) -> None:
        self.add_reports()
        targets = {"/fzzf/index.html": ("法治政府", "http://127.0.0.1:9/secret/"),
                   "/yfxz/index.html": ("依法行政", "http://169.254.169.254/latest/meta-data/"),
                   "/zfxx/index.html": ("法治政府建设年度报告", "http://www.example.com/fzzf/")}
        for path, (column, location) in targets.items():
            self.nav.append((column, path))
            self.pages[path] = Resource(b"", status=302, headers=(("Location", location),))
            self.fault_urls.append(self.base + path)

    def fault_chunked(self) -> None:
        self.add_reports()
        item = self.fault_article()
        head = self.article(item, "法治政府建设", COLUMN).split('<div class="content" id="content">')[0]
        head += '<div class="content" id="content">\n'
        paras = texts.make_news(self.rng("chunks"), self.name, 2021)[1]
        rows = [f"<p>\u3000\u3000{esc(p)}</p>\n".encode() for p in paras]
        block = b""
        while len(block) < CHUNK_BYTES:
            block += b"".join(rows)
        head_b = head.encode()
        self.pages[item.path] = Resource(b"", fault="chunked", modified=item.pub,
                                         stream=lambda: endless_stream(head_b, block))


# ---------------------------------------------------------------------- the web


def check_new_sites(web: SimWeb, sites: Iterable[FaultSite], what: str) -> None:
    """Refuse (ValueError) sites whose host or division code the web already has."""
    taken_hosts = set(web.hosts)
    taken_codes = {row["adcode"] for row in web.rows if row.get("adcode")}
    for spec in sites:
        if spec.host in taken_hosts or spec.adcode in taken_codes:
            raise ValueError(f"{what} site {spec.host} ({spec.adcode}) is already in the web")


def seed_row(spec: FaultSite, base: str) -> dict[str, str]:
    """The seed-list row of an added county site whose home is ``base``/."""
    return {"name": spec.name, "url": f"{base}/", "level": "county",
            "province": spec.province, "city": spec.city, "adcode": spec.adcode}


def add_fault_sites(web: SimWeb, sites: tuple[FaultSite, ...] = FAULT_SITES) -> dict:
    """Add the fault sites to ``web``: pages, seed rows and truth.

    The new reports join ``web.truth["reports"]``, the timeout page ``web.truth["hangs"]``,
    and the description ``web.truth["faults"]``. Call it before starting a ``SimServer``
    (whose certificate names the hosts it knows at start).

    Returns:
        ``{host: {"fault": kind, "reports": [URLs that must still be archived],
        "fault_urls": [the misbehaving URLs], "site": truth site key, "name": county}}``.
    """
    check_new_sites(web, sites, "fault")
    out: dict[str, dict] = {}
    for spec in sites:
        builder = FaultSiteBuilder(web, spec)
        out[spec.host] = builder.build()
        web.rows.append(seed_row(spec, builder.base))
        web.truth.setdefault("reports", []).extend(builder.reports)
        if spec.kind == "timeout":
            web.truth.setdefault("hangs", []).extend(builder.fault_urls)
    web.__dict__.pop("hosts", None)  # the cached host set is out of date
    faults = web.truth.setdefault("faults", {})
    faults.update({host: {**desc, "reports": list(desc["reports"]),
                          "fault_urls": list(desc["fault_urls"])} for host, desc in out.items()})
    return out
