"""Chinese words that the document-level code relies on, kept as data.

Everything here is a constant: label names in info tables, chrome lines that sites wrap
around a report, the title words that mark an annual rule-of-law report and its look-alikes
(shared with the crawl, which reads link texts with the same words), and the suffixes of
administrative units. Logic lives in the modules that import these, and the regular
expressions built from them in `vocabulary.patterns`; a site that words things differently
should need a change here, not there.
"""

# --- Labelled lines and info tables -------------------------------------------------------

# The labels that name the publish date itself, trusted before the PubDate meta.
STRONG_DATE_LABELS = ("发布时间", "发布日期", "发文日期", "公开日期")
# Labels whose value is the publish date, i.e. the 发布日期; 成文日期 is kept apart.
PUBLISH_DATE_LABELS = (*STRONG_DATE_LABELS, "生成日期", "更新时间", "上传时间", "发表时间", "日期", "时间")
WRITTEN_DATE_LABELS = ("成文日期", "成文时间", "印发日期")
PUBLISHER_LABELS = (
    "发布机构",
    "发布者",
    "供稿单位",
    "稿件来源",
    "信息提供单位",
    "提供单位",
    "发布单位",
    "发文机关",
    "发文单位",
    "发布部门",
    "信息来源",
    "文章来源",
    "来源单位",
    "来源",
    "作者",
)
INDEX_NO_LABELS = ("索引号",)
# Every label that can follow another one on the same line ("信息来源: 区司法局发布时间:…").
ALL_LABELS = (
    *WRITTEN_DATE_LABELS,
    *PUBLISH_DATE_LABELS,
    *PUBLISHER_LABELS,
    *INDEX_NO_LABELS,
    "浏览次数",
    "访问量",
    "点击数",
    "阅读次数",
    "字号",
    "字体",
    "主题分类",
    "所属主题",
    "文号",
    "发文字号",
    "有效性",
    "责任编辑",
    "编辑",
    "分享到",
)
# Labels that are also ordinary words: only a colon after them makes them labels.
LABELS_NEEDING_COLON = frozenset(("时间", "日期", "作者", "编辑"))
# Values that are not a publisher even when they follow a 来源 label.
NOT_PUBLISHERS = ("本站", "本网", "原创", "网站", "无", "暂无", "未知", "佚名", "管理员", "系统管理员",
                  "admin", "超级管理员", "编辑")

# Government website norms: <meta name=...> tags on article pages.
META_TITLE = ("ArticleTitle", "title", "og:title")
META_PUBDATE = ("PubDate", "pubdate", "publishdate", "article:published_time")
META_SOURCE = ("ContentSource", "source", "Author")
META_SITENAME = ("SiteName",)
META_SITE_ID_CODE = ("SiteIDCode",)
# The footer's name for the SiteIDCode; both spellings of the full name are in use.
SITE_ID_CODE_LABELS = ("网站标识码", "网站识别码", "标识码")
META_COLUMN = ("ColumnName",)

# --- Page chrome that extraction may leave in the body -------------------------------------

# A line containing one of these, and short enough to be chrome, is dropped from a body.
CHROME_MARKERS = (
    "您当前的位置",
    "您现在的位置",
    "当前位置",
    "您的位置",
    "字号",
    "字体:",
    "打印本页",
    "打印此页",
    "关闭窗口",
    "关闭本页",
    "扫一扫",
    "手机打开",
    "分享到",
    "浏览次数",
    "访问量",
    "阅读次数",
    "点击数",
    "视力保护色",
    "无障碍浏览",
    "无障碍阅读",
    "无障碍模式",
    "关怀版",
    "长者模式",
    "网站地图",
    "联系我们",
    "主办单位:",
    "承办单位:",
    "主办:",
    "承办:",
    "技术支持:",
    "版权所有",
    "ICP备",
    "公网安备",
    "网站标识码",
    "网站识别码",
    "政府网站标识码",
    "浏览器",
    "分辨率",
    "相关链接",
    "相关文章",
    "相关阅读",
    "上一篇",
    "下一篇",
    "【打印】",
    "【关闭】",
    "今天是",
    "欢迎来到",
    "您好,欢迎",
    "发布时间",
    "发布日期",
    "信息来源",
    "文章来源",
    "来源:",
    "索引号",
    "发布机构",
    "发布单位",
    "成文日期",
    "主题分类",
    "所属主题",
    "责任编辑",
    "【字体",
    "【大",
    "[大 中 小]",
    "大 中 小",
)
# Chrome lines are short; a longer line holding a marker is body text quoting it.
CHROME_LINE_MAX_CHARS = 80
# Whole lines that are chrome whatever their length.
CHROME_EXACT_LINES = ("大", "中", "小", "打印", "关闭", "分享", "收藏", "【", "】", "|", "返回顶部", "附件:")

