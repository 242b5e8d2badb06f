"""Text normalisation: simplified script, pinyin annotations, mojibake and whitespace.

Reports reach us in several scripts and encodings of the same text: the simplified
original, official traditional-character gateways, accessibility modes that put pinyin
after every character (`區(qū)`), and pages whose declared charset is wrong. These pure
functions bring all of them to one plain simplified form, and `fingerprint_text` reduces
that form further to the characters that carry content, for hashing and shingling.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

from vocabulary.keywords import KEPT_IN_PLACE_NAMES

# A pinyin syllable in brackets: tone-marked ones anywhere (a garbled character may precede
# them), toneless ones only right after a CJK character.
_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_ANNOTATION = re.compile(
    rf"[(（][a-zü{_TONE_VOWELS}]{{0,6}}[{_TONE_VOWELS}][a-zü{_TONE_VOWELS}]{{0,6}}[)）]"
    r"|(?<=[\u3400-\u9fff])[(（][a-zü]{1,6}[1-5]?[)）]"
)
# Below this many annotations a page is not in pinyin mode: "(a)" in a list is not pinyin.
_PINYIN_MIN_ANNOTATIONS = 5
_CJK = re.compile(r"[\u3400-\u9fff]")
# Private-use and CJK Extension A characters: what UTF-8 bytes read as GBK turn into.
_RARE_GLYPHS = re.compile(r"[\ue000-\uf8ff\u3400-\u4dbf]")
_SPACE_LIKE = re.compile(r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t\r\f\v]+")
_MULTI_SPACE = re.compile(r" {2,}")
# Characters dropped by the fingerprint: whitespace, punctuation and symbols of any width.
_NON_CONTENT = re.compile(r"[\s\W_]+", re.UNICODE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_LATIN_CHARSETS = frozenset(("iso-8859-1", "latin-1", "latin1", "cp1252", "windows-1252",
                             "ascii", "us-ascii", "iso8859-1", "l1"))
# Share of CJK characters that must be traditional-only before a text is converted.
_TRADITIONAL_MIN_SHARE = 0.01


@dataclass(frozen=True)
class Decoded:
    """A page's text together with the charset that decoded it cleanly."""

    text: str
    encoding: str
    repaired: bool


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_only_chars() -> frozenset[str]:
    """Characters that OpenCC changes when converting to simplified."""
    converter = _t2s()
    chars = set()
    # The CJK Unified Ideographs block holds every character the gateways use.
    block = "".join(chr(c) for c in range(0x4E00, 0xA000))
    converted = converter.convert(block)
    if len(converted) == len(block):
        chars = {a for a, b in zip(block, converted, strict=True) if a != b}
    return frozenset(chars - KEPT_IN_PLACE_NAMES)


@lru_cache(maxsize=1)
def _traditional_pattern() -> re.Pattern[str]:
    """A character class of the traditional-only characters, for a fast first look."""
    return re.compile("[" + "".join(sorted(_traditional_only_chars())) + "]")


def traditional_share(text: str) -> float:
    """Share of the CJK characters in `text` that exist only in traditional script."""
    trad = _traditional_only_chars()
    cjk = 0
    hits = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            cjk += 1
            if ch in trad:
                hits += 1
    return hits / cjk if cjk else 0.0


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters, not merely quoting one."""
    # Most texts hold no traditional-only character at all: one regex search says so.
    if not _traditional_pattern().search(text):
        return False
    return traditional_share(text) >= _TRADITIONAL_MIN_SHARE


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified, leaving simplified text untouched."""
    if not is_traditional(text):
        return text
    return _converted(text)


def _converted(text: str) -> str:
    """`text` in simplified characters, the characters place names keep kept (乾安县)."""
    converted = _t2s().convert(text)
    if len(converted) != len(text) or not any(char in KEPT_IN_PLACE_NAMES for char in text):
        return converted
    return "".join(old if old in KEPT_IN_PLACE_NAMES else new
                   for old, new in zip(text, converted, strict=True))


