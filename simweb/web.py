"""Build the simulated county web from the spec: resources, dynamic handlers, seed rows, truth.

:func:`build_web` renders every site of ``spec.sites()`` with its family renderer into a
:class:`SimWeb`, a map of (host, path?query) to :class:`~.model.Resource` plus dynamic handlers
(Hanweb dataproxy, gkmlpt JSON, calendar and events traps, endless ``/page/`` and ``?start=``
pagers, ASP.NET session ids, site search, 503-once, a page that never answers, host redirects,
the big5 gateway). ``profile`` picks the sites: ``base`` (``spec.sites()``) or ``discovery``
(those plus ``discovery.sites()``, a larger web for the discovery benchmark). Every random
choice is drawn from a generator seeded by (seed, site, item), so one seed gives a
byte-identical web, and the round-2 web differs from round 1 only in the pages that its
changes touch. :attr:`SimWeb.truth` lists the true reports
with all their copies, the look-alikes, robots exclusions, traps and round-2 changes.
"""

from __future__ import annotations

import datetime as dt
import html
import random
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import cached_property
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin

from . import discovery, files, texts
from .families import Family, digest, esc, family_class, session_id
from .model import STATIC_TIME, Attachment, Column, Doc, Handler, Request, Resource, SiteModel
from .spec import NEWS_COLUMNS, Report, Site, sites

PROFILES = ("base", "discovery", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
            "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15",
            "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23",
            "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30",
            "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39",
            "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48",
            "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57",
            "blind58", "blind59", "kinds",
            "kinds2", "kinds3", "kinds4", "kinds5", "kinds6", "kinds7", "docweb")

LOOKALIKE_SOURCES = {"shufa": "{name}司法局", "interpretation": "{name}司法局",
                     "text_interp": "{name}司法局", "template": "本站"}
INTROS = [
    "现将《{title}》予以公开,详见附件。",
    "根据《法治政府建设与责任落实督察工作规定》要求,现将《{title}》向社会公开,详见附件。",
    "《{title}》已经{name}人民政府常务会议审议通过,现予以公开。",
]


@dataclass
class SimWeb:
    """The whole simulated web: static resources, dynamic handlers, seed rows and truth."""

    seed: int
    round: int
    resources: dict[tuple[str, str, str], Resource] = field(default_factory=dict)
    handlers: dict[tuple[str, str], Handler] = field(default_factory=dict)
    prefix_handlers: list[tuple[str, str, Handler]] = field(default_factory=list)
    https_only: set[str] = field(default_factory=set)
    aliases: dict[str, str] = field(default_factory=dict)
    rows: list[dict[str, str]] = field(default_factory=list)
    truth: dict = field(default_factory=dict)

    @cached_property
    def hosts(self) -> set[str]:
        """Every host the web answers for (computed once, after the build)."""
        return ({key[0] for key in self.resources} | {h for h, _ in self.handlers}
                | {h for h, _, _ in self.prefix_handlers} | set(self.aliases))

    def seed_rows(self) -> list[dict[str, str]]:
        """Seed-list rows (name, url, level, province, city, adcode), one per start site."""
        return [dict(row) for row in self.rows]

    def lookup(self, host: str, path: str, query: str = "") -> Resource | None:
        """The static resource at host/path?query, ignoring session ids; None if there is none."""
        host = self.aliases.get(host, host)
        if (host, path, query) in self.resources:
            return self.resources[(host, path, query)]
        path = re.sub(r";jsessionid=[^/?]*", "", path)
        query = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                           if k != "sid"], safe="/")
        return self.resources.get((host, path, query))

    def resolve(self, req: Request) -> Resource | None:
        """Answer a request (None: unknown host)."""
        host = req.host.lower().split(":")[0]
        if host not in self.hosts:
            return None
        if req.scheme == "http" and host in self.https_only:
            target = f"https://{host}{req.path}" + (f"?{req.query}" if req.query else "")
            return Resource(b"", status=301, headers=(("Location", target),))
        host = self.aliases.get(host, host)
        static = self.resources.get((host, unquote(req.path), req.query))
        if static is not None:
            return static
        handler = self.handlers.get((host, req.path))
        if handler:
            return handler(req)
        for h, prefix, handler in self.prefix_handlers:
            if h == host and req.path.startswith(prefix):
                return handler(req)
        found = self.lookup(host, unquote(req.path), req.query)
        return found or Resource(NOT_FOUND, status=404)

    def respond(self, req: Request, state: dict) -> Resource | None:
        """Resolve a request, applying 503-once and conditional-request (304) rules."""
        res = self.resolve(req)
        if res is None or res.status != 200:
            return res
        if res.flaky:
            seen = state.setdefault("flaky_seen", set())
            key = (req.host, req.path, req.query)
            if key not in seen:
                seen.add(key)
                return Resource(b"<h1>503 Service Unavailable</h1>", status=503,
                                headers=(("Retry-After", "1"),))
        return answer_conditional(req, res)


def answer_conditional(req: Request, res: Resource) -> Resource:
    """A 304 for a conditional request the resource has not changed since, else the resource."""
    headers = {k.lower(): v for k, v in req.headers.items()}
    etag = headers.get("if-none-match")
    since = headers.get("if-modified-since")
    if (etag and res.etag in etag) or (not etag and since and not_modified(since, res)):
        return Resource(b"", res.ctype, status=304, modified=res.modified)
    return res


def not_modified(since: str, res: Resource) -> bool:
    """Whether an If-Modified-Since value is at or after the resource's Last-Modified."""
    try:
        return parsedate_to_datetime(since) >= parsedate_to_datetime(res.last_modified)
    except (TypeError, ValueError):
        return False


