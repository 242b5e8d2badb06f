"""Shared machinery of the blind3 profile: its context, and the page pieces its sites share.

It reuses the earlier blind profiles' building blocks (``simweb.blind.core``: county, item and
text helpers; ``simweb.blind.skins``: the generic portal skin; ``simweb.blind2.core``: the
info-disclosure table and 示范创建 news) and adds what this web needs of its own: its random
streams and profile name, department reports (recorded in the truth but neither required nor
counted false), 考核 results and assessment notices as look-alikes, and higher-level reposts.
"""

from __future__ import annotations

import datetime as dt
import random

from .. import texts
from ..blind.core import County, Item, esc
from ..blind2.core import Ctx2, info_table

__all__ = ["County", "Ctx3", "Item", "esc", "info_table"]


# The ICP filing prefix of each province the sites are in (the shared skin writes 冀 for all).
ICP = {
    "河北省": "冀",
    "贵州省": "黔",
    "青海省": "青",
    "黑龙江省": "黑",
    "湖北省": "鄂",
    "内蒙古自治区": "蒙",
    "河南省": "豫",
    "浙江省": "浙",
    "江苏省": "苏",
    "江西省": "赣",
    "甘肃省": "陇",
}


class Ctx3(Ctx2):
    """The blind context with blind3's own random streams and profile name; pages carry their
    own province's ICP filing prefix."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.provinces: dict[str, str] = {}

    def robots(self, county: County, disallow: tuple[str, ...] = ()) -> None:
        self.provinces[county.host] = county.province  # every site writes its robots.txt first
        super().robots(county, disallow)

    def icp(self, host: str, text: str) -> str:
        """``text`` with the ICP prefix of ``host``'s province."""
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def put(self, county: County | str, path: str, body: str | bytes, **kw) -> None:
        host = county if isinstance(county, str) else county.host
        super().put(county, path, self.icp(host, body) if isinstance(body, str) else body, **kw)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind3|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind3"
        return out

    def record(self, county: County, items: list[Item]) -> None:
        """Record published look-alikes in the truth."""
        for it in items:
            self.truth_lookalike(county, it)

    def higher(self, place: str, year: int, upper: str, pub: str) -> Item:
        """A provincial or city report, to be reposted on a county site."""
        return Item(
            "higher",
            f"{place}人民政府关于{year}年法治政府建设情况的报告",
            self.higher_paras(place, year, upper),
            dt.datetime.strptime(pub, "%Y-%m-%d %H:%M"),
            f"{place}人民政府",
        )

    def record_higher(self, county: County, item: Item, year: int, url: str) -> None:
        self.truth_report(
            county,
            item,
            year,
            [{"url": url, "kind": "republication"}],
            kinds=("higher_repost",),
            region=item.source.removesuffix("人民政府"),
            higher=True,
        )

    def department_report(self, county: County, dept: str, year: int, pub: str) -> Item:
        """A county department's own 法治政府建设年度报告 (e.g. the 司法局's)."""
        rng = self.rng("dept", county.key, dept, year)
        paras = texts.make_report(rng, county.name + dept, year)
        return Item(
            "department",
            f"{county.name}{dept}{year}年度法治政府建设工作报告",
            paras,
            dt.datetime.strptime(pub, "%Y-%m-%d %H:%M"),
            f"{county.name}{dept}",
            uid=self.uid(),
        )

    def record_department(self, county: County, item: Item, year: int, url: str) -> None:
        """Record a department report: in the truth, but no copy is required (``findable``
        false) and an archive row for it is not a false positive."""
        self.truth_report(
            county,
            item,
            year,
            [{"url": url, "kind": "html", "findable": False}],
            kinds=("department_report",),
            issuer_kind="department",
            key=f"{item.source}-{year}",
        )
        self.reports[-1]["department"] = True

    def record_scan(
        self, county: County, item: Item, year: int, scan: str, body: list[str], kinds: tuple[str, ...] = ()
    ) -> None:
        """Record a report posted only as an image-only PDF: it needs OCR, so it is not
        findable."""
        copy = {
            "url": county.base + scan,
            "kind": "pdf",
            "via": county.base + item.path,
            "text_layer": False,
            "findable": False,
        }
        self.truth_report(county, item, year, [copy], kinds=(*kinds, "scan_needs_ocr"), body=body)

    def assessment(self, county: County, year: int) -> Item:
        """A 考核 result notice: names the 法治政府建设 assessment, is no report."""
        rng = self.rng("kaohe", county.key, year)
        towns = [texts.town(rng) for _ in range(4)]
        paras = [
            f"根据《{county.name}{year}年度法治政府建设考核细则》,经{county.unit}委全面依法治"
            f"{county.unit}委员会办公室组织考核,现将{year}年度法治政府建设考核结果通报如下。",
            "一、优秀等次:" + "、".join(towns[:2]) + f"、{county.unit}司法局、{county.unit}市场监管局。",
            "二、良好等次:" + "、".join(towns[2:]) + f"、{county.unit}自然资源局。",
            f"希望各单位对照考核中发现的问题认真整改,于{year + 1}年3月底前报送整改情况。",
        ] * 2
        pub = dt.datetime(year + 1, rng.randint(1, 3), rng.randint(1, 28), 15, rng.randint(0, 59))
        return Item(
            "lookalike",
            f"关于{year}年度法治政府建设考核结果的通报",
            paras,
            pub,
            f"{county.name}全面依法治{county.unit}委员会办公室",
            sub="assessment",
            uid=self.uid(),
        )

    def lookalikes_of(self, county: County, kinds: list[tuple[str, int]]) -> list[Item]:
        out = []
        for kind, year in kinds:
            if kind == "assessment":
                out.append(self.assessment(county, year))
            elif kind == "demo_news":
                out.append(self.demo_news(county, year))
            else:
                out.append(self.lookalike(county, kind, year))
        return out
