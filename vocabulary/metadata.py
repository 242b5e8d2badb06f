"""A report's fields, each read from the most reliable source that has it.

The order follows how these sites are built (see the README): the `<meta>` tags of the
government website norms first, then the info table and labelled lines around the title,
then the date beside the link on the list page, then a date in the URL, then the first date
after the title. The region comes from the title, then SiteName, then the seed; the report
year from the title, then the body, then the publishing year minus one. Every function is
pure and takes plain values, so each can be tested on saved page bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import lxml.html

from vocabulary import dates
from vocabulary.htmltext import meta_content, parse_html, render_lines
from vocabulary.lexicon import (
    ALL_LABELS,
    BODY_YEAR_CUES,
    CHINESE_DIGITS,
    COUNTY_SUFFIXES,
    DEPARTMENT_SUFFIXES,
    DEPARTMENT_WORDS,
    GOVERNMENT_WORDS,
    INDEX_NO_LABELS,
    LABELS_NEEDING_COLON,
    META_COLUMN,
    META_PUBDATE,
    META_SITE_ID_CODE,
    META_SITENAME,
    META_SOURCE,
    META_TITLE,
    NOT_PUBLISHERS,
    PUBLISH_DATE_LABELS,
    PUBLISHER_LABELS,
    REPORT_FORMS,
    REPORT_SUBJECTS,
    STRONG_DATE_LABELS,
    TITLE_ISSUER_ENDS,
    WRITTEN_DATE_LABELS,
    ZONE_SHORT_KINDS,
)
from vocabulary.normalize import (
    decode_bytes,
    is_traditional,
    normalize_text,
    strip_pinyin,
    to_simplified,
)
from vocabulary.patterns import (
    BODY_HEADING,
    BODY_YEAR,
    CJK_CHARACTER,
    DIGIT_YEAR,
    GENERIC_ZONE,
    SIGNATURE_DATE,
    SITE_ID_CODE,
    TITLE_CHINESE_YEAR,
    TITLE_YEAR,
    UNIT_NAME,
    ZONE_NAME,
)
from vocabulary.regions import Gazetteer, Region, find_zone_name

# Labelled lines are short; body paragraphs that mention a label are not labelled lines.
_LABEL_LINE_MAX_CHARS = 160
_LABEL_PATTERN = re.compile(
    "|".join(re.escape(label) for label in sorted(set(ALL_LABELS), key=len, reverse=True))
)
_UNKNOWN_LABEL = re.compile(r"\s+[^\s:：]{1,6}[:：]")
_TITLE_XPATHS = (
    "//h1",
    "//*[contains(@class,'title') or contains(@class,'tit') or contains(@id,'title')]",
    "//h2",
    "//h3",
)
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|--|—|-\s)\s*")
# The site code is looked for in the last lines of a page, its footer.
_FOOTER_LINES = 40


@dataclass(frozen=True)
class PageFields:
    """Everything read from one article page before the body is known."""

    title: str | None = None
    publish_date: dt.date | None = None
    publish_date_source: str | None = None
    written_date: dt.date | None = None
    publisher: str | None = None
    site_name: str | None = None
    site_id_code: str | None = None
    column_name: str | None = None
    index_no: str | None = None


def _clean(value: str | None, mirror: bool = False) -> str | None:
    if value is None:
        return None
    value = normalize_text(value, from_mirror=mirror).replace("\n", "")
    return value or None


def find_labelled_values(lines: list[str]) -> list[tuple[str, str]]:
    """(label, value) pairs from short labelled lines such as `来源:X 发布时间:Y`."""
    pairs: list[tuple[str, str]] = []
    for line in lines:
        if len(line) > _LABEL_LINE_MAX_CHARS:
            continue
        hits = []
        for match in _LABEL_PATTERN.finditer(line):
            label = match.group(0)
            rest = line[match.end():]
            has_colon = bool(re.match(r"\s*[:：]", rest))
            at_start = match.start() == 0 or not re.match(CJK_CHARACTER, line[match.start() - 1])
            if label in LABELS_NEEDING_COLON and not has_colon:
                continue
            if not has_colon and not at_start:
                continue
            hits.append((match.start(), match.end(), label))
        for i, (_, end, label) in enumerate(hits):
            stop = hits[i + 1][0] if i + 1 < len(hits) else len(line)
            value = re.sub(r"^\s*[:：]\s*", "", line[end:stop])
            # A label this module does not know ("点击:213") still ends the value.
            value = _UNKNOWN_LABEL.split(value, maxsplit=1)[0]
            pairs.append((label, value.strip(" 　|｜【】[]()（）")))
    return pairs


def extract_title(tree: lxml.html.HtmlElement, link_text: str | None,
                  mirror: bool = False) -> str | None:
    """The article title: ArticleTitle meta, then headings and title blocks, then <title>.

    Among the candidates, the first that names the subject and reads as a report wins;
    numbered body headings ("一、主要举措…") never do. A link text cut short with "..." only
    helps to recognise the full title it begins.
    """
    candidates: list[str] = []
    meta_title = meta_content(tree, META_TITLE[:1])
    if meta_title:
        candidates.append(meta_title)
    for xpath in _TITLE_XPATHS:
        for element in tree.xpath(xpath)[:8]:
            # A title split over two lines with <br> is still one title.
            text = "".join(element.itertext()).strip()
            if 6 <= len(text) <= 120:
                candidates.append(text)
    html_title = tree.findtext(".//title") or ""
    candidates.extend(segment for segment in _TITLE_SPLIT.split(html_title.strip())
                      if len(segment) >= 6)
    truncated = bool(link_text) and link_text.rstrip().endswith(("...", "…", "．．．"))
    if link_text and not truncated:
        candidates.append(link_text)
    for xpath in ("//strong", "//b"):
        candidates.extend("".join(e.itertext()).strip() for e in tree.xpath(xpath)[:8])
    cleaned = [c for c in (_clean(c, mirror) for c in candidates)
               if c and 6 <= len(c) <= 120 and not BODY_HEADING.match(c)]
    prefix = _clean(link_text.rstrip(" .…．"), mirror) if truncated else None
    if prefix:
        cleaned = [c for c in cleaned if c.startswith(prefix[:8])] or cleaned
    for candidate in cleaned:
        if any(s in candidate for s in REPORT_SUBJECTS) and any(f in candidate for f in REPORT_FORMS):
            return candidate
    for candidate in cleaned:
        if any(subject in candidate for subject in REPORT_SUBJECTS):
            return candidate
    return cleaned[0] if cleaned else None


def extract_fields(
    tree: lxml.html.HtmlElement,
    url: str,
    link_text: str | None = None,
    list_date: str | None = None,
    today: dt.date | None = None,
) -> PageFields:
    """Read every field an article page offers, each from its most reliable source.

    Args:
        tree: the parsed page.
        url: the page's URL, for a date in the path.
        link_text: the text of the link that led here, a fallback title.
        list_date: the date shown beside that link on the list page.
        today: the reference date; dates after it are ignored.

    Returns:
        The fields found; missing ones are None.
    """
    lines = render_lines(tree)
    joined = "\n".join(lines)
    # Traditional and pinyin mirrors: labels and values are read in plain simplified form.
    mirror = strip_pinyin(joined) != joined or is_traditional(joined)
    if mirror:
        lines = [normalize_text(line, from_mirror=True) for line in lines]
    title = extract_title(tree, link_text, mirror)
    labelled = find_labelled_values(lines)

    def labelled_value(labels: tuple[str, ...]) -> str | None:
        for label, value in labelled:
            if label in labels and value:
                return value
        return None

    # The visible 发布时间/发布日期 first: a PubDate meta is sometimes a template's or a site
    # migration's date; then the meta; then weaker labels such as 更新时间.
    publish_date, source = _publish_date(tree, labelled, lines, title, url, list_date, today)
    written = _first_labelled_date(labelled, WRITTEN_DATE_LABELS, today)

    publisher = _clean(meta_content(tree, META_SOURCE[:1]), mirror)
    if not publisher or publisher in NOT_PUBLISHERS:
        publisher = None
        for label, value in labelled:
            value = _clean(value, mirror)
            if label in PUBLISHER_LABELS and value and value not in NOT_PUBLISHERS:
                publisher = value
                break

    site_id_code = meta_content(tree, META_SITE_ID_CODE) or find_site_id_code(
        " ".join(lines[-_FOOTER_LINES:]))

    return PageFields(
        title=title,
        publish_date=publish_date,
        publish_date_source=source,
        written_date=written,
        publisher=publisher,
        site_name=_clean(meta_content(tree, META_SITENAME), mirror),
        site_id_code=site_id_code,
        column_name=_clean(meta_content(tree, META_COLUMN), mirror),
        index_no=labelled_value(INDEX_NO_LABELS),
    )


def read_page_fields(body: bytes, encoding: str | None, url: str,
                     today: dt.date | None = None) -> PageFields:
    """The fields of a page as fetched (bytes and the charset it was served with).

    The crawl reads an article page's fields with this once, and hands them to the
    attachments the page links: an attachment is titled and dated by its article.
    """
    decoded = decode_bytes(body, encoding)
    return extract_fields(parse_html(decoded.text), url, None, None, today)


def find_site_id_code(text: str) -> str | None:
    """The 网站标识码 (or 网站识别码) written in `text`, as a page's footer shows it."""
    match = SITE_ID_CODE.search(text)
    return match.group(1) if match else None


