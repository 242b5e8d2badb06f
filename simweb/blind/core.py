"""Shared machinery of the blind profile: the context that collects pages, handlers and truth.

Written apart from ``web.Builder`` and ``families.py``: the blind sites render their own HTML and
register it here. Only :class:`~simweb.web.SimWeb`, :class:`~simweb.model.Resource`, the text
generators (``texts``, ``holdout_texts``) and the file makers (``files``) are shared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import random
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from .. import files, holdout_texts, texts
from ..model import Handler, Resource
from ..web import SimWeb

STATIC = dt.datetime(2024, 6, 1, 9, 0)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def h(*parts: object) -> str:
    """A short stable hex digest."""
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


@dataclass
class County:
    """A real county-level unit (name, parents and division code from gov_sites.csv)."""

    key: str
    name: str
    province: str
    city: str
    adcode: str
    host: str
    scheme: str = "http"
    seeded: bool = True  # in the seed list (False: only reachable through a city portal)

    @property
    def base(self) -> str:
        return f"{self.scheme}://{self.host}"

    @property
    def unit(self) -> str:
        return texts.unit_of(self.name)


@dataclass
class Item:
    """One article: a report, a higher-level repost, a look-alike, a filler or a news item."""

    kind: str  # report | higher | lookalike | filler | news
    title: str
    paras: list[str]
    pub: dt.datetime
    source: str
    path: str = ""
    sub: str = ""  # look-alike kind
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)  # (label, path, data)
    uid: int = 0

    @property
    def date(self) -> str:
        return self.pub.strftime("%Y-%m-%d")


class Ctx:
    """Collects the blind web: resources, handlers, seed rows and truth."""

    def __init__(self, seed: int):
        self.seed = seed
        self.web = SimWeb(seed, 1)
        self.reports: list[dict] = []
        self.lookalikes: list[dict] = []
        self.traps: list[str] = []
        self.trap_kinds: list[dict] = []
        self.slots = iter(range(holdout_texts.SLOTS))
        self.uids = iter(range(10_000, 10**9, 7919))

    # ------------------------------------------------------------------ randomness
    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind|{self.seed}|" + "|".join(map(str, parts)))

    def uid(self) -> int:
        return next(self.uids)

    # ------------------------------------------------------------------ resources
    def put(self, county: County | str, path: str, body: str | bytes, *, query: str = "",
            ctype: str = "", encoding: str = "utf-8", modified: dt.datetime | None = None,
            status: int = 200, headers: tuple = ()) -> None:
        host = county if isinstance(county, str) else county.host
        if isinstance(body, str):
            data = body.encode(encoding, "xmlcharrefreplace")
            ctype = ctype or ("text/html; charset=" + ("GBK" if encoding.lower() == "gbk"
                                                      else "utf-8"))
        else:
            data = body
        res = Resource(data, ctype or "application/octet-stream", status=status, headers=headers,
                       modified=modified or STATIC)
        self.web.resources[(host, path, query)] = res
        if path.endswith("/index.html") and not query:  # the directory URL serves its index
            self.web.resources[(host, path[: -len("index.html")], "")] = res

    def handle(self, county: County | str, path: str, fn: Handler) -> None:
        host = county if isinstance(county, str) else county.host
        self.web.handlers[(host, path)] = fn

    def handle_prefix(self, county: County | str, prefix: str, fn: Handler) -> None:
        host = county if isinstance(county, str) else county.host
        self.web.prefix_handlers.append((host, prefix, fn))

    def robots(self, county: County, disallow: tuple[str, ...] = ()) -> None:
        lines = ["User-agent: *", *(f"Disallow: {d}" for d in disallow)] if disallow else [
            "User-agent: *", "Disallow:"]
        self.put(county, "/robots.txt", "\n".join(lines) + "\n", ctype="text/plain")

    def seed_row(self, county: County, url: str | None = None) -> None:
        self.web.rows.append({"name": county.name, "url": url or county.base + "/"})

    # ------------------------------------------------------------------ texts
    def report_paras(self, county: County, year: int, region: str | None = None) -> list[str]:
        """A distinct report text: a paraphrase of the real seeds while slots last, then a
        synthetic one."""
        name = region or county.name
        rng = self.rng("report", name, year)
        slot = next(self.slots, None)
        if slot is not None:
            return holdout_texts.paraphrase(rng, slot, name, county.city or county.province,
                                            county.province, year)
        return texts.make_report(rng, name, year)

    def higher_paras(self, place: str, year: int, upper: str) -> list[str]:
        rng = self.rng("higher", place, year)
        word = "省" if place.endswith("省") else "市"
        paras = texts.make_report(rng, place, year, upper=upper)
        return [re.sub(r"我县|全县|本县", lambda m: m.group(0)[:-1] + word, p) for p in paras]

    def lookalike(self, county: County, kind: str, year: int) -> Item:
        rng = self.rng("lookalike", county.key, kind, year)
        title, paras = holdout_texts.make_lookalike(rng, kind, county.name, year)
        pub = dt.datetime(year + 1 if kind in ("xxgk_annual", "gov_work_report", "shufa")
                          else year, rng.randint(1, 11), rng.randint(1, 28), rng.randint(8, 17),
                          rng.randint(0, 59))
        return Item("lookalike", title, paras, pub, f"{county.name}人民政府办公室", sub=kind,
                    uid=self.uid())

    def template_lookalike(self, county: County) -> Item:
        """A 范文 copied from a template site: no place name, ``*区`` placeholders (modelled on
        https://xuncaibao.com/zhuantifanwen/gongwenfanwen/119532.html)."""
        rng = self.rng("template", county.key)
        paras = texts.make_report(rng, "*区", 2022)
        paras.insert(0, "五年来,*区严格落实党政主要负责人履行推进法治建设第一责任人职责规定,全面推进"
                        "依法行政,法治政府建设成效显著。区委依法治区委共召开会议*次。")
        return Item("lookalike", "2023年区五年法治政府建设工作情况报告", paras,
                    dt.datetime(2023, 5, 7, 17, 15), "网友投稿", sub="template", uid=self.uid())

    def news(self, county: County, n: int, years: tuple[int, int] = (2019, 2024)) -> list[Item]:
        out = []
        for i in range(n):
            rng = self.rng("news", county.key, i)
            year = rng.randint(*years)
            title, paras = texts.make_news(rng, county.name, year)
            pub = dt.datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 19),
                              rng.randint(0, 59))
            source = rng.choice([f"{county.name}融媒体中心", "本站", f"{county.name}人民政府办公室"])
            out.append(Item("news", title, paras, pub, source, uid=self.uid()))
        return sorted(out, key=lambda d: d.pub, reverse=True)

    def fillers(self, county: County, n: int, kind: str = "notice",
                years: tuple[int, int] = (2019, 2024)) -> list[Item]:
        out = []
        for i in range(n):
            rng = self.rng("filler", county.key, kind, i)
            year = rng.randint(*years)
            title, paras = texts.make_filler(rng, kind, county.name, year)
            pub = dt.datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18),
                              rng.randint(0, 59))
            out.append(Item("filler", title, paras, pub, f"{county.name}人民政府办公室",
                            uid=self.uid()))
        return sorted(out, key=lambda d: d.pub, reverse=True)

    # ------------------------------------------------------------------ truth
    def new_report(self, county: County, year: int, title: str, *, pub: str,
                   source: str = "", region: str | None = None, issuer: str = "government",
                   paras: list[str] | None = None) -> Item:
        when = dt.datetime.strptime(pub, "%Y-%m-%d %H:%M")
        paras = paras if paras is not None else self.report_paras(county, year, region)
        return Item("report", title, paras, when, source or f"{county.name}司法局",
                    uid=self.uid())

    def truth_report(self, county: County, item: Item, year: int, copies: list[dict], *,
                     kinds: tuple[str, ...], region: str | None = None,
                     issuer_kind: str = "government", key: str | None = None,
                     pages: list[str] | None = None, higher: bool = False,
                     body: list[str] | None = None) -> None:
        """Record a report (or, with ``higher``, a higher-level report reposted on the county
        site: every copy then has ``findable: False`` so recall ignores it, and the entry says
        which county site carries it, so a scorer can tell whether the crawl filed it there)."""
        region = region or county.name
        for c in copies:
            c.setdefault("findable", not higher)
        entry = {
            "key": key or f"{region}-{year}", "title": item.title.replace("|", ""),
            "region": region, "province": county.province,
            "city": "" if higher else county.city, "report_year": year,
            "publisher": item.source, "publish_date": item.date,
            "issuer_kind": issuer_kind, "body": "\n".join(body or item.paras),
            "copies": copies, "preferred_url": copies[0]["url"], "site": county.key,
            "blind_kinds": list(kinds),
        }
        if pages:
            entry["pages"] = pages
        if higher:
            entry["higher_level"] = True
            entry["reposted_on"] = county.name
        self.reports.append(entry)

    def truth_lookalike(self, county: County, item: Item) -> None:
        self.lookalikes.append({"url": county.base + item.path, "title": item.title,
                                "kind": item.sub or item.kind})

    def trap(self, prefix: str, kind: str, pattern: str) -> None:
        self.traps.append(prefix)
        self.trap_kinds.append({"prefix": prefix, "kind": kind, "pattern": pattern})

    def pdf(self, title: str, paras: list[str]) -> bytes:
        return files.make_pdf(title, paras)

    def docx(self, title: str, paras: list[str]) -> bytes:
        return files.make_docx(title, paras)

    def truth(self) -> dict:
        return {
            "seed": self.seed, "round": 1, "profile": "blind", "reports": self.reports,
            "lookalikes": self.lookalikes, "robots_disallowed": [], "traps": self.traps,
            "trap_kinds": self.trap_kinds, "hangs": [], "flaky": [],
            "changes": {"new": [], "edited": [], "deleted": []},
        }


def paras_html(paras: list[str], style: str = "p") -> str:
    if style == "p":
        return "\n".join(f'<p style="text-indent:2em;">{esc(p)}</p>' for p in paras)
    if style == "br":
        return "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in paras)
    return "\n".join(f"<div>{esc(p)}</div>" for p in paras)


def absolute(county: County, path: str) -> str:
    return urljoin(county.base + "/", path)


def chunks(seq: list, size: int) -> list[list]:
    return [seq[i:i + size] for i in range(0, len(seq), size)] or [[]]
