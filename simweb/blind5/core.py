"""Shared machinery of the blind5 profile: its context and the page pieces its sites share.

It builds on the fourth blind profile's context (``simweb.blind4.core``: department reports,
考核 notices, reposts, scans, attachment-only reports, 503-once pages, a column writer over any
URL shape) and adds what this web needs of its own: its random streams, profile name and ICP
prefixes, a JSON answer helper, and its two traps (a 留言 list whose pager runs on past its last
page for ever, and a mailbox page whose links carry a new ``jsessionid`` on every visit).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re

from ..blind.core import h
from ..blind.skins import Skin
from ..blind4.core import County, Ctx4, Item, column, esc, info_table
from ..model import Request, Resource

__all__ = ["County", "Ctx5", "Item", "column", "esc", "info_table", "json_res", "num"]

STAMP = dt.datetime(2024, 6, 1)

ICP = {
    "北京市": "京",
    "上海市": "沪",
    "宁夏回族自治区": "宁",
    "山西省": "晋",
    "内蒙古自治区": "蒙",
    "湖南省": "湘",
    "辽宁省": "辽",
    "湖北省": "鄂",
    "广东省": "粤",
    "甘肃省": "陇",
    "西藏自治区": "藏",
}


def json_res(obj: dict) -> Resource:
    return Resource(
        json.dumps(obj, ensure_ascii=False).encode(), "application/json; charset=utf-8", modified=STAMP
    )


def num(raw: str, default: int = 1) -> int:
    return int(raw) if raw.isdigit() else default


class Ctx5(Ctx4):
    """The blind context with blind5's own random streams, profile name and ICP prefixes."""

    def icp(self, host: str, text: str) -> str:
        if host not in self.provinces:
            return text
        return text.replace("冀ICP备", ICP[self.provinces[host]] + "ICP备", 1)

    def rng(self, *parts: object) -> random.Random:
        return random.Random(f"blind5|{self.seed}|" + "|".join(map(str, parts)))

    def truth(self) -> dict:
        out = super().truth()
        out["profile"] = "blind5"
        return out

    def record_file(
        self, c: County, it: Item, year: int, path: str, body: list[str], kinds: tuple[str, ...]
    ) -> None:
        """Record a report whose text is only in the file at ``path`` (a ``.pdf`` with a text
        layer, or a Word 97 ``.doc``, served as ``application/msword`` and not findable)."""
        kind = path.rsplit(".", 1)[1]
        copy = {"url": c.base + path, "kind": kind, "via": c.base + it.path, "text_layer": True}
        if kind == "doc":
            copy["findable"] = False
            data = self.web.resources[(c.host, path, "")].body
            self.put(c, path, data, ctype="application/msword", modified=it.pub)
        self.truth_report(c, it, year, [copy], kinds=kinds, body=body)


def endless_pager(ctx: Ctx5, skin: Skin, path: str, name: str) -> str:
    """A 留言 list ``path?pageNo=N`` whose pager offers 下一页 past its last real page for ever
    (some CMSs answer any page number with an empty list and a next link); returns its link."""

    def handler(req: Request) -> Resource:
        n = num(req.params().get("pageNo", "1")[:6])
        rows = (
            "".join(
                f"<li><span>关于{esc(skin.c.name)}{k}号路段路灯维修的咨询</span><em>已回复</em></li>"
                for k in range(n * 3, n * 3 + 3)
            )
            if n < 4
            else "<li>暂无数据</li>"
        )
        body = (
            f'{skin.crumbs([("/hdjl/", "互动交流")])}<div class="lyb"><h2>{esc(name)}</h2><ul>{rows}</ul>'
            f'<div class="page"><a href="{path}?pageNo=1">首页</a> '
            f'<a href="{path}?pageNo={max(n - 1, 1)}">上一页</a>'
            f' <span>第{n}页</span> <a href="{path}?pageNo={n + 1}">下一页</a></div></div>'
        )
        return Resource(ctx.icp(skin.c.host, skin.page(name, body)).encode(skin.encoding), modified=STAMP)

    ctx.handle(skin.c, path, handler)
    ctx.trap(skin.c.base + path, "endless_pager", re.escape(path) + r"\?pageNo=\d+")
    return f"{path}?pageNo=1"


def session_trap(ctx: Ctx5, skin: Skin, path: str) -> str:
    """A 县长信箱 page whose links carry a fresh ``;jsessionid=`` on every visit, so no two
    visits link the same URL (sites.md: session ids in links); returns its first link."""

    def handler(req: Request) -> Resource:
        sid = req.path.partition(";jsessionid=")[2] or "0"
        nxt = h(skin.c.key, sid)[:24].upper()
        body = (
            f'{skin.crumbs([("/hdjl/", "互动交流")])}<div class="xx"><h2>县长信箱</h2>'
            f'<p>来信须知:请如实填写个人信息。</p><a href="{path};jsessionid={nxt}?type=list">来信选登</a> '
            f'<a href="{path};jsessionid={nxt}?type=write">我要写信</a></div>'
        )
        return Resource(
            ctx.icp(skin.c.host, skin.page("县长信箱", body)).encode(skin.encoding), modified=STAMP
        )

    ctx.handle_prefix(skin.c, path, handler)
    ctx.trap(skin.c.base + path, "session_id", re.escape(path) + r";jsessionid=[0-9A-F]+\?type=\w+")
    return f"{path};jsessionid=0?type=list"
