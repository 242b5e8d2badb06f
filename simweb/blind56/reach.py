"""A reachability walker for the blind56 web.

Most blind56 pages need nothing new: Epoint WebBuilder's static ``moreinfo.html``/``<n>.html``
lists with numbered links (许昌), 郴州's ``default.htm`` lists with ``default_<n>.htm`` and
``default.jsp?jsp.offset=…`` plain pager links (郴州), and TRS ``createPageHTML(…, "index",
"shtml")`` lists (景德镇) are followed by blind39's walker (through blind36, blind33 …). It adds,
without running any script:

* helpers defined in a script the page loads: for each ``<script src="….js">`` of a page, the
  script is fetched and each ``function f(x){window.open("<prefix>"+x)…}`` in it is applied to
  the page's ``f('<value>')`` calls (许昌's 信息公开 rows ``onclick="linkToNew('<infoid>')"`` with
  ``/js/xxgklist.js``).

Trap prefixes are not entered. Used by ``tests/test_simweb_blind56.py`` only.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from ..blind.reach import HELPER, decode
from ..blind39.reach import Walker as Blind39Walker
from ..blind39.reach import unanswered_through_proxy

__all__ = ["SCRIPT_SRC", "Walker", "unanswered_through_proxy"]

SCRIPT_SRC = re.compile(r"""<script[^>]+src=["']([^"']+\.js)["']""", re.I)


class Walker(Blind39Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        scripts = getattr(self, "_scripts", None)
        if scripts is None:
            scripts = self._scripts = {}
        for src in SCRIPT_SRC.findall(text):
            url = urljoin(base, src)
            if url not in scripts:
                _u, res = self.request(url)
                ok = res is not None and res.status == 200
                scripts[url] = HELPER.findall(decode(res.body, res.ctype)) if ok else []
            for name, _arg, prefix in scripts[url]:
                for value in re.findall(rf"""{name}\(\s*['"]([^'"]+)['"]""", text):
                    self.add(base, prefix + value)
