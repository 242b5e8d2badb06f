"""Read the URLs of an XML sitemap or sitemap index, however sloppily it is written.

Government sites announce sitemaps in robots.txt `Sitemap:` lines; some list pages that no
link reaches. The parser takes every `<loc>` element, in a `<urlset>` or a `<sitemapindex>`,
with or without namespaces, gzip-compressed or not, and ignores anything it cannot read.
"""

from __future__ import annotations

import gzip
import io
import re

_LOC = re.compile(rb"<loc>\s*(?:<!\[CDATA\[)?\s*(.*?)\s*(?:\]\]>)?\s*</loc>", re.S | re.I)
# Sitemaps hold at most 50,000 URLs by the protocol; more is not a sitemap we trust.
MAX_SITEMAP_URLS = 50_000
MAX_SITEMAP_BYTES = 50 * 1024 * 1024


def sitemap_urls(body: bytes) -> list[str]:
    """The http(s) URLs listed in a sitemap, in order, without duplicates."""
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
                body = handle.read(MAX_SITEMAP_BYTES)
        except (OSError, EOFError):
            return []
    urls: list[str] = []
    seen: set[str] = set()
    for match in _LOC.finditer(body):
        url = match.group(1).decode("utf-8", errors="replace").replace("&amp;", "&").strip()
        if url.startswith(("http://", "https://")) and url not in seen:
            seen.add(url)
            urls.append(url)
            if len(urls) >= MAX_SITEMAP_URLS:
                break
    return urls
