"""Where the crawl may not go: redirect targets, IP literals, and names that resolve to
loopback or private addresses when no proxy resolves them (checked at connection time)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from twisted.internet import defer
from twisted.python.failure import Failure

from crawler.discovery.pages import error_kind
from crawler.targets import (
    BlockedAddress,
    BlockedTarget,
    PublicAddressResolver,
    ip_literal,
    is_public_address,
    redirect_refusal,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("target", [
    "http://127.0.0.1:9/secret/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
    "http://2130706433/", "http://10.0.0.8/", "http://8.8.8.8/", "http://localhost:8080/",
    "http://x.localhost/", "http://www.example.com/", "http://evil.gov.cn.example.net/",
])
def test_redirects_off_government_hosts_or_to_addresses_are_refused(target):
    assert redirect_refusal("http://www.a.gov.cn/fzzf/", target) is not None


@pytest.mark.parametrize("target", [
    "http://www.a.gov.cn/index.html", "https://a.gov.cn/", "http://www.b.gov.cn/",
    "https://www.gov.hk/sc/", "http://zwgk.a.gov.cn/list/",
])
def test_redirects_within_government_hosts_are_followed(target):
    assert redirect_refusal("http://www.a.gov.cn/", target) is None


def test_a_site_outside_gov_cn_may_redirect_within_its_own_domain_only():
    assert redirect_refusal("http://www.taizhou.com.cn/", "http://news.taizhou.com.cn/") is None
    assert redirect_refusal("http://www.taizhou.com.cn/", "http://www.other.com.cn/") is not None
    # A seed that is an IP literal may redirect on its own host.
    assert redirect_refusal("http://10.1.2.3/", "http://10.1.2.3/index.html") is None


def test_addresses():
    assert ip_literal("2130706433") == ip_literal("127.0.0.1")
    assert ip_literal("www.a.gov.cn") is None
    for address in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                    "::1", "fe80::1", "::ffff:127.0.0.1", "100.64.0.1", "0.0.0.0", "224.0.0.1"):
        assert not is_public_address(address), address
    assert is_public_address("202.96.128.86") and is_public_address("2400:3200::1")


def test_refusals_are_counted_as_blocked_target():
    assert error_kind(Failure(BlockedTarget("blocked target: IP literal 127.0.0.1"))) == "blocked_target"
    assert error_kind(Failure(BlockedAddress("www.a.gov.cn resolves to 127.0.0.1"))) == "blocked_target"


def resolve(resolver: PublicAddressResolver, name: str, monkeypatch, address: str):
    """What the resolver answers for `name` when the system resolves it to `address`."""
    monkeypatch.setattr("scrapy.resolver.CachingThreadedResolver.getHostByName",
                        lambda self, name, timeout=(): defer.succeed(address))
    results: list = []
    resolver.getHostByName(name).addBoth(results.append)
    return results[0]


def test_a_gov_cn_name_resolving_to_loopback_is_refused_at_connection_time(monkeypatch):
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    resolver = PublicAddressResolver(reactor=None, cache_size=0, timeout=5)
    refused = resolve(resolver, "www.a.gov.cn", monkeypatch, "127.0.0.1")
    assert isinstance(refused, Failure) and refused.check(BlockedAddress)
    assert resolve(resolver, "www.a.gov.cn", monkeypatch, "202.96.128.86") == "202.96.128.86"
    opened = PublicAddressResolver(reactor=None, cache_size=0, timeout=5, allow_private=True)
    assert resolve(opened, "www.a.gov.cn", monkeypatch, "127.0.0.1") == "127.0.0.1"


def test_the_proxys_own_name_may_be_local(monkeypatch):
    monkeypatch.setenv("http_proxy", "http://proxy.internal:3128")
    resolver = PublicAddressResolver(reactor=None, cache_size=0, timeout=5)
    assert resolve(resolver, "proxy.internal", monkeypatch, "10.0.0.5") == "10.0.0.5"


class _Recorder(BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_GET(self):
        self.seen.append(self.path)
        body = b"<html><head><title>t</title></head><body>ok</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


# Loaded by the crawl subprocess: the system resolver answers 127.0.0.1 for every .gov.cn name,
# as a hostile or broken DNS record would.
LOOPBACK_DNS = """import socket
_system = socket.gethostbyname
socket.gethostbyname = lambda name: "127.0.0.1" if name.endswith(".gov.cn") else _system(name)
"""


@pytest.mark.e2e
def test_a_real_crawl_without_proxy_never_connects_to_a_gov_cn_name_resolving_to_loopback(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    (tmp_path / "dns").mkdir()
    (tmp_path / "dns" / "sitecustomize.py").write_text(LOOPBACK_DNS)
    try:
        seeds = tmp_path / "seeds.csv"
        seeds.write_text(f"name,url\n榆中县,http://www.lzyuzhong.gov.cn:{server.server_port}/\n",
                         encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        env["PYTHONPATH"] = os.pathsep.join([str(tmp_path / "dns"), env.get("PYTHONPATH", "")])
        command = [sys.executable, "-m", "scrapy", "crawl", "gov_reports", "-a", f"seeds={seeds}",
                   "-s", f"ARCHIVE_PATH={tmp_path / 'archive.db'}", "-s", "DOWNLOAD_DELAY=0",
                   "-s", "RETRY_ENABLED=False", "-s", f"LOG_FILE={tmp_path / 'crawl.log'}"]
        subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, timeout=300, check=False)
        assert _Recorder.seen == []
        errors = sqlite3.connect(tmp_path / "archive.db").execute("select errors from sites").fetchone()[0]
        assert "blocked_target" in json.loads(errors)
        # The same crawl with the check turned off does reach the server: the name did resolve.
        subprocess.run([*command, "-s", "ALLOW_PRIVATE_TARGETS=True"], cwd=PROJECT_ROOT, env=env,
                       capture_output=True, timeout=300, check=False)
        assert "/robots.txt" in _Recorder.seen and "/" in _Recorder.seen
    finally:
        server.shutdown()


def test_a_proxy_that_cannot_reach_an_https_host_is_a_dead_connection():
    from scrapy.core.downloader.handlers.http11 import TunnelError

    failure = Failure(TunnelError("Could not open CONNECT tunnel with proxy 127.0.0.1:8080 [502]"))
    assert error_kind(failure) == "connection"
