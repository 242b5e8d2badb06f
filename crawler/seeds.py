"""Load and validate a seed list: the government sites a crawl starts from.

A seed list is a UTF-8 CSV with at least the columns `name` and `url`; `level`, `province`,
`city`, `adcode` and `alt_url` (a second candidate URL for the same unit) are optional and
other columns are ignored. A row without `adcode` gets its unit from its name through the
gazetteer (`resolve_units`), narrowed by `province` and `city`; a name that stays ambiguous
(朝阳区) keeps its candidates until the site's 网站标识码 settles it. Rows without a URL are
units whose site is unknown: they are skipped and counted. Any other problem (a file that
is not UTF-8, a missing column, a malformed URL or code, a row repeated) stops the crawl
before it starts with a `SeedError` whose one-line message names the line and the problem.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from vocabulary.regions import LEVELS, Gazetteer, Region

logger = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("name", "url")
OPTIONAL_COLUMNS = ("level", "province", "city", "adcode", "alt_url")
# A seed's level may be left empty.
SEED_LEVELS = (*LEVELS, "")
_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", re.I)
_ADCODE = re.compile(r"^\d{6}$")


class SeedError(ValueError):
    """A seed file that cannot be used; the message is one line naming the place and problem."""


@dataclass(frozen=True)
class Seed:
    """One site to crawl, with what the seed list says about its government."""

    name: str
    url: str
    level: str = ""
    province: str = ""
    city: str = ""
    adcode: str = ""
    line: int = 0
    also_names: tuple[str, ...] = ()
    # A second candidate URL of the unit: its home page is fetched too, and the one whose
    # 网站标识码 or title confirms the unit is crawled.
    alt_url: str = ""
    # Without a code: the units its name may mean, until the site's 网站标识码 settles it.
    candidates: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The site's key in the archive: host and path of the seed URL."""
        parts = urlsplit(self.url)
        return f"{(parts.hostname or '').lower()}{parts.path or '/'}"


@dataclass
class SeedList:
    """The seeds to crawl and what was left out."""

    seeds: list[Seed] = field(default_factory=list)
    rows: int = 0
    without_url: int = 0
    filtered_out: int = 0
    merged: int = 0
    source: str = ""

    def summary(self) -> str:
        """One line for the log: what is crawled and what was left out."""
        return (f"{self.source}: {len(self.seeds)} sites to crawl ({self.rows} rows, "
                f"{self.without_url} without URL skipped, {self.merged} sharing a URL merged, "
                f"{self.filtered_out} filtered out)")


def normalize_seed_url(raw: str) -> str | None:
    """A usable http(s) URL from a seed cell, or None when it is malformed."""
    value = raw.strip()
    if not value or any(ch.isspace() for ch in value):
        return None
    if "://" not in value:
        value = "http://" + value
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = parts.hostname or ""
    if not _HOST.match(host):
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    netloc = host.lower() if port is None else f"{host.lower()}:{port}"
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{netloc}{path}{query}"


