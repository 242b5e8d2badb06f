"""Normalisation: script conversion, pinyin stripping, charset repair, whitespace."""

from pathlib import Path

from vocabulary.normalize import (
    decode_bytes,
    fingerprint_text,
    is_traditional,
    normalize_text,
    normalize_whitespace,
    strip_pinyin,
    to_simplified,
)

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def test_traditional_pinyin_seed_becomes_plain_simplified():
    text = (SEEDS / "002_1125619140e8c921.txt").read_text(encoding="utf-8")
    assert is_traditional(text)
    plain = normalize_text(text)
    assert plain.startswith("广州市海珠区人民政府关于2023年度法治政府建设情况的报告")
    assert "(qū)" not in plain and "區" not in plain
    assert "海珠区坚持以习近平法治思想为指导" in plain


def test_simplified_text_is_left_alone():
    text = "2022年,我旗认真学习贯彻习近平法治思想,大力推动法治政府建设。"
    assert not is_traditional(text)
    assert to_simplified(text) is text


def test_few_bracketed_letters_are_not_pinyin():
    text = "第(a)项和第(b)项按规定执行。"
    assert strip_pinyin(text) == text
    assert strip_pinyin("區(qū)政府", force=True) == "區政府"


def test_decode_repairs_gbk_declared_as_utf8():
    raw = "平遥县2020年度法治政府建设工作报告".encode("gb18030")
    decoded = decode_bytes(raw, "utf-8")
    assert decoded.text == "平遥县2020年度法治政府建设工作报告"
    assert decoded.encoding == "gb18030" and decoded.repaired


def test_decode_repairs_utf8_declared_as_gb2312():
    raw = "鄂托克旗法治政府建设".encode()
    decoded = decode_bytes(raw, "gb2312")
    assert decoded.text == "鄂托克旗法治政府建设"
    assert decoded.encoding == "utf-8"


def test_whitespace_is_normalised_per_line():
    text = "\u3000\u3000一、主要举措 \xa0\n\n  二、存在的不足\t\n"
    assert normalize_whitespace(text) == "一、主要举措\n二、存在的不足"


def test_fingerprint_ignores_chrome_of_form():
    a = "一、主要举措\n(一)加强领导。"
    b = "一、 主要举措 (一) 加强领导 。"
    assert fingerprint_text(a) == fingerprint_text(b)


def test_place_names_keep_the_characters_conversion_would_change():
    """乾安县 and 乾县 are simplified names: a title naming them is not traditional, and a
    traditional page naming them keeps the 乾 when it is converted."""
    from vocabulary.normalize import is_traditional, normalize_text

    title = "乾安县人民政府关于2022年度法治政府建设情况的报告"
    assert not is_traditional(title) and normalize_text(title) == title
    assert normalize_text("乾安縣人民政府關於2022年度法治政府建設情況的報告") == title
    assert normalize_text("乾縣", from_mirror=True) == "乾县"
