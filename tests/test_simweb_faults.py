"""Tests of the fault sites of the simulated web (simweb/faults.py) and of the server's
fault behaviours, fetched through the proxy with plain sockets and http.client."""

from __future__ import annotations

import dataclasses
import http.client
import socket
import ssl
import threading
import time
import tracemalloc
import urllib.error
import urllib.request
import zlib
from urllib.parse import urljoin, urlsplit

import pytest

from simweb import SimServer, build_web
from simweb.faults import (
    BOMB_BYTES,
    FAULT_KINDS,
    FAULT_SITES,
    HUGE_BYTES,
    JUNK_BYTES,
    add_fault_sites,
)
from simweb.model import Request
from simweb.oracle import Oracle
from simweb.web import digest_web
from tests.simweb_fetch import connect, get


@pytest.fixture(scope="module")
def base():
    return build_web(0)


@pytest.fixture(scope="module")
def web():
    web = build_web(0)
    web.faults = add_fault_sites(web)
    return web


@pytest.fixture(scope="module")
def server(web):
    with SimServer(web) as srv:
        yield srv


def by_kind(web) -> dict[str, tuple[str, dict]]:
    return {desc["fault"]: (host, desc) for host, desc in web.faults.items()}


def raw_request(port: int, url: str, timeout: float) -> socket.socket:
    """A plain socket that has sent an absolute-URI GET to the proxy."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    host = urlsplit(url).hostname
    sock.sendall(f"GET {url} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    return sock


def wait_for(predicate, seconds: float = 5) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def logged(server, url: str) -> list[int]:
    return [r["status"] for r in list(server.request_log) if r["url"] == url]


# ---------------------------------------------------------------------- the sites and the truth


def test_one_site_per_fault_on_new_hosts(web, base):
    assert sorted(d["fault"] for d in web.faults.values()) == sorted(FAULT_KINDS)
    discovery = build_web(0, profile="discovery")
    old_hosts = base.hosts | discovery.hosts
    old_codes = {r["adcode"] for r in base.rows + discovery.rows}
    assert not set(web.faults) & old_hosts
    assert set(web.faults) <= web.hosts  # the cached host set was refreshed
    rows = web.seed_rows()
    assert rows[: len(base.rows)] == base.seed_rows()
    new = rows[len(base.rows):]
    assert [urlsplit(r["url"]).hostname for r in new] == list(web.faults)
    assert all(r["level"] == "county" and len(r["adcode"]) == 6 for r in new)
    assert len({r["adcode"] for r in new}) == len(new) and not {r["adcode"] for r in new} & old_codes
    with pytest.raises(ValueError):
        add_fault_sites(web)


def test_same_seed_same_fault_sites(web):
    again = build_web(0)
    assert add_fault_sites(again) == web.faults
    assert digest_web(again) == digest_web(web) and again.truth == web.truth
    other = build_web(1)
    add_fault_sites(other)
    assert digest_web(other) != digest_web(web)


def test_truth_additions(web, base):
    assert web.truth["faults"] == web.faults
    reports = web.truth["reports"]
    assert reports[: len(base.truth["reports"])] == base.truth["reports"]
    added = reports[len(base.truth["reports"]):]
    assert {tuple(sorted(r)) for r in added} == {tuple(sorted(base.truth["reports"][0]))}
    urls = {r["preferred_url"]: r for r in added}
    for host, desc in web.faults.items():
        assert set(desc["reports"]) <= set(urls)
        assert all(urls[u]["site"] == desc["site"] for u in desc["reports"])
        assert desc["fault_urls"] and all(urlsplit(u).hostname == host for u in desc["fault_urls"])
        if desc["fault"] == "storm5xx":
            assert desc["reports"] == []
        else:
            assert len(desc["reports"]) == 2
            assert (set(desc["fault_urls"]) & set(desc["reports"])) == (
                {desc["reports"][0]} if desc["fault"] == "undeclared" else set())
    assert sum(len(d["reports"]) for d in web.faults.values()) == len(added)
    assert len({r["key"] for r in reports}) == len(reports)
    timeout = by_kind(web)["timeout"][1]["fault_urls"]
    assert web.truth["hangs"] == base.truth["hangs"] + timeout


def test_report_pages_carry_the_truth_text(web):
    undeclared = by_kind(web)["undeclared"][1]["fault_urls"][0]
    for rep in web.truth["reports"][-20:]:
        url = rep["preferred_url"]
        parts = urlsplit(url)
        res = web.respond(Request("GET", parts.scheme, parts.hostname, parts.path), {})
        assert res.status == 200 and not res.fault
        if url == undeclared:
            assert res.ctype == "text/html" and b"charset" not in res.body.lower()
            with pytest.raises(UnicodeDecodeError):
                res.body.decode("utf-8")
            text = res.body.decode("gbk")
        else:
            text = res.body.decode("utf-8")
        assert rep["title"] in text and rep["publish_date"] in text and rep["publisher"] in text
        for para in rep["body"].split("\n"):
            assert para in text


def test_every_fault_report_is_reachable(web):
    class FaultWeb:  # the web with only the fault sites as seeds
        truth = web.truth
        respond = web.respond

        def seed_rows(self):
            return [r for r in web.seed_rows() if urlsplit(r["url"]).hostname in web.faults]

    oracle = Oracle(FaultWeb()).run()
    for desc in web.faults.values():
        for url in desc["reports"]:
            assert url in oracle.reached
    assert oracle.fetched < 200


# ---------------------------------------------------------------------- through the proxy


def test_normal_pages_answer_200(web, server):
    for host, desc in web.faults.items():
        scheme = urlsplit(desc["reports"][0] if desc["reports"] else desc["fault_urls"][0]).scheme
        pages = [f"{scheme}://{host}/robots.txt", f"{scheme}://{host}/", *desc["reports"]]
        if desc["fault"] != "storm5xx":
            pages += [f"{scheme}://{host}/zwgk/fzzfjs/index.html", f"{scheme}://{host}/xwdt/index.html"]
        for url in pages:
            status, _, body = get(server.port, url)
            assert status == 200 and body, url
    status, _, body = get(server.port, "http://www.etkq.gov.cn/robots.txt")
    assert status == 200 and b"User-agent" in body


def test_reset(web, server):
    url = by_kind(web)["reset"][1]["fault_urls"][0]
    sock = raw_request(server.port, url, timeout=5)
    with pytest.raises(ConnectionResetError):
        while sock.recv(65536):
            pass
    sock.close()
    assert wait_for(lambda: logged(server, url) == [0])


def test_reset_inside_a_tunnel():
    cangshan = next(s for s in FAULT_SITES if s.kind == "reset")
    web = build_web(0)
    desc = add_fault_sites(web, (dataclasses.replace(cangshan, scheme="https"),))
    url = desc[cangshan.host]["fault_urls"][0]
    with SimServer(web) as srv:
        conn, target = connect(srv.port, url)
        conn.request("GET", target)
        with pytest.raises((ConnectionResetError, ssl.SSLError)):
            conn.getresponse()
        conn.close()
        assert logged(srv, url) == [0]
        assert get(srv.port, desc[cangshan.host]["reports"][0])[0] == 200


def test_timeout(web, server):
    url = by_kind(web)["timeout"][1]["fault_urls"][0]
    sock = raw_request(server.port, url, timeout=0.5)
    with pytest.raises(TimeoutError):
        sock.recv(65536)
    sock.close()
    assert logged(server, url) == [0]


def test_storm(web, server):
    host, desc = by_kind(web)["storm5xx"]
    statuses = [get(server.port, url)[0] for url in desc["fault_urls"] * 3]
    assert set(statuses) == {500, 502, 503}
    assert get(server.port, f"http://{host}/no/such/page.html")[0] >= 500
    assert get(server.port, f"http://{host}/")[0] == 200
    assert get(server.port, f"http://{host}/robots.txt")[0] == 200


def test_truncated(web, server):
    url = by_kind(web)["truncated"][1]["fault_urls"][0]
    conn, target = connect(server.port, url)
    conn.request("GET", target, headers={"Accept-Encoding": "gzip"})
    res = conn.getresponse()
    promised = int(res.getheader("Content-Length"))
    assert res.status == 200 and res.getheader("Content-Encoding") is None
    with pytest.raises(http.client.IncompleteRead) as err:
        res.read()
    conn.close()
    assert 0 < len(err.value.partial) < promised / 2
    assert err.value.partial.startswith(b"<!DOCTYPE html>")


def test_huge_page_is_streamed(web, server):
    url = by_kind(web)["huge"][1]["fault_urls"][0]
    parts = urlsplit(url)
    res = web.resolve(Request("GET", parts.scheme, parts.hostname, parts.path))
    assert res.body == b"" and res.fault == "stream" and res.length == HUGE_BYTES
    conn, target = connect(server.port, url)
    conn.request("GET", target, headers={"Accept-Encoding": "gzip"})
    tracemalloc.start()
    try:
        answer = conn.getresponse()
        assert answer.status == 200 and int(answer.getheader("Content-Length")) == HUGE_BYTES
        assert answer.getheader("Content-Type") == "text/html; charset=utf-8"
        total, first, last = 0, b"", b""
        while chunk := answer.read(1 << 20):
            first = first or chunk
            total, last = total + len(chunk), chunk
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        conn.close()
    assert total == HUGE_BYTES
    assert first.startswith(b"<!DOCTYPE html>") and last.rstrip().endswith(b"</html>")
    assert peak < 8 << 20  # server and client together: never the whole page


def test_gzip_bomb(web, server):
    url = by_kind(web)["gzipbomb"][1]["fault_urls"][0]
    assert url.startswith("https://")
    status, headers, body = get(server.port, url, headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert int(headers["content-length"]) == len(body) < 4 << 20
    size = int.from_bytes(body[-4:], "little")  # ISIZE: the inflated size modulo 2**32
    assert size > BOMB_BYTES
    inflate = zlib.decompressobj(31)
    total, first, data = 0, b"", body
    while data:
        piece = inflate.decompress(data, 32 << 20)
        first = first or piece
        total += len(piece)
        data = inflate.unconsumed_tail
    total += len(inflate.flush())
    assert inflate.eof and total == size  # the CRC and the size check out
    assert first.startswith(b"<!DOCTYPE html>")


def test_junk(web, server):
    url = by_kind(web)["junk"][1]["fault_urls"][0]
    status, headers, body = get(server.port, url)
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert len(body) == JUNK_BYTES
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


def test_corrupt_pdfs(web, server):
    import io

    from pdfminer.high_level import extract_text

    desc = by_kind(web)["corruptpdf"][1]
    report = desc["reports"][0]
    page = get(server.port, report)[2].decode()
    truncated, garbage = (u for u in desc["fault_urls"])
    assert urlsplit(truncated).path in page
    for url in (truncated, garbage):
        status, headers, data = get(server.port, url)
        assert status == 200 and headers["content-type"] == "application/pdf"
        assert data.startswith(b"%PDF-") and b"%%EOF" not in data
        try:
            text = extract_text(io.BytesIO(data))
        except Exception:  # pdfminer signals broken files with many exception types
            text = ""
        assert not text.strip()


def test_redirect_loops(web, server):
    loop_a, loop_b, self_loop = by_kind(web)["redirectloop"][1]["fault_urls"]
    hops = []
    url = loop_a
    for _ in range(4):
        status, headers, _ = get(server.port, url)
        assert status in (301, 302)
        url = urljoin(url, headers["location"])
        hops.append(url)
    assert hops == [loop_b, loop_a, loop_b, loop_a]
    status, headers, _ = get(server.port, self_loop)
    assert status == 301 and urljoin(self_loop, headers["location"]) == self_loop
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
    for start in (loop_a, self_loop):
        with pytest.raises(urllib.error.HTTPError, match="infinite loop"):
            opener.open(start, timeout=5)


def test_chunked_streams_until_the_client_leaves(web):
    url = by_kind(web)["chunked"][1]["fault_urls"][0]
    with SimServer(web) as srv:
        conn, target = connect(srv.port, url)
        conn.request("GET", target)
        res = conn.getresponse()
        assert res.status == 200 and res.getheader("Transfer-Encoding") == "chunked"
        assert res.getheader("Content-Length") is None
        start, total = time.time(), 0
        while total < 2 << 20:  # http.client decodes the chunks
            total += len(res.read(256 * 1024))
        assert time.time() - start > 0.2  # throttled: 64 KB per 10 ms
        assert not res.isclosed()
        res.close()  # the response owns the socket (the answer said Connection: close)
        conn.close()
        assert wait_for(lambda: not srv._httpd.handlers, 3)  # the server stopped sending
        assert logged(srv, url) == [200]


def test_shutdown_is_quick_with_stuck_clients(web):
    kinds = by_kind(web)
    hang, chunked, huge = (kinds[k][1]["fault_urls"][0] for k in ("timeout", "chunked", "huge"))
    srv = SimServer(web)
    stuck = []
    outcome: list[str] = []

    def wait_on_hang():
        sock = raw_request(srv.port, hang, timeout=30)
        try:
            outcome.append("answered" if sock.recv(100) else "closed")
        except OSError as exc:
            outcome.append(type(exc).__name__)

    thread = threading.Thread(target=wait_on_hang, daemon=True)
    thread.start()
    for url in (chunked, huge):  # headers read, body never read: the server blocks in send
        conn, target = connect(srv.port, url)
        conn.request("GET", target)
        stuck.append((conn, conn.getresponse()))
    assert wait_for(lambda: logged(srv, hang) == [0] and logged(srv, chunked) == [200]
                    and logged(srv, huge) == [200])
    time.sleep(0.3)
    assert thread.is_alive()
    start = time.time()
    srv.shutdown()
    assert time.time() - start < 2
    thread.join(2)
    assert outcome and outcome[0] != "answered"
    assert wait_for(lambda: not srv._httpd.handlers, 3)  # every handler thread got out
    for conn, res in stuck:
        res.close()
        conn.close()