def read_seed_file(path: str | Path) -> str:
    """The text of a seed file, or a SeedError saying why it cannot be read."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise SeedError(f"seed file {path} does not exist") from error
    except OSError as error:
        raise SeedError(f"seed file {path} cannot be read: {error.strerror}") from error
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SeedError(
            f"seed file {path} line {line}: not UTF-8 (byte 0x{raw[error.start]:02x}); "
            "save it as UTF-8"
        ) from error


def parse_seeds(text: str, source: str = "<seeds>") -> SeedList:
    """Validate seed CSV text and return its seeds.

    Args:
        text: the CSV text.
        source: the file name, for messages.

    Raises:
        SeedError: on the first problem, naming its line.
    """
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration as error:
        raise SeedError(f"seed file {source} is empty; it needs a header with name,url") from error
    except csv.Error as error:
        raise SeedError(f"seed file {source} line 1: {error}") from error
    columns = [c.strip().lower() for c in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise SeedError(
            f"seed file {source} line 1: header lacks column(s) {', '.join(missing)} "
            f"(found: {', '.join(columns) or 'nothing'})"
        )
    position = {name: columns.index(name) for name in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
                if name in columns}
    result = SeedList(source=source)
    by_url: dict[str, int] = {}
    seen_rows: dict[tuple[str, str], int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            result.rows += 1
            cell = {name: (row[i].strip() if i < len(row) else "") for name, i in position.items()}
            seed = _validate_row(cell, line, source)
            if seed is None:
                result.without_url += 1
                continue
            # Two units may share a name and a URL (铁西区 of 沈阳 and of 鞍山); a row that
            # repeats another in every field is a mistake.
            identity = (seed.name, seed.url, seed.adcode, seed.province, seed.city, seed.level)
            if identity in seen_rows:
                raise SeedError(
                    f"seed file {source} line {line}: repeats line {seen_rows[identity]} "
                    f"({seed.name}, {seed.url})"
                )
            seen_rows[identity] = line
            if seed.key in by_url:
                # Real lists give one host to two places, also as http and https; crawl it
                # once (it is one site in the archive), keep both names.
                first = result.seeds[by_url[seed.key]]
                result.seeds[by_url[seed.key]] = _with_name(first, seed.name)
                result.merged += 1
                continue
            by_url[seed.key] = len(result.seeds)
            result.seeds.append(seed)
    except csv.Error as error:
        raise SeedError(f"seed file {source} line {reader.line_num}: {error}") from error
    return result


def _with_name(seed: Seed, name: str) -> Seed:
    return replace(seed, also_names=(*seed.also_names, name))


def with_unit(seed: Seed, region: Region) -> Seed:
    """The seed with the code, level and places of the unit it names."""
    city = region.city if region.city and region.city != region.province else ""
    return replace(seed, adcode=region.adcode, level=seed.level or region.level,
                   province=seed.province or region.province, city=seed.city or city,
                   candidates=())


def resolve_units(seed_list: SeedList, gazetteer: Gazetteer) -> SeedList:
    """Give each seed without a code its unit, found from its name (赵县人民政府 -> 130133).

    A name several units share (朝阳区 of 北京 and of 长春) that `province` and `city` do not
    settle keeps them as `candidates`, for the site's 网站标识码 to decide; a name no unit has
    gets one warning line and no code.
    """
    resolved = []
    for seed in seed_list.seeds:
        if seed.adcode:
            resolved.append(seed)
            continue
        units = gazetteer.units_named(seed.name, seed.province, seed.city, seed.level)
        if len(units) == 1:
            resolved.append(with_unit(seed, units[0]))
            continue
        if not units:
            where = f" in {seed.province}{seed.city}" if seed.province or seed.city else ""
            logger.warning("Seed %s (%s, line %d): no unit of that name%s; crawled without a "
                           "division code", seed.name, seed.url, seed.line, where)
        resolved.append(replace(seed, candidates=tuple(u.adcode for u in units)))
    return replace(seed_list, seeds=resolved)


def _validate_row(cell: dict[str, str], line: int, source: str) -> Seed | None:
    where = f"seed file {source} line {line}"
    raw_url = cell.get("url", "")
    if not raw_url:
        return None
    url = normalize_seed_url(raw_url)
    if url is None:
        raise SeedError(f"{where}: bad URL {raw_url!r} (expected http:// or https:// and a host)")
    name = cell.get("name", "")
    if not name:
        raise SeedError(f"{where}: empty name for {url}")
    level = cell.get("level", "").lower()
    if level not in SEED_LEVELS:
        raise SeedError(f"{where}: level {level!r} is not one of province, city, county")
    adcode = cell.get("adcode", "")
    if adcode and not _ADCODE.match(adcode):
        raise SeedError(f"{where}: adcode {adcode!r} is not a 6-digit division code")
    raw_alt = cell.get("alt_url", "")
    alt_url = normalize_seed_url(raw_alt) if raw_alt else ""
    if alt_url is None:
        raise SeedError(f"{where}: bad alt_url {raw_alt!r} (expected http:// or https:// and a host)")
    return Seed(name=name, url=url, level=level, province=cell.get("province", ""),
                city=cell.get("city", ""), adcode=adcode, line=line,
                alt_url=alt_url if alt_url != url else "")


def filter_seeds(seed_list: SeedList, provinces: Iterable[str] = (), adcodes: Iterable[str] = (),
                 limit: int | None = None) -> SeedList:
    """Narrow a seed list by province names, by division codes (prefixes work), and by count."""
    provinces = [p.strip() for p in provinces if p.strip()]
    adcodes = [a.strip() for a in adcodes if a.strip()]
    kept = []
    for seed in seed_list.seeds:
        if provinces and not any(seed.province.startswith(p) for p in provinces):
            continue
        codes = (seed.adcode,) if seed.adcode else seed.candidates
        if adcodes and not any(code.startswith(a.rstrip("0") or a) for a in adcodes for code in codes):
            continue
        kept.append(seed)
    if limit is not None:
        kept = kept[:limit]
    return SeedList(seeds=kept, rows=seed_list.rows, without_url=seed_list.without_url,
                    filtered_out=len(seed_list.seeds) - len(kept), merged=seed_list.merged,
                    source=seed_list.source)


def load_seeds(path: str | Path, provinces: Iterable[str] = (), adcodes: Iterable[str] = (),
               limit: int | None = None, gazetteer: Gazetteer | None = None) -> SeedList:
    """Read, validate and narrow the seed file at `path`; with a gazetteer, seeds without a
    code first get their unit from their name."""
    seed_list = parse_seeds(read_seed_file(path), str(path))
    if gazetteer is not None:
        seed_list = resolve_units(seed_list, gazetteer)
    return filter_seeds(seed_list, provinces, adcodes, limit)


def split_arg(value: str | None) -> list[str]:
    """The items of a `-a provinces=…` or `-a adcodes=…` argument (commas, spaces or semicolons)."""
    return [part.strip() for part in re.split(r"[,，;\s]+", value or "") if part.strip()]


def parse_limit(limit: str | None) -> int | None:
    """The number of an `-a limit=N` argument; SeedError when it is not a whole number."""
    if limit is None:
        return None
    if not str(limit).isdigit():
        raise SeedError(f"-a limit={limit!r}: expected a whole number of sites")
    return int(limit)
