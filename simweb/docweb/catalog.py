"""The files of the ``docweb`` profile: what each one is, and their texts as ``make_files`` wrote them.

Scans, page images, ``.doc``, ``.wps`` and ``.ofd`` files are made once by ``make_files.py`` with
real tools (a CJK font, LibreOffice, easyofd) and committed under ``files/``, since their bytes are
not reproducible; ``files/manifest.json`` keeps the exact text of each one (title, paragraphs, the
file names it was written to). The web (``sites.py``) serves those bytes and takes its truth from
the manifest, so the truth text is the text the files carry. Page numbers (``— 3 —``) printed on
scans and page images are not part of the text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

FILES_DIR = Path(__file__).resolve().parent / "files"
MANIFEST = FILES_DIR / "manifest.json"


@dataclass(frozen=True)
class Planned:
    """One document to write as a file (or as several page images)."""

    key: str  # also the stem of its file names
    form: str  # scan (image-only PDF) | images (JPG) | pngs (PNG) | doc | wps | ofd
    place: str  # the government whose report it is
    title: str
    year: int
    stem: str = "000"  # seed report whose paragraphs are rewritten into it
    ordinal: int = 0
    length: str = "full"  # short (2-3 pages), full, long (about 20 pages)
    lookalike: str = ""  # a look-alike kind (texts.make_lookalike) instead of a report
    signed: str = ""  # the signature line (default: the place's 人民政府)
    date: str = ""  # the date under the signature, e.g. 2024年3月26日

    @property
    def signer(self) -> str:
        return self.signed or f"{self.place}人民政府"


PLAN = (
    Planned(
        "laishui-2023",
        "scan",
        "涞水县",
        "涞水县人民政府关于2023年度法治政府建设情况的报告",
        2023,
        "000",
        0,
        date="2024年3月22日",
    ),
    Planned(
        "baoying-2023",
        "scan",
        "宝应县",
        "宝应县2023年法治政府建设工作报告",
        2023,
        "002",
        0,
        length="long",
        date="2024年3月28日",
    ),
    Planned(
        "pingle-2023",
        "images",
        "平乐县",
        "平乐县人民政府关于2023年法治政府建设情况的报告",
        2023,
        "003",
        0,
        length="short",
        date="2024年3月19日",
    ),
    Planned(
        "taishun-2022",
        "pngs",
        "泰顺县",
        "泰顺县2022年度法治政府建设情况报告",
        2022,
        "004",
        0,
        length="short",
        date="2023年3月27日",
    ),
    Planned(
        "nanling-2023",
        "doc",
        "南陵县",
        "南陵县人民政府关于2023年法治政府建设工作情况的报告",
        2023,
        "001",
        0,
        date="2024年3月25日",
    ),
    Planned(
        "gaoyang-2022",
        "doc",
        "高阳县",
        "高阳县2022年法治政府建设情况报告",
        2022,
        "000",
        1,
        date="2023年3月30日",
    ),
    Planned(
        "pingjiang-2023",
        "wps",
        "平江县",
        "平江县人民政府关于2023年度法治政府建设工作情况的报告",
        2023,
        "002",
        1,
        date="2024年3月29日",
    ),
    Planned(
        "fengyang-2023",
        "ofd",
        "凤阳县",
        "凤阳县2023年度法治政府建设工作报告",
        2023,
        "003",
        1,
        date="2024年3月21日",
    ),
    Planned("kangbao-xxgk-2023", "scan", "康保县", "", 2023, lookalike="xxgk_annual", date="2024年1月30日"),
    Planned("gaoyang-plan-2022", "doc", "高阳县", "", 2022, lookalike="plan", date="2022年4月8日"),
)


def planned(key: str) -> Planned:
    """The planned document ``key``."""
    return next(p for p in PLAN if p.key == key)


def load_manifest() -> dict[str, dict]:
    """Every written document: key -> title, paras, files (names under ``files/``), pages."""
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def file_bytes(name: str) -> bytes:
    """The bytes of one written file."""
    return (FILES_DIR / name).read_bytes()