NOT_FOUND = ("<html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404</h1>"
             "<p>抱歉,您访问的页面不存在或已被删除!</p><a href=\"/\">返回首页</a>"
             "</body></html>").encode()


def rng_for(seed: int, *parts: object) -> random.Random:
    """A generator seeded by the web seed and the item's identity."""
    return random.Random(f"{seed}|" + "|".join(map(str, parts)))


def pub_time(rng: random.Random, year: int) -> dt.datetime:
    """A plausible publish time in ``year``."""
    day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 360))
    return dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59))


class Builder:
    """Builds the site models, renders them and collects the truth."""

    def __init__(self, seed: int, round: int, profile: str = "base"):
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r} (expected one of {PROFILES})")
        self.seed, self.round = seed, round
        self.web = SimWeb(seed, round)
        self.specs = {s.key: s for s in self.chosen_sites(profile)}
        self.models: dict[str, SiteModel] = {}
        self.renderers: dict[str, Family] = {}
        self.reports: list[tuple[Doc, SiteModel]] = []

    # ------------------------------------------------------------------ hooks
    # The holdout profile (``holdout.HoldoutBuilder``) overrides these to bring its own sites,
    # columns, templates, texts and mirrors; the defaults give the base and discovery webs.
    def chosen_sites(self, profile: str) -> list[Site]:
        """The sites of a profile, in build order."""
        return sites() + (discovery.sites() if profile == "discovery" else [])

    def make_column(self, key: str, names: dict[str, str], site: Site) -> Column:
        """A site's column from the column table."""
        return Column.of(key, names)

    def renderer_class(self, site: Site) -> type[Family]:
        """The template class that renders a site."""
        return family_class(site.family, site.variant)

    def report_text(self, rng: random.Random, report: Report, site: Site,
                    name: str) -> tuple[str, list[str]]:
        """The title and paragraphs of a report (a seed text or a synthetic one)."""
        if report.seed:
            seed_text = texts.load_seed(report.seed)
            return seed_text.title, list(seed_text.paragraphs)
        title = report.title.format(name=name, year=report.year, city=site.county.city,
                                    first=report.first_year)
        place = name + ("司法局" if report.issuer else "")
        paras = texts.make_report(rng, place, report.year)
        if report.first_year:
            paras[0] = texts.multiyear_intro(rng, place, report.first_year, report.year)
        return title, paras

    def lookalike_text(self, rng: random.Random, kind: str, name: str,
                       year: int) -> tuple[str, list[str]]:
        """The title and paragraphs of a look-alike document."""
        return texts.make_lookalike(rng, kind, name, year)

    def intro_text(self, rng: random.Random, title: str, name: str) -> str:
        """The one-sentence page that introduces a report published as an attachment."""
        return rng.choice(INTROS).format(title=title, name=name)

    def mirror_copies(self, site: Site, doc: Doc, base: str) -> list[dict]:
        """Truth copies of a report on the site's mirrors (the big5 gateway)."""
        if "gate" in site.quirks and doc.form in ("html", "html+pdf"):
            return [{"url": f"{base}/gate/big5/{site.host}{doc.path}", "kind": "mirror"}]
        return []

    # ------------------------------------------------------------------ content
    def model(self, site: Site) -> SiteModel:
        rng = rng_for(self.seed, site.key, "site")
        names = dict(site.names)
        columns = {k: self.make_column(k, names, site) for k in site.columns}
        if site.parent:
            siteid = self.models[site.parent].siteid
        else:
            siteid = site.county.adcode[:6] + f"{rng.randint(1, 40):04d}"
        clock = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
        model = SiteModel(site, columns, clock, siteid, list(site.links))
        base = rng.randint(100, 900) * 100
        for i, report in enumerate(site.reports):
            if report.round_added <= self.round and not (
                report.deleted_in and self.round >= report.deleted_in
            ):
                self.add_report(model, report, base + 1 + i * 7)
        for i, (kind, col) in enumerate(site.lookalikes):
            self.add_lookalike(model, kind, col, base + 300 + i * 3)
        news_cols = [k for k in NEWS_COLUMNS if k in columns]
        for i in range(site.news):
            key = news_cols[i % len(news_cols)] if i % 3 else news_cols[0]
            self.add_news(model, key, base + 1000 + i)
        for key, count in site.padding:  # recent news that pushes reports off the first page
            for i in range(count):
                self.add_news(model, key, base + 2000 + i * 2 + (key == "gzcx"), (2023, 2024))
        for n, (key, kind, count, first, last) in enumerate(site.fillers):
            for i in range(count):
                self.add_filler(model, key, kind, base + 3000 + n * 300 + i, (first, last))
        return model

    def add_filler(self, model: SiteModel, col: str, kind: str, uid: int,
                   years: tuple[int, int]) -> None:
        """A notice or other public document, dated within ``years``."""
        name = model.site.county.name
        rng = rng_for(self.seed, model.site.key, "filler", uid)
        pub = pub_time(rng, rng.randint(*years))
        title, paras = texts.make_filler(rng, kind, name, pub.year)
        source = rng.choice([f"{name}人民政府办公室", f"{name}人民政府", f"{name}财政局",
                             f"{name}自然资源局", f"{name}人力资源和社会保障局"])
        doc = Doc(uid, col, "filler", title, paras, pub, source,
                  (pub - dt.timedelta(days=rng.randint(1, 9))).date(), sub=kind)
        model.columns[col].docs.append(doc)

    def office(self, rng: random.Random, name: str) -> str:
        return rng.choice([f"{name}人民政府办公室", f"{name}司法局", f"{name}人民政府",
                           f"{name}政府办"])

    def add_report(self, model: SiteModel, report: Report, uid: int) -> None:
        site = model.site
        name = report.region or site.county.name
        rng = rng_for(self.seed, site.key, "report", report.year, report.title)
        title, paras = self.report_text(rng, report, site, name)
        if report.date:
            pub = dt.datetime.strptime(report.date, "%Y-%m-%d %H:%M")
        else:
            pub = dt.datetime(report.year + 1, rng.randint(2, 4), rng.randint(1, 28),
                              rng.randint(8, 17), rng.randint(0, 59))
        source = report.publisher or (f"{name}司法局" if report.issuer else self.office(rng, name))
        doc = Doc(uid, report.column, "report", title, paras, pub, source,
                  (pub - dt.timedelta(days=rng.randint(2, 20))).date(), form=report.form,
                  report=report, extras=report.extras)
        doc.key = f"{name}{report.issuer[1:] if report.issuer else ''}-{report.year}"
        if report.edited_in and self.round >= report.edited_in:
            extra = texts.expand(rng.choice(texts.DETAILS) + "," + rng.choice(texts.EFFECTS) + "。",
                                 rng, {"county": name, "unit": texts.unit_of(name)})
            doc.paras = [*paras[:-3], extra, *paras[-3:]]
            doc.modified = pub + dt.timedelta(days=97)
        plain = doc.plain_title
        if report.form != "html":
            ext = {"html+pdf": "pdf", "scan": "pdf"}.get(report.form, report.form)
            data = {
                "pdf": lambda: files.make_pdf(plain, paras),
                "docx": lambda: files.make_docx(plain, paras),
                "doc": lambda: files.make_doc(plain, paras),
            }[ext]() if report.form != "scan" else files.make_scan_pdf(uid)
            label = plain + ("(扫描件)" if report.form == "scan" else "") + "." + ext
            doc.attachments.append(Attachment(label, ext, data, text_layer=report.form != "scan"))
            if report.form != "html+pdf":
                doc.paras = [self.intro_text(rng, plain, name)]
        doc.truth_paras = doc.paras if report.form in ("html", "html+pdf") else paras
        if report.seed and "mirror" in report.extras and not report.seed.startswith("mix"):
            original = texts.load_seed(report.seed, simplified=False)
            doc.mirror_title, doc.mirror_paras = original.title, original.paragraphs
        model.columns[report.column].docs.append(doc)
        self.reports.append((doc, model))

    def add_lookalike(self, model: SiteModel, kind: str, col: str, uid: int) -> None:
        name = model.site.county.name
        rng = rng_for(self.seed, model.site.key, "lookalike", uid)
        year = rng.randint(2019, 2023)
        title, paras = self.lookalike_text(rng, kind, name, year)
        pub = pub_time(rng, year + 1 if kind in ("xxgk_annual", "gov_work_report",
                                                 "interpretation", "shufa") else year)
        pub = min(pub, dt.datetime(2024, 12, 30))
        source = LOOKALIKE_SOURCES.get(kind, "{name}人民政府办公室").format(name=name)
        doc = Doc(uid, col, "lookalike", title, paras, pub, source,
                  (pub - dt.timedelta(days=3)).date(), sub=kind)
        model.columns[col].docs.append(doc)

    def add_news(self, model: SiteModel, col: str, uid: int,
                 years: tuple[int, int] = (2019, 2024)) -> None:
        name = model.site.county.name
        rng = rng_for(self.seed, model.site.key, "news", uid)
        year = rng.randint(*years)
        title, paras = texts.make_news(rng, name, year)
        source = rng.choice([f"{name}融媒体中心", f"{name}人民政府办公室", "本站", f"{name}新闻网"])
        pub = pub_time(rng, year)
        doc = Doc(uid, col, "news", title, paras, pub, source,
                  (pub - dt.timedelta(days=rng.randint(0, 3))).date())
        model.columns[col].docs.append(doc)

    def republish(self) -> None:
        for doc, _model in list(self.reports):
            for entry in doc.report.republish_on if doc.report else ():
                target_key, _, col = entry.partition(":")
                target = self.models[target_key]
                rng = rng_for(self.seed, target_key, "republish", doc.key)
                pub = doc.pub + dt.timedelta(days=rng.randint(3, 40), hours=rng.randint(-3, 3))
                if col:  # a county reposting its city's report
                    source = f"{target.site.county.name}人民政府办公室"
                else:
                    source = target.site.county.name.replace("市", "") + "市政府办公室"
                copy = Doc(doc.uid + 50000, col or "xqbg", "republication", doc.title,
                           list(doc.truth_paras), pub, source, pub.date(), key=doc.key,
                           report=doc.report)
                target.columns[col or "xqbg"].docs.append(copy)

    # ------------------------------------------------------------------ rendering
    def build(self) -> SimWeb:
        for site in self.specs.values():
            if site.family == "none":
                continue
            self.models[site.key] = self.model(site)
        self.republish()
        for key, model in self.models.items():
            for col in model.columns.values():
                col.docs.sort(key=lambda d: (d.pub, d.uid), reverse=True)
            cls = self.renderer_class(model.site)
            renderer = cls(model, rng_for(self.seed, key, "render"))
            renderer.assign()
            self.renderers[key] = renderer
        for key, renderer in self.renderers.items():
            self.render_site(key, renderer)
        self.add_rows()
        self.web.truth = self.make_truth()
        return self.web

    def disallowed(self, site: Site) -> list[str]:
        """The robots.txt Disallow paths of a site, with {col:KEY} resolved."""
        renderer = self.renderers[site.key]
        out = []
        for rule in site.disallow:
            m = re.fullmatch(r"\{col:(\w+)\}", rule)
            out.append(renderer.col_prefix(m.group(1)) if m else rule)
        return out

    def render_site(self, key: str, renderer: Family) -> None:
        site, web = renderer.site, self.web
        host = site.host

        def out(url: str, res: Resource) -> None:
            path, _, query = url.partition("?")
            web.resources[(host, path, query)] = res

        renderer.render(out)
        for doc in renderer.m.docs:
            if "flaky" in doc.extras:
                res = web.resources[(host, doc.path, "")]
                web.resources[(host, doc.path, "")] = Resource(res.body, res.ctype,
                                                               modified=res.modified, flaky=True)
        for path, handler in renderer.handlers().items():
            web.handlers[(host, path)] = handler
        for prefix, handler in renderer.prefix_handlers().items():
            web.prefix_handlers.append((host, site.prefix + prefix, handler))
        viewer = (b'<html><head><meta charset="utf-8"><title>PDF.js viewer</title>'
                  b'<script src="viewer.js"></script></head><body><div id="viewerContainer">'
                  b"</div></body></html>")
        web.handlers[(host, site.prefix + "/pdfjs/web/viewer.html")] = (
            lambda req: Resource(viewer, modified=STATIC_TIME))
        for prefix in ASSET_PREFIXES:
            web.prefix_handlers.append((host, site.prefix + prefix, asset_handler))
        if site.parent:
            return
        for alias in site.aliases:
            if "alias_redirect" in site.quirks:
                web.prefix_handlers.append((alias, "/", redirect_handler(f"https://{host}", 301)))
            else:
                web.aliases[alias] = host
        if "http_to_https" in site.quirks:
            web.https_only.add(host)
        robots = ["User-agent: *", *(f"Disallow: {p}" for p in self.host_disallow(site))]
        if site.sitemap:
            robots.append(f"Sitemap: {site.scheme}://{host}/sitemap.xml")
            out("/sitemap.xml", Resource(self.sitemap(site), "application/xml",
                                         modified=STATIC_TIME))
        out("/robots.txt", Resource(("\n".join(robots) + "\n").encode(), "text/plain",
                                    modified=STATIC_TIME))
        self.add_dynamic(site, renderer)

    def host_disallow(self, site: Site) -> list[str]:
        rules = []
        for s in self.specs.values():
            if s.key in self.renderers and (s.key == site.key or s.parent == site.key):
                rules += [r for r in self.disallowed(s) if r not in rules]
        return rules

    def sitemap(self, site: Site) -> bytes:
        base = f"{site.scheme}://{site.host}"
        blocked = self.host_disallow(site)
        urls = []
        for s in self.specs.values():
            if s.key in self.renderers and (s.key == site.key or s.parent == site.key):
                r = self.renderers[s.key]
                urls += [r.home()] + [r.col_url(k) for k in r.m.columns]
                urls += [d.path for d in r.m.docs
                         if not any(d.path.startswith(b) or r.col_url(d.column).startswith(b)
                                    for b in blocked)]
        body = "".join(f"<url><loc>{esc(base + u)}</loc></url>" for u in urls)
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                f'"http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>').encode()

    def add_dynamic(self, site: Site, renderer: Family) -> None:
        web, host = self.web, site.host
        for s in self.specs.values():
            if s.parent == site.key:
                for source in s.redirect_from:
                    sub = self.renderers[s.key]
                    target = f"{site.scheme}://{host}{sub.home()}"
                    web.prefix_handlers.append((source, "/", redirect_handler(target,
                                                                              s.redirect_status)))
        if "calendar" in site.quirks:
            web.handlers[(host, "/calendar/")] = calendar_handler
            web.handlers[(host, "/events/")] = events_handler
        if "search" in site.quirks:
            docs = [d for d in renderer.m.docs if d.kind != "news" and "unlisted" not in d.extras]
            web.handlers[(host, "/search/")] = search_handler(docs)
        if "hang" in site.quirks:
            web.handlers[(host, "/sjkf/index.html")] = lambda req: Resource(b"", hang=True)
        if "gate" in site.quirks:
            mirrors = {d.path: d for d in renderer.m.docs if d.mirror_paras}
            web.prefix_handlers.append((host, "/gate/big5/", gate_handler(web, mirrors)))
        news = sorted((d for d in renderer.m.docs if d.kind == "news"),
                      key=lambda d: (d.pub, d.uid), reverse=True)
        if "pagetrap" in site.quirks:
            handler = page_trap_handler(renderer, news)
            web.handlers[(host, "/list/")] = handler
            web.prefix_handlers.append((host, "/list/page/", handler))
        if "starttrap" in site.quirks:
            web.handlers[(host, "/xwzx/more.jsp")] = start_trap_handler(renderer, news)
        if "session" in site.quirks:
            web.prefix_handlers.append((host, "/(S(", session_handler(web, host)))

    def add_rows(self) -> None:
        for site in self.specs.values():
            if site.seed is None:
                continue
            county = site.county
            if site.seed == "auto":
                scheme = "http" if "http_to_https" in site.quirks else site.scheme
                url = f"{scheme}://{site.host}/"
            else:
                url = site.seed
            self.web.rows.append({"name": county.name, "url": url, "level": county.level,
                                  "province": county.province, "city": county.city,
                                  "adcode": county.adcode})

    # ------------------------------------------------------------------ truth
    def make_truth(self) -> dict:
        blocked: dict[str, list[str]] = {}
        for key, r in self.renderers.items():
            site = r.site
            root = self.specs[site.parent] if site.parent else site
            blocked[key] = [f"{root.scheme}://{root.host}{p}" for p in self.host_disallow(root)]

        def findable(key: str, url: str, column_url: str) -> bool:
            return not any(url.startswith(b) or column_url.startswith(b) for b in blocked[key])

        republications = {}
        for model in self.models.values():
            for doc in model.docs:
                if doc.kind == "republication":
                    republications.setdefault(doc.key, []).append((doc, model))
        reports = []
        for doc, model in self.reports:
            site, r = model.site, self.renderers[model.site.key]
            base = model.base
            col_url = base + r.col_url(doc.column)
            copies = []
            if doc.form in ("html", "html+pdf"):
                copies.append({"url": base + doc.path, "kind": "html"})
            if "print" in doc.extras:
                copies.append({"url": base + r.print_url(doc), "kind": "print"})
            copies += self.mirror_copies(site, doc, base)
            for att in doc.attachments:
                copies.append({"url": urljoin(base + doc.path, att.href), "kind": att.ext,
                               "via": base + doc.path,
                               "text_layer": att.text_layer})
            for c in copies:
                c["findable"] = findable(site.key, c["url"], col_url)
            for rep, target in republications.get(doc.key, []):
                tr = self.renderers[target.site.key]
                url = target.base + rep.path
                copies.append({"url": url, "kind": "republication",
                               "findable": findable(target.site.key, url,
                                                    target.base + tr.col_url(rep.column))})
            report = doc.report
            assert report is not None
            reports.append({
                "key": doc.key, "title": doc.plain_title,
                "region": report.region or site.county.name,
                "province": site.county.province, "city": site.county.city,
                "report_year": report.year, "publisher": doc.source, "publish_date": doc.date,
                "issuer_kind": "department" if report.issuer else "government",
                "body": "\n".join(doc.truth_paras),
                "copies": copies, "preferred_url": copies[0]["url"], "site": site.key,
            })
        lookalikes = [
            {"url": m.base + d.path, "title": d.plain_title, "kind": d.sub}
            for m in self.models.values() for d in m.docs if d.kind == "lookalike"
        ]
        traps, hangs, flaky = [], [], []
        for r in self.renderers.values():
            site, base = r.site, r.m.base
            if "calendar" in site.quirks:
                traps += [f"{base}/calendar/", f"{base}/events/"]
            if "search" in site.quirks:
                traps.append(f"{base}/search/")
            if "hang" in site.quirks:
                hangs.append(f"{base}/sjkf/index.html")
            if "pagetrap" in site.quirks:
                traps.append(f"{base}/list/page/")
            if "starttrap" in site.quirks:
                traps.append(f"{base}/xwzx/more.jsp")
            if "session" in site.quirks:
                traps.append(f"{base}/(S(")
            flaky += [base + d.path for d in r.m.docs if "flaky" in d.extras]
        changes: dict[str, list[str]] = {"new": [], "edited": [], "deleted": []}
        if self.round >= 2:
            for doc, _model in self.reports:
                rep = doc.report
                if rep and rep.round_added == self.round:
                    changes["new"].append(doc.key)
                if rep and rep.edited_in == self.round:
                    changes["edited"].append(doc.key)
            for site in self.specs.values():
                for rep in site.reports:
                    if rep.deleted_in == self.round:
                        name = rep.region or site.county.name
                        changes["deleted"].append(f"{name}{rep.issuer[1:]}-{rep.year}")
        return {
            "seed": self.seed, "round": self.round, "reports": reports, "lookalikes": lookalikes,
            "robots_disallowed": sorted({b for v in blocked.values() for b in v}),
            "traps": traps, "hangs": hangs, "flaky": flaky, "changes": changes,
        }


