"""Date parsing: the fast path, Chinese numerals, labels, URLs and the dateparser fallback."""

import datetime as dt

import pytest

from vocabulary.dates import date_from_url, find_dates, parse_date

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-12-05 15:34", dt.date(2022, 12, 5)),
        ("发布时间:2022-12-05 15:34", dt.date(2022, 12, 5)),
        ("2021年12月24日", dt.date(2021, 12, 24)),
        ("发布日期: 2022- 02- 28", dt.date(2022, 2, 28)),
        ("更新时间:2021/03/29 11:30:01", dt.date(2021, 3, 29)),
        ("二〇二三年十二月二十四日", dt.date(2023, 12, 24)),
        ("20240328", dt.date(2024, 3, 28)),
        ("March 28, 2024", dt.date(2024, 3, 28)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, TODAY) == expected


def test_future_and_invalid_dates_are_rejected():
    assert parse_date("2031-01-01", TODAY) is None
    assert parse_date("2023-02-30", TODAY) is None
    assert parse_date("浏览次数: 1234", TODAY) is None


def test_year_ranges_are_not_dates():
    assert find_dates("2015-2020年度法治政府建设", TODAY) == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.x.gov.cn/zwgk/fzzfjs/202403/t20240328_123.html", dt.date(2024, 3, 28)),
        ("http://www.x.gov.cn/art/2024/3/8/art_1234_567.html", dt.date(2024, 3, 8)),
        ("http://www.x.gov.cn/zwgk/202403/P020240328123456.pdf", dt.date(2024, 3, 28)),
        ("http://www.x.gov.cn/show.asp?id=12", None),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url, TODAY) == expected
