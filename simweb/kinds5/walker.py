"""A walker for the ``kinds5`` profile, for the tests (not a crawler).

These sites need nothing beyond what an ordinary browser user clicks: ``href`` links (list rows,
pagers written as links, ``?page=N`` and ``&page=N``, category filters, footer links, image and
icon links) and TRS ``createPageHTML`` pagers, which ``simweb.kinds.walker`` already follows. This
walker adds one restriction so that a test can show it: it can be told to ignore links whose
anchor is only an image (``<a><img …></a>``) or that sit in the footer, to prove which reports
are reachable only that way.
"""

from __future__ import annotations

import re

from ..kinds.walker import Walker as KindsWalker

IMAGE_LINK = re.compile(r'<a href="[^"]+"(?: title="[^"]*")?><img [^>]*></a>')
FOOTER = re.compile(r'<div class="footer">.*?</div>\n', re.S)


class Walker(KindsWalker):
    def __init__(self, web, limit: int = 20000, *, images: bool = True, footer: bool = True):
        super().__init__(web, limit)
        self.images, self.footer = images, footer

    def links(self, url: str, text: str) -> list[str]:
        if not self.images:
            text = IMAGE_LINK.sub("", text)
        if not self.footer:
            text = FOOTER.sub("", text)
        return super().links(url, text)