def _first_labelled_date(labelled: list[tuple[str, str]], labels: tuple[str, ...],
                         today: dt.date | None) -> dt.date | None:
    """The first date given under one of `labels`."""
    for label, value in labelled:
        if label in labels:
            value_date = dates.parse_date(value, today)
            if value_date:
                return value_date
    return None


def _publish_date(tree, labelled, lines, title, url, list_date, today
                  ) -> tuple[dt.date | None, str | None]:
    """The publish date and where it came from, most reliable source first.

    The visible 发布时间/发布日期 first: a PubDate meta is sometimes a template's or a site
    migration's date. Then the meta, unless it is later than a weaker label (更新时间, 时间)
    shows; then that label; then the list date, the URL, and the first date after the title.
    """
    strong = _first_labelled_date(labelled, STRONG_DATE_LABELS, today)
    if strong:
        return strong, "label"
    meta_date = dates.parse_date(meta_content(tree, META_PUBDATE), today)
    shown = _first_labelled_date(labelled, PUBLISH_DATE_LABELS, today)
    if meta_date and not (shown and meta_date > shown):
        return meta_date, "meta"
    if shown:
        return shown, "label"
    candidates = (
        ("list", lambda: dates.parse_date(list_date, today) if list_date else None),
        ("url", lambda: dates.date_from_url(url, today)),
        ("text", lambda: _first_date_after_title(lines, title, today)),
    )
    for source, find in candidates:
        found = find()
        if found:
            return found, source
    return None, None