# ---------------------------------------------------------------------- dynamic handlers


ASSET_PREFIXES = ("/css/", "/js/", "/images/", "/picture/", "/video/", "/module/web/jpage/jpage",
                  "/module/visitcount/", "/pdfjs/web/viewer.js")
GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f904010000000"
                    "02c00000000010001000002024401003b")


def asset_handler(req: Request) -> Resource:
    """Style sheets, scripts, pictures and videos: small placeholders of the right type."""
    ext = req.path.rsplit(".", 1)[-1].lower()
    kinds = {"css": (b"body{margin:0}", "text/css"), "js": (b"/* */", "application/javascript"),
             "mp4": (b"\x00\x00\x00\x18ftypmp42", "video/mp4")}
    body, ctype = kinds.get(ext, (GIF, "image/gif" if ext == "gif" else f"image/{ext}"))
    return Resource(body, ctype, modified=STATIC_TIME)


def redirect_handler(target: str, status: int) -> Handler:
    """Redirect every path of a host to one URL (robots.txt excepted)."""

    def handler(req: Request) -> Resource:
        if req.path == "/robots.txt":
            return Resource(b"User-agent: *\nDisallow:\n", "text/plain", modified=STATIC_TIME)
        return Resource(b"", status=status, headers=(("Location", target),))

    return handler


