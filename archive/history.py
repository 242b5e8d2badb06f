"""What earlier crawls fetched, read from the archive's `pages` table.

A re-crawl should cost a fraction of the first one. For every page it fetched, the archive
keeps the validators (ETag, Last-Modified), the page's role (home, navigation, candidate,
leaf) and, for navigation pages, the links it offered. `CrawlHistory` answers, per URL,
what the spider needs to make a conditional request, to replay a page's links when the
server says 304 Not Modified, and to skip leaf pages that led nowhere. It is a read-only
connection: the archive pipeline remains the only writer.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from archive.records import EndReason


class PageRole(StrEnum):
    """What a fetched page is to later crawls, as stored in `pages.role`."""

    HOME = "home"
    NAVIGATION = "navigation"  # a column, list or hub page: revisited every crawl
    CANDIDATE = "candidate"  # a page or file that was sent to the pipelines
    LEAF = "leaf"  # an article that held nothing of interest: not fetched again


class StoredLink(NamedTuple):
    """A link a navigation page offered, as kept in `pages.links` to be replayed on a 304."""

    url: str
    score: int
    kind: str  # a `crawler.discovery.links.LinkKind` value
    text: str
    date: str | None


@dataclass(frozen=True)
class PageRecord:
    """One page as the last crawl saw it."""

    url: str
    role: str
    http_status: int
    etag: str | None
    last_modified: str | None
    links: tuple[StoredLink, ...]
    report_id: int | None


def pack_links(links: list[StoredLink]) -> bytes:
    """Compress a page's links for storage."""
    return zlib.compress(json.dumps(links, ensure_ascii=False).encode("utf-8"))


def unpack_links(blob: bytes | None) -> tuple[StoredLink, ...]:
    """The links stored by `pack_links`."""
    if not blob:
        return ()
    return tuple(StoredLink(*link) for link in json.loads(zlib.decompress(blob)))


class CrawlHistory:
    """Read-only lookups into the `pages` table of an archive (empty if there is none)."""

    def __init__(self, path: str | Path | None):
        self.conn: sqlite3.Connection | None = None
        if path and Path(path).exists():
            conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True,
                                   check_same_thread=False)
            tables = {row[0] for row in conn.execute("select name from sqlite_master")}
            if {"pages", "sites"} <= tables:
                self.conn = conn
            else:
                conn.close()

    def page(self, url: str) -> PageRecord | None:
        """The last visit of `url`, if any."""
        if self.conn is None:
            return None
        row = self.conn.execute(
            "select url, role, http_status, etag, last_modified, links, report_id from pages "
            "where url = ?", [url]).fetchone()
        if row is None:
            return None
        return PageRecord(row[0], row[1], row[2], row[3], row[4], unpack_links(row[5]), row[6])

    def sites_with_pages(self) -> set[str]:
        """The sites some earlier crawl visited: only their URLs need looking up."""
        if self.conn is None:
            return set()
        return {row[0] for row in self.conn.execute("select distinct site_key from pages")}

    def report_urls(self, site_key: str) -> list[str]:
        """URLs of the site where reports were seen before, to check them again first."""
        if self.conn is None:
            return []
        rows = self.conn.execute(
            "select url from pages where site_key = ? and report_id is not null order by url",
            [site_key])
        return [row[0] for row in rows]

    def completed_site(self, site_key: str) -> bool:
        """Whether the last crawl of this site looked at all of it (ended `done`) and that
        crawl ran to its end.

        Only then may a re-crawl trust 304s and stop paging early: a site whose crawl was
        killed or cut short is crawled in full again. A site can end `done` while its last
        documents are still being read; if the crawl is killed then, they were never
        written, and only a full crawl finds them again.
        """
        if self.conn is None:
            return False
        row = self.conn.execute(
            "select sites.end_reason, crawls.finished_at from sites "
            "left join crawls on crawls.id = sites.last_crawl_id where sites.site_key = ?",
            [site_key]).fetchone()
        return row is not None and row[0] == EndReason.DONE and row[1] is not None

    def final_url(self, site_key: str) -> str | None:
        """Where the site's home page ended in its last crawl (after redirects)."""
        if self.conn is None:
            return None
        row = self.conn.execute("select final_url from sites where site_key = ?",
                                [site_key]).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        """Close the connection."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None