def _first_date_after_title(lines: list[str], title: str | None, today: dt.date | None) -> dt.date | None:
    start = 0
    if title:
        for i, line in enumerate(lines):
            if title[:12] in to_simplified(line):
                start = i
                break
    for line in lines[start:start + 12]:
        if any(label in line for label in WRITTEN_DATE_LABELS):
            continue
        found = dates.find_dates(line, today)
        if found:
            return found[0]
    return None


def report_year(title: str | None, body: str | None, publish_date: dt.date | None) -> int | None:
    """The year reported on: from the title, else from the body, else publishing year - 1.

    A title covering several years ("2015-2020年度") gives the last of them.
    """
    if title:
        match = TITLE_YEAR.search(title)
        if match:
            return int(match.group(2) or match.group(1))
        chinese = TITLE_CHINESE_YEAR.search(title)
        if chinese:
            return int("".join(str(CHINESE_DIGITS[c]) for c in chinese.group(1)))
    if body:
        head = body[:400]
        for match in BODY_YEAR.finditer(head):
            following = head[match.end():match.end() + 3]
            if following.startswith(BODY_YEAR_CUES):
                return int(match.group(1))
    if publish_date:
        return publish_date.year - 1
    return None


@dataclass(frozen=True)
class RegionGuess:
    """The unit a report is about (a county-level unit, or the city or province whose own report
    it is), and where it came from."""

    name: str | None
    adcode: str | None
    province: str | None
    city: str | None
    source: str | None
    level: str | None = None


