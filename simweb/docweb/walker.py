"""A walker for the ``docweb`` profile, for the tests (not a crawler): ``simweb.kinds.walker`` (hrefs,
srcs, ``<datastore>`` records) plus a record of what every non-HTML URL answered, so that a test can
check that each report's file is reached and served as the file it is.
"""

from __future__ import annotations

from ..kinds.walker import Walker as KindsWalker


class Walker(KindsWalker):
    def __init__(self, web, limit: int = 20000):
        super().__init__(web, limit)
        self.files: dict[str, tuple[int, str, bytes]] = {}  # url -> status, content type, body

    def get(
        self, url: str, method: str = "GET", body: bytes = b"", ctype: str = ""
    ) -> tuple[int, bytes, str]:
        status, data, answer = super().get(url, method, body, ctype)
        if method == "GET" and status == 200 and not answer.startswith("text/"):
            self.files[url] = (status, answer, data)
        return status, data, answer