def _page(title: str, body: str) -> Resource:
    text = (f'<html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>'
            f"{body}</body></html>")
    return Resource(text.encode(), modified=STATIC_TIME)


def calendar_handler(req: Request) -> Resource:
    """A month calendar whose prev/next links go on forever (a crawler trap)."""
    args = req.params()
    try:
        year, month = int(args.get("y", 2024)), int(args.get("m", 1))
    except ValueError:
        year, month = 2024, 1
    month = min(max(month, 1), 12)
    prev = (year - 1, 12) if month == 1 else (year, month - 1)
    nxt = (year + 1, 1) if month == 12 else (year, month + 1)
    days = "".join(f'<td><a href="/events/?date={year}-{month:02d}-{d:02d}">{d}</a></td>'
                   for d in range(1, 29))
    return _page(f"活动日历 {year}年{month}月",
                 f'<a href="/calendar/?y={prev[0]}&m={prev[1]}">上个月</a> {year}年{month}月 '
                 f'<a href="/calendar/?y={nxt[0]}&m={nxt[1]}">下个月</a><table><tr>{days}</tr></tab'
                 f'le>')


def events_handler(req: Request) -> Resource:
    """A day's events page with links to the previous and next day (a crawler trap)."""
    raw = req.params().get("date", "2024-01-01")
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError:
        day = dt.date(2024, 1, 1)
    one = dt.timedelta(days=1)
    return _page(f"{day} 活动安排",
                 f'<a href="/events/?date={day - one}">前一天</a> {day} 暂无活动 '
                 f'<a href="/events/?date={day + one}">后一天</a> '
                 f'<a href="/calendar/?y={day.year}&m={day.month}">返回日历</a>')


