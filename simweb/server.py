"""A loopback forward proxy that serves the simulated web.

:class:`SimServer` listens on 127.0.0.1 and answers what a crawler sends to an HTTP proxy:
absolute-URI requests (``GET http://www.x.gov.cn/path HTTP/1.1``) and ``CONNECT host:443``
tunnels, which it terminates with a self-signed certificate made at start (Scrapy does not
verify certificates) and then serves origin-form requests inside. Unknown hosts get 502,
unknown paths 404. Every request is logged in :attr:`SimServer.request_log`. ``shutdown()``
releases the page that never answers and closes every connection, so it never hangs.

Resources with a ``fault`` (see ``faults.py``) misbehave on the wire: ``reset`` closes the
connection with an RST and no answer (logged with status 0), ``truncate`` promises more bytes
than it sends, ``stream`` sends a large body made chunk by chunk, ``chunked`` streams chunks
(``CHUNK_PAUSE`` apart) until the client goes away or the server stops. A resource that
carries its own ``Content-Encoding`` is sent as it is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import io
import os
import socket
import ssl
import struct
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .model import Request, Resource
from .web import SimWeb

REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
           404: "Not Found", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable"}
CHUNK_PAUSE = 0.01  # seconds between two chunks of an endless chunked answer


def make_tls_context(hosts: list[str]) -> ssl.SSLContext:
    """A server TLS context with a fresh self-signed certificate naming every host."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "simweb.gov.cn")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(
            [x509.DNSName(h) for h in [*hosts, "*.gov.cn"]]), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    fd, path = tempfile.mkstemp(suffix=".pem")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        ctx.load_cert_chain(path)
    finally:
        os.unlink(path)
    return ctx