def as_seed_zone(guess: RegionGuess, seed_name: str, title: str) -> RegionGuess:
    """The seed's zone, named as the seed names it, when the guess is that zone by a shorter
    name (天府新区 for 四川天府新区) or its city with the zone's short kind in the title
    ("九江经开区…" for 九江经济技术开发区); otherwise the guess."""
    if not guess.name or guess.name == seed_name or not ZONE_NAME.fullmatch(seed_name or ""):
        return guess
    shorter = seed_name.endswith(guess.name) and guess.level == "county"
    short_city = guess.name.removesuffix("市")
    by_city = (guess.level == "city" and len(short_city) >= 2 and seed_name.startswith(short_city)
               and any(short_city + kind in title for kind in ZONE_SHORT_KINDS))
    if not (shorter or by_city):
        return guess
    return RegionGuess(seed_name, None, guess.province, guess.city if shorter else guess.name,
                       guess.source, "county")


def _title_place_prefix(title: str) -> str:
    """The part of a title before its year or subject: where the issuer is named."""
    cut = len(title)
    for marker in TITLE_ISSUER_ENDS:
        pos = title.find(marker)
        if pos != -1:
            cut = min(cut, pos)
    year = DIGIT_YEAR.search(title)
    if year and year.start() > 0:
        cut = min(cut, year.start())
    prefix = title[:cut]
    # "2020年XX区法治政府建设情况报告" names the place after the year.
    if not prefix.strip() and year:
        prefix = title[year.end():]
    return prefix


def find_region(
    texts: list[tuple[str, str | None]],
    gazetteer: Gazetteer,
    seed_province: str | None = None,
    seed_city: str | None = None,
    seed_is_county: bool = False,
) -> RegionGuess:
    """The county-level unit named first by the most reliable of `texts`.

    Args:
        texts: (source, text) pairs in order of reliability, e.g. the title, SiteName, seed name;
            an "opening" (the subject of the body's first sentence) counts only when it names a
            county of the seed's city or province.
        gazetteer: the units and their names.
        seed_province, seed_city: where the seed site is, to choose among same-named units.
        seed_is_county: the seed is a county's site; a SiteName naming only a city is then a
            template copied from the city's site, and the seed's county is the better guess.

    Returns:
        The best guess; `name` is None when no text names a place.
    """
    for source, text in texts:
        if not text:
            continue
        text = to_simplified(text)
        scope = _title_place_prefix(text) if source == "title" else text
        guess = _best_place(scope, gazetteer, seed_province, seed_city, source)
        if guess is None and source == "title":
            guess = _best_place(text, gazetteer, seed_province, seed_city, source)
        if guess is not None and source == "site_name" and seed_is_county and guess.level != "county":
            continue
        if guess is not None and source == "opening" and (
                guess.level != "county" or (seed_city and guess.city != seed_city)
                or (seed_province and guess.province != seed_province)):
            # Only a county of the seed's own city or province is the subject of a
            # republication; a city's own report opens with the city or with no name.
            continue
        if guess is not None:
            return guess
    return RegionGuess(None, None, seed_province, seed_city, None)


def opening_subject(body: str) -> str:
    """The first two clauses of the body's first sentence-long line ("2024年以来，亭湖区在…")."""
    for line in body.split("\n"):
        if len(line) >= 30:
            return "，".join(re.split("[，,]", line)[:2])
    return ""