def search_handler(docs: list[Doc]) -> Handler:
    """Site search that echoes the query and links matching docs and an endless next page."""

    def handler(req: Request) -> Resource:
        args = req.params()
        words = args.get("q", "") or args.get("searchword", "")
        page = int(args.get("page", "1") or 1) if args.get("page", "1").isdigit() else 1
        hits = [d for d in docs if words and words in d.plain_title][:10]
        items = "".join(f'<li><a href="{d.path}">{esc(d.plain_title)}</a></li>' for d in hits)
        nxt = f"/search/?q={quote(words)}&page={page + 1}"
        return _page(f"搜索结果 {words}",
                     f"<p>搜索“{esc(words)}”的结果,第{page}页</p><ul>{items}</ul>"
                     f'<a href="{nxt}">下一页</a>')

    return handler


def _trap_page(renderer: Family, title: str, docs: list[Doc], nav: str) -> Resource:
    items = "".join(f'<li><a href="{d.path}">{esc(d.plain_title)}</a><span>{d.date}</span></li>'
                    for d in docs) or "<li>暂无信息</li>"
    main = (f'<div class="crumbs">当前位置:<a href="{renderer.home()}">首页</a> &gt; {esc(title)}'
            f'</div><div class="column"><h3>{esc(title)}</h3><ul class="list">{items}</ul>'
            f'<div class="page">{nav}</div></div>')
    return Resource(renderer.encode(renderer.page(title + "_" + renderer.m.name, main)),
                    renderer.ctype(), modified=STATIC_TIME)


