"""Text of the simulated web: real seed reports, synthetic reports, look-alikes and news.

The five real report texts in ``tests/fixtures/seeds`` are cleaned of the page chrome that the
scraper which saved them kept (breadcrumbs, 来源/发布时间 lines, footers) and become the bodies of
five published reports. Every other report is written by :func:`make_report` from a large pool of
sentence templates with ``[a|b|c]`` alternatives and random slots, so that two reports share few
character 5-grams, as unrelated real reports do. Look-alike documents (政府信息公开工作年度报告,
政府工作报告, 工作要点, 通知, 政策解读, meeting news, 述法报告) and ordinary news come from
smaller generators. All generators take a ``random.Random`` so that one seed gives one web.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"

# Lines of page chrome that the seed files carry before the title or after the body.
_CHROME = re.compile(
    r"^(您当前的位置|当前位置|您好,欢迎|来源|发布时间|发布日期|字号|索引号|政府信息公开$|全文检索$"
    r"|.*政府门户网站$|扫一扫|主办|承办|网站地图|.*ICP备|政府网站标识码|.*公网安备|Email|电话|传真"
    r"|【打印正文】|×$|用户登录$|相关文章$|文章关键词|分享到)"
)
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]+\)")
_TITLE = re.compile(r"法治.{0,12}(报告|情况|報告|情況)\s*$")


@dataclass
class SeedText:
    """A real report text after chrome removal."""

    stem: str
    title: str
    paragraphs: list[str]
    original: str  # the raw file text, as the mirror of seed 002 shows it


def to_simplified(text: str) -> str:
    """Convert traditional to simplified characters (OpenCC t2s)."""
    import opencc

    return opencc.OpenCC("t2s").convert(text)


def strip_pinyin(text: str) -> str:
    """Drop accessibility-mode pinyin annotations such as ``區(qū)`` or ``辦(ban)``."""
    return _PINYIN.sub("", text)


def load_seed(stem: str, simplified: bool = True) -> SeedText:
    """Load ``tests/fixtures/seeds/<stem>_*.txt`` and cut the chrome before and after the report.

    The title is the first short line naming 法治…报告/情况; the body is every later line except
    leading label lines and the trailing footer. Seed 002 (traditional with pinyin) is converted
    to simplified text unless ``simplified`` is false; ``original`` keeps the file as it is.
    """
    path = next(SEED_DIR.glob(f"{stem}_*.txt"))
    original = path.read_text(encoding="utf-8")
    converted = simplified and _PINYIN.search(original)
    text = to_simplified(strip_pinyin(original)) if converted else original
    lines = [ln.strip() for ln in text.splitlines()]
    start = next(
        i for i, ln in enumerate(lines)
        if len(ln) < 70 and _TITLE.search(ln) and not _CHROME.match(ln)
    )
    title = lines[start]
    body = [ln for ln in lines[start + 1 :] if ln]
    while body and _CHROME.match(body[0]):
        body.pop(0)
    while body and _CHROME.match(body[-1]):
        body.pop()
    return SeedText(stem=stem, title=title, paragraphs=body, original=original)


# --------------------------------------------------------------------------- template engine

_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")

TOWNS_A = "东西南北城关新安和平长青金桥凤凰梅林永兴太平龙泉白马青山石桥柳河双河清水"
TOWNS_B = ["镇", "镇", "乡", "街道", "镇", "苏木", "街道"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "建国志强海涛丽娟文华明辉晓东红梅永刚春生秀英立新德胜玉兰卫东学军少华振宇俊杰"

PROGRAMMES = [
    "“一网通办”", "“最多跑一次”", "“不见面审批”", "“一件事一次办”", "“跨省通办”",
    "“证照分离”", "“双随机、一公开”", "“互联网+监管”", "“掌上办”", "“帮办代办”",
    "“告知承诺制”", "“容缺受理”", "“综合窗口”", "“免证办”", "“秒批秒办”",
]
BRANDS = [
    "法润", "法治惠民", "枫桥式", "阳光执法", "和为贵", "法治夜市", "法律明白人", "德法同行",
    "红色调解", "老娘舅", "法治文化长廊", "百姓说法", "家门口的法律顾问", "无证明城市", "信用+",
]
DEPTS = [
    "县市场监管局", "县自然资源局", "县生态环境分局", "县住建局", "县交通运输局", "县农业农村局",
    "县卫健委", "县应急管理局", "县城管执法局", "县人社局", "县教体局", "县文旅局", "县税务局",
    "县公安局", "县财政局", "县水利局", "县民政局", "县医保局", "县行政审批局", "县发改委",
]
LAWS = [
    "《民法典》", "《行政处罚法》", "《行政复议法》", "《优化营商环境条例》", "《法律援助法》",
    "《重大行政决策程序暂行条例》", "《信访工作条例》", "《安全生产法》", "《宪法》",
    "《行政许可法》", "《反电信网络诈骗法》", "《政府信息公开条例》", "《行政诉讼法》",
]


def expand(template: str, rng: random.Random, slots: dict[str, object]) -> str:
    """Fill ``[a|b]`` alternatives (innermost first) and ``{slot}`` fields of a template."""
    while True:
        new = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
        if new == template:
            break
        template = new

    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in slots:
            value = slots[name]
            return str(value() if callable(value) else value)
        if name == "n":
            small, mid, big = rng.randint(3, 60), rng.randint(60, 900), rng.randint(900, 9000)
            return str(rng.choice([small, small, small, mid, mid, big]))
        if name == "s":
            return str(rng.randint(2, 19))
        if name == "pct":
            return f"{rng.randint(600, 1000) / 10:g}%"
        if name == "money":
            return f"{rng.randint(12, 9800) / 10:g}万元"
        if name == "town":
            return town(rng)
        if name == "prog":
            return rng.choice(PROGRAMMES)
        if name == "brand":
            return "“" + rng.choice(BRANDS) + "”"
        if name == "dept":
            return str(slots.get("unit", "县")) + rng.choice(DEPTS)[1:]
        if name == "law":
            return rng.choice(LAWS)
        if name == "person":
            return person(rng)
        if name == "month":
            return f"{rng.randint(1, 12)}月"
        raise KeyError(name)

    return _SLOT.sub(slot, template)


def town(rng: random.Random) -> str:
    """A plausible town or street name."""
    return rng.choice(TOWNS_A) + rng.choice(TOWNS_A) + rng.choice(TOWNS_B)


def person(rng: random.Random) -> str:
    """A plausible personal name."""
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice([1, 2])))


# --------------------------------------------------------------------------- synthetic reports

INTROS = [
    "{year}年,在{upper}的[正确|坚强]领导下,{place}[坚持|始终坚持]以{thought}为指导,[深入|全面]贯彻"
    "{congress}精神,[认真落实|紧紧围绕]《{outline}》[各项任务|部署要求],[统筹推进|扎实推进]法治政府"
    "建设,"
    "[为全{unit}经济社会高质量发展提供了有力法治保障|法治政府建设取得[新的|明显]成效]。现将有关情况"
    "报告如下:",
    "{year}年以来,{place}[在{upper}的正确领导下|在{upper}的坚强领导下],以{thought}为[根本遵循|行动"
    "指南],"
    "把法治政府建设[摆在全局工作的突出位置|作为全局性、基础性工作来抓],[坚持法治国家、法治政府、法"
    "治社会一体建设|"
    "着力推进依法行政],[先后|共]出台制度文件{s}件,[各项工作取得积极进展|法治{unit}建设迈出坚实步伐]"
    "。"
    "现将{year}年度法治政府建设工作情况报告如下:",
    "{year}年,{place}深入学习贯彻{thought},[全面落实|对标对表]{outline_short}[各项部署|任务要求],"
    "[坚持问题导向和目标导向|聚焦群众急难愁盼],[持续深化“放管服”改革|不断提升依法行政能力],"
    "[全年共办理行政复议案件{n}件|全{unit}行政诉讼案件败诉率下降{s}个百分点],法治政府建设[取得新成"
    "效|走深走实]。"
    "现将[有关|具体]情况报告如下:",
]

MAJOR_HEADINGS = [
    "一、[{year}年|]法治政府建设[的|]主要举措和成效",
    "一、推进法治政府建设的[主要举措|主要工作]和[成效|取得的成效]",
    "一、[工作成效|主要工作开展情况]",
]

TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "职能": (
        ["[依法全面履行政府职能|持续深化简政放权]", "[深化“放管服”改革|转变政府职能],[优化政务服务|"
                                  "提升服务效能]"],
        [
            "[深化|持续推进]{prog}改革,[全{unit}|]{n}项政务服务事项实现[网上可办|全程网办],网上可办"
            "率达{pct}",
            "[梳理公布|动态调整]权责清单事项{n}项,[取消|下放]行政许可事项{s}项,[做到|实现]“清单之外"
            "无权力”",
            "在{town}[等|]{s}个乡镇(街道)[建成|打造]便民服务中心,[配备|组建]帮办代办员{n}名,"
            "[累计|全年]为群众代办事项{n}件",
            "[推行|全面推行]{prog}[模式|服务],[审批时限|办理时限]平均压缩{pct},[群众|企业]满意率达{"
            "pct}",
            "[承接|落实]省、市下放[审批服务|行政权力]事项{n}项,[建立|完善]承接运行评估机制",
            "[严格|全面]落实市场准入负面清单制度,[新增|新登记]市场主体{n}户,同比增长{pct}",
            "[开展|组织开展]“证明事项”清理,[取消|精简]各类证明材料{n}项,[推动|实现]{s}类证照电子化",
        ],
    ),
    "营商": (
        ["[持续优化法治化营商环境|打造一流法治化营商环境]", "[优化营商环境|服务市场主体]"],
        [
            "[出台|制定]《{county}[优化营商环境|服务民营经济发展][若干措施|实施方案]》,[提出|明确]{"
            "s}条具体举措",
            "[开展|组织开展]涉企[行政执法|收费]专项检查{s}次,[为企业|帮助企业][减负|纾困]{money}",
            "[建立|健全]{brand}企业服务机制,[走访|联系]企业{n}家,[解决|协调]问题{n}个",
            "[推行|落实]包容审慎监管,[对|针对]轻微违法行为[依法|]不予处罚{n}件,[首违不罚|轻微免罚]"
            "清单"
            "[覆盖|涉及]{s}个执法领域",
            "[全面|认真]落实公平竞争审查制度,[审查|清理]涉及市场主体经济活动的政策措施{n}件",
            "[深化|推进]社会信用体系建设,[归集|共享]信用信息{n}万条,[开展|完成]信用修复{n}件",
        ],
    ),
    "制度": (
        ["[完善依法行政制度体系|加强行政规范性文件管理]", "[规范性文件管理|制度建设]"],
        [
            "[严格|全面]落实行政规范性文件合法性审核机制,[审核|备案审查]规范性文件{s}件,[纠正|提出"
            "修改意见]{n}条",
            "[开展|组织]规范性文件[清理|专项清理]工作,[废止|宣布失效]文件{s}件,[修改|保留]{n}件",
            "[坚持|落实]“立改废释”并举,[围绕|聚焦]{law}实施[配套|完善]制度{s}项",
            "[按照|依据]“谁起草、谁负责”原则,[建立|完善]规范性文件[统一登记、统一编号、统一印发|"
            "动态清理]制度",
        ],
    ),
    "决策": (
        ["[推进行政决策科学化、民主化、法治化|健全依法决策机制]", "[严格落实重大行政决策程序|依法科"
                                         "学民主决策]"],
        [
            "[严格落实|全面执行]《重大行政决策程序暂行条例》,[公布|编制]年度重大行政决策事项目录{s}"
            "项",
            "[落实|坚持]政府法律顾问制度,法律顾问[列席|参与]政府常务会议{s}次,[出具|提供]法律意见{n"
            "}条",
            "[对|围绕]{county}[国土空间规划|城市更新|教育布局调整]等重大事项[开展|组织][风险评估|专"
            "家论证]{s}次",
            "[全年|]审查政府合同{n}份,[涉及金额|标的总额]{money},[提出|提供]法律意见{n}条",
            "[建立|推行]重大行政决策[公众参与|听证]机制,[公开征求意见|召开听证会]{s}次,[收集|采纳]"
            "意见{n}条",
        ],
    ),
    "执法": (
        ["[坚持严格规范公正文明执法|深化行政执法体制改革]", "[规范行政执法行为|提升行政执法质效]"],
        [
            "[全面推行|严格落实]行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”,[审核|"
            "审查]重大执法决定{n}件",
            "[组织|开展]行政执法人员[培训|轮训]{s}期,[培训|参训]{n}人次,[换发|新办]执法证件{n}个",
            "[深化|推进]综合行政执法改革,[向|在]{town}等{s}个乡镇(街道)[赋予|下放]执法事项{n}项",
            "[开展|组织开展]行政执法[案卷评查|专项监督]{s}次,[抽查|评查]案卷{n}卷,[发现|整改]问题{n"
            "}个",
            "{dept}[开展|组织]{law}执法检查{s}次,[立案查处|办结]违法案件{n}件,[罚没|处罚]{money}",
            "[在|围绕][安全生产|食品药品|生态环境|交通运输]等重点领域[开展|部署]专项执法行动{s}次",
        ],
    ),
    "矛盾": (
        ["[依法有效化解社会矛盾纠纷|健全矛盾纠纷多元化解机制]", "[预防化解矛盾|维护社会稳定]"],
        [
            "[坚持和发展|深化]新时代“枫桥经验”,[全{unit}|]{n}个人民调解组织[排查|调处]矛盾纠纷{n}件"
            ",[调解成功率|化解率]达{pct}",
            "[打造|建成]{brand}调解品牌,[在|于]{town}[设立|建成]个人调解工作室{s}个",
            "[畅通|规范]信访渠道,[受理|办理]群众信访事项{n}件,[按期|及时]办结率{pct}",
            "[建成|完善]县、乡、村三级公共法律服务平台{n}个,[提供|解答]法律咨询{n}人次,[办理|受理]"
            "法律援助案件{n}件",
            "[推进|实施]“一村(社区)一法律顾问”[制度|全覆盖],[开展|举办]法治讲座{n}场",
        ],
    ),
    "复议": (
        ["[发挥行政复议化解行政争议主渠道作用|加强行政复议和应诉工作]", "[行政复议|行政应诉]"],
        [
            "[全年|{year}年]共收到行政复议申请{n}件,[受理|依法受理]{n}件,[审结|办结]{n}件,[纠错率|"
            "调解和解率]{pct}",
            "[落实|严格落实]行政机关负责人出庭应诉制度,[出庭应诉|出庭]率达{pct}",
            "[办理|应诉]行政诉讼案件{n}件,[败诉|被纠错]{s}件,[同比|较上年]下降{pct}",
            "[推进|深化]行政复议体制改革,[设立|建成]行政复议[受理点|咨询点]{s}个,[方便|便利]群众就"
            "近申请",
        ],
    ),
    "监督": (
        ["[强化对行政权力的制约和监督|健全行政权力监督体系]", "[加强监督|规范权力运行]"],
        [
            "[自觉接受|主动接受]县人大及其常委会的法律监督和县政协的民主监督,[办理|办结]人大代表建"
            "议{n}件、政协提案{n}件,"
            "[办结率|满意率]{pct}",
            "[主动公开|全面公开]政府信息{n}条,[受理|答复]依申请公开{s}件,[全部|均]在法定期限内答复",
            "[加强|强化]审计监督,[完成|开展]审计项目{s}个,[查出|发现]问题资金{money}",
            "[发挥|用好]“12345”政务服务便民热线[作用|功能],[办理|受理]群众诉求{n}件,[按时办结率|回"
            "访满意率]{pct}",
            "[开展|推进]政务诚信建设,[清理|化解]政府拖欠账款{money}",
        ],
    ),
    "普法": (
        ["[深入推进普法依法治理|推进法治社会建设]", "[加强法治宣传教育|落实普法责任制]"],
        [
            "[深入实施|全面落实]“八五”普法规划,[开展|组织]{brand}[普法宣传|送法下乡]活动{n}场,[覆盖"
            "|惠及]群众{n}万人次",
            "[严格落实|落实]“谁执法谁普法”普法责任制,[发布|公布]年度普法责任清单{s}份",
            "[培育|培养]“法律明白人”{n}名、农村学法用法示范户{n}户,[在|于]{town}[建成|打造]法治文化"
            "公园{s}个",
            "[围绕|结合]{law}[颁布实施|施行]开展专题宣传,[发放|印发]宣传资料{n}份",
            "[创建|命名]民主法治示范村(社区){s}个,[全{unit}|]法治乡村建设[全覆盖|扎实推进]",
        ],
    ),
    "能力": (
        ["[提升政府工作人员法治思维和依法行政能力|加强法治工作队伍建设]", "[领导干部学法用法|依法行"
                                             "政能力建设]"],
        [
            "[坚持|落实]政府常务会议会前学法制度,[全年|]集体学法{s}次,[学习|学法]{law}等法律法规",
            "[组织|举办]领导干部法治专题[讲座|培训班]{s}期,[参训|培训]{n}人次,[开展|组织]任前法律知"
            "识考试{s}次",
            "[将|把]法治建设成效纳入[绩效考核|政绩考核指标体系],[权重|分值]占{s}%",
            "[开展|组织]国家工作人员[学法考法|网上学法用法考试],[参考率|合格率]达{pct}",
        ],
    ),
}

EFFECTS = [
    "[有效|切实][提升|增强]了群众的获得感和满意度", "[形成|构建]了[上下联动|部门协同]的工作格局",
    "[相关|该项]做法[被|获]市级[媒体|简报][刊发|推广]", "[群众|企业]办事[更加便捷|少跑腿]",
    "[工作|经验]做法在全市[交流推广|作典型发言]", "[推动|促进]行政[效能|质效][明显|持续]提升",
    "[为|给]{county}[高质量发展|营商环境优化][提供|注入]了[坚实|有力]保障",
    "[实现|做到]了[应公开尽公开|全流程可追溯]", "[较上年|同比][增长|提高]{pct}",
    "[获评|被评为][省级|市级][示范单位|先进典型]", "[有力|切实]维护了[群众合法权益|社会和谐稳定]",
    "[进一步|不断][规范|完善]了[权力运行|工作流程]", "[全年|累计][节约|减少][群众|企业]成本{money}",
    "[相关|此项]工作[位居|排名]全市第{s}位",
]

DETAILS = [
    "[制定|印发]《{county}[关于进一步加强|关于全面推进][行政执法协调监督|政务公开|基层法治建设]工作"
    "的实施意见》",
    "{month}[份|],[组织|邀请][市级|省级]专家[开展|进行]专题[培训|指导]{s}次",
    "[建立|完善]“[周调度、月通报、季考核|月调度、季通报、年考核]”工作机制,[确保|推动]任务落实",
    "{town}[探索|创新]推行“{brand}”[工作法|模式],[经验做法|典型案例]入选全市[优秀案例|创新案例]",
    "[全年|累计][编发|报送][工作简报|信息]{s}期,[被|获][市级以上|上级]媒体采用{s}篇",
    "[同时|此外],[聚焦|围绕][群众关心的|社会关注的][热点难点问题|民生实事],[开展|组织]专项[调研|督"
    "查]{s}次",
    "[{dept}|{dept}会同{dept}][联合|共同]开展[专项整治|集中攻坚]行动,[排查|整改]问题{n}个",
    "[目前|截至年底],[已|共][形成|梳理]{prog}[标准化|规范化]服务指南{n}份",
    "[坚持|落实]“[一月一主题|一季一重点]”[工作思路|推进机制],[确保|做到][责任到人|任务到岗]",
    "[对|针对][发现的问题|群众反映的问题][建立|实行]台账管理,[逐项|限时][销号|整改]",
]

SHORTCOMING_HEADINGS = [
    "二、存在的不足[和原因|]", "二、[存在的问题和不足|存在的主要问题]", "二、[当前|]存在的困难和问"
                                             "题",
]
SHORTCOMINGS = [
    "[一是|]部分[部门|单位]对法治政府建设[重视程度不够|认识不到位],[存在|仍有]“重业务、轻法治”[现象"
    "|倾向]",
    "基层[法治工作力量|执法人员]相对薄弱,[乡镇(街道)|基层]法治[专业人才|审核人员][缺乏|不足]",
    "[行政执法|综合执法][规范化水平|质量]有待提升,[个别|少数]执法人员[程序意识|证据意识]不强",
    "普法宣传[形式较为单一|针对性和实效性不强],[群众|基层群众]尊法学法守法用法[意识|氛围][还需增强|"
    "有待提高]",
    "[行政复议|行政应诉]工作[质效|水平]还需提升,[行政机关负责人|部分单位负责人]出庭应诉[质量|效果]"
    "不高",
    "[数字政府|智慧执法]建设[相对滞后|推进不够快],[数据共享|信息互通][不够|存在壁垒]",
]
CAUSES = [
    "究其原因,[主要是|一方面是]法治[培训|教育][针对性不强|覆盖面不够],[另一方面是|同时]考核[激励|约"
    "束]机制[还不健全|作用发挥不够]",
    "[产生|出现]这些问题的原因,[既有|主要是][客观条件限制|人员编制不足],也有[主观认识不到位|工作推"
    "进不平衡]的因素",
]

DUTY_HEADINGS = [
    "三、党政主要负责人履行推进法治建设第一责任人职责情况",
    "三、[{unit}|]党政主要负责人履行[推进法治建设|法治建设]第一责任人职责[情况|有关情况]",
]
DUTIES = [
    "[{unit}|]党政主要负责人[认真|严格]履行推进法治建设第一责任人职责,[坚持|做到]重要工作亲自部署、"
    "重大问题亲自过问、"
    "重点环节亲自协调、重要任务亲自督办",
    "[全年|{year}年][主持召开|召开]政府常务会议{s}次[专题|]研究法治政府建设工作,[听取|审议]法治建设"
    "工作汇报{s}次",
    "[将|把]法治政府建设[纳入|列入]{unit}[经济社会发展总体规划|年度重点工作],与经济社会发展同部署、"
    "同推进、同督促、同考核",
    "[带头|坚持]开展述法工作,[组织|推动]{n}个部门和乡镇(街道)主要负责人[年终述法|现场述法]",
    "[主要负责人|政府主要领导][带头|坚持]学法,[讲授|主讲]法治专题党课{s}次,[批示|督办]法治建设事项{"
    "s}件",
]

PLAN_HEADINGS = [
    "四、{next}年[法治政府建设|]工作[打算|计划]", "四、下一步工作安排", "四、{next}年[推进法治政府"
                                                "建设的|]主要安排",
]
PLANS = [
    "[持续|深入]学习贯彻{thought},[推动|确保]法治政府建设[各项任务|重点任务]落地见效",
    "[深化|持续深化]{prog}改革,[进一步|不断]优化[法治化营商环境|政务服务]",
    "[加强|强化]行政规范性文件[制定和监督管理|全链条管理],[提升|提高]合法性审核[质量|水平]",
    "[深入推进|持续推进]综合行政执法改革,[加强|开展]执法人员[培训|业务轮训],[提升|提高]执法[规范化|"
    "精细化]水平",
    "[健全|完善]矛盾纠纷多元化解机制,[推进|做实]{brand}[工作品牌|调解品牌]建设",
    "[扎实|全面]推进“八五”普法[规划实施|总结验收],[加强|推进]法治文化阵地建设",
    "[配齐配强|加强]基层法治工作队伍,[推动|确保]法治建设[责任|任务]层层落实",
]


def thought_for(year: int) -> str:
    """The guiding thought named in reports on ``year``."""
    if year >= 2021:
        return "[习近平法治思想|习近平新时代中国特色社会主义思想和习近平法治思想]"
    return "习近平新时代中国特色社会主义思想"


def congress_for(year: int) -> str:
    """The party congress cited in reports on ``year``."""
    if year >= 2023:
        return "党的二十大[和二十届二中全会|]"
    if year >= 2018:
        return "党的十九大[和十九届历次全会|]"
    return "党的十八大和十八届[三中、四中|四中、五中、六中]全会"


def outline_for(year: int) -> tuple[str, str]:
    """The national outline in force for ``year`` (full name, short name)."""
    if year >= 2021:
        return "法治政府建设实施纲要(2021-2025年)", "“一规划两纲要”"
    return "法治政府建设实施纲要(2015-2020年)", "《纲要》"


def unit_of(name: str) -> str:
    """The one-character unit word (县, 区, 旗, 市) of a county-level name."""
    for suffix in ("新区", "区", "旗", "市", "县"):
        if name.endswith(suffix):
            return suffix[-1]
    return "县"


def make_report(
    rng: random.Random, place: str, year: int, upper: str = "市委、市政府"
) -> list[str]:
    """Write a synthetic annual rule-of-law report on ``year`` for ``place``, as paragraphs.

    The text is 2,500-6,000 characters and follows the structure the rule requires: an intro,
    measures and results in (一)(二)… subsections, shortcomings, the first-responsible-person
    duty, and next year's plan.
    """
    unit = unit_of(place)
    outline, outline_short = outline_for(year)
    slots = {
        "year": year, "next": year + 1, "place": place, "county": place, "unit": unit,
        "upper": upper, "thought": thought_for(year), "congress": congress_for(year),
        "outline": outline, "outline_short": outline_short,
    }
    for key in ("thought", "congress"):
        slots[key] = expand(str(slots[key]), rng, slots)

    def x(template: str) -> str:
        return expand(template, rng, slots)

    target = rng.randint(2700, 5600)
    paras = [x(rng.choice(INTROS)), x(rng.choice(MAJOR_HEADINGS))]
    topics = rng.sample(list(TOPICS), rng.randint(7, 10))
    numerals = "一二三四五六七八九十"
    ordinals = ["一是", "二是", "三是", "四是", "五是", "六是"]
    budget = (target - 1100) // len(topics)
    for i, key in enumerate(topics):
        headings, pool = TOPICS[key]
        heading = x(rng.choice(headings))
        body, used = [], 0
        for j, template in enumerate(rng.sample(pool, len(pool))):
            if used > budget or j == len(ordinals):
                break
            sentence = x(template)
            if rng.random() < 0.7:
                sentence += "," + x(rng.choice(EFFECTS))
            if rng.random() < 0.3:
                sentence += "。" + x(rng.choice(DETAILS))
            body.append(ordinals[j] + sentence + "。")
            used += len(sentence)
        style = rng.random()
        if style < 0.5:
            paras.append(f"({numerals[i]}){heading}。" + "".join(body))
        else:
            paras.append(f"({numerals[i]}){heading}")
            paras.extend(body if style < 0.8 else ["".join(body)])
    while sum(map(len, paras)) < min(target, 3000):
        paras.append(x(rng.choice(DETAILS)) + "," + x(rng.choice(EFFECTS)) + "。")
    paras.append(x(rng.choice(SHORTCOMING_HEADINGS)))
    issues = rng.sample(SHORTCOMINGS, rng.randint(2, 4))
    paras.append(
        x(f"{year}年,[我{unit}|{place}]法治政府建设[虽然|]取得了[一定|积极]成效,但[也|仍]存在一些["
          f"不足|问题]:")
        + ";".join(x(t) for t in issues) + "。" + x(rng.choice(CAUSES)) + "。"
    )
    paras.append(x(rng.choice(DUTY_HEADINGS)))
    paras.append("。".join(x(t) for t in rng.sample(DUTIES, rng.randint(3, 5))) + "。")
    paras.append(x(rng.choice(PLAN_HEADINGS)))
    plans = rng.sample(PLANS, rng.randint(3, 5))
    for i, template in enumerate(plans):
        paras.append(f"({numerals[i]})" + x(template) + "。")
    return paras


# --------------------------------------------------------------------------- look-alikes and news


def make_lookalike(rng: random.Random, kind: str, place: str, year: int) -> tuple[str, list[str]]:
    """Write a look-alike document of ``kind`` for ``place`` about ``year``: (title, paragraphs)."""
    unit = unit_of(place)
    slots = {"year": year, "next": year + 1, "place": place, "county": place, "unit": unit}

    def x(template: str) -> str:
        return expand(template, rng, slots)

    if kind == "xxgk_annual":
        title = x("{place}人民政府{year}年政府信息公开工作年度报告")
        paras = [
            x("本报告根据《中华人民共和国政府信息公开条例》[和|及]国务院办公厅政府信息公开办公室[有"
              "关要求|关于政府信息"
              "公开工作年度报告的通知]编制。报告中所列数据统计期限自{year}年1月1日起至{year}年12月3"
              "1日止。"),
            "一、总体情况",
            x("{year}年,{place}[认真贯彻|深入贯彻]落实《条例》,[主动公开|全年主动公开]政府信息{n}条"
              ","
              "[其中|包括]规范性文件{s}件,[受理|收到]政府信息公开申请{n}件。"),
            "二、主动公开政府信息情况",
            x("[本年制发件数|规章]{s}件,[本年废止件数|规范性文件]{s}件,[现行有效件数|行政许可]{n}件"
              "。"),
            "三、收到和处理政府信息公开申请情况",
            x("[本年新收|收到]政府信息公开申请{n}件,[予以公开|同意公开]{n}件,[部分公开|不予公开]{s}"
              "件。"),
            "四、政府信息公开行政复议、行政诉讼情况",
            x("[全年|本年度]因政府信息公开[被申请|引起]行政复议{s}件,[维持|结果维持]{s}件。"),
            "五、存在的主要问题及改进情况",
            x("[主动公开|公开内容]的[及时性|规范性]还需加强,[下一步|{next}年]将[持续|进一步]提升政"
              "务公开质量。"),
        ]
    elif kind == "gov_work_report":
        title = x("{next}年{place}人民政府工作报告")
        paras = [
            x("——{next}年{month}{s}日在{place}第[十七|十八|十九]届人民代表大会第[二|三|四]次会议上"),
            x("{place}[代县长|{unit}长] {person}"),
            "各位代表:",
            x("现在,我代表{place}人民政府,向大会报告工作,请予审议,并请[政协委员|列席人员]提出意见。"),
            x("一、{year}年工作回顾"),
            x("[过去的一年|{year}年],全{unit}[地区生产总值|一般公共预算收入]增长{pct},[完成|实现]固"
              "定资产投资{money}。"),
            x("[坚持依法行政|加强法治政府建设],[自觉接受|主动接受]人大法律监督和政协民主监督,[办理|"
              "办结]建议提案{n}件。"),
            x("二、{next}年工作安排"),
            x("[深入推进|加快推进]{prog}改革,[持续|不断]优化营商环境。"),
        ]
    elif kind == "plan":
        title = rng.choice([
            x("{place}{next}年法治政府建设工作要点"),
            x("{place}法治政府建设实施方案(2021-2025年)"),
            x("{place}{next}年法治政府建设工作安排"),
        ])
        paras = [
            x("为[深入|全面]贯彻落实《法治政府建设实施纲要(2021-2025年)》,[扎实推进|统筹推进]{next}"
              "年全{unit}"
              "法治政府建设,[结合|根据]我{unit}实际,制定[本要点|本方案]。"),
            "一、总体要求", x("[坚持|以]习近平法治思想为指导,[到|力争到]2025年[基本建成|全面建成]法"
                        "治政府。"),
            "二、主要任务", x("(一)依法全面履行政府职能。[深化|推进]{prog}改革,责任单位:{dept}。"),
            x("(二)[健全|完善]依法行政制度体系。[严格|加强]规范性文件合法性审核,责任单位:县司法局。"),
            "三、保障措施", x("[各部门|各乡镇(街道)]要[高度重视|切实加强组织领导],[于|在]{month}底"
                        "前报送工作进展。"),
        ]
    elif kind == "notice":
        doc = x("{place}{year}年法治政府建设工作要点")
        title = x(f"关于印发《{doc}》的通知")
        paras = [
            x("各乡镇人民政府、街道办事处,{unit}政府各部门:"),
            x(f"现将《{doc}》印发给你们,请[结合实际|认真]抓好贯彻落实。"),
            x("{place}人民政府办公室"), x("{year}年{month}{s}日"),
        ]
    elif kind == "interpretation":
        report = x("{place}{year}年法治政府建设[工作报告|情况报告]")
        title = x(f"[《{report}》政策解读|图解:《{report}》|一图读懂《{report}》]")
        paras = [
            x(f"[近日|日前],《{report}》[正式|]公开发布。[为便于|为了让]社会公众[更好地|]理解报告["
              f"内容|主要内容],现解读如下。"),
            x("一、[起草背景|出台背景]:[根据|按照]《法治政府建设与责任落实督察工作规定》第二十四条["
              "规定|要求]。"),
            x("二、[主要内容|核心内容]:报告[回顾|总结]了{year}年[全{unit}|]法治政府建设[主要举措和"
              "成效|工作],[共|]{s}个方面。"),
            x("三、[解读机关|解读单位]:{place}司法局 解读人:{person}"),
        ]
    elif kind == "meeting":
        title = rng.choice([
            x("[县|区]政府召开法治政府建设工作推进会"),
            x("{place}召开{year}年度法治政府建设[工作会议|推进会]"),
            x("{place}[全面依法治{unit}委员会|依法治{unit}委员会]召开第{s}次会议"),
        ])
        paras = [
            x("{month}{s}日,{place}召开[法治政府建设工作推进会|全面依法治{unit}工作会议],[{unit}长|"
              "副{unit}长]{person}出席会议并讲"
              "话。"),
            x("会议[通报|总结]了{year}年法治政府建设[工作情况|考核结果],[审议|研究]了《{place}法治"
              "政府建设工作报告(送审稿)》。"),
            x("会议强调,[要|各部门要][深入|认真]学习贯彻习近平法治思想,[扎实推进|全面推进]法治政府"
              "建设[提质增效|走深走实]。"),
        ]
    elif kind == "shufa":
        name = person(rng)
        title = x(f"[县司法局局长|{{place}}司法局局长]{name}{{year}}年度述法报告")
        paras = [
            x("根据[县委依法治县委员会办公室|依法治{unit}办]《关于开展{year}年度述法工作的通知》要"
              "求,现将本人{year}年度履行推进法治建设职责情况报告如下:"),
            x("一、[学法用法|带头尊法学法守法用法]情况。[全年|]参加集体学法{s}次,[学习|研读]{law}。"),
            x("二、[依法决策|履行第一责任人职责]情况。[主持召开|召开]党组会议研究法治工作{s}次。"),
            x("三、存在的不足和下一步打算。[对标|对照]要求还有差距,[下一步|{next}年]将[持续|进一步]"
              "提升法治素养。"),
        ]
    elif kind == "duty_report":
        title = x("{place}[党政主要负责人|人民政府主要负责人]{year}年度履行推进法治建设第一责任人职责"
                  "情况[的|]报告")
        paras = [
            x("[根据|按照]《党政主要负责人履行推进法治建设第一责任人职责规定》[要求|规定],现将{year}年"
              "度本人履行推进法治建设第一责任人职责情况报告如下:"),
            x("一、[坚持学法用法,带头尊法守法|强化组织领导,压实工作责任]。[全年|{year}年][主持召开|召"
              "开]专题会议{s}次,[听取|研究]法治建设工作汇报{s}次。"),
            x("二、[坚持依法决策|推进依法行政]。[严格落实|坚持]重大行政决策法定程序,[提交|经]法律顾问"
              "审查[文件|事项]{n}件。"),
            x("三、[存在的不足|下一步打算]。[对照|对标]上级要求,[本人|自身]在[法治思维|依法履职]方面["
              "还有差距|仍需提升],[{next}年|下一步]将[持续|进一步]发挥“关键少数”示范作用。"),
        ]
    elif kind == "template":
        rep = make_report(rng, "*区", year, upper="*市委、*市政府")
        title = x("*区人民政府关于{year}年[度|]法治政府建设[情况|工作情况]的报告(范文)")
        paras = ["(本文为范文,供参考,“*区”处请替换为本地区名称)", *rep[:12]]
    elif kind == "meeting_topic":
        title = rng.choice([
            x("{place}人民政府第{s}次常务会议议题解读"),
            x("关于《{place}{year}年度法治政府建设情况的报告》的议题[解读|说明]"),
        ])
        paras = [
            x("[议题名称|议题]:审议《{place}{year}年度法治政府建设情况的报告》[等{s}项议题|]。"),
            x("[起草背景|提请单位]:{place}司法局[根据|按照]督察工作规定第二十四条起草[报告|送审稿],[征"
              "求|收集]相关单位意见{s}条。"),
            x("[主要内容|解读要点]:报告[分为|包括][四|五]个部分,[一是|首先][回顾|总结]{year}年[主要"
              "举措和成效|工作],[二是|其次]分析存在的不足,[三是|最后][部署|明确]{next}年工作[安排|打算]。"),
            x("[会议决定|审议结果]:原则通过,[由|请]{place}司法局[修改完善后|按程序]报[市政府|上级]并"
              "向社会公开。"),
        ]
    elif kind == "text_interp":
        report = x("{place}{year}年度法治政府建设[工作报告|情况报告]")
        title = x(f"[《{report}》文字解读|文字解读:《{report}》]")
        paras = [
            x(f"一、[出台背景|制定背景]。[根据|依据]《法治政府建设与责任落实督察工作规定》,{{place}}["
              f"人民政府|]每年[向|报告]上级并向社会公开[上一年度|]法治政府建设情况。《{report}》[已|]于"
              f"{{next}}年{{month}}公开。"),
            x("二、[主要内容|核心要点]。[报告|《报告》]从[依法全面履行政府职能|健全依法决策机制|严格规"
              "范公正文明执法][等|]{s}个方面[总结|梳理]了全年工作。"),
            x("三、[解读机关|解读单位]:{place}司法局;[解读人|联系人]:{person};联系电话:0{n}-{n}。"),
        ]
    else:
        raise ValueError(kind)
    return title, paras


FILLER_TITLES = {
    "notice": [
        "关于{year}年[元旦|春节|清明节|劳动节|端午节|中秋节|国庆节]放假安排的通知",
        "{place}[人力资源和社会保障局|教育局|卫生健康局]{year}年公开招聘[事业单位工作人员|教师|"
        "乡村医生|社区工作者]公告",
        "关于{town}[计划停电|停水|道路施工交通管制]的[通知|公告]",
        "{place}{year}年[第{s}批|]拟[命名|认定][市级|省级][美丽乡村示范村|农业龙头企业|文明单位]名单"
        "公示",
        "关于开展{year}年度[安全生产大检查|消防安全专项整治|森林防火督查|燃气安全排查]的通知",
        "{place}人民政府关于[划定畜禽禁养区|调整城乡居民最低生活保障标准|实施城区道路限行]的通告",
        "关于公开征求《{place}[城乡环境卫生管理办法|养犬管理规定|物业管理实施细则](征求意见稿)》"
        "意见的公告",
        "{place}{year}年[{month}份|第{s}季度]政府采购意向公开",
        "关于做好{year}年度[城乡居民医疗保险|城乡居民养老保险]集中缴费工作的通告",
        "{place}{year}年[高考|中考]期间[噪声管控|交通保障]的通告",
        "关于{place}[第{s}批|]重点项目[用地|环评]批前公示",
        "{place}[残疾人两项补贴|高龄津贴|临时救助]{year}年第{s}季度发放名单公示",
    ],
    "disclosure": [
        "{place}人民政府关于印发《{place}[城乡供水一体化|农村人居环境整治提升|国有资产管理|冬春"
        "火灾防控]实施方案》的通知",
        "{place}{year}年[财政预算|财政决算|部门预算|“三公”经费预算]公开",
        "{place}人民政府关于{person}等同志职务任免的通知",
        "{place}[权责清单|行政许可事项清单|证明事项保留清单|涉企收费清单]({year}年版)",
        "{place}{year}年[重点民生实事项目|重大建设项目]计划",
        "{place}{year}年[国民经济和社会发展统计公报|生态环境状况公报|国有资产管理情况报告]",
        "{place}人民政府关于[公布|调整]城区[基准地价|土地级别]的通知",
        "{place}[政府信息公开指南|依申请公开流程]({year}年修订)",
        "{place}人民政府关于[同意设立|撤销]{town}[社区居民委员会|村民委员会]的批复",
        "{place}[防汛抗旱|突发地质灾害|森林火灾]应急预案({year}年修订)",
        "{place}{year}年[政府债务限额及余额|专项债券项目]情况公开",
        "{place}人民政府办公室关于[进一步加强|做好]{year}年[秋冬季大气污染防治|农村危房改造|耕地保护]"
        "工作的通知",
    ],
    "jiedu": [
        "《{place}[城乡供水一体化|农村人居环境整治提升|促进民营经济发展|稳就业]实施方案》政策解读",
        "一图读懂《{place}[关于支持中小企业发展的若干措施|{year}年民生实事项目]》",
        "[图解|解读]:{place}{year}年[惠企政策|就业创业补贴|农业补贴]申领指南",
        "《{place}[养犬管理规定|城乡环境卫生管理办法|物业管理实施细则]》[起草说明|政策解读]",
    ],
}


def make_filler(rng: random.Random, kind: str, place: str, year: int) -> tuple[str, list[str]]:
    """Write an ordinary notice (``notice``), disclosure document (``disclosure``) or policy
    interpretation (``jiedu``) that is not about the rule-of-law report."""
    unit = unit_of(place)
    slots = {"year": year, "next": year + 1, "place": place, "county": place, "unit": unit}

    def x(template: str) -> str:
        return expand(template, rng, slots)

    title = x(rng.choice(FILLER_TITLES[kind]))
    subject = re.sub(r"(的|)(通知|公告|通告|公示|批复)$", "", title)
    subject = re.sub(r"^(关于|" + re.escape(place) + r"|人民政府|办公室)+", "", subject)
    abbr = place[0] + ("政办发" if rng.random() < 0.5 else "政发")
    paras = [
        x(f"{abbr}〔{{year}}〕{{s}}号") if kind == "disclosure" else x("[各有关单位|广大市民朋友]:"),
        x(f"[为|为了][进一步|切实][做好|规范]{subject}[相关|有关]工作,[根据|按照][上级"
          "有关规定|有关法律法规],[结合|根据]{place}实际,现将有关事项[通知|公告|公示]如下。"),
        x("一、[时间安排|适用范围|具体内容]:[自|从]{year}年{month}{s}日起[执行|实施|至{month}{s}日],"
          "[涉及|覆盖]{town}等{s}个乡镇(街道)。"),
        x("二、[工作要求|注意事项]:[各单位|相关部门]要[高度重视|加强配合],[如有疑问|如有异议]请[联系|"
          "致电]{dept},[联系人|电话]:{person} 0{n}-{n}。"),
        x("{place}[人民政府办公室|人民政府|相关部门] {year}年{month}{s}日"),
    ]
    return title, paras


def multiyear_intro(rng: random.Random, place: str, first: int, year: int) -> str:
    """The opening paragraph of a report on several years (``{first}-{year}年度``)."""
    slots = {"place": place, "unit": unit_of(place), "first": first, "year": year}
    return expand(
        "[《纲要》实施以来|{first}年以来|“十三五”时期],{place}在[市委、市政府|盟委、行署]的[坚强|正确]领导下,"
        "[全面贯彻|认真落实]《法治政府建设实施纲要(2015-2020年)》,[扎实推进|持续推进]依法行政,"
        "[各项工作|法治政府建设][取得明显成效|迈出坚实步伐]。[按照|根据]上级要求,现将{first}-{year}"
        "年度法治政府建设有关情况报告如下:", rng, slots)


NEWS_TITLES = [
    "{town}开展[春季|秋季][植树造林|人居环境整治]活动", "{place}召开[安全生产|森林防火|防汛抗旱]工"
                                      "作会议",
    "{place}[举办|开展]{year}年[人才招聘会|农民丰收节|全民健身运动会]", "{town}[扎实推进|全力推进]"
                                                  "乡村振兴[示范村|重点项目]建设",
    "{unit}领导{person}[调研|督导][重点项目建设|秋粮收购|城市管理]工作", "{place}[召开|举行]{year}"
                                                   "年[经济运行分析会|招商引资推介会]",
    "{dept}开展“[安全生产月|食品安全宣传周|消费者权益日]”宣传活动", "{place}{year}年[高考|中考]工作"
                                            "[顺利结束|平稳有序]",
    "{town}[新建|改造]农村公路{s}公里", "{place}[获评|荣获][省级|全国][文明城市|卫生县城|园林县城]"
                              "称号",
    "[政策问答|办事指南]:[如何|怎样]办理{prog}业务", "{place}[政务服务中心|便民服务中心]推出[延时服"
                                     "务|周末不打烊]",
    "{place}[举行|召开]{year}年[第{s}次|]政府常务会议", "{town}[举办|开展][非遗展演|文艺汇演|义诊]"
                                           "活动",
]


def make_news(rng: random.Random, place: str, year: int) -> tuple[str, list[str]]:
    """Write an ordinary news item: (title, paragraphs)."""
    slots = {"place": place, "year": year, "unit": unit_of(place)}
    title = expand(rng.choice(NEWS_TITLES), rng, slots)
    paras = [
        expand(f"{{month}}{{s}}日,{title}。[活动|会议|现场][吸引|组织|邀请][群众|干部职工|企业代表"
               f"]{{n}}人[参加|参与]。", rng, slots),
        expand("[据了解|据悉],[今年以来|{year}年以来],[{town}|{place}][累计|共][投入|完成]{money},["
               "惠及|覆盖]群众{n}人。", rng, slots),
        expand("[下一步|接下来],{dept}将[继续|持续][做好|抓好][相关工作|服务保障],[推动|确保]各项工"
               "作[落地见效|取得实效]。", rng, slots),
    ]
    if rng.random() < 0.4:
        paras.insert(1, expand("[{person}|有关负责人][表示|指出],[要|将][持续|进一步][提高认识|压实"
                               "责任|强化措施]。", rng, slots))
    return title, paras
