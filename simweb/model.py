"""In-memory model of the simulated web: documents, columns, site models and HTTP resources.

``web.build_web`` turns the spec into :class:`SiteModel` objects holding :class:`Column` lists of
:class:`Doc` items; a family renderer (``families.py``) assigns every doc its URL and renders the
pages into :class:`Resource` objects. Dynamic pages are :data:`Handler` callables that receive a
:class:`Request`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from urllib.parse import parse_qsl

from .spec import COLUMNS, Report, Site

STATIC_TIME = dt.datetime(2019, 1, 1, 8, 0)


@dataclass
class Resource:
    """One HTTP answer: status, body, content type, extra headers and modification time."""

    body: bytes
    ctype: str = "text/html; charset=utf-8"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    modified: dt.datetime | None = None
    flaky: bool = False  # answers 503 the first time it is asked for
    hang: bool = False  # never answers
    # Misbehaviour the server acts out (faults.py): "reset" (RST, no answer), "truncate" (sends
    # ``body`` under a Content-Length of ``length``), "stream" (``length`` bytes from ``stream``),
    # "chunked" (chunks from ``stream`` until the client goes away). Empty: an ordinary answer.
    fault: str = ""
    stream: Callable[[], Iterator[bytes]] | None = None
    length: int = 0

    @property
    def etag(self) -> str:
        """A strong ETag over the body."""
        return '"' + hashlib.sha1(self.body).hexdigest()[:20] + '"'

    @property
    def last_modified(self) -> str:
        """The Last-Modified header value (times are China Standard Time)."""
        moment = (self.modified or STATIC_TIME) - dt.timedelta(hours=8)
        return format_datetime(moment.replace(tzinfo=dt.UTC), usegmt=True)


@dataclass
class Request:
    """A request as the handlers see it."""

    method: str
    scheme: str
    host: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def params(self) -> dict[str, str]:
        """Query and urlencoded form parameters (form wins)."""
        out = dict(parse_qsl(self.query, keep_blank_values=True))
        if self.body:
            out.update(parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True))
        return out


Handler = Callable[[Request], Resource]


@dataclass
class Attachment:
    """A file attached to a doc; ``path`` is its URL path, ``href`` how the page links it."""

    name: str
    ext: str
    data: bytes
    path: str = ""
    href: str = ""
    text_layer: bool = True


@dataclass
class Doc:
    """One article page: a report, a republication, a look-alike or a news item."""

    uid: int
    column: str
    kind: str  # report | republication | lookalike | news
    title: str
    paras: list[str]
    pub: dt.datetime
    source: str
    written: dt.date
    form: str = "html"
    sub: str = ""  # look-alike kind
    key: str = ""  # truth key (reports and republications)
    report: Report | None = None
    extras: frozenset[str] = frozenset()
    attachments: list[Attachment] = field(default_factory=list)
    path: str = ""
    modified: dt.datetime | None = None
    mirror_title: str = ""  # traditional title shown by the big5 gateway
    mirror_paras: list[str] | None = None  # traditional text shown by the big5 gateway
    truth_paras: list[str] = field(default_factory=list)  # the report text (also of attachments)
    index_no: str = ""  # 索引号

    @property
    def plain_title(self) -> str:
        """The title without the two-line split marker."""
        return self.title.replace("|", "")

    @property
    def date(self) -> str:
        """The publish date as YYYY-MM-DD."""
        return self.pub.strftime("%Y-%m-%d")


@dataclass
class Column:
    """A column (栏目) with its docs, newest first."""

    key: str
    name: str
    slug: str
    parent: str
    docs: list[Doc] = field(default_factory=list)

    @property
    def listed(self) -> list[Doc]:
        """The docs that list pages show (``unlisted`` ones are only in the sitemap)."""
        return [d for d in self.docs if "unlisted" not in d.extras]

    @classmethod
    def of(cls, key: str, names: dict[str, str]) -> Column:
        name, slug, parent = COLUMNS[key]
        return cls(key, names.get(key, name), slug, parent)


@dataclass
class SiteModel:
    """A site's content before rendering."""

    site: Site
    columns: dict[str, Column]
    clock: dt.date  # the date the header clock shows
    siteid: str  # SiteIDCode: the owner's 6-digit division code and a 4-digit serial
    links: list[tuple[str, str]] = field(default_factory=list)

    @property
    def docs(self) -> list[Doc]:
        return [d for c in self.columns.values() for d in c.docs]

    @property
    def name(self) -> str:
        """The site name as the header and the SiteName meta tag show it."""
        county = self.site.county
        if county.level == "city":
            return f"{county.name}人民政府"
        if county.name.endswith("新区"):
            return f"{county.city[:-1]}{county.name}"
        return f"{county.name}人民政府"

    @property
    def base(self) -> str:
        """Scheme and host, e.g. https://www.x.gov.cn."""
        return f"{self.site.scheme}://{self.site.host}"