# --- Classification ------------------------------------------------------------------------

# The subject: without one of these in the title a document is not a candidate. The crawl
# reads link texts with the same words (`discovery.links`).
REPORT_SUBJECTS = ("法治政府建设", "法治政府", "法治建设", "依法行政")
# Forms that say the document is a report on a year's work. Matched as substrings, so
# 年度报告 and 工作总结 are covered by 报告 and 总结.
REPORT_FORMS = ("报告", "情况", "总结")
# Look-alikes: a title containing any of these is some other document.
LOOKALIKE_TITLE_MARKERS = {
    "信息公开": "government information disclosure report (政府信息公开工作年度报告)",
    "政府工作报告": "government work report (政府工作报告)",
    "实施方案": "implementation plan (实施方案)",
    "工作要点": "work plan (工作要点)",
    "工作安排": "work arrangement (工作安排)",
    "工作计划": "work plan (工作计划)",
    "规划": "plan (规划)",
    "纲要": "outline (纲要)",
    "意见": "opinion (意见)",
    "印发": "notice forwarding a document (印发…通知)",
    "转发": "notice forwarding a document (转发…通知)",
    "通知": "notice (通知)",
    "解读": "interpretation (解读)",
    "图解": "interpretation (图解)",
    "会议": "news about a meeting (会议)",
    "推进会": "news about a meeting (推进会)",
    "座谈会": "news about a meeting (座谈会)",
    "培训": "news about training (培训)",
    "召开": "news about a meeting (召开)",
    "述法": "an official's 述法 report",
    "第一责任人": "report on the leaders' duty as first responsible person (第一责任人职责)",
    "述职": "an official's report on duty (述职)",
    "督察": "inspection notice (督察)",
    "督查": "inspection notice (督查)",
    "考核": "assessment (考核)",
    "示范": "model-site campaign (示范创建)",
    "征求意见": "call for comments (征求意见)",
    "范文": "template text (范文)",
    "调研": "news about a survey (调研)",
    "专题": "special topic page (专题)",
    "测评": "assessment (测评)",
    "自查": "self-inspection report (自查)",
    "审计": "audit (审计)",
    "统计": "statistics (统计)",
    "公示": "public notice (公示)",
}
# Markers of plans; a title that also names a report form is a report that mentions next
# year's plan ("关于2022年法治政府建设情况及2023年工作安排的报告").
PLAN_MARKERS = frozenset(("工作安排", "工作计划", "工作要点", "实施方案", "规划", "纲要"))
# Phrases of the required contents (厅字〔2019〕28号, art. 24): each one found adds to the score.
REPORT_BODY_PHRASES = (
    "第一责任人",
    "主要举措",
    "主要成效",
    "取得成效",
    "存在的问题",
    "存在问题",
    "不足",
    "下一步",
    "工作打算",
    "工作安排",
    "工作思路",
    "依法行政",
    "行政执法",
    "行政复议",
    "行政诉讼",
    "放管服",
    "重大行政决策",
    "规范性文件",
    "法律顾问",
    "普法",
    "习近平法治思想",
    "法治政府建设",
    "现将",
    "报告如下",
)
# Words that make the issuer a department rather than the government itself.
DEPARTMENT_SUFFIXES = (
    "局",
    "委员会",
    "办公室",
    "中心",
    "委",
    "办",
    "厅",
    "院",
    "所",
    "署",
    "队",
    "站",
    "公司",
    "街道",
    "镇",
    "乡",
    "苏木",
)
# Department words found anywhere in an issuer's name, not only at its end.
DEPARTMENT_WORDS = ("局", "委员会", "办公室")
GOVERNMENT_WORDS = ("人民政府", "政府", "管委会", "管理委员会", "县委", "区委", "旗委", "市委")