class ProxyHandler(BaseHTTPRequestHandler):
    """Serves one client connection: plain proxy requests, CONNECT tunnels, requests inside."""

    protocol_version = "HTTP/1.1"
    timeout = 60
    # Answers are written in pieces; without this a kept-open connection waits for Nagle.
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.tunnel_host = ""
        self.server.track(self, True)

    def finish(self) -> None:
        try:
            super().finish()
            if self.tunnel_host:
                self.connection.close()
        except OSError:
            pass
        finally:
            self.server.track(self, False)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: requests go to the request log instead."""

    def do_CONNECT(self) -> None:
        host = self.path.rsplit(":", 1)[0].lower()
        if self.server.sim.web.resolve(Request("GET", "https", host, "/robots.txt")) is None:
            self.reply(502, b"unknown host", "text/plain")
            self.log("CONNECT", f"https://{self.path}", 502)
            self.close_connection = True
            return
        self.send_response(200, "Connection Established")
        self.end_headers()
        self.wfile.flush()
        self.log("CONNECT", f"https://{self.path}", 200)
        try:
            conn = self.server.sim.tls.wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError):
            self.close_connection = True
            return
        self.connection = conn
        self.rfile = conn.makefile("rb", self.rbufsize)
        self.wfile = conn.makefile("wb", 0)
        self.tunnel_host = host
        self.close_connection = False

    def do_GET(self) -> None:
        self.serve()

    do_POST = do_HEAD = do_GET

    def serve(self) -> None:
        sim = self.server.sim
        if self.path.startswith(("http://", "https://")):
            parts = urlsplit(self.path)
            scheme, host, path, query = parts.scheme, parts.hostname or "", parts.path, parts.query
        else:
            path, _, query = self.path.partition("?")
            scheme = "https" if self.tunnel_host else "http"
            host = (self.headers.get("Host") or self.tunnel_host).split(":")[0].lower()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        req = Request(self.command, scheme, host, path or "/", query, dict(self.headers), body)
        url = f"{scheme}://{host}{path or '/'}" + (f"?{query}" if query else "")
        res = sim.web.respond(req, sim.state)
        if res is None:
            self.reply(502, b"<h1>502 Bad Gateway</h1>", "text/html")
            sim.record(self.command, url, 502, req.headers)
            return
        if res.hang:
            sim.record(self.command, url, 0, req.headers)
            sim.stopping.wait()
            self.close_connection = True
            return
        if res.fault:
            self.misbehave(res, url, req.headers)
            return
        headers = list(res.headers)
        if res.status in (200, 304):
            headers += [("Last-Modified", res.last_modified), ("ETag", res.etag)]
        payload = res.body
        accepts = self.headers.get("Accept-Encoding", "")
        if (res.status == 200 and "gzip" in accepts and len(payload) > 1024
                and res.ctype.startswith(("text/", "application/xml"))
                and not any(key.lower() == "content-encoding" for key, _ in res.headers)):
            payload = gzip.compress(payload, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
        # Logged before the answer leaves, so a client that reads the log right after its
        # answer finds the request there.
        sim.record(self.command, url, res.status, req.headers)
        self.reply(res.status, payload, res.ctype, headers)

    def misbehave(self, res: Resource, url: str, headers: dict) -> None:
        """Act out a resource's fault; the connection is closed afterwards."""
        sim = self.server.sim
        self.close_connection = True
        if res.fault == "reset":
            sim.record(self.command, url, 0, headers)
            self.reset()
            return
        self.send_response(res.status, REASONS.get(res.status))
        self.send_header("Content-Type", res.ctype)
        for key, value in res.headers:  # no validators: a re-crawl meets the fault again
            self.send_header(key, value)
        if res.fault == "chunked":
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(res.length or len(res.body)))
        self.send_header("Connection", "close")
        try:
            self.end_headers()
            sim.record(self.command, url, res.status, headers)
            if self.command == "HEAD":
                return
            if res.fault == "truncate":
                self.wfile.write(res.body)
            elif res.fault == "stream" and res.stream is not None:
                for chunk in res.stream():
                    if sim.stopping.is_set():
                        break
                    self.wfile.write(chunk)
            elif res.fault == "chunked" and res.stream is not None:
                for chunk in res.stream():
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    if sim.stopping.wait(CHUNK_PAUSE):
                        break
            self.wfile.flush()
        except (OSError, ValueError):  # the client went away, or shutdown closed the socket
            pass

    def reset(self) -> None:
        """Close the connection with an RST (SO_LINGER 0), answering nothing."""
        conn = self.connection
        with contextlib.suppress(OSError):
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        files, self.rfile, self.wfile = (self.rfile, self.wfile), io.BytesIO(), io.BytesIO()
        for fh in files:  # file objects hold references that would delay the close
            with contextlib.suppress(OSError, ValueError):
                fh.close()
        with contextlib.suppress(OSError):
            conn.close()

    def reply(self, status: int, body: bytes, ctype: str,
              headers: list[tuple[str, str]] | None = None) -> None:
        self.send_response(status, REASONS.get(status))
        self.send_header("Content-Type", ctype)
        for key, value in headers or []:
            self.send_header(key, value)
        if status == 304:
            body = b""
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)
        self.wfile.flush()

    def log(self, method: str, url: str, status: int) -> None:
        self.server.sim.record(method, url, status, dict(self.headers))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # A crawler opens connections in bursts; the default backlog of 5 drops some of them.
    request_queue_size = 256

    def __init__(self, addr: tuple[str, int], sim: SimServer):
        self.sim = sim
        self.handlers: set[ProxyHandler] = set()
        self.lock = threading.Lock()
        super().__init__(addr, ProxyHandler)

    def track(self, handler: ProxyHandler, alive: bool) -> None:
        with self.lock:
            (self.handlers.add if alive else self.handlers.discard)(handler)

    def close_all(self) -> None:
        with self.lock:
            handlers = list(self.handlers)
        for handler in handlers:
            with contextlib.suppress(OSError):
                handler.connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: object, client_address: object) -> None:
        """Connections reset by clients or by shutdown are not errors worth printing."""


class SimServer:
    """The simulated web behind a forward proxy on 127.0.0.1; a context manager.

    Attributes:
        proxy_url: ``http://127.0.0.1:PORT``, for ``http_proxy`` and ``https_proxy``.
        request_log: dicts with method, url (with scheme), status, time and headers; status 0
            marks a request that was never answered.
    """

    def __init__(self, web: SimWeb, host: str = "127.0.0.1", port: int = 0):
        self.web = web
        self.state: dict = {}
        self.request_log: list[dict] = []
        self.stopping = threading.Event()
        self.tls = make_tls_context(sorted(web.hosts))
        self._lock = threading.Lock()
        self._httpd = _Server((host, port), self)
        self.port = self._httpd.server_address[1]
        self.proxy_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={
            "poll_interval": 0.05}, daemon=True, name="simweb-proxy")
        self._thread.start()

    def record(self, method: str, url: str, status: int, headers: dict) -> None:
        """Append a request to the log."""
        with self._lock:
            self.request_log.append({"method": method, "url": url, "status": status,
                                     "time": time.time(), "headers": headers})

    def shutdown(self) -> None:
        """Stop serving, release hanging requests and close every connection."""
        if self.stopping.is_set():
            return
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.close_all()
        self._httpd.server_close()
        self._thread.join(timeout=2)

    def __enter__(self) -> SimServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