def strip_pinyin(text: str, force: bool = False) -> str:
    """Remove accessibility-mode pinyin such as `區(qū)` or `辦(ban)`, if the text has them.

    A short text (a title) is stripped only with `force`, once its page is known to be in
    pinyin mode; otherwise a few bracketed letters are not enough to call it pinyin.
    """
    if not force and len(_PINYIN_ANNOTATION.findall(text, 0, 20000)) < _PINYIN_MIN_ANNOTATIONS:
        return text
    return _PINYIN_ANNOTATION.sub("", text)


def normalize_whitespace(text: str) -> str:
    """Full-width and odd spaces to plain ones; one paragraph per line, no blank lines."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACE_LIKE.sub(" ", text)
    lines = (_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def normalize_text(text: str, from_mirror: bool = False) -> str:
    """The archive's canonical form: no pinyin, simplified script, tidy whitespace."""
    text = strip_pinyin(text, force=from_mirror)
    if from_mirror:
        # A short text from a mirror page is converted even when too short to judge by itself.
        text = _converted(text)
    return normalize_whitespace(to_simplified(text))


def fingerprint_text(text: str) -> str:
    """Content characters only: what stays equal across chrome, layout and script changes."""
    return _NON_CONTENT.sub("", to_simplified(strip_pinyin(text))).lower()


def _decode_quality(text: str) -> tuple[int, int]:
    """Lower is better: replacement characters first, then rare-glyph noise."""
    bad = text.count("\ufffd")
    # GBK bytes read as UTF-8 fail loudly; UTF-8 read as GBK gives rare CJK and
    # private-use characters instead, so count characters outside common ranges.
    odd = len(_RARE_GLYPHS.findall(text))
    return bad, odd


def decode_bytes(raw: bytes, declared: str | None) -> Decoded:
    """Decode `raw`, trying the declared charset, then UTF-8, then GB18030.

    Sites often declare one charset and send another. Each candidate decodes with
    replacement, and the one with the fewest replacement characters wins; ties keep the
    declared charset.

    Args:
        raw: the bytes as served.
        declared: the charset from the HTTP header or the page's `<meta>`, if any.

    Returns:
        The decoded text, the charset used, and whether it differs from the declared one.
    """
    # Chinese government pages are never in a Latin charset: a Latin-1 or cp1252 header is
    # a server default (Apache's ISO-8859-1), and decodes any byte without complaint.
    if declared and _canonical_charset(declared) in _LATIN_CHARSETS:
        declared = None
    if declared is None:
        meta = _META_CHARSET.search(raw[:4096])
        declared = meta.group(1).decode("ascii") if meta else None
    candidates: list[str] = []
    for name in (declared, "utf-8", "gb18030"):
        if not name:
            continue
        name = _canonical_charset(name)
        if name not in candidates:
            candidates.append(name)
    best: tuple[tuple[int, int], int, str, str] | None = None
    for order, name in enumerate(candidates):
        try:
            text = raw.decode(name, errors="replace")
        except LookupError:
            continue
        score = _decode_quality(text)
        if best is None or (score, order) < (best[0], best[1]):
            best = (score, order, name, text)
        if score == (0, 0):
            break
    if best is None:
        return Decoded(raw.decode("utf-8", errors="replace"), "utf-8", declared is not None)
    _, _, name, text = best
    declared_name = _canonical_charset(declared) if declared else None
    return Decoded(text, name, declared_name is not None and name != declared_name)


def _canonical_charset(name: str) -> str:
    """GB2312 and GBK pages routinely use GB18030-only characters: read them as GB18030."""
    name = name.strip().lower().replace("_", "-")
    if name in ("gb2312", "gbk", "gb-2312", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"):
        return "gb18030"
    if name in ("utf8", "utf-8"):
        return "utf-8"
    return name


def cjk_count(text: str) -> int:
    """Number of CJK ideographs in `text`."""
    return len(_CJK.findall(text))