# --- Administrative units --------------------------------------------------------------------

AUTONOMOUS_COUNTY_SUFFIXES = ("自治县", "自治旗")
COUNTY_SUFFIXES = (*AUTONOMOUS_COUNTY_SUFFIXES, "县", "区", "旗", "市", "林区", "特区")
# Kinds of non-statutory administrations that publish their own reports (赣州蓉江新区).
ZONE_KINDS = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "高新区", "开发区", "新区",
              "管理区", "示范区", "试验区", "合作区")
# What may be left of a zone's name once the city written before it is dropped, without
# naming a zone of its own (赣州经济技术开发区 is 赣州's, not one called 经济技术开发区).
# 综合保税区 is only here, so it is never read as a unit of its own.
GENERIC_ZONE_KINDS = (*ZONE_KINDS, "综合保税区")
# Short forms of a zone's kind in titles: "九江经开区2022年…" for 九江经济技术开发区.
ZONE_SHORT_KINDS = ("经开区", "高新区", "开发区", "新区", "经济区", "试验区")
# Words that end a place-name prefix in a title.
TITLE_PLACE_SUFFIX_WORDS = ("人民政府", "政府", "管委会", "管理委员会", "委员会")
# What a seed list or a site's title may add to a unit's name (赵县人民政府门户网站), longest first.
SITE_NAME_SUFFIXES = ("人民政府门户网站", "人民政府网站", "人民政府网", "政府门户网站", "门户网站",
                      "政府网站", "官方网站", "政府网", "人民政府", "政府", "网站", "官网")
# What ends an issuer's name: a title's place prefix, or a signature's unit name.
UNIT_NAME_SUFFIXES = (*TITLE_PLACE_SUFFIX_WORDS, "局", "办公室", "办")
# Where a title stops naming its issuer: 关于, or the subject itself.
TITLE_ISSUER_ENDS = ("关于", *REPORT_SUBJECTS)
# Ethnic groups named in autonomous units: dropped to make the short names that titles use
# (长阳土家族自治县 is also 长阳县; 东乌珠穆沁旗 is also 东乌旗, see KNOWN_SHORT_NAMES).
ETHNIC_GROUPS = (
    "各族", "土家族", "苗族", "侗族", "彝族", "回族", "满族", "蒙古族", "藏族", "壮族", "瑶族", "白族",
    "哈尼族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族",
    "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
    "阿昌族", "普米族", "塔吉克族", "怒族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "独龙族",
    "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "布依族", "朝鲜族", "维吾尔族", "哈萨克族",
    "乌孜别克族", "俄罗斯族", "塔塔尔族", "高山族",
)
KNOWN_SHORT_NAMES = {
    "东乌珠穆沁旗": ("东乌旗",),
    "西乌珠穆沁旗": ("西乌旗",),
    "阿鲁科尔沁旗": ("阿旗",),
    "科尔沁右翼前旗": ("科右前旗",),
    "科尔沁右翼中旗": ("科右中旗",),
    "科尔沁左翼中旗": ("科左中旗",),
    "科尔沁左翼后旗": ("科左后旗",),
    "达尔罕茂明安联合旗": ("达茂旗",),
    "鄂伦春自治旗": ("鄂伦春旗",),
    "莫力达瓦达斡尔族自治旗": ("莫旗",),
    "鄂温克族自治旗": ("鄂温克旗",),
}

# --- Report year -----------------------------------------------------------------------------

CHINESE_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# Body phrases after "2022年" that say the year is the one reported on.
BODY_YEAR_CUES = ("以来", "度", ",", ",", "，", "全年", "是", "我", "在", "年初", "上半年", "，在")
