"""The typed context a request carries through the crawl: where it came from and what it is.

Every request of the report crawl carries one frozen `CrawlContext` (in `request.meta["ctx"]`),
and so does every weak link waiting in a site's reserve: the site it belongs to, the kind
and score of the link that led to it, its hop count, the list page it was found on and, for
an attachment, the fields of the article page that links it (never that page's HTML). The
policy (`crawler.policy`) makes and reads these; the spider only moves them between requests
and responses. Being plain frozen values, they pickle into JOBDIR queues and the spider's
saved state as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from archive.history import PageRecord
from crawler.discovery.links import LinkKind
from vocabulary.metadata import PageFields


@dataclass(frozen=True, slots=True)
class CrawlContext:
    """What a request (or a reserve entry) knows about itself."""

    site_key: str
    kind: LinkKind
    # The score of the link that led here; it is also the request's priority.
    score: int
    # Link hops from the home page; the pages of one list count as one hop.
    hops: int
    # The text and list date of the link that led here.
    link_text: str = ""
    list_date: str | None = None
    # The title of the list page or column the link was found on (`sightings.found_in`).
    column: str | None = None
    # For a list page: its number in the list, and the relevance its first page passed on.
    page_number: int = 1
    relevance: int = 0
    # For a POSTed list page: its form (a Hanweb data proxy call), or the JSON body a list API
    # takes.
    form: tuple[tuple[str, str], ...] = ()
    json_body: str = ""
    # POSTed even without a form or body (a token call: `$.ajax({type: "POST"})` with no data).
    posted: bool = False
    # Asked as a page's script asks (a list API, a data proxy): with the header jQuery adds to
    # its requests, `X-Requested-With: XMLHttpRequest`, which some APIs require.
    scripted: bool = False
    # Headers that script adds (a CSRF token its page hands it), sent with the request.
    script_headers: tuple[tuple[str, str], ...] = ()
    # How that script decrypts the answer (`apis.answer_cipher`), when it comes encrypted.
    answer_cipher: tuple = ()
    # How that script asks for the list's next page, when only running it can
    # (`crawler.discovery.sandbox.ScriptedList`).
    scripted_list: object = None
    # For a list API's answer: how the page that asked for it writes its records into items
    # (`crawler.discovery.templates.ItemTemplate`s).
    item_templates: tuple = ()
    # For an attachment: the article page that links it, and that page's fields.
    via_url: str | None = None
    via_fields: PageFields | None = None
    # For a further page of a long article: the URL of its first page.
    continues: str | None = None
    # Listed in the site's sitemap (a finite list, not a trap: not counted per URL shape).
    from_sitemap: bool = False
    # On a re-crawl: what the last crawl saw at this URL (validators, role, links).
    known: PageRecord | None = None
    # For a home page: the candidate home URL it was asked for (`crawler.homes`).
    home_of: str = ""
    # A URL tried on a guess (a dead seed host's other form): asked once, without retries.
    guess: bool = False

    @property
    def is_home(self) -> bool:
        """Whether this is the request for a site's home page."""
        return self.kind == LinkKind.HOME

    def with_known(self, known: PageRecord | None) -> CrawlContext:
        """The same context with the history record of its URL."""
        return replace(self, known=known)