def _best_place(text: str, gazetteer: Gazetteer, seed_province: str | None,
                seed_city: str | None, source: str) -> RegionGuess | None:
    zone = find_zone_name(text)
    if zone and GENERIC_ZONE.fullmatch(zone):
        zone = None  # "经济技术开发区管理委员会关于…": a kind of zone, not a place
    matches = gazetteer.find_places(text)
    counties = [m for m in matches if m.region.level == "county"]
    if zone:
        # "赣州蓉江新区": drop the city or province name written before the zone's own name,
        # unless nothing but the generic kind would remain ("赣州经济技术开发区").
        for match in matches:
            if zone.startswith(match.name) and match.region.level in ("province", "city"):
                rest = zone[len(match.name):]
                if not GENERIC_ZONE.fullmatch(rest):
                    zone = rest
        zone_start = text.find(zone)
        if not counties or counties[0].start >= zone_start:
            city = next((m.region for m in matches if m.region.level == "city"), None)
            return RegionGuess(zone, None, (city.province if city else seed_province),
                               (city.name if city else seed_city), source, "county")
    if counties:
        first_start = counties[0].start
        same_place = [m for m in counties if m.start == first_start]
        chosen = _choose(same_place, matches, seed_province, seed_city)
        return RegionGuess(chosen.name, chosen.adcode, chosen.province, chosen.city, source,
                           "county")
    cities = [m for m in matches if m.region.level == "city"]
    if cities:
        chosen = _choose(cities[:1], matches, seed_province, seed_city)
        return RegionGuess(chosen.name, chosen.adcode, chosen.province, chosen.city, source,
                           "city")
    provinces = [m for m in matches if m.region.level == "province"]
    if provinces and source == "title":
        # A province's own report (湖北省人民政府关于…), also where a county site reposts it:
        # it is the province's, and never counts for the county.
        chosen = provinces[0].region
        return RegionGuess(chosen.name, chosen.adcode, chosen.province or chosen.name, None, source,
                           "province")
    return None


def _choose(candidates, matches, seed_province, seed_city) -> Region:
    """Among same-named units prefer the one whose city or province is also named, or the seed's."""
    named = {m.region.name for m in matches if m.region.level in ("province", "city")}

    def rank(match) -> tuple[int, int]:
        region = match.region
        context = int(region.city in named or region.province in named)
        seed = int(region.city == seed_city) * 2 + int(region.province == seed_province)
        return (context, seed)

    return max(candidates, key=rank).region


def publisher_from_signature(body: str) -> str | None:
    """The issuing body named in the signature block: a unit name above or beside a date."""
    lines = [line.strip() for line in body.split("\n") if line.strip()][-6:]
    for i, line in enumerate(lines):
        if not dates.find_dates(line):
            continue
        before = SIGNATURE_DATE.split(line)[0].strip()
        candidates = [before] if before else []
        if i > 0:
            candidates.append(lines[i - 1])
        for candidate in candidates:
            if len(candidate) <= 30 and UNIT_NAME.fullmatch(candidate):
                return candidate
    return None


def publisher_from_title(title: str | None) -> str | None:
    """The issuing unit that opens a title, as in 长丰县司法局2023年…报告."""
    prefix = _title_place_prefix(title or "").strip()
    match = UNIT_NAME.fullmatch(prefix)
    return prefix if match and len(prefix) <= 30 else None


def qualified_publisher(publisher: str | None, region: str | None) -> str | None:
    """A government named by its level or kind without its place, as the region's own: a
    zone's (经济技术开发区管理委员会 → 曲靖经济技术开发区管理委员会, when the region is a zone of
    that kind) or a county's (区政府 → 浦东新区人民政府, 县人民政府办公室 → 天台县人民政府办公室)."""
    if not publisher or not region or publisher.startswith(region):
        return publisher
    zone = GENERIC_ZONE.match(publisher)
    if zone and region.endswith(zone.group(0)) and publisher[zone.end():].startswith(GOVERNMENT_WORDS):
        return region + publisher[zone.end():]
    level, rest = publisher[:1], publisher[1:]
    if region.endswith(level) and rest.startswith(("人民政府", "政府")):
        return region + ("人民" + rest if rest.startswith("政府") else rest)
    return publisher


def issuer_kind(title: str | None, publisher: str | None) -> str:
    """'department' when a department issued the report, else 'government'."""
    text = _title_place_prefix(title or "")
    for word in GOVERNMENT_WORDS:
        if word in text:
            return "government"
    stripped = text.strip()
    if stripped.endswith(DEPARTMENT_SUFFIXES) and not stripped.endswith(COUNTY_SUFFIXES):
        return "department"
    if any(word in stripped for word in DEPARTMENT_WORDS):
        return "department"
    return "government"
