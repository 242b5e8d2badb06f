"""A large simulated county web for the throughput benchmark, generated lazily from a seed.

:func:`build_big_web` plans a web of ``sites`` county and city sites (320 by default) with
``pages_per_site`` article pages each (320: about 112,000 URLs in all) in the CMS families of the
test web (``simweb``): TRS with ``createPageHTML`` pagers, Hanweb with a datastore and
``dataproxy.jsp``, old GBK ASP/JSP/ASP.NET sites, generic CMSs (gkmlpt, VSB, JEECMS, snowflake
ids, SiteServer) and city 集约化 platforms with county sub-sites, with PDF, DOCX and DOC
attachments. Real county names and division codes come from ``data/gov_sites.csv``. The plan
(hosts, columns, how many documents each column holds, which reports and look-alikes go where)
is small and built at once; a site's documents, their URLs and its routes are built from the plan
when a request for the site arrives and kept in a small LRU cache of sites, and a page's text is
written from the seed when the page is requested and then dropped. So serving 100,000 pages
keeps memory flat, and the same arguments give byte-identical pages.

Pages are rendered by the test web's family renderers (``simweb/families.py``) with its
text generators (``simweb/texts.py``), plus the heavier chrome of real portals (link
directories and scripts) so that pages weigh 10-40 KB. :class:`BigWeb` answers what
:class:`simweb.SimServer` asks (``hosts``, ``resolve``, ``respond``), and offers
``seed_rows()``, ``truth`` (in the test web's format), ``page_urls()`` and ``page_count``.

    $ python -m benchmarks.bigweb --port 8899 --seeds-out /tmp/bigseeds.csv --urls-out /tmp/urls.txt
    $ python -m benchmarks.bigweb --load-test http://127.0.0.1:8899 --urls /tmp/urls.txt
"""

from __future__ import annotations

import argparse
import collections
import csv
import dataclasses
import datetime as dt
import functools
import re
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit

from simweb import files, texts
from simweb.families import (
    DEPARTMENTS,
    GROUPS,
    Family,
    Gkmlpt,
    Hanweb,
    OldGBK,
    esc,
    family_class,
    session_id,
)
from simweb.model import STATIC_TIME, Attachment, Column, Doc, Handler, Request, Resource, SiteModel
from simweb.spec import NEWS_COLUMNS, County, Report, Site
from simweb.web import (
    ASSET_PREFIXES,
    INTROS,
    NOT_FOUND,
    answer_conditional,
    asset_handler,
    calendar_handler,
    events_handler,
    page_trap_handler,
    pub_time,
    redirect_handler,
    rng_for,
    search_handler,
    start_trap_handler,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GOV_SITES = PROJECT_ROOT / "data" / "gov_sites.csv"
SEED_FIELDS = ["name", "url", "level", "province", "city", "adcode"]

# (family, variant, weight) of the stand-alone sites; every PLATFORM_EVERY-th site starts a city
# platform with PLATFORM_CHILDREN county sub-sites.
FAMILY_MIX = (
    ("trs", 0, 12), ("trs", 1, 10), ("trs", 2, 8),
    ("hanweb", 0, 8), ("hanweb", 1, 8), ("hanweb", 2, 5),
    ("gbk", 0, 4), ("gbk", 1, 4), ("gbk", 2, 2),
    ("generic", 0, 5), ("generic", 1, 5), ("generic", 2, 5), ("generic", 3, 5), ("generic", 4, 4),
    ("generic", 5, 5),
)
PLATFORM_EVERY = 20
PLATFORM_CHILDREN = 2
ORDINARY_FROM = 100  # uid offsets: reports, look-alikes and reposts below, ordinary docs from here

NEWS_POOL = NEWS_COLUMNS  # xwdt first: every site has it
REPORT_POOL = ("fzzf", "zdly", "fzbg", "qtxx", "ghjh", "zcwj", "zdly2", "gzbg2", "ghjh2", "zfwj", "gkfz")
OTHER_POOL = ("zcjd", "gzbg", "ndbg", "sfj")
FZZF_NAMES = ("法治政府建设", "依法行政", "法治政府建设年度报告", "法治建设")
# Share of a site's ordinary documents per column: the first news column, other news columns,
# 通知公告, every other column.
WEIGHTS = {"xwdt": 30, "news": 10, "tzgg": 12, "other": 4}
FILLER_KINDS = {"tzgg": "notice", "zcjd": "jiedu"}  # other non-news columns: "disclosure"

REPORT_TITLES = (
    "{name}人民政府关于{year}年法治政府建设情况的报告",
    "{name}{year}年度法治政府建设工作报告",
    "{year}年{name}法治政府建设情况报告",
    "关于{year}年法治政府建设情况的报告",
    "{year}年{name}法治政府建设情况",
    "中共{name}委 {name}人民政府关于{year}年度法治政府建设工作情况的报告",
    "{name}人民政府关于{year}年度法治政府建设|工作情况的报告",
    "{name}{year}年法治政府建设工作报告",
)
MULTIYEAR_TITLE = "{name}人民政府关于{first}-{year}年度法治政府建设有关情况的报告"
DEPT_TITLE = "{name}司法局{year}年度法治政府建设工作报告"
REPORT_FORMS = (("html", 55), ("html+pdf", 12), ("pdf", 15), ("docx", 8), ("doc", 5), ("scan", 2))
PUBLISH_MONTHS = ((1, 8), (2, 18), (3, 46), (4, 12), (5, 6), (6, 4), (7, 3), (8, 2), (9, 1))
LOOKALIKE_SOURCES = {"shufa": "{name}司法局", "interpretation": "{name}司法局",
                     "text_interp": "{name}司法局", "template": "本站"}
ATTACHMENT_TYPES = {"pdf": "application/pdf", "doc": "application/msword",
                    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

# Extra news paragraphs, in the template language of simweb/texts.py.
NEWS_MORE = (
    "[会上|会议上],{person}[通报|介绍]了[前期|近期]{prog}[工作进展|推进情况],[并|]就[下一步工作|存在的问题]"
    "作了[具体部署|安排]。",
    "[活动现场|现场],[工作人员|志愿者]向[过往群众|辖区居民][发放|分发][宣传资料|宣传手册]{n}份,[解答|现场解答]"
    "[群众咨询|法律咨询]{n}人次。",
    "[据介绍|据统计],[今年以来|{year}年以来],{town}[累计|共][排查|整改][隐患|问题]{n}处,[完成|实现]"
    "[年度目标|任务进度]的{pct}。",
    "{dept}[负责人|主要负责同志][表示|指出],[将|要][以此次活动为契机|以此为新的起点],[进一步|持续][强化|压实]"
    "[责任|措施],[推动|确保][各项工作|工作任务][落到实处|取得实效]。",
    "[此次|本次][活动|会议][由|是]{dept}[主办|牵头组织],{town}[等|及]{s}个[乡镇|单位][协办|参与]。",
    "[近年来|“十四五”以来],{place}[坚持|始终坚持][以人民为中心|问题导向],[先后|累计][投入|争取][资金|上级资金]"
    "{money},[实施|建成][项目|民生项目]{s}个。",
    "[在|走进]{town}[施工现场|项目现场],[只见|可以看到][机器轰鸣|工人们正在紧张施工],[各项|主体]工程[进展顺利|"
    "有序推进],[预计|计划]于{month}[底|中旬][完工|投入使用]。",
    "[群众|村民]{person}[说|告诉记者]:“[现在|如今][办事|出行|看病][方便多了|越来越方便],[我们|大家]的"
    "[获得感|幸福感][越来越强|实实在在]。”",
    "[据了解|据悉],[该项目|此次活动][总投资|共投入]{money},[涉及|覆盖]{town}等{s}个[村|社区],[惠及|服务]"
    "群众{n}户。",
    "[会议要求|会议强调],[各乡镇|各部门]要[提高政治站位|高度重视],[加强|强化][统筹协调|督导检查],[确保|推动]"
    "{year}年[目标任务|各项任务][圆满完成|如期完成]。",
)
PORTALS = (
    "中国政府网", "北京市人民政府", "天津市人民政府", "河北省人民政府", "山西省人民政府",
    "内蒙古自治区人民政府", "辽宁省人民政府", "吉林省人民政府", "黑龙江省人民政府", "上海市人民政府",
    "江苏省人民政府", "浙江省人民政府", "安徽省人民政府", "福建省人民政府", "江西省人民政府",
    "山东省人民政府", "河南省人民政府", "湖北省人民政府", "湖南省人民政府", "广东省人民政府",
    "广西壮族自治区人民政府", "海南省人民政府", "重庆市人民政府", "四川省人民政府", "贵州省人民政府",
    "云南省人民政府", "西藏自治区人民政府", "陕西省人民政府", "甘肃省人民政府", "青海省人民政府",
    "宁夏回族自治区人民政府", "新疆维吾尔自治区人民政府",
)
# The second-level menus of a portal's navigation bar (links that open in-page tabs).
MEGA_MENU = {
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
                 "依申请公开", "政策文件", "政策解读", "规划计划", "财政资金", "重点领域信息公开",
                 "建议提案办理", "人事信息"],
    "政务服务": ["个人办事", "法人办事", "部门服务", "主题服务", "便民服务", "办事指南", "表格下载",
                 "办件查询", "好差评", "政务服务地图", "一件事一次办", "跨省通办"],
    "互动交流": ["领导信箱", "网上咨询", "在线访谈", "征集调查", "12345热线", "常见问题", "意见征集",
                 "投诉举报"],
    "走进本地": ["概况", "历史沿革", "行政区划", "自然资源", "人口民族", "旅游资源", "特色产业", "名优特产",
                 "交通出行", "统计数据"],
    "专题专栏": ["学习贯彻党的二十大精神", "优化营商环境", "乡村振兴", "法治政府建设", "安全生产",
                 "生态环境保护", "民生实事", "双拥工作", "文明城市创建", "扫黑除恶"],
}

# The kind of script block every real portal page carries (accessibility toolbar, statistics).
PORTAL_SCRIPT = """<script type="text/javascript">
(function () {
  var cfg = {siteCode: document.querySelector('meta[name="SiteIDCode"]') ?
    document.querySelector('meta[name="SiteIDCode"]').getAttribute('content') : '',
    toolbar: '/module/wza/toolbar.js', stat: '/module/visitcount/stat.jsp'};
  function loadScript(src, cb) {
    var s = document.createElement('script'); s.type = 'text/javascript'; s.async = true;
    s.src = src; s.onload = cb || function () {}; document.getElementsByTagName('head')[0].appendChild(s);
  }
  function zoom(size) {
    var box = document.getElementById('zoom') || document.getElementById('content');
    if (!box) { return; }
    box.style.fontSize = size + 'px';
    var ps = box.getElementsByTagName('p');
    for (var i = 0; i < ps.length; i++) { ps[i].style.fontSize = size + 'px'; ps[i].style.lineHeight = '2'; }
  }
  window.doZoom = zoom;
  function careMode(on) {
    document.documentElement.className = on ? 'care-mode' : '';
    try { localStorage.setItem('careMode', on ? '1' : '0'); } catch (e) { /* private mode */ }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var wza = document.getElementById('wza');
    if (wza) { wza.onclick = function () { loadScript(cfg.toolbar, function () {
      if (window.aria) { window.aria.start(); } }); }; }
    var old = document.querySelector('.oldman');
    if (old) { old.onclick = function () { careMode(document.documentElement.className !== 'care-mode'); }; }
    try { if (localStorage.getItem('careMode') === '1') { careMode(true); } } catch (e) { /* ignore */ }
    var img = new Image();
    img.src = cfg.stat + '?siteCode=' + encodeURIComponent(cfg.siteCode) + '&url=' +
      encodeURIComponent(location.href) + '&ref=' + encodeURIComponent(document.referrer);
  });
  if (/MSIE [6-8]\\./.test(navigator.userAgent)) {
    document.write('<div class="browser-tip">您的浏览器版本过低,为了更好的浏览效果,请升级浏览器。</div>');
  }
})();
</script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function () {
  var hm = document.createElement('script');
  hm.src = 'https://hm.baidu.com/hm.js?5f7e1c2f0a8b4d7e9c3a6b1d2e4f8a90';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(hm, s);
})();
</script>"""


# ---------------------------------------------------------------------- documents


class LazyDoc(Doc):
    """A doc whose title and paragraphs are written from its seed when a page needs them.

    ``writer(doc)`` returns (title, paragraphs); the title is kept once written (list pages show
    it many times), the paragraphs are not, unless a page render pins them. Only the fields a doc
    sets are stored on it (the rest are class defaults), so a site's docs stay small.
    """

    _title: str | None = None
    _paras: list[str] | None = None
    form, sub, key, path, index_no, mirror_title = "html", "", "", "", "", ""
    report: Report | None = None
    extras: frozenset[str] = frozenset()
    attachments: list[Attachment] = []  # replaced, never mutated, when a doc has some
    modified: dt.datetime | None = None
    mirror_paras: list[str] | None = None
    year = 0  # the year a look-alike is about

    def __init__(self, uid: int, column: str, kind: str, pub: dt.datetime, source: str, written: dt.date,
                 writer: Callable[[LazyDoc], tuple[str, list[str]]], title: str | None = None,
                 **fields: object):
        self.uid, self.column, self.kind, self.pub, self.source = uid, column, kind, pub, source
        self.written, self.writer, self._title = written, writer, title
        for name, value in fields.items():
            setattr(self, name, value)

    @property  # type: ignore[override]
    def title(self) -> str:
        if self._title is None:
            self._title = self.writer(self)[0]
        return self._title

    @title.setter
    def title(self, value: str | None) -> None:
        self._title = value

    @property  # type: ignore[override]
    def paras(self) -> list[str]:
        return self._paras if self._paras is not None else self.writer(self)[1]

    @paras.setter
    def paras(self, value: list[str] | None) -> None:
        self._paras = value

    @property  # type: ignore[override]
    def truth_paras(self) -> list[str]:
        return self.paras


def news_text(seed: int, key: str, uid: int, place: str, year: int) -> tuple[str, list[str]]:
    """A news item: the test web's news generator and 2-9 more paragraphs."""
    rng = rng_for(seed, key, "text", uid)
    title, paras = texts.make_news(rng, place, year)
    slots = {"place": place, "year": year, "unit": texts.unit_of(place)}
    more = [texts.expand(t, rng, slots) for t in rng.sample(NEWS_MORE, rng.randint(2, 9))]
    return title, [*paras[:-1], *more, paras[-1]]


def filler_text(seed: int, key: str, uid: int, kind: str, place: str, year: int) -> tuple[str, list[str]]:
    """A notice, public document or policy interpretation."""
    return texts.make_filler(rng_for(seed, key, "text", uid), kind, place, year)


def lookalike_text(seed: int, key: str, uid: int, kind: str, place: str, year: int) -> tuple[str, list[str]]:
    """A look-alike document (信息公开年报, 政府工作报告, 工作要点, 解读, …)."""
    return texts.make_lookalike(rng_for(seed, key, "text", uid), kind, place, year)


# ---------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class PlannedReport:
    """A true report of a site: its uid, spec entry (title already filled in) and issuer place."""

    uid: int
    report: Report
    place: str

    @property
    def key(self) -> str:
        return f"{self.place}{self.report.issuer[1:]}-{self.report.year}"


@dataclass
class SitePlan:
    """Everything needed to build one site on demand; small."""

    index: int
    site: Site
    seed_url: str
    level: str
    reports: list[PlannedReport] = field(default_factory=list)
    lookalikes: list[tuple[int, str, str]] = field(default_factory=list)  # uid, kind, column
    reposts: list[tuple[int, int, int]] = field(default_factory=list)  # uid, site index, report uid
    counts: dict[str, int] = field(default_factory=dict)  # ordinary docs per column
    children: list[int] = field(default_factory=list)  # sub-sites on a platform host
    siteid: str = ""
    clock: dt.date = dt.date(2024, 1, 1)
    alias_redirect: bool = False

    @property
    def fallback(self) -> str:
        """The gkmlpt fallback option (``noscript``, ``pages`` or none)."""
        return dict(self.site.opts).get("fallback", "")


def weighted(rng, pairs):
    """One value of (value, weight) pairs."""
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def split_counts(total: int, weights: dict[str, int]) -> dict[str, int]:
    """Split ``total`` over the keys in proportion to their weights (largest remainder)."""
    wsum = sum(weights.values()) or 1
    exact = {k: total * w / wsum for k, w in weights.items()}
    out = {k: int(v) for k, v in exact.items()}
    rest = total - sum(out.values())
    for k in sorted(exact, key=lambda k: (out[k] - exact[k], k))[:rest]:
        out[k] += 1
    return out


def load_units(path: Path) -> tuple[list[dict], list[dict]]:
    """County rows and city rows with a URL, each with a host no other row has."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["url"] and r["level"] in ("county", "city")]
    counts = collections.Counter(urlsplit(r["url"]).hostname for r in rows)
    rows = [r for r in rows if counts[urlsplit(r["url"]).hostname] == 1]
    return [r for r in rows if r["level"] == "county"], [r for r in rows if r["level"] == "city"]


class Planner:
    """Lays out the web: which county is which site, with what columns, reports and quirks."""

    def __init__(self, seed: int, sites: int, pages_per_site: int, source: Path = GOV_SITES):
        self.seed, self.n_sites, self.per_site = seed, sites, pages_per_site
        self.stride = max(1000, pages_per_site + 200)  # uid range per site
        self.counties, self.cities = load_units(source)
        self.all_hosts = {urlsplit(r["url"]).hostname for r in (*self.counties, *self.cities)}
        self.plans: list[SitePlan] = []
        self.used_hosts: set[str] = set()

    def uid(self, index: int, n: int) -> int:
        return 10000 + index * self.stride + n

    def plan(self) -> list[SitePlan]:
        rng = rng_for(self.seed, "units")
        counties = rng.sample(self.counties, len(self.counties))
        by_city = collections.defaultdict(list)
        for row in counties:
            by_city[(row["province"], row["city"])].append(row)
        cities = [c for c in rng.sample(self.cities, len(self.cities))
                  if len(by_city[(c["province"], c["name"])]) >= PLATFORM_CHILDREN]
        taken: set[str] = set()
        i = 0
        while i < self.n_sites:
            if i % PLATFORM_EVERY == 0 and i + PLATFORM_CHILDREN < self.n_sites and cities:
                city = cities.pop()
                kids = [r for r in by_city[(city["province"], city["name"])] if r["adcode"] not in taken]
                kids = kids[:PLATFORM_CHILDREN]
                if len(kids) == PLATFORM_CHILDREN:
                    taken.update(r["adcode"] for r in kids)
                    self.add_platform(i, city, kids)
                    i += 1 + PLATFORM_CHILDREN
                    continue
            row = next(r for r in counties if r["adcode"] not in taken
                       and urlsplit(r["url"]).hostname not in self.used_hosts)
            taken.add(row["adcode"])
            self.add_site(i, row)
            i += 1
        for plan in sorted(self.plans, key=lambda p: bool(p.children)):  # a city reposts its counties'
            self.add_content(plan)
        return self.plans

    # ------------------------------------------------------------------ sites
    def county(self, row: dict, level: str = "county") -> County:
        return County(row["name"], row["province"], row["city"] or row["province"], row["adcode"], level)

    def columns(self, rng, family: str, variant: int, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
        """8-15 columns: news, 通知公告, report columns and others (URL clashes are resolved later)."""
        news = ["xwdt", *rng.sample(NEWS_POOL[1:], rng.randint(1, 4))]
        if family == "generic" and variant == 3 and "tpxw" in news:  # its /xwdt/ group page
            news.remove("tpxw")
        reports = rng.sample(REPORT_POOL, rng.randint(2, 5))
        chosen = [*news, "tzgg", *extra, *reports]
        rest = [c for c in (*OTHER_POOL, *REPORT_POOL) if c not in chosen]
        target = rng.randint(8, 15)
        chosen += rng.sample(rest, max(0, target - len(chosen)))
        return tuple(chosen)

    def host_for(self, row: dict) -> str:
        host = urlsplit(row["url"]).hostname or ""
        self.used_hosts.add(host)
        return host

    def add_site(self, index: int, row: dict) -> None:
        rng = rng_for(self.seed, "site", index)
        family, variant = weighted(rng, [((f, v), w) for f, v, w in FAMILY_MIX])
        host = self.host_for(row)
        scheme = urlsplit(row["url"]).scheme
        if family == "gbk":
            scheme = "http"
        quirks = set()
        if scheme == "https" and rng.random() < 0.3:
            quirks.add("http_to_https")
        for quirk, share in (("calendar", 0.05), ("search", 0.1), ("starttrap", 0.03), ("pagetrap", 0.03),
                             ("copied_meta", 0.05)):
            # Not on GBK sites: their trap pages would carry the session id of another page.
            if rng.random() < share and family != "gbk":
                quirks.add(quirk)
        if family == "gbk" and variant == 2:
            quirks.add("session")
        aliases: tuple[str, ...] = ()
        alias_redirect = False
        if host.startswith("www.") and rng.random() < 0.3 and host[4:] not in self.all_hosts:
            aliases = (host[4:],)
            self.used_hosts.add(host[4:])
            alias_redirect = rng.random() < 0.4
        columns = self.columns(rng, family, variant)
        disallow = ["/search/", "/admin/"]
        if family == "trs" and rng.random() < 0.06:
            disallow.append("{col:" + next(c for c in columns if c in REPORT_POOL) + "}")
        meta = "none" if family == "gbk" and rng.random() < 0.5 else weighted(
            rng, (("full", 85), ("partial", 15)))
        names = (("fzzf", rng.choice(FZZF_NAMES)),) if "fzzf" in columns else ()
        fallback = rng.choice(("", "noscript", "pages")) if family == "generic" and variant == 4 else ""
        site = Site(
            f"s{index:03d}", host, family, self.county(row), variant=variant, scheme=scheme,
            aliases=aliases, columns=columns, names=names, disallow=tuple(disallow),
            sitemap=rng.random() < 0.1, meta=meta, quirks=frozenset(quirks),
            opts=(("fallback", fallback),) if fallback else (),
        )
        url = f"{'http' if 'http_to_https' in quirks else scheme}://{host}/"
        self.finish(SitePlan(index, site, url, "county", alias_redirect=alias_redirect), rng)

    def add_platform(self, index: int, city: dict, kids: list[dict]) -> None:
        rng = rng_for(self.seed, "platform", index)
        variant = rng.randint(0, 2)
        host = self.host_for(city)
        scheme = urlsplit(city["url"]).scheme
        prefixes: list[tuple[str, str]] = []
        for n, row in enumerate(kids):
            label = (urlsplit(row["url"]).hostname or "").removeprefix("www.").split(".")[0]
            if not label or any(p.endswith("/" + label) for _, p in prefixes):
                label += str(n)
            prefixes.append((row["name"], f"/xqxx/{label}"))
        links = tuple((name, prefix + "/") for name, prefix in prefixes)
        site = Site(f"s{index:03d}", host, "platform", self.county(city, "city"), variant=variant,
                    scheme=scheme, columns=self.columns(rng, "platform", variant, ("xqbg",)), links=links)
        plan = SitePlan(index, site, f"{scheme}://{host}/", "city")
        self.finish(plan, rng)
        for n, row in enumerate(kids):
            sub = index + 1 + n
            srng = rng_for(self.seed, "site", sub)
            own = self.host_for(row)
            redirect = (own,) if n % 2 else ()
            prefix = prefixes[n][1]
            child = Site(f"s{sub:03d}", host, "platform", self.county(row), variant=variant, scheme=scheme,
                         columns=self.columns(srng, "platform", variant), parent=plan.site.key, prefix=prefix,
                         redirect_from=redirect, redirect_status=srng.choice((301, 302)))
            url = f"http://{own}/" if redirect else f"{scheme}://{host}{prefix}/"
            kid = SitePlan(sub, child, url, "county")
            self.finish(kid, srng, siteid=plan.siteid)
            plan.children.append(sub)

    def finish(self, plan: SitePlan, rng, siteid: str = "") -> None:
        plan.siteid = siteid or plan.site.county.adcode[:6] + f"{rng.randint(1, 40):04d}"
        plan.clock = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
        site = plan.site
        plan.site = self.unique_columns(site)
        self.plans.append(plan)

    def unique_columns(self, site: Site) -> Site:
        """The site with distinct column URLs and 8-15 columns.

        Hanweb and gkmlpt column ids are hashes of the site key, so another key is tried first;
        then columns sharing a URL (JEECMS uses the last slug only) are dropped and others added.
        """
        def clashes(candidate: Site) -> list[str]:
            probe, seen, out = url_renderer(candidate), set(), []
            for key in sorted(candidate.columns, key=lambda k: k not in ("xwdt", "tzgg", "xqbg")):
                url = probe.col_url(key)
                if url in seen:
                    out.append(key)
                seen.add(url)
            return out

        keyed = [dataclasses.replace(site, key=site.key + suffix) for suffix in ("", *"abcdefghij")]
        best = min(keyed, key=lambda s: len(clashes(s)))
        columns = [c for c in best.columns if c not in clashes(best)]
        for extra in (*OTHER_POOL, *REPORT_POOL):
            if len(columns) >= 8:
                break
            if extra not in columns:
                trial = dataclasses.replace(best, columns=(*columns, extra))
                if not clashes(trial):
                    columns.append(extra)
        return dataclasses.replace(best, columns=tuple(columns))

    # ------------------------------------------------------------------ content
    def add_content(self, plan: SitePlan) -> None:
        """Reports, look-alikes, reposts on a platform and the count of ordinary docs per column."""
        site = plan.site
        rng = rng_for(self.seed, site.key, "content")
        name = site.county.name
        cols = site.columns
        report_cols = [c for c in cols if c in REPORT_POOL] or ["tzgg"]
        n = 0
        total = rng.randint(3, 8)
        dept = "sfj" in cols
        years = sorted(rng.sample(range(2016, 2025), total - dept), reverse=True)
        for i, year in enumerate(years):
            column = report_cols[0] if i == 0 else (
                "tzgg" if rng.random() < 0.25 else rng.choice(report_cols))
            first = 2016 if year == 2020 and rng.random() < 0.25 else 0
            title = (MULTIYEAR_TITLE if first else rng.choice(REPORT_TITLES)).format(
                name=name, year=year, first=first)
            plan.reports.append(self.report(plan, rng, n, year, title, column, first=first))
            n += 1
        if dept:
            year = rng.randint(2018, 2024)
            title = DEPT_TITLE.format(name=name, year=year)
            plan.reports.append(self.report(plan, rng, n, year, title, "sfj", issuer="县司法局"))
            n += 1
        options = [("notice", "tzgg"), ("plan", "tzgg"), ("meeting", "xwdt")]
        if "gzbg" in cols:
            options += [("gov_work_report", "gzbg"), ("xxgk_annual", "gzbg")]
        if "ndbg" in cols:
            options += [("xxgk_annual", "ndbg")]
        if "zcjd" in cols:
            options += [("interpretation", "zcjd"), ("text_interp", "zcjd")]
        if dept:
            options += [("shufa", "sfj")]
        for col in report_cols:
            options += [("plan", col), ("meeting_topic", col), ("duty_report", col)]
        options.append(("template", report_cols[-1]))
        for kind, col in rng.sample(options, min(len(options), rng.randint(3, 6))):
            plan.lookalikes.append((self.uid(plan.index, n), kind, col))
            n += 1
        for child in plan.children:  # a city platform reposts its counties' latest report
            kid = self.plans[child]
            plan.reposts.append((self.uid(plan.index, n), child, kid.reports[0].uid))
            n += 1
        rest = max(0, self.per_site - n)
        weights = {}
        for col in cols:
            if col == "xwdt":
                weights[col] = WEIGHTS["xwdt"]
            elif col in NEWS_COLUMNS:
                weights[col] = WEIGHTS["news"]
            else:
                weights[col] = WEIGHTS["tzgg" if col == "tzgg" else "other"]
        plan.counts = split_counts(rest, weights)

    def report(self, plan: SitePlan, rng, n: int, year: int, title: str, column: str,
               issuer: str = "", first: int = 0) -> PlannedReport:
        name = plan.site.county.name
        form = weighted(rng, REPORT_FORMS)
        if plan.site.family == "gbk" and form in ("docx", "scan", "html+pdf"):
            form = "doc"
        month = weighted(rng, PUBLISH_MONTHS)
        pub = dt.datetime(year + 1, month, rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59))
        publisher = f"{name}司法局" if issuer else rng.choice(
            [f"{name}人民政府办公室", f"{name}司法局", f"{name}人民政府", f"{name}政府办"])
        extras = frozenset({"print"} if rng.random() < 0.15 and plan.site.family != "gbk" else ())
        report = Report(year, title, form=form, column=column, date=pub.strftime("%Y-%m-%d %H:%M"),
                        issuer=issuer, publisher=publisher, extras=extras, first_year=first)
        return PlannedReport(self.uid(plan.index, n), report, name)


def url_renderer(site: Site) -> Family:
    """A renderer over a model without docs: enough for column URLs and prefixes."""
    names = dict(site.names)
    model = SiteModel(site, {k: Column.of(k, names) for k in site.columns}, dt.date(2024, 1, 1), "0" * 10)
    return family_class(site.family, site.variant)(model, rng_for(0, site.key))


# ---------------------------------------------------------------------- rendering


class HeavyChrome:
    """Mixin for a family renderer: the link directory and scripts real portals carry."""

    directory = ""

    def header(self) -> str:
        return super().header() + mega_menu()  # type: ignore[misc]

    def footer(self) -> str:
        return self.directory + super().footer() + PORTAL_SCRIPT  # type: ignore[misc]


@functools.cache
def mega_menu() -> str:
    """The navigation bar's second-level menus, the same on every page."""
    menus = "".join(
        f'<li class="menu"><span>{name}</span><div class="sub"><ul>'
        + "".join(f'<li><a href="javascript:;" title="{item}">{item}</a></li>' for item in items)
        + "</ul></div></li>" for name, items in MEGA_MENU.items())
    return f'<div class="megamenu"><ul>{menus}</ul></div>'


def link_directory(seed: int, site: Site) -> str:
    """The 友情链接 / 部门网站 / 乡镇网站 selects at the foot of every page of a site."""
    rng = rng_for(seed, site.key, "chrome")
    name = site.county.name
    unit = texts.unit_of(name)
    towns = sorted({texts.town(rng) for _ in range(14)})

    def select(label: str, options: list[str]) -> str:
        items = "".join(f'<option value="javascript:;">{esc(o)}</option>' for o in options)
        return (f'<select onchange="if(this.value){{window.open(this.value)}}"><option value="">'
                f"{esc(label)}</option>{items}</select>")

    depts = [f"{name}{d}" for _, d in DEPARTMENTS]
    offices = [unit + t for t in ["政府办公室", "信访局", "政务服务中心", "融媒体中心", "档案馆"]]
    hot = [name + t for t in ("政务服务网", "12345政务服务便民热线", "政府信息公开", "政府网站年度报表",
                              "互联网+督查", "政务新媒体矩阵", "国家政务服务平台", "我为政府网站找错")]
    blocks = [select("国家及各省政府网站", list(PORTALS)), select("县直部门网站", depts),
              select("乡镇(街道)网站", towns), select("其他网站", offices)]
    hot_links = "".join(f'<li><a href="javascript:;" title="{esc(h)}">{esc(h)}</a></li>' for h in hot)
    return (f'<div class="yqlj"><h4>友情链接</h4>{"".join(blocks)}</div>'
            f'<div class="bottom-links"><ul>{hot_links}</ul></div>')


# A static page of a site: (kind, *args), kind one of home, root, list, wzdt, group, gkindex,
# mindex, doc, print, att, moved. Routes are keyed by "path?query" (or "path").
Route = tuple


class SiteState:
    """One site built from its plan: docs (text unwritten), renderer, routes and handlers."""

    def __init__(self, web: BigWeb, plan: SitePlan):
        self.web, self.plan, self.site = web, plan, plan.site
        self.lock = threading.Lock()  # renderers keep per-page state (OldGBK.here)
        self.docs: dict[int, LazyDoc] = {}
        name = self.site.county.name
        self.news_sources = (f"{name}融媒体中心", f"{name}人民政府办公室", "本站", f"{name}新闻网",
                             f"{name}融媒体中心")
        self.filler_sources = (f"{name}人民政府办公室", f"{name}人民政府", f"{name}财政局",
                               f"{name}自然资源局", f"{name}人力资源和社会保障局")
        self.writers = {"news": self.write_news, "filler": self.write_filler}  # one bound method each
        model = SiteModel(self.site, {}, plan.clock, plan.siteid, list(self.site.links))
        names = dict(self.site.names)
        model.columns = {k: Column.of(k, names) for k in self.site.columns}
        self.make_docs(model)
        for col in model.columns.values():
            col.docs.sort(key=lambda d: (d.pub, d.uid), reverse=True)
        cls = web.renderer_class(self.site)
        self.r: Family = cls(model, rng_for(web.seed, self.site.key, "render"))
        self.r.directory = link_directory(web.seed, self.site)  # type: ignore[attr-defined]
        self.r.assign()
        self.m = model
        self.newest = max((d.modified or d.pub for d in model.docs), default=None)
        self.routes: dict[str, Route] = {}
        self.unlisted: set[str] = set()  # routes page_urls leaves out (aliases, redirects)
        self.handlers: dict[str, Handler] = {}
        self.prefixes: list[tuple[str, Handler]] = []
        self.extra_urls: list[str] = []  # dynamic pages page_urls lists (dataproxy, gkmlpt API)
        self.add_routes()

    # ------------------------------------------------------------------ docs
    def make_docs(self, model: SiteModel) -> None:
        web, site, plan = self.web, self.site, self.plan
        name, key, seed = site.county.name, site.key, web.seed
        for pr in plan.reports:
            self.add(model, web.report_doc(plan, pr))
        for uid, kind, col in plan.lookalikes:
            rng = rng_for(seed, key, "lookalike", uid)
            year = rng.randint(2019, 2023)
            pub = pub_time(rng, year + 1 if kind in ("xxgk_annual", "gov_work_report", "interpretation",
                                                     "shufa") else year)
            pub = min(pub, dt.datetime(2024, 12, 30))
            source = LOOKALIKE_SOURCES.get(kind, "{name}人民政府办公室").format(name=name)
            self.add(model, LazyDoc(uid, col, "lookalike", pub, source, (pub - dt.timedelta(days=3)).date(),
                                    self.write_lookalike, sub=kind, year=year))
        for uid, child, report_uid in plan.reposts:
            kid = web.plans[child]
            pr = next(p for p in kid.reports if p.uid == report_uid)
            rng = rng_for(seed, key, "repost", uid)
            original = web.report_doc(kid, pr)
            pub = original.pub + dt.timedelta(days=rng.randint(3, 40), hours=rng.randint(-3, 3))
            source = name.replace("市", "") + "市政府办公室"
            self.add(model, LazyDoc(uid, "xqbg", "republication", pub, source, pub.date(),
                                    lambda doc, kid=kid, pr=pr: web.report_text(kid, pr), original.title,
                                    key=pr.key, report=pr.report))
        n = ORDINARY_FROM
        for col, count in plan.counts.items():
            rng = rng_for(seed, key, "layout", col)  # one generator per column: building is cheap
            for _ in range(count):
                uid = web.planner_uid(plan.index, n)
                n += 1
                self.add(model, self.ordinary_doc(uid, col, rng.getrandbits(64)))

    def ordinary_doc(self, uid: int, col: str, bits: int) -> LazyDoc:
        """A news item in a news column, a notice or public document elsewhere.

        Its date and source come from ``bits`` (one 64-bit draw); its text is written on demand.
        """
        bits, year = divmod(bits, 6)
        bits, day = divmod(bits, 361)
        bits, hour = divmod(bits, 11)
        bits, minute = divmod(bits, 60)
        bits, pick = divmod(bits, 5)
        lag = bits % 10
        pub = dt.datetime(2019 + year, 1, 1, 8 + hour, minute) + dt.timedelta(days=day)
        if col in NEWS_COLUMNS:
            return LazyDoc(uid, col, "news", pub, self.news_sources[pick],
                           (pub - dt.timedelta(days=lag % 4)).date(), self.writers["news"])
        return LazyDoc(uid, col, "filler", pub, self.filler_sources[pick],
                       (pub - dt.timedelta(days=1 + lag % 9)).date(), self.writers["filler"],
                       sub=FILLER_KINDS.get(col, "disclosure"))

    def write_news(self, doc: LazyDoc) -> tuple[str, list[str]]:
        return news_text(self.web.seed, self.site.key, doc.uid, self.site.county.name, doc.pub.year)

    def write_filler(self, doc: LazyDoc) -> tuple[str, list[str]]:
        name = self.site.county.name
        return filler_text(self.web.seed, self.site.key, doc.uid, doc.sub, name, doc.pub.year)

    def write_lookalike(self, doc: LazyDoc) -> tuple[str, list[str]]:
        return lookalike_text(self.web.seed, self.site.key, doc.uid, doc.sub, self.site.county.name, doc.year)

    def add(self, model: SiteModel, doc: LazyDoc) -> None:
        model.columns[doc.column].docs.append(doc)
        self.docs[doc.uid] = doc

    # ------------------------------------------------------------------ routes
    def route(self, url: str, kind: str, *args: object, listed: bool = True) -> None:
        if url not in self.routes:
            self.routes[url] = (kind, *args)
            if not listed:
                self.unlisted.add(url)

    def add_routes(self) -> None:
        r, site = self.r, self.site
        self.route(r.home(), "home")
        root = r.root()
        self.route(r.p("/"), "root" if root else "home", listed=root is not None and root.status == 200)
        for key in r.static_columns():
            pages = self.pages(key, r.per_page)
            for page in range(pages):
                self.route(r.col_url(key, page), "list", key, page, pages)
            first = r.col_url(key)
            if first.endswith("/index." + r.ext):
                self.route(first.rsplit("/", 1)[0] + "/", "list", key, 0, pages, listed=False)
        self.route(r.p("/wzdt/"), "wzdt", listed=not isinstance(r, OldGBK))  # GBK pages do not link it
        if site.family == "generic" and site.variant == 3:
            for group in r.groups():  # type: ignore[attr-defined]
                self.route(f"/{group}/index.html", "group", group)
                self.route(f"/{group}/", "group", group, listed=False)
        if isinstance(r, Gkmlpt):
            self.gkmlpt_routes(r)
        for doc in self.m.docs:
            self.route(doc.path, "doc", doc.uid)
            if "print" in doc.extras:
                self.route(r.print_url(doc), "print", doc.uid)
            for n, att in enumerate(doc.attachments):
                self.route(att.path, "att", doc.uid, n)
                if att.href != att.path and att.href.startswith("/"):
                    self.route(att.href, "moved", att.path, listed=False)
        for path, handler in r.handlers().items():
            self.handlers[path] = handler
        for prefix, handler in r.prefix_handlers().items():
            self.prefixes.append((site.prefix + prefix, handler))
        viewer = Resource(b'<html><head><meta charset="utf-8"><title>PDF.js viewer</title>'
                          b'<script src="viewer.js"></script></head><body><div id="viewerContainer">'
                          b"</div></body></html>", modified=STATIC_TIME)
        self.handlers[site.prefix + "/pdfjs/web/viewer.html"] = lambda req: viewer
        for prefix in ASSET_PREFIXES:
            self.prefixes.append((site.prefix + prefix, asset_handler))
        if isinstance(r, Hanweb):
            self.hanweb_urls(r)
        self.add_traps()

    def pages(self, key: str, per_page: int) -> int:
        return max(1, -(-len(self.m.columns[key].listed) // per_page))

    def gkmlpt_routes(self, r: Gkmlpt) -> None:
        gk = r.gk_columns()
        self.gk_docs = sorted((d for k in gk for d in self.m.columns[k].listed),
                              key=lambda d: (d.pub, d.uid), reverse=True)
        if self.plan.fallback == "pages":
            pages = max(1, -(-len(self.gk_docs) // r.per_page))
            for page in range(pages):
                self.route("/gkmlpt/index" if page == 0 else f"/gkmlpt/index_{page + 1}.html",
                           "gkindex", page, pages)
        else:
            self.route("/gkmlpt/index", "gkindex", 0, 1)
        self.route("/gkmlpt/", "gkindex", 0, 1, listed=False)
        if self.plan.fallback == "noscript":
            for key in gk:
                pages = self.pages(key, r.per_page)
                for page in range(pages):
                    self.route(r.mindex_url(key, page), "mindex", key, page, pages)
        for key in gk:
            for page in range(self.pages(key, r.per_page)):
                self.extra_urls.append(f"/gkmlpt/api/all/{r.cid(key)}?page={page + 1}&sid={r.sid()}")

    def hanweb_urls(self, r: Hanweb) -> None:
        """The dataproxy pages of every column, as GET URLs (the site itself POSTs variant 0)."""
        for key in r.static_columns():
            total = len(self.m.columns[key].listed)
            if r.v == 0:
                for start in range(1, total + 1, 60):
                    self.extra_urls.append(f"{r.proxy_path()}?startrecord={start}&endrecord={start + 59}"
                                           f"&perpage=20&columnid={r.col_id(key)}")
            else:
                for page in range(1, -(-total // r.visible) + 1):
                    self.extra_urls.append(f"{r.proxy_path()}?page={page}&perpage={r.visible}"
                                           f"&columnid={r.col_id(key)}")

    def add_traps(self) -> None:
        site, r = self.site, self.r
        if site.parent:
            return
        news = sorted((d for d in self.m.docs if d.kind == "news"), key=lambda d: (d.pub, d.uid),
                      reverse=True)
        if "calendar" in site.quirks:
            self.handlers["/calendar/"] = calendar_handler
            self.handlers["/events/"] = events_handler
        if "search" in site.quirks:
            self.handlers["/search/"] = search_handler([d for d in self.m.docs if d.kind != "news"])
        if "pagetrap" in site.quirks:
            handler = page_trap_handler(r, news)
            self.handlers["/list/"] = handler
            self.prefixes.append(("/list/page/", handler))
        if "starttrap" in site.quirks:
            self.handlers["/xwzx/more.jsp"] = start_trap_handler(r, news)
        if "session" in site.quirks:
            self.prefixes.append(("/(S(", self.session))

    # ------------------------------------------------------------------ answers
    def resolve(self, req: Request) -> Resource:
        path = unquote(req.path)
        route = self.routes.get(f"{path}?{req.query}" if req.query else path)
        if route is not None:
            return self.render(route)
        handler = self.handlers.get(req.path)
        if handler is not None:
            return handler(req)
        for prefix, handler in self.prefixes:
            if req.path.startswith(prefix):
                return handler(req)
        path = re.sub(r";jsessionid=[^/?]*", "", path)
        query = urlencode([(k, v) for k, v in parse_qsl(req.query, keep_blank_values=True) if k != "sid"],
                          safe="/")
        route = self.routes.get(f"{path}?{query}" if query else path)
        return self.render(route) if route is not None else Resource(NOT_FOUND, status=404)

    def session(self, req: Request) -> Resource:
        """ASP.NET cookieless sessions: ``/(S(<id>))/<path>`` serves ``/<path>`` with new ids."""
        m = re.match(r"/\(S\(([a-z0-5]{1,32})\)\)(/.*)", req.path)
        if not m:
            return Resource(NOT_FOUND, status=404)
        route = self.routes.get(m.group(2) + (f"?{req.query}" if req.query else ""))
        if route is None:
            return Resource(NOT_FOUND, status=404)
        res = self.render(route)
        if res.status != 200 or not res.ctype.startswith("text/html"):
            return res
        fresh = session_id("next", m.group(1), m.group(2), req.query).encode()
        body = re.sub(rb"/\(S\([a-z0-5]{24}\)\)/", b"/(S(" + fresh + b"))/", res.body)
        return Resource(body, res.ctype, modified=res.modified)

    def render(self, route: Route) -> Resource:
        r, kind, args = self.r, route[0], route[1:]
        if kind == "moved":
            return Resource(b"", status=302, headers=(("Location", args[0]),))
        if kind == "att":
            doc = self.docs[args[0]]
            att = doc.attachments[args[1]]
            return Resource(self.web.attachment_bytes(self.plan, doc, att), ATTACHMENT_TYPES[att.ext],
                            modified=doc.pub)
        with self.lock:
            if isinstance(r, OldGBK):  # its session ids depend on the page being rendered
                r.here = kind + repr(args)
            if kind == "home":
                return r.res(r.render_home(), self.newest)
            if kind == "root":
                root = r.root()
                assert root is not None
                return root
            if kind == "list":
                key, page, pages = args
                listed = self.m.columns[key].listed
                docs = listed[page * r.per_page : (page + 1) * r.per_page]
                stamp = max((d.modified or d.pub for d in docs), default=None)
                return r.res(r.render_list(key, page, pages, docs), stamp)
            if kind in ("doc", "print"):
                doc = self.docs[args[0]]
                doc.paras = doc.paras  # write the text once for the whole page
                try:
                    text = r.render_doc(doc) if kind == "doc" else r.render_print(doc)
                finally:
                    doc.paras = None
                return r.res(text, doc.modified or doc.pub)
            if kind == "wzdt":
                sitemap = "".join(f'<li><a href="{r.col_url(k)}">{esc(c.name)}</a></li>'
                                  for k, c in self.m.columns.items() if r.reach(k) == "nav")
                return r.res(r.page("网站地图_" + self.m.name, f'<ul class="wzdt">{sitemap}</ul>'), None)
            if kind == "group":
                return r.res(self.group_page(args[0]), None)
            if kind == "gkindex":
                return self.gk_index(*args)
            if kind == "mindex":
                return self.mindex(*args)
        raise ValueError(kind)

    def group_page(self, group: str) -> str:
        r = self.r
        kids = r.groups()[group]  # type: ignore[attr-defined]
        items = "".join(f'<li><a href="{href}">{esc(name)}</a></li>' for name, href in kids)
        trail = (f'<div class="crumbs">您所在的位置:<a href="{r.home()}">首页</a> &gt; '
                 f"{GROUPS.get(group, group)}</div>")
        return r.page(GROUPS.get(group, group) + "_" + self.m.name,
                      f'{trail}<div class="gk_tree"><ul>{items}</ul></div>')

    def gk_index(self, page: int, pages: int) -> Resource:
        r = self.r
        assert isinstance(r, Gkmlpt)
        if self.plan.fallback == "pages":
            chunk = self.gk_docs[page * r.per_page : (page + 1) * r.per_page]
            stamp = max((d.modified or d.pub for d in chunk), default=None)
            return r.res(r.gk_index(page, pages, chunk, len(self.gk_docs)), stamp)
        newest = max((d.modified or d.pub for d in self.gk_docs), default=None)
        return r.res(r.gk_index(), newest)

    def mindex(self, key: str, page: int, pages: int) -> Resource:
        r = self.r
        assert isinstance(r, Gkmlpt)
        listed = self.m.columns[key].listed
        chunk = listed[page * r.per_page : (page + 1) * r.per_page]
        pager = r.number_pager(lambda n: r.mindex_url(key, n), page, pages, len(listed))
        name = self.m.columns[key].name
        main = (f'{r.crumbs(key)}<div class="column"><h3>{esc(name)}</h3><table class="gk-table">'
                f"{r.gk_rows(chunk)}</table>{pager}</div>")
        stamp = max((d.modified or d.pub for d in chunk), default=None)
        return r.res(r.page(name + "_" + self.m.name, main), stamp)

    def page_urls(self) -> Iterator[str]:
        """Every page of the site that answers 200 once, by its canonical path."""
        for url in self.routes:
            if url not in self.unlisted:
                yield url
        yield from self.extra_urls


# ---------------------------------------------------------------------- the web


class BigWeb:
    """The large simulated web: a plan, and sites built from it on request.

    Duck-type compatible with :class:`simweb.SimWeb` for :class:`simweb.SimServer`
    (``hosts``, ``resolve``, ``respond``); ``truth`` and ``seed_rows()`` have the test web's format.

    Attributes:
        seed, sites, pages_per_site: the arguments of :func:`build_big_web`.
        plans: one :class:`SitePlan` per site, in order.
        cache_sites: how many built sites the LRU cache keeps; by default all of them (~0.45 MB a
            site), because a crawl visits every site round-robin, which an LRU cache smaller than
            the web always misses.
        builds: how many times a site was built (cache misses), for the benchmark's report.
    """

    def __init__(self, seed: int, sites: int, pages_per_site: int, cache_sites: int | None = None):
        self.seed, self.sites, self.pages_per_site = seed, sites, pages_per_site
        self.planner = Planner(seed, sites, pages_per_site)
        self.plans = self.planner.plan()
        self.cache_sites = cache_sites or len(self.plans)
        self.builds = 0
        self._cache: collections.OrderedDict[int, SiteState] = collections.OrderedDict()
        self._lock = threading.Lock()
        self._files_lock = threading.Lock()
        self._classes: dict[type[Family], type[Family]] = {}
        self._robots: dict[str, bytes] = {}
        self.host_sites: dict[str, list[SitePlan]] = collections.defaultdict(list)
        self.aliases: dict[str, str] = {}
        self.redirects: dict[str, Handler] = {}
        self.https_only: set[str] = set()
        for plan in self.plans:
            site = plan.site
            self.host_sites[site.host].append(plan)
            for alias in site.aliases:
                if plan.alias_redirect:
                    self.redirects[alias] = redirect_handler(f"{site.scheme}://{site.host}/", 301)
                else:
                    self.aliases[alias] = site.host
            if "http_to_https" in site.quirks:
                self.https_only.add(site.host)
            if site.parent:
                home = url_renderer(site).home()
                for source in site.redirect_from:
                    self.redirects[source] = redirect_handler(f"{site.scheme}://{site.host}{home}",
                                                              site.redirect_status)
        for plans in self.host_sites.values():  # longest prefix first
            plans.sort(key=lambda p: len(p.site.prefix), reverse=True)
        self.hosts = set(self.host_sites) | set(self.aliases) | set(self.redirects)

    # ------------------------------------------------------------------ building sites
    def planner_uid(self, index: int, n: int) -> int:
        return self.planner.uid(index, n)

    def renderer_class(self, site: Site) -> type[Family]:
        """The family renderer of a site with the heavier portal chrome mixed in."""
        base = family_class(site.family, site.variant)
        if base not in self._classes:
            self._classes[base] = type("Big" + base.__name__, (HeavyChrome, base), {})
        return self._classes[base]

    def build(self, index: int) -> SiteState:
        """Build a site from its plan (uncached)."""
        return SiteState(self, self.plans[index])

    def state(self, index: int) -> SiteState:
        """A built site, from the LRU cache or built now."""
        with self._lock:
            st = self._cache.get(index)
            if st is not None:
                self._cache.move_to_end(index)
                return st
        st = self.build(index)  # outside the lock: two threads may both build; both are equal
        with self._lock:
            self.builds += 1
            st = self._cache.setdefault(index, st)
            self._cache.move_to_end(index)
            while len(self._cache) > self.cache_sites:
                self._cache.popitem(last=False)
        return st

    def report_doc(self, plan: SitePlan, pr: PlannedReport) -> LazyDoc:
        """The page doc of a true report, with its attachment (bytes made on request)."""
        rep = pr.report
        pub = dt.datetime.strptime(rep.date, "%Y-%m-%d %H:%M")
        rng = rng_for(self.seed, plan.site.key, "report-page", pr.uid)
        written = (pub - dt.timedelta(days=rng.randint(2, 20))).date()
        doc = LazyDoc(pr.uid, rep.column, "report", pub, rep.publisher, written,
                      lambda doc: self.report_page_text(plan, pr), rep.title,
                      form=rep.form, report=rep, extras=rep.extras, key=pr.key)
        if rep.form != "html":
            ext = {"html+pdf": "pdf", "scan": "pdf"}.get(rep.form, rep.form)
            label = doc.plain_title + ("(扫描件)" if rep.form == "scan" else "") + "." + ext
            doc.attachments = [Attachment(label, ext, b"", text_layer=rep.form != "scan")]
        return doc

    def report_text(self, plan: SitePlan, pr: PlannedReport) -> tuple[str, list[str]]:
        """A report's title and full text."""
        rep = pr.report
        rng = rng_for(self.seed, plan.site.key, "report", pr.uid)
        place = pr.place + ("司法局" if rep.issuer else "")
        paras = texts.make_report(rng, place, rep.year)
        if rep.first_year:
            paras[0] = texts.multiyear_intro(rng, place, rep.first_year, rep.year)
        return rep.title, paras

    def report_page_text(self, plan: SitePlan, pr: PlannedReport) -> tuple[str, list[str]]:
        """What a report's page shows: the full text, or an intro sentence for an attachment."""
        title, paras = self.report_text(plan, pr)
        if pr.report.form in ("html", "html+pdf"):
            return title, paras
        rng = rng_for(self.seed, plan.site.key, "intro", pr.uid)
        plain = title.replace("|", "")
        return title, [rng.choice(INTROS).format(title=plain, name=pr.place)]

    def attachment_bytes(self, plan: SitePlan, doc: Doc, att: Attachment) -> bytes:
        """A report's attachment, made now (10-30 ms for PDF and DOCX)."""
        pr = next(p for p in plan.reports if p.uid == doc.uid)
        if pr.report.form == "scan":
            return files.make_scan_pdf(doc.uid)
        _, paras = self.report_text(plan, pr)
        maker = {"pdf": files.make_pdf, "docx": files.make_docx, "doc": files.make_doc}[att.ext]
        with self._files_lock:  # reportlab registers its font in module state
            return maker(doc.plain_title, paras)

    # ------------------------------------------------------------------ answering
    def robots(self, host: str) -> bytes:
        """robots.txt of a host: its sites' Disallow rules, ``{col:KEY}`` resolved."""
        if host not in self._robots:
            rules: list[str] = []
            for plan in self.host_sites[host]:
                for rule in self.disallowed(plan.site):
                    if rule not in rules:
                        rules.append(rule)
            lines = ["User-agent: *", *(f"Disallow: {p}" for p in rules)]
            root = self.host_sites[host][-1].site
            if root.sitemap:
                lines.append(f"Sitemap: {root.scheme}://{host}/sitemap.xml")
            self._robots[host] = ("\n".join(lines) + "\n").encode()
        return self._robots[host]

    def disallowed(self, site: Site) -> list[str]:
        out = []
        for rule in site.disallow:
            m = re.fullmatch(r"\{col:(\w+)\}", rule)
            out.append(url_renderer(site).col_prefix(m.group(1)) if m else rule)
        return out

    def resolve(self, req: Request) -> Resource | None:
        """Answer a request (None: unknown host)."""
        host = req.host.lower().split(":")[0]
        if host not in self.hosts:
            return None
        if host in self.redirects:
            return self.redirects[host](req)
        if req.scheme == "http" and host in self.https_only:
            target = f"https://{host}{req.path}" + (f"?{req.query}" if req.query else "")
            return Resource(b"", status=301, headers=(("Location", target),))
        host = self.aliases.get(host, host)
        plans = self.host_sites[host]
        if req.path == "/robots.txt":
            return Resource(self.robots(host), "text/plain", modified=STATIC_TIME)
        if req.path == "/sitemap.xml" and plans[-1].site.sitemap:
            return Resource(self.sitemap(plans[-1]), "application/xml", modified=STATIC_TIME)
        for plan in plans:
            prefix = plan.site.prefix
            if not prefix or req.path == prefix or req.path.startswith(prefix + "/"):
                return self.state(plan.index).resolve(req)
        return Resource(NOT_FOUND, status=404)

    def respond(self, req: Request, state: dict) -> Resource | None:
        """Resolve a request, answering conditional requests with 304 like the test web."""
        res = self.resolve(req)
        if res is None or res.status != 200:
            return res
        return answer_conditional(req, res)

    def sitemap(self, plan: SitePlan) -> bytes:
        st = self.state(plan.index)
        base = f"{plan.site.scheme}://{plan.site.host}"
        blocked = self.disallowed(plan.site)
        urls = [st.r.home()] + [st.r.col_url(k) for k in st.m.columns]
        urls += [d.path for d in st.m.docs
                 if not any(d.path.startswith(b) or st.r.col_url(d.column).startswith(b) for b in blocked)]
        body = "".join(f"<url><loc>{esc(base + u)}</loc></url>" for u in urls)
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                f'"http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>').encode()

    # ------------------------------------------------------------------ listing
    def seed_rows(self) -> list[dict[str, str]]:
        """Seed-list rows (name, url, level, province, city, adcode), one per site."""
        return [{"name": p.site.county.name, "url": p.seed_url, "level": p.level,
                 "province": p.site.county.province, "city": p.site.county.city,
                 "adcode": p.site.county.adcode} for p in self.plans]

    def page_urls(self) -> Iterator[str]:
        """Every URL of the web that answers 200, site after site (sites built one at a time).

        Listed once each by canonical path: not robots.txt, directory aliases, redirects or
        trap pages; with the Hanweb dataproxy and gkmlpt API pages as GET URLs.
        """
        for plan in self.plans:
            base = f"{plan.site.scheme}://{plan.site.host}"
            for path in self.build(plan.index).page_urls():
                yield base + path
            if not plan.site.parent and plan.site.sitemap:
                yield base + "/sitemap.xml"

    @cached_property
    def page_count(self) -> int:
        """How many URLs :meth:`page_urls` lists (every site is built once to count; ~2 s)."""
        return sum(1 for _ in self.page_urls())

    # ------------------------------------------------------------------ truth
    @cached_property
    def truth(self) -> dict:
        """The truth of the whole web, in the test web's format (bodies included; ~3 s, ~20 MB)."""
        return self.make_truth()

    def make_truth(self, indices: list[int] | None = None) -> dict:
        """The truth, restricted to the reports and look-alikes of some sites when asked."""
        chosen = sorted(set(range(len(self.plans)) if indices is None else indices))
        wanted = set(chosen)
        blocked: dict[str, list[str]] = {}
        reports, lookalikes, traps = [], [], []
        reposts: dict[str, list[dict]] = collections.defaultdict(list)
        parents = {p.index for p in self.plans if p.children and (wanted & set(p.children))}
        for index in sorted(wanted | parents):
            plan = self.plans[index]
            site = plan.site
            base = f"{site.scheme}://{site.host}"
            root = self.host_sites[site.host][-1].site
            host_blocked = [f"{root.scheme}://{root.host}{p}" for p in self.robots_rules(site.host)]
            blocked[site.host] = host_blocked

            def findable(url: str, col_url: str, host_blocked: list[str] = host_blocked) -> bool:
                return not any(url.startswith(b) or col_url.startswith(b) for b in host_blocked)

            st = self.build(index)
            for doc in st.m.docs:
                if doc.kind == "republication":
                    url = base + doc.path
                    reposts[doc.key].append({"url": url, "kind": "republication",
                                             "findable": findable(url, base + st.r.col_url(doc.column))})
            if index not in wanted:
                continue
            for pr in plan.reports:
                doc = st.docs[pr.uid]
                col_url = base + st.r.col_url(doc.column)
                copies = []
                if doc.form in ("html", "html+pdf"):
                    copies.append({"url": base + doc.path, "kind": "html"})
                if "print" in doc.extras:
                    copies.append({"url": base + st.r.print_url(doc), "kind": "print"})
                for att in doc.attachments:
                    copies.append({"url": urljoin(base + doc.path, att.href), "kind": att.ext,
                                   "via": base + doc.path, "text_layer": att.text_layer})
                for c in copies:
                    c["findable"] = findable(c["url"], col_url)
                rep = pr.report
                reports.append({
                    "key": pr.key, "title": doc.plain_title, "region": pr.place,
                    "province": site.county.province, "city": site.county.city,
                    "report_year": rep.year, "publisher": doc.source, "publish_date": doc.date,
                    "issuer_kind": "department" if rep.issuer else "government",
                    "body": "\n".join(self.report_text(plan, pr)[1]),
                    "copies": copies, "preferred_url": copies[0]["url"], "site": site.key,
                })
            lookalikes += [{"url": base + d.path, "title": d.plain_title, "kind": d.sub}
                           for d in st.m.docs if d.kind == "lookalike"]
            if not site.parent:
                for quirk, prefixes in (("calendar", ("/calendar/", "/events/")), ("search", ("/search/",)),
                                        ("pagetrap", ("/list/page/",)), ("starttrap", ("/xwzx/more.jsp",)),
                                        ("session", ("/(S(",))):
                    if quirk in site.quirks:
                        traps += [base + p for p in prefixes]
        for rep in reports:
            rep["copies"] += reposts.get(rep["key"], [])
        return {
            "seed": self.seed, "round": 1, "reports": reports, "lookalikes": lookalikes,
            "robots_disallowed": sorted({b for v in blocked.values() for b in v}),
            "traps": traps, "hangs": [], "flaky": [], "changes": {"new": [], "edited": [], "deleted": []},
        }

    def robots_rules(self, host: str) -> list[str]:
        return [line.split(": ", 1)[1] for line in self.robots(host).decode().splitlines()
                if line.startswith("Disallow: ")]


def build_big_web(sites: int = 320, pages_per_site: int = 320, seed: int = 0) -> BigWeb:
    """Plan the large simulated web; pages are made when they are requested.

    Args:
        sites: how many sites (seed rows); every 20th starts a city platform with two county
            sub-sites on its host.
        pages_per_site: article pages per site (reports, look-alikes, news, notices); each site
            adds list pages, a home page and attachments.
        seed: seed of every random choice; the same arguments give byte-identical pages.

    Returns:
        The web, ready for ``SimServer(web)``.
    """
    return BigWeb(seed, sites, pages_per_site)


# ---------------------------------------------------------------------- measuring


def rss_mb() -> float:
    """Peak resident memory of this process, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_test(proxy: str, urls: list[str], clients: int = 32, seconds: float = 20.0) -> dict:
    """Fetch ``urls`` (http only, absolute-URI through the proxy) from ``clients`` threads.

    Each client keeps one connection to the proxy and sends gzip-accepting GETs, as Scrapy does.
    Returns requests, seconds, requests per second and the status counts.
    """
    import http.client

    parts = urlsplit(proxy)
    plain = [u for u in urls if u.startswith("http://")]
    statuses: collections.Counter[int] = collections.Counter()
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        seen: collections.Counter[int] = collections.Counter()
        i = offset
        while time.monotonic() < stop:
            url = plain[i % len(plain)]
            i += clients
            try:
                conn.request("GET", url, headers={"Host": urlsplit(url).netloc,
                                                  "Accept-Encoding": "gzip, deflate"})
                res = conn.getresponse()
                res.read()
                seen[res.status] += 1
            except (OSError, http.client.HTTPException):
                seen[0] += 1
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        conn.close()
        with lock:
            statuses.update(seen)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    total = sum(statuses.values())
    return {"requests": total, "seconds": round(elapsed, 1), "rps": round(total / elapsed, 1),
            "statuses": dict(statuses)}


def main(argv: list[str] | None = None) -> int:
    """Serve the big web, write its seeds, URLs or truth, or load-test a running server."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bigweb", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=320, help="sites (default 320)")
    parser.add_argument("--pages", type=int, default=320, help="article pages per site (default 320)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    parser.add_argument("--port", type=int, help="serve the proxy on 127.0.0.1:PORT until Ctrl-C")
    parser.add_argument("--seeds-out", help="write the seed list CSV here")
    parser.add_argument("--urls-out", help="write page_urls(), one per line, here")
    parser.add_argument("--truth-out", help="write the truth JSON here")
    parser.add_argument("--load-test", metavar="PROXY", help="load-test the proxy at PROXY with --urls")
    parser.add_argument("--urls", help="URL file for --load-test")
    parser.add_argument("--clients", type=int, default=32, help="load-test clients (default 32)")
    parser.add_argument("--seconds", type=float, default=20, help="load-test duration (default 20)")
    args = parser.parse_args(argv)
    if args.load_test:
        urls = Path(args.urls).read_text(encoding="utf-8").split()
        print(load_test(args.load_test, urls, args.clients, args.seconds))
        return 0
    started = time.monotonic()
    web = build_big_web(args.sites, args.pages, args.seed)
    print(f"planned {len(web.plans)} sites in {time.monotonic() - started:.2f} s, RSS {rss_mb():.0f} MB",
          file=sys.stderr)
    if args.seeds_out:
        with open(args.seeds_out, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, SEED_FIELDS)
            writer.writeheader()
            writer.writerows(web.seed_rows())
    if args.urls_out:
        with open(args.urls_out, "w", encoding="utf-8") as fh:
            count = sum(fh.write(url + "\n") > 0 for url in web.page_urls())
        print(f"{count} URLs written to {args.urls_out}", file=sys.stderr)
    if args.truth_out:
        import json

        with open(args.truth_out, "w", encoding="utf-8") as fh:
            json.dump(web.truth, fh, ensure_ascii=False)
    if args.port is not None:
        serve(web, args.port)
    return 0


def serve(web: BigWeb, port: int) -> None:
    """Serve until interrupted, printing the RSS and request count every 30 seconds."""
    import contextlib
    import signal

    from simweb import SimServer

    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with SimServer(web, port=port) as server:  # type: ignore[arg-type]
        print(f"bigweb: {len(web.plans)} sites, proxy at {server.proxy_url}", file=sys.stderr, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while not done.wait(30):
                count = len(server.request_log)
                server.request_log.clear()  # the log would grow by ~1 KB a request
                print(f"bigweb: {count} requests in 30 s, peak RSS {rss_mb():.0f} MB, "
                      f"{web.builds} site builds", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