def page_trap_handler(renderer: Family, news: list[Doc]) -> Handler:
    """``/list/``: all news, whose relative 下一页 link nests ``page/N/`` segments forever."""
    per = 20

    def handler(req: Request) -> Resource:
        found = re.findall(r"/page/(\d+)", req.path)
        page = int(found[-1]) if found else 1
        chunk = news[(page - 1) * per : page * per]
        nav = f"第{page}页 " + ('<a href="../">上一页</a> ' if page > 1 else "")
        nav += f'<a href="page/{page + 1}/">下一页</a>'
        return _trap_page(renderer, f"全部新闻 第{page}页", chunk, nav)

    return handler


def start_trap_handler(renderer: Family, news: list[Doc]) -> Handler:
    """``more.jsp?start=N``: a pager that always links one more page, long after the news ends."""
    per = 15

    def handler(req: Request) -> Resource:
        raw = req.params().get("start", "0")
        start = int(raw) if raw.isdigit() else 0
        nav = (f'<a href="more.jsp?start={max(0, start - per)}">上一页</a> ' if start else "")
        nav += f'<a href="more.jsp?start={start + per}">下一页</a>'
        return _trap_page(renderer, "新闻中心", news[start : start + per], nav)

    return handler


def session_handler(web: SimWeb, host: str) -> Handler:
    """ASP.NET cookieless sessions: ``/(S(<id>))/<path>`` serves ``/<path>`` with every link
    carrying a session id derived from the requested one, so that each page has new URLs."""

    def handler(req: Request) -> Resource:
        m = re.match(r"/\(S\(([a-z0-5]{1,32})\)\)(/.*)", req.path)
        if not m:
            return Resource(NOT_FOUND, status=404)
        res = web.resources.get((host, m.group(2), req.query))
        if res is None or res.status != 200 or not res.ctype.startswith("text/html"):
            return res or Resource(NOT_FOUND, status=404)
        fresh = session_id("next", m.group(1), m.group(2), req.query).encode()
        body = re.sub(rb"/\(S\([a-z0-5]{24}\)\)/", b"/(S(" + fresh + b"))/", res.body)
        return Resource(body, res.ctype, modified=res.modified)

    return handler


