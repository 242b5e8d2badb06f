"""Regular expressions that the crawl and the pipelines read text with, each written once.

Years, dates, the site code, numbered headings, zone and unit names, attachment file names:
the spider and the pipelines must read the same value from the same string, and a pattern
copied into two modules drifts (the crawl once missed the 网站识别码 spelling that the
pipelines read). The patterns are built from a few named fragments, so that the digits of a
year are spelled out in one place, and from the word lists of `vocabulary.lexicon`. Patterns
that look alike but differ on purpose sit side by side, with what the difference does.
`tests/test_vocabulary.py` checks that no pattern is written twice.
"""

from __future__ import annotations

import re

from vocabulary.lexicon import (
    GENERIC_ZONE_KINDS,
    SITE_ID_CODE_LABELS,
    UNIT_NAME_SUFFIXES,
    ZONE_KINDS,
)

# --- Fragments ---------------------------------------------------------------------------------

# A year in digits: nothing read here is from before 1900 or after 2099.
YEAR_DIGITS = r"(?:19|20)\d{2}"
# One digit of a year in Chinese numerals (二〇二三); Ｏ is the full-width letter some sites type
# for 〇. `lexicon.CHINESE_DIGITS` also reads a Latin O, which these patterns do not match.
CHINESE_YEAR_DIGIT = "[〇○零Ｏ一二三四五六七八九]"
# The characters of Chinese numbers up to 九十九 (months, days, heading numbers).
CHINESE_NUMBER_CHARS = "一二三四五六七八九十"
CHINESE_NUMBER_DIGIT = f"[{CHINESE_NUMBER_CHARS}]"
CJK_CHARACTER = r"[\u4e00-\u9fff]"


def _alternatives(words: tuple[str, ...]) -> str:
    """A non-capturing alternation of literal words, in the given order."""
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


# --- Years -------------------------------------------------------------------------------------

# A year in either form. The crawl's test of a report title (a column's name has none) and the
# classifier's; `metadata.report_year` reads the same years with the patterns below.
YEAR = re.compile(rf"{YEAR_DIGITS}|{CHINESE_YEAR_DIGIT}{{4}}")
# A year in digits anywhere, as where a title's place prefix ends.
DIGIT_YEAR = re.compile(YEAR_DIGITS)
# The year a title is about: "2022年", "2022年度", "2016-2020年度" (the last one in group 2).
TITLE_YEAR = re.compile(rf"({YEAR_DIGITS})\s*(?:[-—至~－]\s*({YEAR_DIGITS})\s*)?(?:年度|年)")
TITLE_CHINESE_YEAR = re.compile(rf"({CHINESE_YEAR_DIGIT}{{4}})\s*(?:年度|年)")
# A year in the body's first lines ("2022年以来"); the words after it decide whether it counts.
BODY_YEAR = re.compile(rf"({YEAR_DIGITS})\s*年")

# --- Dates -------------------------------------------------------------------------------------

# A date in digits, year, month and day captured: 2022-12-05, 2022/12/5, 2021年12月24日.
NUMERIC_DATE = re.compile(rf"({YEAR_DIGITS})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})(?!\d)\s*日?")
# The date beside a link on a list page, kept as the link's date text. Unlike NUMERIC_DATE it
# reads a date whose time runs on: the day is the shortest run of digits that leaves a time
# ("2023-12-0510:30" gives 2023-12-05, "2022/3/110:30" gives 2022/3/1); it ends at 日 without
# a space before it.
LIST_DATE = re.compile(
    rf"{YEAR_DIGITS}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}?(?=\d{{1,2}}:\d\d|\D|$)日?")
# Where a date starts in a signature line ("XX县人民政府 2024年1月15日", "…二〇二四年…"): only its
# start matters, as the unit's name is what precedes it.
SIGNATURE_DATE = re.compile(
    rf"{YEAR_DIGITS}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?|{CHINESE_YEAR_DIGIT}{{4}}年")
