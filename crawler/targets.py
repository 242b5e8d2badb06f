"""Where the crawl may not go: redirects off government hosts and non-public addresses.

A government page can redirect anywhere, and a `.gov.cn` name can resolve to anything. The
crawl must not become a way into the machine it runs on or its network: a redirect is
followed only within the host's own registrable domain or to a government host (`.gov.cn`,
and `.gov.hk`/`.gov.mo` for those seeds), never to an IP literal or a loopback name; and,
when there is no proxy to resolve names, a name that resolves to a loopback, private,
link-local or otherwise non-public address is refused when the connection is made
(`PublicAddressResolver`). Refusals end as `BlockedTarget`, which the spider counts as the
error kind `blocked_target`: Twisted reports a refused name as a lookup without results, so
the resolver remembers what it refused and `TargetGuardMiddleware` (in
`crawler.middlewares`) turns that lookup failure back into the refusal.
`ALLOW_PRIVATE_TARGETS` turns the address check off (a crawl of an intranet mirror).
"""

from __future__ import annotations

import ipaddress
import logging
import urllib.request
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from crawler.discovery.urls import registrable_domain

logger = logging.getLogger(__name__)

GOVERNMENT_SUFFIXES = (".gov.cn", ".gov.hk", ".gov.mo")
LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


class BlockedTarget(IgnoreRequest):
    """A request refused because of where it would go."""


class BlockedAddress(DNSLookupError):
    """A name that resolved to an address the crawl may not connect to."""


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names literally (`127.0.0.1`, `[::1]`, `2130706433`), or None."""
    host = host.strip("[]")
    try:
        return ipaddress.IPv4Address(int(host)) if host.isdigit() else ipaddress.ip_address(host)
    except ValueError:
        return None


def is_public_address(address: str) -> bool:
    """Whether an address is one the public internet routes (not loopback, private, …)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def redirect_refusal(source_url: str, target_url: str) -> str | None:
    """Why a redirect from `source_url` to `target_url` may not be followed, or None."""
    source = (urlsplit(source_url).hostname or "").lower()
    target = (urlsplit(target_url).hostname or "").lower()
    if not target:
        return "no host"
    if ip_literal(target) is not None:
        return None if target == source else f"IP literal {target}"
    if target in LOOPBACK_NAMES or target.endswith(".localhost"):
        return f"loopback name {target}"
    if target == source or target.endswith(GOVERNMENT_SUFFIXES):
        return None
    if source and registrable_domain(target) == registrable_domain(source):
        return None
    return f"{target} is not a government host"


def proxy_hosts() -> frozenset[str]:
    """The hosts of the proxies the environment names: they may be local by design."""
    return frozenset((urlsplit(url).hostname or "").lower()
                     for url in urllib.request.getproxies().values() if "://" in url)


class PublicAddressResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing names that resolve to non-public addresses.

    Names of the configured proxies are exempt (the crawl reaches the web through them), and
    IP literals never reach a resolver; `ALLOW_PRIVATE_TARGETS` turns the check off.
    """

    def __init__(self, reactor, cache_size: int, timeout: float, allow_private: bool = False):
        super().__init__(reactor, cache_size, timeout)
        self.allow_private = allow_private
        self.exempt = proxy_hosts()
        # Names refused, with the address they resolved to.
        self.refused: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler, reactor):
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"),
                   settings.getbool("ALLOW_PRIVATE_TARGETS"))

    def getHostByName(self, name: str, timeout=()):
        resolved = super().getHostByName(name, timeout)
        if self.allow_private or name.lower() in self.exempt:
            return resolved
        return resolved.addCallback(self._refuse_private, name)

    def _refuse_private(self, address: str, name: str) -> str:
        if not is_public_address(address):
            if name not in self.refused:
                logger.warning("refused to connect to %s: it resolves to %s, not a public address "
                               "(ALLOW_PRIVATE_TARGETS=True allows it)", name, address)
            self.refused[name.lower()] = address
            raise BlockedAddress(f"{name} resolves to {address}, not a public address")
        return address


def refused_name(host: str) -> str | None:
    """The address the installed resolver refused `host` for, or None."""
    from twisted.internet import reactor  # the running reactor, never installed here

    refused = getattr(getattr(reactor, "resolver", None), "refused", None)
    return refused.get(host.lower()) if isinstance(refused, dict) else None