def gate_handler(web: SimWeb, mirrors: dict[str, Doc]) -> Handler:
    """The official big5 gateway: ``/gate/big5/<host>/<path>`` in traditional characters."""
    import opencc

    converter = opencc.OpenCC("s2t")

    def handler(req: Request) -> Resource:
        rest = req.path[len("/gate/big5/"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        source = web.resolve(Request("GET", "https", host, path, req.query))
        if source is None or source.status != 200 or not source.ctype.startswith("text/html"):
            return source or Resource(NOT_FOUND, status=404)
        if source.hang or source.flaky:
            return source
        text = converter.convert(source.body.decode("utf-8"))
        doc = mirrors.get(path)
        if doc is not None and doc.mirror_paras:
            body = "\n".join(f'<p style="text-indent: 2em;">{html.escape(p)}</p>'
                             for p in doc.mirror_paras)
            text = re.sub(r'<div id="content">.*?</div>\n?(?=</div>)',
                          lambda m: f'<div id="content">{body}</div>', text, count=1, flags=re.S)
            title = html.escape(doc.mirror_title)
            text = re.sub(r'<h2 class="title">.*?</h2>', f'<h2 class="title">{title}</h2>', text,
                          count=1, flags=re.S)
        text = re.sub(r'(href|src)="/(?!gate/)', rf'\1="/gate/big5/{host}/', text)
        return Resource(text.encode("utf-8"), source.ctype, modified=source.modified)

    return handler


def build_web(seed: int = 0, round: int = 1, profile: str = "base") -> SimWeb:
    """Build the simulated web.

    Args:
        seed: seed of every random choice; the same seed gives a byte-identical web.
        round: 1 for the first crawl; 2 for a later re-crawl with new, edited and deleted
            reports (one of each per profile) and every other page unchanged.
        profile: ``base`` (the sites of ``spec.py``) or ``discovery`` (those and 17 more).

    Returns:
        The web, with ``truth`` filled in.
    """
    if profile == "blind":
        from .blind import build as build_blind  # written apart from this module's templates

        return build_blind(seed)
    if profile == "blind2":
        from .blind2 import build as build_blind2  # a second blind web (simweb/blind2/)

        return build_blind2(seed)
    if profile == "blind3":
        from .blind3 import build as build_blind3  # a third blind web (simweb/blind3/)

        return build_blind3(seed)
    if profile == "blind4":
        from .blind4 import build as build_blind4  # a fourth blind web (simweb/blind4/)

        return build_blind4(seed)
    if profile == "blind5":
        from .blind5 import build as build_blind5  # a fifth blind web (simweb/blind5/)

        return build_blind5(seed)
    if profile == "blind6":
        from .blind6 import build as build_blind6  # a sixth blind web (simweb/blind6/)

        return build_blind6(seed)
    if profile == "blind7":
        from .blind7 import build as build_blind7  # a seventh blind web (simweb/blind7/)

        return build_blind7(seed)
    if profile == "blind8":
        from .blind8 import build as build_blind8  # an eighth blind web (simweb/blind8/)

        return build_blind8(seed)
    if profile == "blind9":
        from .blind9 import build as build_blind9  # a ninth blind web (simweb/blind9/)

        return build_blind9(seed)
    if profile == "blind10":
        from .blind10 import build as build_blind10  # a tenth blind web (simweb/blind10/)

        return build_blind10(seed)
    if profile == "blind11":
        from .blind11 import build as build_blind11  # an eleventh blind web (simweb/blind11/)

        return build_blind11(seed)
    if profile == "blind14":
        from .blind14 import build as build_blind14  # a fourteenth blind web (simweb/blind14/)

        return build_blind14(seed)
    if profile == "blind13":
        from .blind13 import build as build_blind13  # a thirteenth blind web (simweb/blind13/)

        return build_blind13(seed)
    if profile == "blind15":
        from .blind15 import build as build_blind15  # a fifteenth blind web (simweb/blind15/)

        return build_blind15(seed)
    if profile == "blind18":
        from .blind18 import build as build_blind18  # an eighteenth blind web (simweb/blind18/)

        return build_blind18(seed)
    if profile == "blind22":
        from .blind22 import build as build_blind22  # a twenty-second blind web (simweb/blind22/)

        return build_blind22(seed)
    if profile == "blind25":
        from .blind25 import build as build_blind25  # a twenty-fifth blind web (simweb/blind25/)

        return build_blind25(seed)
    if profile == "blind27":
        from .blind27 import build as build_blind27  # a twenty-seventh blind web (simweb/blind27/)

        return build_blind27(seed)
    if profile == "blind26":
        from .blind26 import build as build_blind26  # a twenty-sixth blind web (simweb/blind26/)

        return build_blind26(seed)
    if profile == "blind30":
        from .blind30 import build as build_blind30  # a thirtieth blind web (simweb/blind30/)

        return build_blind30(seed)
    if profile == "blind32":
        from .blind32 import build as build_blind32  # a thirty-second blind web (simweb/blind32/)

        return build_blind32(seed)
    if profile == "blind31":
        from .blind31 import build as build_blind31  # a thirty-first blind web (simweb/blind31/)

        return build_blind31(seed)
    if profile == "blind29":
        from .blind29 import build as build_blind29  # a twenty-ninth blind web (simweb/blind29/)

        return build_blind29(seed)
    if profile == "blind35":
        from .blind35 import build as build_blind35  # a thirty-fifth blind web (simweb/blind35/)

        return build_blind35(seed)
    if profile == "blind38":
        from .blind38 import build as build_blind38  # a thirty-eighth blind web (simweb/blind38/)

        return build_blind38(seed)
    if profile == "blind39":
        from .blind39 import build as build_blind39  # a thirty-ninth blind web (simweb/blind39/)

        return build_blind39(seed)
    if profile == "blind40":
        from .blind40 import build as build_blind40  # a fortieth blind web (simweb/blind40/)

        return build_blind40(seed)
    if profile == "blind42":
        from .blind42 import build as build_blind42  # a forty-second blind web (simweb/blind42/)

        return build_blind42(seed)
    if profile == "blind41":
        from .blind41 import build as build_blind41  # a forty-first blind web (simweb/blind41/)

        return build_blind41(seed)
    if profile == "blind43":
        from .blind43 import build as build_blind43  # a forty-third blind web (simweb/blind43/)

        return build_blind43(seed)
    if profile == "blind45":
        from .blind45 import build as build_blind45  # a forty-fifth blind web (simweb/blind45/)

        return build_blind45(seed)
    if profile == "blind44":
        from .blind44 import build as build_blind44  # a forty-fourth blind web (simweb/blind44/)

        return build_blind44(seed)
    if profile == "blind46":
        from .blind46 import build as build_blind46  # a forty-sixth blind web (simweb/blind46/)

        return build_blind46(seed)
    if profile == "blind47":
        from .blind47 import build as build_blind47  # a forty-seventh blind web (simweb/blind47/)

        return build_blind47(seed)
    if profile == "blind49":
        from .blind49 import build as build_blind49  # a forty-ninth blind web (simweb/blind49/)

        return build_blind49(seed)
    if profile == "blind50":
        from .blind50 import build as build_blind50  # a fiftieth blind web (simweb/blind50/)

        return build_blind50(seed)
    if profile == "blind48":
        from .blind48 import build as build_blind48  # a forty-eighth blind web (simweb/blind48/)

        return build_blind48(seed)
    if profile == "blind51":
        from .blind51 import build as build_blind51  # a fifty-first blind web (simweb/blind51/)

        return build_blind51(seed)
    if profile == "blind54":
        from .blind54 import build as build_blind54  # a fifty-fourth blind web (simweb/blind54/)

        return build_blind54(seed)
    if profile == "blind53":
        from .blind53 import build as build_blind53  # a fifty-third blind web (simweb/blind53/)

        return build_blind53(seed)
    if profile == "blind52":
        from .blind52 import build as build_blind52  # a fifty-second blind web (simweb/blind52/)

        return build_blind52(seed)
    if profile == "blind55":
        from .blind55 import build as build_blind55  # a fifty-fifth blind web (simweb/blind55/)

        return build_blind55(seed)
    if profile == "blind59":
        from .blind59 import build as build_blind59  # a fifty-ninth blind web (simweb/blind59/)

        return build_blind59(seed)
    if profile == "blind57":
        from .blind57 import build as build_blind57  # a fifty-seventh blind web (simweb/blind57/)

        return build_blind57(seed)
    if profile == "blind58":
        from .blind58 import build as build_blind58  # a fifty-eighth blind web (simweb/blind58/)

        return build_blind58(seed)
    if profile == "blind56":
        from .blind56 import build as build_blind56  # a fifty-sixth blind web (simweb/blind56/)

        return build_blind56(seed)
    if profile == "blind36":
        from .blind36 import build as build_blind36  # a thirty-sixth blind web (simweb/blind36/)

        return build_blind36(seed)
    if profile == "blind37":
        from .blind37 import build as build_blind37  # a thirty-seventh blind web (simweb/blind37/)

        return build_blind37(seed)
    if profile == "blind33":
        from .blind33 import build as build_blind33  # a thirty-third blind web (simweb/blind33/)

        return build_blind33(seed)
    if profile == "blind34":
        from .blind34 import build as build_blind34  # a thirty-fourth blind web (simweb/blind34/)

        return build_blind34(seed)
    if profile == "blind28":
        from .blind28 import build as build_blind28  # a twenty-eighth blind web (simweb/blind28/)

        return build_blind28(seed)
    if profile == "blind24":
        from .blind24 import build as build_blind24  # a twenty-fourth blind web (simweb/blind24/)

        return build_blind24(seed)
    if profile == "blind23":
        from .blind23 import build as build_blind23  # a twenty-third blind web (simweb/blind23/)

        return build_blind23(seed)
    if profile == "blind21":
        from .blind21 import build as build_blind21  # a twenty-first blind web (simweb/blind21/)

        return build_blind21(seed)
    if profile == "blind20":
        from .blind20 import build as build_blind20  # a twentieth blind web (simweb/blind20/)

        return build_blind20(seed)
    if profile == "blind19":
        from .blind19 import build as build_blind19  # a nineteenth blind web (simweb/blind19/)

        return build_blind19(seed)
    if profile == "blind17":
        from .blind17 import build as build_blind17  # a seventeenth blind web (simweb/blind17/)

        return build_blind17(seed)
    if profile == "blind16":
        from .blind16 import build as build_blind16  # a sixteenth blind web (simweb/blind16/)

        return build_blind16(seed)
    if profile == "blind12":
        from .blind12 import build as build_blind12  # a twelfth blind web (simweb/blind12/)

        return build_blind12(seed)
    if profile == "kinds":
        from .kinds import build as build_kinds  # the development web of kinds (simweb/kinds/)

        return build_kinds(seed)
    if profile == "kinds2":
        from .kinds2 import build as build_kinds2  # a second development web (simweb/kinds2/)

        return build_kinds2(seed)
    if profile == "kinds3":
        from .kinds3 import build as build_kinds3  # a third development web (simweb/kinds3/)

        return build_kinds3(seed)
    if profile == "kinds4":
        from .kinds4 import build as build_kinds4  # a fourth development web (simweb/kinds4/)

        return build_kinds4(seed)
    if profile == "kinds5":
        from .kinds5 import build as build_kinds5  # ordinary county sites as they are (simweb/kinds5/)

        return build_kinds5(seed)
    if profile == "kinds6":
        from .kinds6 import build as build_kinds6  # what a national crawl meets (simweb/kinds6/)

        return build_kinds6(seed)

    if profile == "kinds7":
        from .kinds7 import build as build_kinds7  # the provinces' shared county platforms (simweb/kinds7/)

        return build_kinds7(seed)
    if profile == "docweb":
        from .docweb import build as build_docweb  # reports only as scans, images, .doc, .wps, .ofd

        return build_docweb(seed)
    if profile == "holdout":
        from .holdout import HoldoutBuilder  # imported here: holdout builds on this module

        return HoldoutBuilder(seed, round, profile).build()
    return Builder(seed, round, profile).build()


def digest_web(web: SimWeb) -> str:
    """One hash over every static resource (for determinism checks)."""
    return digest(*(f"{k}:{digest(v.body)}:{v.status}" for k, v in sorted(web.resources.items())))
