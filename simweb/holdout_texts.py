"""Texts of the holdout web: seed paraphrases, look-alikes, attachment intros, pinyin modes.

The holdout web must not show the crawler texts it was tuned on. Besides synthetic reports
(``texts.make_report`` for other counties and years), it carries reports written by
:func:`paraphrase`: the five real seed reports are cut into points (one 一是/二是 item or a few
sentences each), every point is classed by topic (放管服, 制度, 决策, 执法, 矛盾, 监督, 普法, 领导,
不足, 计划), and a new report for another county is assembled from the points of one *slot*,
rewritten: place names, units (我区 → 我县), numbers, years and the era's vocabulary (十九大 or
二十大, 七五 or 八五 普法, the 纲要 in force), region-specific programme names, and synonyms. Each
point belongs to two of :data:`SLOTS` slots, so two paraphrases share little. Headings come from
the structure of one of the seeds (1、/(一) / 一、坚持… / 一、…,… / (一)坚持… / 一、工作成效).

:func:`make_lookalike` writes the holdout's look-alikes in every kind sites.md names, with other
title forms and wording than ``texts.make_lookalike``. :func:`accessible` renders text as the
accessibility modes of real portals do (traditional characters with tone-marked ``區(qū)`` or
toneless ``辦(ban)`` pinyin).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from . import texts

SLOTS = 12
PROVINCE_ABBR = {"湖南省": "湘", "浙江省": "浙", "江苏省": "苏", "河南省": "豫", "河北省": "冀",
                 "贵州省": "黔", "安徽省": "皖", "湖北省": "鄂", "四川省": "川", "广东省": "粤",
                 "山东省": "鲁"}

# What each seed calls its own place: full names, short names, city, province, its unit word.
SEED_PLACES = {
    "000": (("濮阳市华龙区", "华龙区"), "华龙", ("濮阳市",), "濮阳", ("河南省",), "河南", "区", 2023),
    "001": (("鄂托克旗",), "鄂托克", ("鄂尔多斯市",), "鄂尔多斯", ("内蒙古自治区",), "内蒙古",
            "旗", 2022),
    "002": (("广州市海珠区", "海珠区"), "海珠", ("广州市",), "广州", ("广东省",), "广东", "区",
            2023),
    "003": (("平遥县",), "平遥", ("晋中市",), "晋中", ("山西省",), "山西", "县", 2020),
    "004": (("赣州蓉江新区", "蓉江新区"), "蓉江", ("赣州市",), "赣州", ("江西省",), "江西", "区",
            2023),
}
# Region-specific programme and place names in the seeds, and what a paraphrase says instead.
LOCAL_NAMES = {
    "蒙速办": "{abbr}易办", "粤执法": "{abbr}执法", "赣服通": "{abbr}服通", "亲清赣商": "亲清{abbr}商",
    "蓉匠": "{s0}和", "海上明珠": "{s0}上明珠", "多多评·码上鄂托克": "码上{short}",
    "法润鄂托克 喜迎二十大": "法润{short}", "物华国际地下车库被淹事件法律服务团": "重点项目法律服务团",
    "一区一谷一圈": "一园一谷一带", "琶洲": "{town}", "内蒙古": "{pshort}",
}
UNIT_WORDS = ("我{u}", "全{u}", "{u}委", "{u}政府", "{u}人大", "{u}政协", "{u}级", "{u}直", "{u}本级",
              "{u}司法局", "{u}党政", "{u}主要领导", "{u}纪委", "{u}法院", "{u}检察院", "{u}行政",
              "{u}人民", "依法治{u}", "{u}镇村", "{u}、镇", "{u}、乡", "{u}管", "{u}属", "{u}领导",
              "{u}人及", "{u}财政", "{u}长", "示范{u}")
NOT_UNIT = "社园辖城片景地山湾范聚能发"  # 社区, 园区, 辖区 … are not the county's 区

SYNONYMS: list[tuple[str, tuple[str, ...]]] = [
    ("深入学习贯彻", ("认真学习贯彻", "全面学习贯彻", "持续学习贯彻")),
    ("进一步", ("进一步", "持续", "不断")),
    ("全面推行", ("全面推行", "全力推行", "深入推行")),
    ("严格落实", ("严格落实", "认真落实", "切实落实")),
    ("积极", ("积极", "主动", "着力")),
    ("加强", ("加强", "强化", "加强")),
    ("推进", ("推进", "推动", "推进")),
    ("截至目前", ("截至目前", "截至年底", "目前")),
    ("提升", ("提升", "提高")),
    ("建立", ("建立", "构建", "建立")),
    ("制定", ("制定", "出台", "研究制定")),
    ("印发", ("印发", "下发")),
    ("切实", ("切实", "有效")),
    ("扎实", ("扎实", "稳步")),
    ("认真", ("认真", "严格")),
    ("确保", ("确保", "保证")),
    ("不断", ("不断", "持续")),
    ("充分发挥", ("充分发挥", "切实发挥", "用好")),
    ("实现", ("实现", "做到")),
    ("累计", ("累计", "共计")),
    ("开展", ("开展", "组织开展", "开展")),
    ("完善", ("完善", "健全")),
    ("有效", ("有效", "切实")),
    ("共办理", ("共办理", "全年办理", "累计办结")),
    ("同时", ("同时", "此外", "与此同时")),
    ("目前", ("目前", "现阶段")),
    ("严厉打击", ("严厉打击", "依法打击")),
    ("组织", ("组织", "组织")),
    ("坚持", ("坚持", "始终坚持")),
    ("深化", ("深化", "纵深推进")),
    ("各类", ("各类", "各种")),
    ("工作机制", ("工作机制", "运行机制")),
    ("规范化", ("规范化", "标准化")),
]
_SYN = re.compile("|".join(re.escape(k) for k, _ in sorted(SYNONYMS, key=lambda kv: -len(kv[0]))))
_SYN_MAP = dict(SYNONYMS)

TOPIC_WORDS = {
    "职能": ("放管服", "审批", "政务服务", "办事", "证照", "一网", "帮办", "代办", "市场主体", "权责清单",
           "负面清单", "营商", "企业", "一件事", "网办", "事中事后"),
    "制度": ("规范性文件", "制度建设", "备案", "清理", "制度体系"),
    "决策": ("重大行政决策", "决策", "法律顾问", "听证", "风险评估", "合法性审查", "合法性审核"),
    "执法": ("执法", "处罚", "三项制度", "综合行政执法", "执法证"),
    "矛盾": ("调解", "矛盾", "纠纷", "复议", "应诉", "法律援助", "信访", "枫桥", "公共法律服务"),
    "监督": ("监督", "政务公开", "审计", "人大", "政协", "信息公开", "建议", "提案"),
    "普法": ("普法", "学法", "法治文化", "法律明白人", "宣传", "民主法治示范", "培训"),
    "领导": ("第一责任人", "党政主要负责人", "组织领导", "依法治", "考核", "督察", "述法",
           "党委", "党工委"),
    "应急": ("突发事件", "应急"),
}
SUBHEADS = {
    "职能": ["深化简政放权,持续转变政府职能", "聚焦“放管服”改革,提升政务服务效能",
           "依法全面履行政府职能", "优化法治化营商环境,激发市场主体活力"],
    "制度": ["健全依法行政制度体系", "加强行政规范性文件监督管理", "筑牢制度根基,规范文件管理"],
    "决策": ["坚持科学民主依法决策", "严格落实重大行政决策程序", "提升依法决策水平"],
    "执法": ["推进严格规范公正文明执法", "深化行政执法体制改革", "规范执法行为,提升执法质效"],
    "矛盾": ["依法有效化解社会矛盾纠纷", "健全矛盾纠纷多元化解机制", "发挥行政复议主渠道作用"],
    "监督": ["强化对行政权力的制约和监督", "自觉接受各方面监督", "推进政务公开,规范权力运行"],
    "普法": ["深入推进普法依法治理", "加强法治宣传教育", "提升全民法治素养"],
    "领导": ["加强党对法治政府建设的领导", "压实推进法治建设第一责任人职责", "强化组织领导和督促考核"],
    "应急": ["依法预防处置重大突发事件", "提升依法应急处置能力"],
}
ISSUE_LINES = [
    "法治督察和考核的刚性约束还不够强,个别单位存在以文件落实文件的现象",
    "部分行政执法人员运用法律解决问题的能力不足,执法文书制作不够规范",
    "基层法治工作力量与承担的任务不相匹配,乡镇(街道)合法性审核人员多为兼职",
    "普法宣传的针对性和吸引力还不够,以案释法做得还不充分",
    "行政复议纠错后的跟踪问效机制还不健全,同类问题仍有反复",
]
PLAN_LINES = [
    "把学习贯彻习近平法治思想作为首要任务,纳入各级党委(党组)理论学习中心组学习内容",
    "持续开展行政执法质量提升行动,常态化开展案卷评查和执法监督",
    "推进法治政府建设示范创建,以创建促提升、以示范带全局",
    "加强乡镇(街道)合法性审核力量配备,推动基层法治建设提档升级",
    "完善法治督察与纪检监察监督协作机制,压紧压实法治建设责任",
]


@dataclass(frozen=True)
class Point:
    """One reusable piece of a seed report: a 一是… item or a few sentences."""

    seed: str
    topic: str
    text: str


def _classify(text: str, section: str) -> str:
    if section in ("不足", "计划"):
        return section
    scores = {t: sum(text.count(w) for w in words) for t, words in TOPIC_WORDS.items()}
    best = max(scores, key=lambda t: (scores[t], -list(TOPIC_WORDS).index(t)))
    return best if scores[best] else "领导"


def _chunks(text: str) -> list[str]:
    """Cut a body paragraph into points at 一是/二是… or into groups of sentences."""
    text = re.sub(r"^[(（][一二三四五六七八九十]+[)）][^。]{2,40}。", "", text)
    parts = [p for p in re.split(r"(?=[一二三四五六七八九十][是要](?![否的]))", text) if p.strip()]
    parts = [re.sub(r"^[一二三四五六七八九十][是要]", "", p) for p in parts]
    out: list[str] = []
    for part in parts:
        sentences = [s for s in re.findall(r"[^。]+。?", part) if s.strip()]
        group = ""
        for sentence in sentences:
            group += sentence
            if len(group) > 160:
                out.append(group)
                group = ""
        if group:
            if out and len(group) < 50:
                out[-1] += group
            else:
                out.append(group)
    return [o for o in out if len(o) >= 30 and not re.search(r"[::]。?$", o.strip())]


@cache
def seed_points() -> tuple[dict[str, str], tuple[Point, ...]]:
    """The seeds' intros (by seed) and their points, in a fixed order."""
    intros: dict[str, str] = {}
    points: list[Point] = []
    for stem in sorted(SEED_PLACES):
        paras = texts.load_seed(stem).paragraphs
        section = ""
        seen_heading = False
        for para in paras:
            head = re.match(r"^[一二三四五六七八九十]+、(.*)$", para)
            if head and len(para) < 45:
                seen_heading = True
                words = head.group(1)
                if re.search(r"问题|不足|短板", words):
                    section = "不足"
                elif re.search(r"计划|安排|打算|下一步|下步", words):
                    section = "计划"
                else:
                    section = ""
                continue
            if len(para) < 45:
                continue
            if not seen_heading:
                intros.setdefault(stem, para)
                continue
            mixed = section == "不足" and re.search(r"下一步|将坚持|工作计划|有举措", para)
            here = "计划" if mixed else section
            if section == "不足" and re.search(r"下一步", para) and not re.search(r"不足", para):
                here = "计划"
            for chunk in _chunks(para):
                points.append(Point(stem, _classify(chunk, here), chunk))
    return intros, tuple(points)