# 二〇二三年十二月二十四日, year, month and day captured.
CHINESE_NUMERAL_DATE = re.compile(
    rf"({CHINESE_YEAR_DIGIT}{{4}})\s*年\s*({CHINESE_NUMBER_DIGIT}{{1,3}})\s*月\s*"
    rf"({CHINESE_NUMBER_DIGIT}{{1,3}})\s*日"
)
# 20221205 standing alone.
COMPACT_DATE = re.compile(rf"(?<!\d)({YEAR_DIGITS})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
# The dates that CMSs put into article URLs, year, month and day captured, tried in order:
# A page named after a month or a day ("2024-03.html", "2024-03-05.html", "20240305.shtml"):
# a calendar's page, whose neighbours are endless.
# Without separators only a whole month (`202403`) or day (`20240305`) counts: an article id
# such as 2005588 is not a date.
_MONTH, _DAY = r"(?:0?[1-9]|1[0-2])", r"(?:0?[1-9]|[12]\d|3[01])"
DATE_FILE_NAME = re.compile(
    rf"^{YEAR_DIGITS}(?:[-_]{_MONTH}(?:[-_]{_DAY})?|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?)(?:\.[a-z]+)?$",
    re.I)
# TRS `t20240328_`, Hanweb `art/2024/3/28/`, `/20240328/` and `/2024-03/28/`, `/2024-3-28/`,
# and `P020240328` file names.
URL_DATES = (
    re.compile(rf"[/_]t({YEAR_DIGITS})(\d{{2}})(\d{{2}})_"),
    re.compile(rf"/art/({YEAR_DIGITS})/(\d{{1,2}})/(\d{{1,2}})/"),
    re.compile(rf"/({YEAR_DIGITS})[-_/]?(\d{{2}})[-_/]?(\d{{2}})/"),
    re.compile(rf"/({YEAR_DIGITS})-(\d{{1,2}})-(\d{{1,2}})/"),
    re.compile(rf"[/_]P0({YEAR_DIGITS})(\d{{2}})(\d{{2}})"),
)

# --- Site code ---------------------------------------------------------------------------------

# The 政府网站标识码 in a page's footer: ten letters or digits, the first six the owner's
# division code. The spider (`discovery.pages.site_id_code`) and the pipelines
# (`metadata.extract_fields`) both read it with `metadata.find_site_id_code`.
SITE_ID_CODE = re.compile(
    rf"{_alternatives(SITE_ID_CODE_LABELS)}\s*[:：]?\s*([0-9A-Za-z]{{10}})(?![0-9A-Za-z])")

# --- Headings ----------------------------------------------------------------------------------

_HEADING_NUMBER = (rf"^\s*(?:{CHINESE_NUMBER_DIGIT}+、|[(（][{CHINESE_NUMBER_CHARS}\d]+[)）]|\d+[.、．]"
                   rf"|第{CHINESE_NUMBER_DIGIT}+")
# A numbered heading of a body (一、 (一) 1. 第一章 第二部分): never a page's title.
BODY_HEADING = re.compile(_HEADING_NUMBER + "[章条部分])")
# Where a PDF's text starts a heading, so a paragraph ends before it. Wider than BODY_HEADING:
# any 第 and a number counts, which also breaks before a line that opens with 第一责任人.
PDF_HEADING_START = re.compile(_HEADING_NUMBER + ")")
# Where a heading starts in text laid out by position (OCR, OFD): the number forms only, not 第,
# since the position already tells an indented heading, and 第一责任人 opens many a line.
LAID_OUT_HEADING_START = re.compile(
    rf"^\s*(?:{CHINESE_NUMBER_DIGIT}+、|[(（][{CHINESE_NUMBER_CHARS}\d]+[)）]|\d+[.、．])")

# --- Units and zones ---------------------------------------------------------------------------

# A zone named in a text, without the generic kind alone (蓉江新区 in 赣州蓉江新区…).
ZONE_NAME = re.compile(rf"({CJK_CHARACTER}{{2,12}}?{_alternatives(ZONE_KINDS)})")
# A zone's generic kind, all that is left when a name says only which city's zone it is.
GENERIC_ZONE = re.compile(rf"(?:国家级)?{_alternatives(GENERIC_ZONE_KINDS)}")
# The name of an issuing unit: 长丰县司法局, 中共XX县委员会, XX县人民政府.
UNIT_NAME = re.compile(rf"(?:中共)?{CJK_CHARACTER}{{2,28}}{_alternatives(UNIT_NAME_SUFFIXES)}")

# --- Attachments -------------------------------------------------------------------------------

# Documents that may hold a report, by file extension.
ATTACHMENT_EXTENSIONS = ("pdf", "doc", "docx", "wps", "ofd")
# Longest first, so that a match captures `docx` rather than `doc`.
_EXTENSION = "(" + "|".join(sorted(ATTACHMENT_EXTENSIONS, key=len, reverse=True)) + ")"
# A document's extension ending a URL's path, captured in group 1.
ATTACHMENT_URL_SUFFIX = re.compile(rf"\.{_EXTENSION}(?:$|[?#&])", re.I)
# A file name ending a link text ("…报告.pdf").
FILE_NAME_SUFFIX = re.compile(rf"\.{_EXTENSION}\s*$", re.I)
# What a link to a file says before its title: "附件1:", "下载:".
ATTACHMENT_LABEL = re.compile(r"^(?:附件\s*\d*\s*[:：]?|下载\s*[:：]?)\s*")

# --- Scripts -----------------------------------------------------------------------------------

# A JavaScript identifier, and a number literal, as list scripts write them.
JS_NAME = re.compile(r"[A-Za-z_$][\w$]*")
JS_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")

# A pager's page count written out as text: 共4页, 共 12 页.
SHOWN_PAGE_COUNT = re.compile(r"共\s*(\d{1,4})\s*页")

# Script code that sends the browser to another page: `location.href = …`, `window.location =
# …`, `location.assign(…)`.
SCRIPT_NAVIGATION = re.compile(r"location(?:\.href)?\s*=(?!=)|location\.(?:assign|replace)\(")
