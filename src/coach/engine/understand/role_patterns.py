"""The patterns that find a current job title in a turn (English and Chinese); split out of
background.py, which reads them.
"""

from __future__ import annotations

import re

from coach.engine.numbers import NUM_EN as _EN_NUM
from coach.engine.numbers import NUM_ZH as _ZH_NUM

_I = re.IGNORECASE
_NOT_HORIZON_ZH = r"(?!\s*(?:内|之内|以内|里|后(?!端|台)|之后|以后|时间|左右))"

# Each alternative starts only where a run of blanks starts ((?<!\s)): scanning a long run of
# blanks from each of its positions would be quadratic.
_ROLE_STOP_EN = re.compile(
    r"(?<!\s)\s+(?:for|with|at|in|and|but|who|since|from|of|working|currently|here|there|based|"
    r"not|looking|trying|wanting|hoping|that|which|where|so|because|to|on|by|right|now|i|"
    # "3D animator" keeps its 3D, "A320 captain" its A320 (a figure inside a word)
    r"who've)\b.*$|(?<!\s)(?:\s+-|\s*[–—]).*$|(?<!\s)\s+\d(?![dD]\b).*$|(?<![\sA-Za-z])\d(?![dD]\b).*$",
    _I,
)
_ROLE_EN = [
    re.compile(
        r"\b(?:i'?m|i\s+am|i've\s+been|i\s+have\s+been|i\s+work(?:ed)?\s+as|i'?ve\s+worked\s+as|"
        r"i\s+have\s+worked\s+as|(?-i:i'?m\s+[A-Z][a-z]+,)|(?-i:I'?m\s+[A-Z][a-z]+,)|"
        r"i'?m\s+working\s+as|working\s+as|work\s+as|"
        r"(?:work|working)\s+(?:full[\s-]?time|part[\s-]?time|remotely|freelance)\s+as|"
        r"(?:i'?m\s+)?working\s+in\s+(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+as)\s+(?:currently\s+|now\s+|still\s+|"
        r"just\s+|actually\s+)?(?:an?|the)\s+(?P<role>[^,.;:!?()\[\]\n，；：！？（）]{2,80})",
        _I,
    ),
    re.compile(
        r"\bmy\s+(?:current\s+)?(?:role|job|title|position)\s+is\s+(?:an?\s+|the\s+)?"
        r"(?P<role>[^,.;:!?()\[\]\n，；：！？（）]{2,80})",
        _I,
    ),
    re.compile(
        rf"\b{_EN_NUM}\+?\s*(?:years?|yrs?)\s+as\s+(?:an?\s+)?(?P<role>[^,.;:!?()\[\]\n，；：！？（）]{{2,80}})",
        _I,
    ),
    re.compile(r"\bi\s+work\s+in\s+(?P<role>[a-z][^,.;:!?()\[\]\n，；：！？（）]{1,60})", _I),
    re.compile(
        r"\b(?:my\s+(?:job|work)\s+as|i\s+(?:do|run|handle)(?=\s+[a-z]+(?:ing|keeping)\b))\s+(?:an?\s+)?"
        r"(?P<role>[a-z][^,.;:!?()\[\]\n，；：！？（）]{2,60})",
        _I,
    ),
    re.compile(
        r"\bmy\s+background\s+is\s+(?:in\s+)?(?P<role>[a-z][^,.;:!?()\[\]\n，；：！？（）]{1,60})",
        _I,
    ),
]
# A job title said on its own at the start of a clause ("Senior backend engineer, 10 years",
# "Currently a data analyst at a bank"): up to four words before a job noun.
_ROLE_HEAD_EN = (
    r"(?:engineer|developer|dev|programmer|coder|manager|analyst|designer|scientist|architect|"
    r"lead|consultant|administrator|admin|tester|teacher|nurse|doctor|accountant|marketer|"
    r"writer|editor|researcher|specialist|officer|director|coordinator|technician|recruiter|"
    r"lawyer|pm|sre|devops|qa|eng|sysadmin|dba|hr|pharmacist|journalist|mom|dad|student|intern|"
    r"undergrad|undergraduate|grad\s+student|postgrad|captain|pilot|chef|cook|clerk|controller|"
    r"surveyor|planner|inspector|mechanic|electrician|paralegal|adjuster|underwriter|actuary|"
    r"auditor|therapist|pharmacist|dentist|vet|veterinarian|librarian|principal)"
)
# A title whose words hold a stop-word before its job noun ("Ruby on Rails developer", "Dynamics
# 365 consultant", "Head of Sales and Marketing"): the stop-word is part of the name.
_WHOLE_TITLE = re.compile(
    r"^\s*(?P<title>(?:(?!(?:who|that|which|because|but|since|want\w*|looking|trying|hoping|"
    r"currently|now|i|i'?m|my|for|at|in|with|as|an?|the|working|work|from|to|of|and|or)\b)"
    r"[\w+#./&-]+\s+){0,6}"
    rf"{_ROLE_HEAD_EN}s?)\b|"
    r"^\s*(?P<head>(?:head|director|vp|chief|manager)\s+of\s+(?-i:[A-Z][\w&-]*)"
    r"(?:\s+(?:and|&)\s+(?-i:[A-Z][\w&-]*)|\s+(?-i:[A-Z][\w&-]*)){0,3})",
    _I,
)
_ROLE_EN_LEAD = re.compile(
    # [ \t]*, not \s*: every line start is a candidate already, and \s* would re-scan a run of
    # blank lines from each of them (quadratic)
    r"(?:^|(?<=[.;!?\n；！？]))[ \t]*(?:(?:currently|now)\s+(?:an?\s+)?|(?:an?\s+))?"
    rf"(?P<role>(?:[A-Za-z][\w+#/&-]*\s+){{0,4}}?{_ROLE_HEAD_EN}s?)"
    r"(?=\s*(?:[,;:.!?(\n，；：！？（→]|->|$)|\s+(?:with|for|at|in|since|here)\b)",
    _I,
)
_ROLE_EN_LEAD_BAD = re.compile(
    r"\b(?:i|i'?m|me|my|want|wants|wanna|to|be|become|becoming|like|would|hope|plan|switch|"
    r"move|into|as|not|no|and|or|is|am|are|was|were|the|future|aspiring|ex|former|an?|"
    # a question about a role is no job the person has ("what about AI product designer?")
    r"what|how|which|why|about|maybe|perhaps)\b|^ex-",
    _I,
)
# Roles stated with a verb of doing: "now doing customer support",
# "I have been doing DevOps for 7 years".
_ROLE_EN_DOING = [
    re.compile(r"\bnow\s+doing\s+(?P<role>[^,.;:!?()\[\]\n，；：！？（）]{2,60})", _I),
    re.compile(
        r"\b(?:i'?ve|i\s+have)\s+been\s+doing\s+(?P<role>[^,.;:!?()\[\]\n\d，；：！？（）]{2,40}?)"
        rf"(?=\s+for\s+(?:the\s+(?:last|past)\s+)?(?:about\s+|over\s+|almost\s+|nearly\s+)?"
        rf"{_EN_NUM}\+?\s*(?:years?|yrs?|months?)\b)",
        _I,
    ),
]
_ROLE_EN_BAD_START = re.compile(
    r"^(?:bit|little|lot|few|fan|big|huge|total|complete|newbie|aspiring|future|wannabe|stay|"
    r"would-be|good|great|quick|fast|slow|person|guy|girl|man|woman|parent|mom|dad|"
    r"career\s+changer|beginner|student\s+of|"
    # "my job is fine/boring/at risk": how the job is, not what it is
    r"fine|ok|okay|alright|boring|stressful|hard|tough|busy|stable|safe|secure|demanding|tiring|"
    r"ending|changing|at\s+risk|going\s+away|being\s+automated)\b",
    _I,
)
_ZH_CUT = re.compile(r"(?:想|希望|打算|准备|但|不过|而且|并且|目前|现在|已经|，|,|。).*$")
_ROLE_ZH = [
    # an earlier job with no "我" ("刚从部队退役，原来是陆军的团级干部"): ranked below a present one
    re.compile(
        r"(?:原来|以前|之前|曾经|过去)(?:是|当过|做过)\s?(?:一名|一个|一位|名|个)?"
        r"(?P<role>[^，,。.;；!！?？\s]{2,20})"
    ),
    # A space only between Latin words: "我是data engineer", "我是做To C产品经理的".
    re.compile(
        r"我(?:现在|目前)?是\s?(?:一名|一个|一位|名|个)?(?!做?了\s*[\d零〇一二两三四五六七八九十])(?:做)?\s?"
        r"(?P<role>(?:\.(?=[A-Za-z]))?(?:[^，,。.;；!！?？\s]|(?<=[A-Za-z0-9]) (?=[A-Za-z])|(?<=[A-Za-z]) (?=[\u4e00-\u9fff])){2,20})"
    ),
    re.compile(
        rf"(?:做|干|从事|当)了?(?P<n>{_ZH_NUM})\s*(?:多)?\s*年(?:半)?(?:多)?(?:的)?"
        # ".NET开发": a leading dot of a technology's name is part of it
        r"(?P<role>(?:\.(?=[A-Za-z]))?[^\s，,。.;；!！?？、和与]{2,12})"
    ),
    re.compile(
        r"(?:做|干|从事|当)(?P<role>[^\s，,。.;；!！?？、和与了\d零〇一二两三四五六七八九十]{2,10}?)"
        rf"(?:工作)?(?:已经|有|快|差不多|了)?\s*{_ZH_NUM}\s*(?:多)?\s*年"
    ),
    re.compile(
        r"(?<!想)(?<!要)(?:目前|现在|当前|一直)(?:是|在做|做|担任|从事|干)(?:一名|一个|一位)?"
        r"(?P<role>[^\s，,。.;；!！?？]{2,16})"
    ),
    re.compile(r"(?:职位|岗位|职业|工作)是(?P<role>[^\s，,。.;；!！?？]{2,16})"),
]
# "我在银行做数据分析": the job after 在<where>做.
# "现在：收银主管，5年", "now: night-shift nurse", "会计出身": the job after a label, or before 出身.
_ROLE_LABEL = re.compile(
    r"(?:^|(?<=[\s,.;，。；]))(?:现在|目前|当前|职业|工作|now|currently|current\s+(?:job|role))\s*[:：]\s*"
    r"(?P<role>[^,.;:!?()\[\]\n，。；：！？（）]{2,40})|"
    r"(?P<zrole>[\u4e00-\u9fffA-Za-z]{2,10}?)出身",
    _I,
)
_ROLE_ZH_AT = re.compile(
    r"(?:我|^\s*|[，,。]\s*)(?:现在|目前)?在(?P<where>[^，,。.;；!！?？\s想考虑打算准备学]{1,12}?)(?:做|当|从事|干)"
    r"(?P<role>[^，,。.;；!！?？\s]{2,12})"
)
# "后端开发6年": a job word at the start of a clause, then its years.
_ROLE_ZH_YEARS = re.compile(
    r"(?:^|(?<=[，,。.;；!！?？\s]))"
    r"(?P<role>[\u4e00-\u9fffA-Za-z0-9]{0,14}?(?:开发|工程师|运维|测试|产品经理|项目经理|经理|设计师|设计|"
    r"分析师|数据分析|运营|销售|老师|教师|会计|前端|后端|算法|程序员|护士|医生|律师|编辑|主管|"
    r"专员|顾问|架构师|客服|人事|财务|研究员|总监|负责人|组长|店长|主任|总经理|合伙人))"
    rf"\s*[，,]?\s*(?:工作)?(?:了)?(?:已经|有|快)?\s*{_ZH_NUM}\s*(?:多)?\s*年(?:半)?(?:多)?{_NOT_HORIZON_ZH}"
)
# A Chinese job title opening the message as a clause of its own: "固件工程师，写了9年C".
_ROLE_ZH_LEAD = re.compile(
    r"^\s*(?:我是|现在是|目前是)?\s*(?P<role>(?:(?![想要不希望打算准备转当做成为])[\u4e00-\u9fffA-Za-z+#]){1,10}?"
    r"(?:工程师|开发|程序员|经理|设计师|"
    r"分析师|运营|老师|教师|会计|护士|医生|律师|顾问|架构师|研究员|测试|专员|主管|编辑|销售|总监|负责人|"
    r"组长|店长|主任|总经理|合伙人))"
    r"\s*(?=[，,。.；;！!]|$)"
)
# A short title opening the message, then its years: "SRE九年", "嵌入式6年", "Go dev 7 years",
# "HR，3年", "frontend dev 3y".
_TITLE_YEARS = re.compile(
    r"(?:^|(?<=[.!?。！？]\s)|(?<=[.!?。！？]))\s*(?:hey|hi|hello|嗨|你好)?[\s,.!，。！\-–—:]*(?P<role>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 +#/&-]{1,30}?)"
    # "前端开发（react、typescript）五年", "Data engineer (Spark, Kafka), 4 years"
    r"\s*(?:[（(][^（）()\n]{1,40}[）)])?"
    rf"\s*[，,]?\s*(?:做了|干了|工作了|for)?\s*(?!an?\b|half\b)(?:{_EN_NUM}|{_ZH_NUM})\s*(?:years?|yrs?|y|年)(?![A-Za-z])"
    r"(?!\s*(?:内|之内|以内|后|之后|old|ago))",
    _I,
)
# "nurse here", "hi, SRE here (9 yrs)": a title then "here".
_ROLE_HERE = re.compile(
    r"(?:^|[.!?！？]\s*)(?:(?:hi|hey|hello|yo)\b[\s,!.，！]*)?(?P<role>[a-z][a-z /+#-]{1,30}?)\s+here\b",
    _I,
)
# A past job, the background when no current one is said: "I was a teacher for 3 years".
_ROLE_EN_PAST = re.compile(
    r"\b(?:i\s+was|i\s+used\s+to\s+be)\s+(?:an?|the)\s+(?P<role>[^,.;:!?()\[\]\n，；：！？（）]{2,80})|"
    r"\b(?P<ex>(?:ex-|former\s+)[a-z][a-z -]{1,30}?)(?=\s*(?:[,.;:!?(\n，；：！？（]|$|\s+(?:for|then|and|with)\b))",
    _I,
)
# "now junior frontend dev", "currently a nurse at ...": a title after now/currently.
_ROLE_NOW = re.compile(
    r"\b(?:now|currently|these\s+days)\s+(?:i'?m\s+|working\s+as\s+)?(?:an?\s+)?"
    rf"(?P<role>(?:[A-Za-z][\w+#/&-]*\s+){{0,3}}?{_ROLE_HEAD_EN}s?)\b",
    _I,
)
# "nurse, 15 yrs ICU, now in nursing informatics for 2 years": the work now, after an earlier one
_ROLE_NOW_IN = re.compile(
    r"[,;.]\s*(?:but\s+|and\s+)?(?:now|currently|these\s+days)\s+(?:i'?m\s+)?(?:in|doing|working\s+in)\s+"
    r"(?P<role>[A-Za-z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,3}?)"
    r"(?=\s+(?:for|since|at|with|doing|and)\b|\s*[(,;.!?\n]|\s*$)",
    _I,
)
# "currently a logistics planner (5 yrs)": after now/currently and an article, the noun phrase
# up to a bracket, comma or clause word is the job, whatever its head noun.
_ROLE_NOW_ARTICLE = re.compile(
    r"\b(?:now|currently|these\s+days)\s+(?:i'?m\s+|working\s+as\s+)?(?:an?)\s+"
    r"(?P<role>[A-Za-z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,3}?)"
    r"(?=\s*[(,;.!?\n]|\s+(?:at|in|for|since|and|with|who|here)\b|\s*$)",
    _I,
)
_NOT_TITLE = re.compile(
    r"^(?:within|in|about|around|for|maybe|next|by|over|under|half|only|like|approx|roughly|"
    r"almost|nearly|more|less|just|every|each|per|a|an|another|extra|十|一|两|半|大概|大约|差不多|"
    # a correction opening the turn ("actually 3 years not 5", "sorry, 4 yrs"): no job
    r"actually|sorry|wait|oops|correction|i\s+meant|meant|make\s+it|rather|no|not|oh|"
    r"每|一周|每周|每天)\b",
    _I,
)
# "我是做客户成功的", "我做运营的": the job between 做 and 的.
_ROLE_ZH_DO = re.compile(
    r"我(?:是)?(?:做|搞|干)(?P<role>[^，,。.;；!！?？\s的]{2,10})的(?=\s*(?:[，,。.;；!！?？]|$))"
)
_ROLE_ZH_BAD_START = re.compile(
    r"^(?:不|想|在|从|说|来|要|因为|否|真|觉|个人|新手|小白|零基础|打算|希望|准备|什么|谁|这|那)"
)

# Target and unsure.


_GREETING = re.compile(r"^(?:hi|hey|hello|yo|hiya|dear|thanks|嗨|你好|您好|哈喽)$", _I)