def slot_points(slot: int) -> list[Point]:
    """The points a slot may use: each point belongs to two slots."""
    _, points = seed_points()
    return [p for i, p in enumerate(points)
            if slot in (i % SLOTS, (i + 1 + (i // SLOTS) % (SLOTS - 1)) % SLOTS)]


@dataclass
class Target:
    """The county a paraphrase is written for."""

    name: str
    city: str
    province: str
    year: int

    @property
    def unit(self) -> str:
        return texts.unit_of(self.name)

    @property
    def short(self) -> str:
        stem = re.sub(r"(自治县|新区|县|区|市|旗)$", "", self.name)
        return stem if len(stem) >= 2 else self.name


class Rewriter:
    """Rewrites seed text for a target county and year."""

    def __init__(self, rng: random.Random, target: Target):
        self.rng = rng
        self.t = target
        self.town = texts.town(rng)[:-1]

    def __call__(self, text: str, seed: str) -> str:
        text = self.places(text, seed)
        text = self.era(text, SEED_PLACES[seed][-1])
        text = self.numbers(text, SEED_PLACES[seed][-1])
        text = _SYN.sub(lambda m: self.rng.choice(_SYN_MAP[m.group(0)]), text)
        return text

    def places(self, text: str, seed: str) -> str:
        full, short, city, city_short, province, pshort, unit, _ = SEED_PLACES[seed]
        t = self.t
        abbr = PROVINCE_ABBR.get(t.province, t.province[0])
        fill = {"abbr": abbr, "short": t.short, "s0": t.short[0], "town": self.town,
                "pshort": t.province[:-1]}
        for old, new in sorted(LOCAL_NAMES.items(), key=lambda kv: -len(kv[0])):
            text = text.replace(old, new.format(**fill))
        pairs = [*((f, t.name) for f in full), *((c, t.city) for c in city),
                 *((p, t.province) for p in province), (city_short, t.city[:-1]),
                 (pshort, t.province[:-1]), (short, t.short)]
        for old, new in sorted(pairs, key=lambda kv: -len(kv[0])):
            text = text.replace(old, new)
        text = text.replace("苏木镇", "乡镇").replace("嘎查村", "村").replace("苏木", "乡")
        text = text.replace("嘎查", "村").replace("党工委", f"{t.unit}委")
        text = text.replace("在自治区", "在全省").replace("自治区", "省")
        text = text.replace("管委会", f"{t.unit}政府").replace("各镇(工作组)", "各乡镇(街道)")
        if unit != t.unit:
            for word in UNIT_WORDS:
                old = word.format(u=unit)
                pattern = (f"(?<![{NOT_UNIT}])" if old.startswith(unit) else "") + re.escape(old)
                text = re.sub(pattern, word.format(u=t.unit), text)
        return text

    def era(self, text: str, seed_year: int) -> str:
        year = self.t.year
        text = re.sub(r"法治政府建设实施纲要\((2015-2020|2021-2025)年\)",
                      "法治政府建设实施纲要(" + ("2021-2025" if year >= 2021 else "2015-2020") + "年)",
                      text)
        if year >= 2021:
            text = text.replace("七五", "八五")
        else:
            text = text.replace("八五", "七五").replace("“一规划两纲要”", "《纲要》")
            text = re.sub(r"(喜迎|迎接)二十大", "庆祝建党百年", text)
        if year >= 2023:
            text = re.sub(r"党的十九大和十九届[^精]{0,20}全会精神", "党的二十大精神", text)
        elif year <= 2022:
            text = text.replace("二十大", "十九大").replace("二十届", "十九届")
        if year <= 2019:
            text = text.replace("习近平法治思想", "习近平全面依法治国新理念新思想新战略")
            text = text.replace("《民法典》", "《优化营商环境条例》").replace("民法典", "法律法规")
        return text

    def numbers(self, text: str, seed_year: int) -> str:
        """New figures of the same size; years move with the report year; names keep theirs."""
        protected: list[str] = []

        def keep(m: re.Match[str]) -> str:
            protected.append(m.group(0))
            return chr(0xE000 + len(protected) - 1)  # a private-use character: no digits

        text = re.sub(r"“[^”]*”|12345|24小时|\d+\.0改革|\d{4}-\d{4}年", keep, text)

        def figure(m: re.Match[str]) -> str:
            raw, after = m.group(1), m.group(2)
            value = float(raw)
            if "." not in raw and 2000 <= value <= 2035:
                return str(int(value) + self.t.year - seed_year) + after
            if after == "月":
                return f"{self.rng.randint(1, 12)}{after}"
            if after == "日":
                return f"{self.rng.randint(1, 28)}{after}"
            if after == "%" and value >= 100:
                return raw + after
            low, high = value * 0.6, value * 1.5
            if after == "%":
                high = min(high, 99.9)
            if "." in raw:
                digits = len(raw.split(".")[1])
                new = f"{self.rng.uniform(low, max(high, low + 0.1)):.{digits}f}"
            else:
                new = str(self.rng.randint(max(1, round(low)), max(2, round(high))))
            return new + after

        text = re.sub(r"(\d+(?:\.\d+)?)(%|月|日|)", figure, text)
        return re.sub("[\ue000-\ue0ff]", lambda m: protected[ord(m.group(0)) - 0xE000], text)


ORDINALS = "一二三四五六七八九十"
STYLES = ("plenary", "sections", "couplets", "nested", "results")


def paraphrase(rng: random.Random, slot: int, name: str, city: str, province: str,
               year: int) -> list[str]:
    """A report on ``year`` for ``name`` assembled from the seed points of ``slot``, rewritten.

    Args:
        rng: the report's generator.
        slot: which share of the seed points to use (0 … SLOTS-1).
        name, city, province: the target county and its parents.
        year: the report year.

    Returns:
        The paragraphs (about 2,500-5,000 characters).
    """
    target = Target(name, city, province, year)
    rewrite = Rewriter(rng, target)
    intros, _ = seed_points()
    pool = slot_points(slot)
    by_topic: dict[str, list[Point]] = {}
    for point in pool:
        by_topic.setdefault(point.topic, []).append(point)
    style = STYLES[slot % len(STYLES)]
    unit = target.unit
    intro_seed = sorted(SEED_PLACES)[(slot * 3 + 1) % 5]
    intro = rewrite(intros[intro_seed], intro_seed)
    intro = re.sub(r"[,,]?(现将[^。:]*?|现)(报告|汇报)如下[::]?$", "", intro)
    intro = re.sub(r"[,,。]*$", "", intro) + "。"
    intro += rng.choice(["现将有关情况报告如下:", f"现将{year}年度法治政府建设情况报告如下:",
                         "现将主要工作情况报告如下:"])
    paras: list[str] = []
    if style == "plenary":
        paras.append(rng.choice(["主任、各位副主任、各位委员:", "各位委员:"]))
    paras.append(intro)
    topics = [t for t in SUBHEADS if t != "领导" and by_topic.get(t)]
    rng.shuffle(topics)
    topics = topics[: rng.randint(5, 7)]
    if "职能" in by_topic and "职能" not in topics:
        topics[0] = "职能"
    queues = {t: rng.sample(by_topic[t], len(by_topic[t])) for t in topics}
    chosen: dict[str, list[Point]] = {t: queues[t][:2] for t in topics}
    target_len, size = rng.randint(2700, 4200), sum(len(p.text) for c in chosen.values() for p in c)
    while size < target_len and any(len(chosen[t]) < min(4, len(queues[t])) for t in topics):
        for t in topics:
            if size < target_len and len(chosen[t]) < min(4, len(queues[t])):
                chosen[t].append(queues[t][len(chosen[t])])
                size += len(chosen[t][-1].text)
    sections = [(rng.choice(SUBHEADS[t]), [rewrite(p.text, p.seed) for p in chosen[t]])
                for t in topics]
    lead = by_topic.get("领导", [])[:2] or [p for p in slot_points((slot + 1) % SLOTS)
                                          if p.topic == "领导"][:1]
    duty = [rewrite(p.text, p.seed) for p in lead]
    issues = [rewrite(p.text, p.seed) for p in by_topic.get("不足", [])[:1]]
    issues.append(";".join(rng.sample(ISSUE_LINES, 2)) + "。")
    plans = [rewrite(p.text, p.seed) for p in by_topic.get("计划", [])[:2]]
    plans += [line + "。" for line in rng.sample(PLAN_LINES, 2)]
    body = _assemble(rng, style, sections, duty, issues, plans, year, unit)
    return paras + body


def _items(rng: random.Random, texts_: list[str]) -> str:
    return "".join(f"{ORDINALS[i]}是{t}" for i, t in enumerate(texts_))


def _assemble(rng: random.Random, style: str, sections: list[tuple[str, list[str]]],
              duty: list[str], issues: list[str], plans: list[str], year: int,
              unit: str) -> list[str]:
    """Headings and paragraphs in the structure of one of the seeds."""
    out: list[str] = []
    n = len(sections)
    duty_head = "党政主要负责人履行推进法治建设第一责任人职责情况"
    if style == "plenary":  # 一、… / 1、topic / (一) paragraphs
        out.append("一、推进法治政府建设的主要举措和成效:")
        for i, (head, items) in enumerate(sections):
            out.append(f"{i + 1}、{head}")
            out += [f"({ORDINALS[j]}){t}" for j, t in enumerate(items)]
        out.append(f"{n + 1}、{duty_head}")
        out.append(_items(rng, duty))
        out.append("二、推进法治政府建设存在的问题")
        out.append(f"虽然我{unit}法治政府建设取得了一些成绩,但也存在一些问题和不足:" + _items(rng, issues))
        out.append(f"三、{year + 1}年度推进法治政府建设的工作安排")
        out.append("下一步,重点做好以下几个方面的工作:" + "".join(
            f"{ORDINALS[i]}要{t}" for i, t in enumerate(plans)))
    elif style == "sections":  # 一、坚持… / (一) paragraphs
        for i, (head, items) in enumerate(sections):
            out.append(f"{ORDINALS[i]}、坚持{head.split(',')[-1]}")
            out += [f"({ORDINALS[j]}){t}" for j, t in enumerate(items)]
        out.append(f"{ORDINALS[n]}、{duty_head}")
        out += [f"({ORDINALS[j]}){t}" for j, t in enumerate(duty)]
        out.append(f"{ORDINALS[n + 1]}、存在的不足")
        out.append(_items(rng, issues))
        out.append(f"{ORDINALS[n + 2]}、{year + 1}年工作打算")
        out += [f"({ORDINALS[j]}){t}" for j, t in enumerate(plans)]
    elif style == "couplets":  # 一、…,… / 一是…二是… in one paragraph
        for i, (head, items) in enumerate(sections):
            out.append(f"{ORDINALS[i]}、{head}")
            out.append(_items(rng, items))
        out.append(f"{ORDINALS[n]}、{duty_head}")
        out.append(_items(rng, duty))
        out.append(f"{ORDINALS[n + 1]}、存在问题及{year + 1}年法治政府建设工作计划")
        out.append(f"{year}年,我{unit}法治政府建设取得一定成效,但仍存在短板和不足,主要体现在:"
                   + _items(rng, issues))
        out.append(f"{year + 1}年,我{unit}将" + _items(rng, plans))
    elif style == "nested":  # 一、主要举措和成效 / (一)坚持… / 一是… paragraphs
        out.append("一、法治政府建设的主要举措和成效")
        for i, (head, items) in enumerate(sections):
            out.append(f"({ORDINALS[i]}){head}")
            out += [f"{ORDINALS[j]}是{t}" for j, t in enumerate(items)]
        out.append(f"({ORDINALS[n]}){duty_head}")
        out += [f"{ORDINALS[j]}是{t}" for j, t in enumerate(duty)]
        out.append("二、存在问题和不足")
        out.append(f"{year}年,我{unit}法治政府建设工作虽然取得一定成绩,但仍然存在一些薄弱环节:"
                   + _items(rng, issues))
        out.append(f"三、{year + 1}年工作计划")
        out += [f"({ORDINALS[j]}){t}" for j, t in enumerate(plans)]
    else:  # results: 一、工作成效 / (一) / 一是…; 二、存在的问题及下步打算
        out.append("一、工作成效")
        for i, (head, items) in enumerate(sections):
            out.append(f"({ORDINALS[i]}){head}")
            out += [f"{ORDINALS[j]}是{t}" for j, t in enumerate(items)]
        out.append("积极履行党政主要负责人推进法治建设第一责任人职责")
        out += [f"{ORDINALS[j]}是{t}" for j, t in enumerate(duty)]
        out.append("二、存在的问题及下步打算")
        out.append(f"{year}年,我{unit}法治政府建设工作虽然取得了一定成绩,但还存在一些问题和不足,"
                   "主要是:" + _items(rng, issues))
        out.append(f"下一步,我{unit}将持续深入学习贯彻习近平法治思想。" + _items(rng, plans))
    return [re.sub(r"。。+", "。", p) for p in out]


# --------------------------------------------------------------------------- look-alikes


def make_lookalike(rng: random.Random, kind: str, place: str, year: int) -> tuple[str, list[str]]:
    """A look-alike of ``kind`` (the kinds of ``texts.make_lookalike``) in the holdout's wording."""
    unit = texts.unit_of(place)
    slots = {"year": year, "next": year + 1, "place": place, "county": place, "unit": unit,
             "last": year + 4, "prev": year - 1}

    def x(template: str) -> str:
        return texts.expand(template, rng, slots)

    if kind == "xxgk_annual":
        title = x(rng.choice(["{place}{year}年政府信息公开工作年度报告",
                              "{place}人民政府办公室{year}年度政府信息公开工作报告",
                              "{place}司法局{year}年政府信息公开工作年度报告"]))
        paras = [
            x("依据《中华人民共和国政府信息公开条例》第五十条规定,{place}编制本年度报告。全文包括总"
              "体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开被申请行政复议"
              "和提起行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"),
            "一、总体情况",
            x("{year}年,[全{unit}|我{unit}][紧扣|围绕]中心工作,[主动公开|公开]各类政府信息{n}条,[政府网站"
              "|门户网站][更新|发布]信息{n}条,[政务新媒体|微信公众号]推送{n}条。"),
            "二、主动公开政府信息情况",
            x("[规章|行政规范性文件]:本年新制作{s}件,本年新公开{s}件,对外公开总数量{n}件。行政许可处理决定"
              "{n}件,行政处罚决定{n}件。"),
            "三、收到和处理政府信息公开申请情况",
            x("本年新收政府信息公开申请{n}件,上年结转{s}件;予以公开{n}件,部分公开{s}件,不予公开{s}件。"),
            "四、存在的主要问题及改进情况",
            x("[公开内容|解读回应]的[深度|质量]还需提升。{next}年将[围绕|聚焦]重点领域[加大|深化]公开力度。"),
        ]
    elif kind == "gov_work_report":
        title = x(rng.choice(["政府工作报告——{next}年[1|2]月{s}日在{place}第[十八|十九]届人民代表大会"
                              "第[三|四|五]次会议上",
                              "{place}{next}年政府工作报告(全文)"]))
        paras = [
            x("各位代表:现在,我代表{place}人民政府,向大会报告政府工作,请予审议,并请[{unit}政协委员|"
              "列席人员]提出意见。"),
            x("一、{year}年工作回顾"),
            x("[一年来|过去一年],全{unit}生产总值[增长|同比增长]{pct},[规上工业增加值|一般公共预算收入]增长"
              "{pct}。[坚持依法行政|法治政府建设扎实推进],[办理|办结]人大代表建议{n}件、政协提案{n}件。"),
            x("二、{next}年重点工作"),
            x("[坚定不移|持续]推进法治政府建设,[深化|推进]{prog}改革,[自觉接受|主动接受]人大依法监督。"),
        ]
    elif kind == "plan":
        title = x(rng.choice([
            "{place}法治政府建设规划({year}—{last}年)", "{place}{next}年法治政府建设工作要点",
            "{place}法治政府建设实施方案", "{place}{next}年度法治政府建设重点工作安排",
        ]))
        paras = [
            x("为[扎实|全面]推进[新时代|]法治政府建设,[根据|按照]上级部署,结合{place}实际,[制定|编制]本"
              "[规划|要点|方案]。"),
            x("一、[总体目标|工作目标]:到{last}年,[法治政府基本建成|依法行政水平显著提升],[行政执法|政务服务]"
              "[规范化|标准化]水平[明显提高|全面提升]。"),
            x("二、[重点任务|主要任务]:(一)[深化|推进]{prog}改革,牵头单位:{dept};(二)[规范|加强]行政执法,"
              "牵头单位:{unit}司法局;(三)[健全|完善]矛盾纠纷多元化解机制。"),
            x("三、[组织保障|保障措施]:各[乡镇|单位]于每年{month}底前报送落实情况。"),
        ]
    elif kind == "notice":
        doc = x(rng.choice(["{place}{next}年法治政府建设工作要点", "{place}法治政府建设示范创建实施方案",
                            "{place}{next}年度法治政府建设考核细则"]))
        title = x(rng.choice([f"{{place}}人民政府办公室关于印发《{doc}》的通知",
                              f"关于印发{doc}的通知",
                              "关于报送{year}年度法治政府建设情况报告的通知"]))
        paras = [
            x("各乡镇人民政府、街道办事处,{unit}直各单位:"),
            x(f"[经{{unit}}政府同意|经研究],现将《{doc}》印发给你们,请认真贯彻执行。") if "报送" not in title
            else x("[根据|按照]《法治政府建设与责任落实督察工作规定》,请各单位于{next}年1月{s}日前报送"
                   "本单位{year}年度法治政府建设情况报告,报告应包括主要举措、存在不足、第一责任人履职和下一"
                   "年度打算。"),
            x("{place}人民政府办公室"), x("{next}年{month}{s}日"),
        ]
    elif kind == "interpretation":
        report = x("{place}{year}年度法治政府建设[情况报告|工作报告]")
        title = x(f"[【政策解读】《{report}》|《{report}》解读|关于《{report}》的政策解读]")
        paras = [
            x(f"一、[文件|报告]出台的背景。《{report}》[依据|根据]督察工作规定第二十五条[编制|起草],"
              f"[经|已经]{{unit}}政府常务会议审议。"),
            x("二、[主要内容|基本内容]。[报告|全文]分为[主要举措和成效|工作成效]、存在的不足、主要负责人"
              "履职情况和{next}年工作安排[四|五]部分。"),
            x("三、[解读人|联系人]:{person},{place}司法局。"),
        ]
    elif kind == "text_interp":
        report = x("关于{prev}年法治政府建设情况的报告")
        title = x(f"[文字解读《{report}》|《{report}》文字解读|文字解读:{{place}}{{prev}}年法治政府建设"
                  f"年度报告]")
        paras = [
            x(f"[近日|日前],{{place}}[公开发布|发布]了《{report}》。[现|特]就[有关|主要]内容[解读|说明]如下。"),
            x("[报告|《报告》]全面[回顾|总结]了{prev}年{place}[依法全面履行政府职能|法治政府建设]的[主要|"
              "重要]举措,[共|]{s}个方面。"),
            x("解读部门:{place}司法局;解读人:{person};咨询电话:0{n}-{n}。"),
        ]
    elif kind == "meeting":
        title = x(rng.choice([
            "{place}召开{next}年全面依法治{unit}工作会议", "{person}主持召开{unit}政府常务会议 研究法治政府"
                                                  "建设等工作",
            "{place}法治政府建设工作推进会召开", "{place}[部署|推进]法治政府建设示范创建工作",
        ]))
        paras = [
            x("{month}{s}日,{place}[召开|举行]{year}年[全面依法治{unit}|法治政府建设]工作会议,[听取|审议]"
              "了《{place}{prev}年法治政府建设情况报告(送审稿)》。"),
            x("会议[指出|强调],[要|各级各部门要][牢牢|切实]抓住领导干部“关键少数”,[推动|确保]法治建设[各项"
              "任务|重点任务]落地见效。"),
        ]
    elif kind == "meeting_topic":
        title = x(rng.choice(["{place}人民政府{year}年第{s}次常务会议议题解读",
                              "常务会议议题:审议《{place}{prev}年法治政府建设情况报告》"]))
        paras = [
            x("议题[一|二]:[审议|研究]《{place}{prev}年法治政府建设情况报告》。"),
            x("[提请单位|汇报单位]:{place}司法局。[议题背景|背景情况]:根据督察工作规定,{unit}政府应当"
              "于每年第一季度[报告|公开]上一年度法治政府建设情况。"),
            x("[会议意见|审议意见]:原则同意,[修改完善后|按程序]向社会公开。"),
        ]
    elif kind == "template":
        rep = texts.make_report(rng, "**区", year, upper="**市委、**市政府")
        title = x(rng.choice(["**区{year}年度法治政府建设情况报告(范文)",
                              "XX区人民政府关于****年法治政府建设情况的报告(参考模板)"]))
        paras = ["【范文】请将“*区”“XX区”替换为本单位名称后使用。", *rep[:10]]
    elif kind == "shufa":
        title = x(rng.choice(["{place}司法局局长{person}{year}年度述法报告",
                              "{year}年度党政主要负责人述法报告({place}[农业农村局|自然资源局])"]))
        paras = [
            x("[按照|根据]{unit}委依法治{unit}办[通知|要求],现将{year}年度本人履行推进法治建设第一责任人职责"
              "情况[述职|报告]如下。"),
            x("一、[带头学法|尊法学法守法用法]。全年[参加|组织]学法活动{s}次。二、[依法决策|规范用权]。审查"
              "[合同|文件]{n}份。三、[不足与打算|下一步]:[持续|进一步]提升法治素养。"),
        ]
    elif kind == "duty_report":
        title = x("{place}人民政府[{unit}长|主要负责人]{person}{year}年度履行推进法治建设第一责任人职责情况"
                  "报告")
        paras = [
            x("[按照|根据]《党政主要负责人履行推进法治建设第一责任人职责规定》,现将本人{year}年度履职情况"
              "报告如下。"),
            x("一、[坚持|带头]学法。[主持|组织]政府常务会议学法{s}次。二、[推进|坚持]依法决策,[听取|研究]法治"
              "工作汇报{s}次。三、下一步将[持续|进一步]发挥“关键少数”作用。"),
        ]
    else:
        raise ValueError(kind)
    return title, paras


INTROS = [
    "《{title}》全文见附件。",
    "根据督察工作规定第二十五条,现公开《{title}》,请点击附件查看。",
    "{name}人民政府{title_short}已印发,现予公布(详见附件)。",
    "附件:{title}",
]


def intro_text(rng: random.Random, title: str, name: str) -> str:
    """The one-line page that introduces a report published as an attachment."""
    short = title.replace(name, "").replace("人民政府", "") or title
    return rng.choice(INTROS).format(title=title, name=name, title_short=f"《{short}》")


# --------------------------------------------------------------------------- accessibility modes

PINYIN = {
    "区": "qū", "县": "xiàn", "市": "shì", "政": "zhèng", "府": "fǔ", "法": "fǎ", "治": "zhì",
    "建": "jiàn", "设": "shè", "报": "bào", "告": "gào", "年": "nián", "度": "dù", "工": "gōng",
    "作": "zuò", "情": "qíng", "况": "kuàng", "关": "guān", "于": "yú", "人": "rén", "民": "mín",
    "办": "bàn", "公": "gōng", "开": "kāi", "执": "zhí", "依": "yī", "规": "guī", "范": "fàn",
    "监": "jiān", "督": "dū", "制": "zhì", "决": "jué", "策": "cè", "审": "shěn", "批": "pī",
    "服": "fú", "务": "wù", "推": "tuī", "进": "jìn", "全": "quán", "面": "miàn", "强": "qiáng",
    "化": "huà", "领": "lǐng", "导": "dǎo", "实": "shí", "施": "shī", "责": "zé", "任": "rèn",
    "职": "zhí", "能": "néng", "改": "gǎi", "革": "gé", "体": "tǐ", "系": "xì", "纠": "jiū",
    "纷": "fēn", "复": "fù", "议": "yì", "诉": "sù", "讼": "sòng", "普": "pǔ", "宣": "xuān",
    "传": "chuán", "教": "jiào", "育": "yù", "学": "xué", "习": "xí", "会": "huì", "党": "dǎng",
    "委": "wěi", "点": "diǎn", "问": "wèn", "题": "tí", "营": "yíng", "商": "shāng", "环": "huán",
    "境": "jìng", "社": "shè", "群": "qún", "众": "zhòng", "效": "xiào", "完": "wán", "善": "shàn",
    "加": "jiā", "提": "tí", "升": "shēng", "发": "fā", "展": "zhǎn", "经": "jīng", "济": "jì",
    "数": "shù", "网": "wǎng", "信": "xìn", "息": "xī", "文": "wén", "件": "jiàn", "案": "àn",
    "罚": "fá", "检": "jiǎn", "查": "chá", "机": "jī", "构": "gòu", "队": "duì", "培": "péi",
    "训": "xùn", "乡": "xiāng", "镇": "zhèn", "村": "cūn", "街": "jiē", "道": "dào", "调": "diào",
    "解": "jiě", "矛": "máo", "盾": "dùn", "维": "wéi", "护": "hù", "稳": "wěn", "定": "dìng",
}


def toneless(syllable: str) -> str:
    """A pinyin syllable without its tone mark."""
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))


def accessible(text: str, tones: bool) -> str:
    """Add pinyin after the characters of :data:`PINYIN` (before the text is made traditional)."""
    def note(ch: str) -> str:
        reading = PINYIN.get(ch)
        if reading is None:
            return ch
        return f"{ch}({reading if tones else toneless(reading)})"

    return "".join(note(ch) for ch in text)
