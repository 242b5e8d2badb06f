"""Script-challenge firewalls: telling a challenge from a page.

Some portals sit behind firewalls that answer every request with a script that a browser
runs to earn a cookie, then reloads: 瑞数-style answers are HTTP 412 with a long token in a
`<meta>` and a script (the first cookie, e.g. `…S`, comes in a header; the script computes
the second); 加速乐-style answers are HTTP 521 with a `__jsluid_*` cookie and a script that
sets `__jsl_clearance*` in `document.cookie` and reloads. Some answer 200 with nothing but
such a script. A crawler that does not run scripts gets nothing there, and must say so
rather than report that nothing was published. `challenge_kind` reads a response's status,
headers and bytes; it is a pure function, tested on saved answers.
"""

from __future__ import annotations

import re
from enum import StrEnum

from scrapy.exceptions import IgnoreRequest

from vocabulary.keywords import SCRIPT_REDIRECT

# Challenge pages are small; a page longer than this is content, whatever its scripts do.
MAX_CHALLENGE_BYTES = 64 * 1024
# Visible text a challenge page may carry ("请开启JavaScript", a blank page).
MAX_VISIBLE_CHARS = 80

_SCRIPT = re.compile(rb"<script\b", re.I)
_COOKIE_WRITE = re.compile(rb"document\s*\.\s*cookie\s*=|document\[\s*['\"]cookie['\"]\s*\]\s*=", re.I)
_RELOAD = re.compile(rb"location\s*\.\s*(?:reload|replace|assign|href)|location\s*=|\.submit\s*\(", re.I)
_TAGS = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<[^>]+>", re.I | re.S)
_SPACE = re.compile(rb"(?:\s|&nbsp;)+")


# A cookie the challenge's script writes as literal text (`document.cookie='__jsl_clearance_s=
# 1717209600.123|0|…;max-age=3600;path=/'`), also joined from quoted pieces (`('_')+('_')+…`).
_LITERAL_COOKIE = re.compile(
    rb"""document\s*\.\s*cookie\s*=\s*((?:[(\s+]*(?:'[^'\n]*'|"[^"\n]*")[)\s]*\+?)+)\s*(?=[;\n<])""")
_QUOTED = re.compile(rb"'([^'\n]*)'|\"([^\"\n]*)\"")


class ScriptChallenge(IgnoreRequest):
    """A request answered with a script challenge that this crawl does not pass."""


class ChallengeKind(StrEnum):
    """Which kind of challenge a response is."""

    STATUS_412 = "412"  # 瑞数 (Rivers Security) style
    STATUS_521 = "521"  # 加速乐 (Jiasule) style
    COOKIE_SCRIPT = "cookie_script"  # a 200 whose page only sets a cookie and reloads


def _visible_chars(body: bytes) -> int:
    return len(_SPACE.sub(b"", _TAGS.sub(b" ", body)).decode("utf-8", errors="ignore"))


def challenge_kind(status: int, body: bytes) -> ChallengeKind | None:
    """The kind of script challenge a response is, or None for an ordinary answer.

    412 and 521 count only with a script in the page: a plain 412 (a failed precondition
    of a conditional request) is an ordinary answer. A 200 counts when the page is small,
    carries almost no visible text, writes a cookie from a script and reloads itself: a stub
    that sets a cookie and sends the browser on to another page is a redirect.
    """
    if status not in (200, 412, 521) or len(body) > MAX_CHALLENGE_BYTES:
        return None
    if not _SCRIPT.search(body):
        return None
    if status == 412:
        return ChallengeKind.STATUS_412
    if status == 521:
        return ChallengeKind.STATUS_521
    if not (_COOKIE_WRITE.search(body) and _RELOAD.search(body)):
        return None
    if _visible_chars(body) > MAX_VISIBLE_CHARS:
        return None
    if SCRIPT_REDIRECT.search(body.decode("utf-8", errors="replace")):
        return None  # sent on to a page the script names
    return ChallengeKind.COOKIE_SCRIPT


def literal_cookies(body: bytes) -> dict[str, str]:
    """The cookies a challenge page's script writes from literal text alone (the simple 加速乐
    first stage), by name; empty when any cookie it writes is computed."""
    cookies: dict[str, str] = {}
    writes = len(_COOKIE_WRITE.findall(body))
    matches = list(_LITERAL_COOKIE.finditer(body))
    if not matches or len(matches) != writes:
        return {}
    for match in matches:
        text = b"".join(single + double for single, double in _QUOTED.findall(match.group(1)))
        pair = text.decode("utf-8", errors="replace").split(";", 1)[0]
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            return {}
        cookies[name.strip()] = value.strip()
    return cookies
