"""A reachability walker for the blind22 web that understands the blind22 sites' own mechanisms.

It extends the sixteenth blind profile's walker (and through it every earlier one up to
blind15: links, frames, script files, createPageHTML pagers, POST and JSON list APIs, the
GridView ``__doPostBack('…','Page$N')`` pager, the 政务公开 platform's label endpoint
``/site/label/8888`` paged by ``Ls.pagination`` …) with, without running any script:

* ``AspNetPager`` postbacks: a page whose form holds ``__VIEWSTATE`` and whose pager links are
  ``javascript:__doPostBack('AspNetPager1','N')`` is POSTed back with ``__EVENTTARGET`` and
  ``__EVENTARGUMENT=N`` for every page number it names, and each answer is read the same way.

Trap prefixes are not entered. Used by ``tests/test_simweb_blind22.py`` only.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlencode, urljoin

from ..blind16.reach import Walker as Blind16Walker
from ..blind19.reach import unanswered_through_proxy

__all__ = ["Walker", "unanswered_through_proxy"]

PAGER = re.compile(r"""__doPostBack\('([^']+)','(\d+)'\)""")
FORM = re.compile(r"""<form[^>]*method="post"[^>]*action="([^"]+)"[^>]*>(.*?)</form>""", re.S | re.I)
HIDDEN = re.compile(r"""<input type="hidden" name="([^"]+)"[^>]*value="([^"]*)\"""")


class Walker(Blind16Walker):
    def apis(self, base: str, text: str) -> None:
        super().apis(base, text)
        self.pager_postback(base, text, set())

    def pager_postback(self, base: str, text: str, done: set) -> None:
        form = FORM.search(text)
        if not form or "__VIEWSTATE" not in form.group(2):
            return
        action = urljoin(base, html.unescape(form.group(1)))
        hidden = dict(HIDDEN.findall(form.group(2)))
        for target, arg in PAGER.findall(text):
            if (action, arg) in done:
                continue
            done.add((action, arg))
            body = urlencode({**hidden, "__EVENTTARGET": target, "__EVENTARGUMENT": arg}).encode()
            _u, res = self.request(
                action, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"}
            )
            self.api_calls += 1
            if res is None or res.status != 200:
                continue
            page = res.body.decode("gbk" if b"charset=GBK" in res.body[:300] else "utf-8", "replace")
            self.links(action, page)
            self.pager_postback(action, page, done)
