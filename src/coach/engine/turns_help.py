"""What an everyday turn after approval says (en/zh, pure): stuck on an exercise, ill, whether
to tell their manager, a banned tool, a question about coach itself, criticism of the plan, news
in their life, milestones, tired today, the material wished for, a rejection, an internal move,
a skip. Read by :mod:`coach.engine.answers_help`."""

from __future__ import annotations

import re

from coach.engine.turns_fit import ASKS

_STUCK = re.compile(
    r"\bstuck\b|\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+get\s+(?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?|my\s+[\w-]+)"
    r"\s+(?:\w+\s+)?to\s+work\b|\b(?:doesn'?t|does\s+not|won'?t)\s+(?:work|run|compile)\b|\bnot\s+working\b|"
    r"\bkeeps?\s+(?:failing|crashing|breaking)\b|\b(?:don'?t|do\s+not|can'?t)\s+(?:understand|get\s+my\s+head\s+around)\b|"
    r"\bfeel\s+(?:so\s+)?(?:stupid|dumb|lost)\b|\b(?:makes\s+no\s+sense|nothing\s+makes\s+sense)\b|"
    r"\bi\s+hate\s+(?:this|it)\b|\b(?:so\s+)?frustrat(?:ed|ing)\b|一头雾水|看不进去|烦死了|"
    r"\b(?:don'?t|do\s+not)\s+know\s+how\s+to\s+(?:debug|fix|get)\b|\bno\s+idea\s+how\s+to\b|"
    r"不知道(?:怎么|如何)(?:调试|debug|解决|修|弄)"
    r"|卡住|卡在|搞不懂|看不懂|跑不通|跑不起来|一直报错|老是报错|报错了|不明白|弄不明白|学不明白|理解不了|觉得自己(?:好|很)?笨",
    re.I,
)
_UNWELL = re.compile(
    r"\b(?:i'?m|i\s+am|i\s+was|been|got|getting|feeling)\s+(?:\w+\s+)?(?:sick|ill|unwell|down\s+with)\b|"
    r"\b(?:the\s+)?(?:flu|covid|a\s+cold|a\s+fever|surgery|in\s+(?:the\s+)?hospital)\b"
    r"|生病|病了|感冒|发烧|住院|做手术|身体不舒服|不舒服",
    re.I,
)


def stuck(text: str) -> bool:
    """Stuck on an exercise ("I couldn't get the embeddings exercise to work", "RAG 卡住了")."""
    return bool(_STUCK.search(text))


def unwell(text: str) -> bool:
    """Ill for a while ("I'm sick this week, can't study", "这周发烧了")."""
    return bool(_UNWELL.search(text))


_MANAGER = re.compile(
    r"\b(?:tell|inform|let)\s+(?:my\s+|the\s+)?(?:manager|boss|employer|company|team\s+lead|supervisor|director|"
    r"hr|colleagues?|team)\b(?:\s+know)?|\b(?:my\s+)?(?:manager|boss|employer)\s+(?:know|find\s+out)\b"
    r"|(?:告诉|告知|跟|和|让)(?:我的?|我们)?(?:[\u4e00-\u9fff]{0,2}(?:领导|老板|上司|上级|经理|主管|主任|科长|处长|部长|院长|校长|总监)|公司|单位|同事|HR)(?:说|讲|知道)?",
    re.I,
)


def about_telling_work(text: str) -> bool:
    """Whether to tell their manager or employer ("should I tell my manager I'm doing this?")."""
    return bool(_MANAGER.search(text) and ASKS.search(text))


_BANNED = re.compile(
    r"\b(?:not\s+allowed\s+to\s+use|(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t)\s+(?:allow|let\s+(?:us|me)\s+use|"
    r"permit)|(?:banned|blocked|forbidden|prohibited)|(?:can'?t|cannot)\s+use\s+\S+\s+at\s+work)\b"
    r"|不让用|不允许用|不准用|禁止(?:使用|用)|禁用|封了|屏蔽了|不能用(?:外网|ChatGPT|AI|大模型)"
    r"|不能用(?:外面|外部|公共|公网|境外|国外)的?(?:大模型|AI|模型|工具)|(?:内网|涉密).{0,8}不能用",
    re.I,
)


def tool_banned(text: str) -> bool:
    """Their employer does not allow the AI tool ("我们医院不让用ChatGPT", "ChatGPT is blocked at work")."""
    return bool(_BANNED.search(text))


_IDENTITY = re.compile(
    r"\b(?:are\s+you\s+(?:a\s+|an\s+)?(?:human|person|real|bot|robot|ai|machine|chatgpt|program)|who\s+(?:are|made)\s+you|"
    r"what\s+are\s+you)\b|你是(?:不是)?(?:人|真人|机器人|AI|程序|谁|什么)|谁(?:做|开发)的你",
    re.I,
)


def asks_identity(text: str) -> bool:
    """A question about coach itself ("are you a robot?", "你是机器人吗？")."""
    return bool(_IDENTITY.search(text))


_NOT_PRACTICAL = re.compile(
    r"\b(?:too\s+(?:much\s+)?theor\w+|too\s+academic|not\s+(?:practical|hands-on)\s+enough|boring|stupid|"
    r"useless|waste\s+of\s+time)\b|太理论|理论太多|不实用|没意思|太枯燥|没用|浪费时间",
    re.I,
)


def plan_criticised(text: str) -> bool:
    """A complaint about the plan's content ("this plan is stupid, too much theory")."""
    return (
        bool(_NOT_PRACTICAL.search(text))
        and re.search(
            r"\bplan\b|计划|\btheor|理论|\bcourses?\b|课程|内容|material|资料", text, re.I
        )
        is not None
    )


_LIFE = re.compile(
    r"\b(?:moving|relocating|we'?re\s+moving|i'?m\s+moving|(?:starting|started|start)\s+(?:a\s+)?new\s+(?:job|role|position)|"
    r"new\s+job|got\s+married|getting\s+married|wedding|(?:had|having|expecting)\s+a\s+baby|pregnant|"
    r"got\s+promoted|promotion)\b|搬家|搬到|调到|换工作|新工作|入职|结婚|怀孕|生宝宝|生孩子|升职|调岗",
    re.I,
)


def life_change(text: str) -> bool:
    """A change in their life said as news, not a question ("I'm moving to Singapore for a new
    job", "下个月要搬家了")."""
    return bool(_LIFE.search(text)) and not re.search(r"[?？]|吗|么", text)


_MILESTONE = re.compile(r"\bmilestones?\b|\bcheckpoints?\b|里程碑|阶段目标|检查点", re.I)
_TODAY = re.compile(r"\btoday\b|\btonight\b|\bthis\s+evening\b|今天|今晚|今儿", re.I)
_FREE = re.compile(r"\bfree\b|\bcheap\w*\b|\bafford\b|can'?t\s+pay|免费|便宜|不花钱|省钱", re.I)
_IN_LANG = re.compile(
    r"\b(?P<zh>in\s+chinese|chinese\s+(?:books?|resources?|material|courses?))\b|(?P<zh2>中文)"
    r"|\b(?P<en>in\s+english|english\s+(?:books?|resources?|material|courses?))\b|(?P<en2>英文|英语)",
    re.I,
)


def asks_milestone(text: str) -> bool:
    """A question about the plan's milestones ("what's my next milestone?", "下一个里程碑是什么？")."""
    return bool(_MILESTONE.search(text))


def tired_today(text: str) -> bool:
    """Tired for the day, not worn out by the plan ("今天好累", "so tired today")."""
    return bool(_TODAY.search(text))


def resource_wish(text: str) -> tuple[bool, str | None]:
    """Whether a resource request asks for free material, and the language it asks for."""
    m = _IN_LANG.search(text)
    lang = None if m is None else ("zh" if (m.group("zh") or m.group("zh2")) else "en")
    if re.search(
        r"英语不好|英文不好|英语差|看不懂英文|english\s+is\s+(?:bad|poor|not\s+good)", text, re.I
    ):
        lang = "zh"  # "有英文资料吗？我英语不好": material they can read
    return bool(_FREE.search(text)), lang


_SETBACK = re.compile(
    r"\b(?:got\s+rejected|was\s+rejected|rejected\s+me|turned\s+(?:me\s+)?down|failed\s+(?:the|an|my)\s+(?:\w+\s+)?"
    r"(?:interview|test|assessment|round)|didn'?t\s+(?:get|pass)\s+(?:the|an|that)\s+(?:job|offer|interview|round)|"
    r"no\s+offer|another\s+rejection)\b|面试(?:又)?挂了|(?:又)?被拒了?|没(?:通过|过)(?:面试|终面|笔试)|(?:面试|终面|笔试)没(?:通过|过)|(?<!考试)(?<!考)挂了",
    re.I,
)
_INTERNAL = re.compile(
    r"\binternal\s+(?:move|transfer|opening|position|role|job)\b|\b(?:move|transfer)\s+(?:me\s+)?(?:to|into)\s+(?:the|our)\s+"
    r"(?:\w+\s+){0,2}team\b|内部(?:转岗|调岗|机会|岗位)|转岗|转到.{0,8}(?:组|团队|部门)|转AI组|调到.{0,8}(?:组|团队|部门)",
    re.I,
)
_SKIP = re.compile(r"\bskip\b|跳过|略过|不学", re.I)


def setback(text: str) -> bool:
    """A rejection or a failed interview ("I got rejected after the final round", "面试又挂了")."""
    return bool(_SETBACK.search(text))


def internal_move(text: str) -> bool:
    """An internal move into AI work offered or weighed ("an internal move to the ML team")."""
    return bool(_INTERNAL.search(text))


def asks_skip(text: str) -> bool:
    """Whether to skip a week or an item ("can I skip week 3?", "第3周能跳过吗？")."""
    return bool(_SKIP.search(text))


_DAILY = re.compile(
    r"\b(?:each|every|per|a)\s+day\b|\bdaily\b|每天|每日|一天(?:学)?(?:几|多少)", re.I
)
_SCHEDULE = re.compile(r"\bschedule|routine|timetable|plan\b|安排|计划|时间表|学多久|学几", re.I)
_NOT_FINISH = re.compile(
    r"\b(?:don'?t|do\s+not|can'?t|won'?t|never)\s+finish|\bnot\s+finish|\bmiss\s+the\s+(?:deadline|end)|"
    r"\brun\s+out\s+of\s+time\b|\bdon'?t\s+make\s+it\s+in\s+time\b|完不成|(?:还)?没(?:有)?(?:学|做)?完(?:成)?怎么办|做不完|学不完|到期(?:了)?(?:还)?没学完",
    re.I,
)


def daily_schedule(text: str) -> bool:
    """A day-by-day schedule asked for ("a study schedule for each day?", "每天怎么安排？")."""
    return bool(_DAILY.search(text) and _SCHEDULE.search(text))


def not_finishing(text: str) -> bool:
    """What happens if the plan is not finished in time ("what if I don't finish in time?")."""
    return bool(_NOT_FINISH.search(text))


_WRITE_FOR_ME = re.compile(
    r"\b(?:write|draft|rewrite|review|check|fix|polish|improve)\s+(?:me\s+)?(?:my|a|an|the)\s+"
    r"(?:\w+\s+){0,2}?(?:resume|résumé|cv|cover\s+letter|linkedin|profile|headline|summary|bio)\b"
    r"|帮我(?:写|改|看看|润色|修改|优化)(?:一下|一份)?(?:我的)?(?:简历|求职信|自我介绍|领英|LinkedIn)",
    re.I,
)
_DOMAIN_NOUN = (
    r"ai|tech\w*|industry|field|sector|domain|department|team|work|documents?|research|products?|"
    r"services?|firms?|jobs?|roles?|careers?|background|assistants?|analysts?|professions?|"
    r"contracts?|writing|ops|operations|companies|company|startups?|world|side|knowledge|"
    r"experience|clients?|cases?"
)
_LEGAL = re.compile(
    # "legal" as the person's field ("a legal AI product job", "legal tech") is no question of law
    rf"\b(?:legal(?!\s+(?:{_DOMAIN_NOUN})\b)|illegal|lawful|allowed\s+by\s+law|against\s+the\s+law|"
    r"gdpr|regulations?|compliant)\b"
    r"|合法|违法|法律(?!行业|AI|ai|科技|领域|文书|服务|产品|工作|背景|专业|事务所|咨询|检索)|法规|合规吗|允许吗",
    re.I,
)
_PRESENT = re.compile(
    r"\b(?:present(?:ation)?|pitch|slides?|deck|demo)\b.{0,40}|\b(?:boss|director|manager|team)\b.{0,40}"
    r"\b(?:present|pitch|demo)\b|汇报|演示|分享会|PPT|ppt|讲一讲AI|做(?:个|一个|一次)?.{0,4}分享|"
    r"给.{0,6}(?:领导|团队|同事|大家).{0,8}(?:讲|分享|介绍)",
    re.I,
)


def write_for_me(text: str) -> bool:
    """A request to write or review their CV, letter or profile ("can you write my resume?")."""
    return bool(_WRITE_FOR_ME.search(text))


def legal_question(text: str) -> bool:
    """Whether a use of AI is legal ("is using AI to screen candidates even legal?")."""
    return bool(_LEGAL.search(text))


def presentation(text: str) -> bool:
    """A presentation of AI ideas to give ("my director asked me to present AI ideas")."""
    return bool(_PRESENT.search(text))


_MACHINE = re.compile(
    r"\b(?:gpu|graphics\s+card|rtx\s*\d{4}|gtx\s*\d{4}|\d{4}\s*(?:ti\b|gpu)|laptop|macbook|mac\s+mini|m[1-4]\s+(?:mac|chip)|"
    r"vram|computer|pc)\b|显卡|显存|笔记本|电脑|机器配置|\d{4}\s*(?:显卡|ti)",
    re.I,
)
_ENOUGH = re.compile(
    r"\benough\b|\bgood\s+enough\b|\bcan\s+(?:it|i)\s+(?:run|train)|够用|够不够|够吗|行吗|可以吗|跑得动",
    re.I,
)


def machine_enough(text: str) -> bool:
    """Whether their machine is enough ("我们实验室只有一块3060显卡，够用吗？", "is my laptop enough?")."""
    return bool(_MACHINE.search(text) and _ENOUGH.search(text))


_IN_PLAN = re.compile(
    r"\bin\s+(?:my|the)\s+plan\b|\bdoes\s+(?:my|the)\s+plan\s+(?:have|cover|include)|计划里(?:有|包括|包含)",
    re.I,
)


def asks_in_plan(text: str) -> bool:
    """Whether something is in the plan ("导师说要加上VLA，计划里有吗？")."""
    return bool(_IN_PLAN.search(text))


_NETWORK = re.compile(
    r"\b(?:network(?:ing)?|meet\s+(?:people|engineers)|find\s+a\s+mentor|meetups?|communit(?:y|ies)|connections?)\b"
    r"|认识.{0,6}(?:人|同行|大佬)|人脉|圈子|社群|交流群|找(?:个)?导师带",
    re.I,
)
_BORED = re.compile(
    r"\b(?:get\s+bored|getting\s+bored|lose\s+(?:interest|motivation)|stay\s+motivated|keep\s+(?:myself\s+)?motivated|"
    r"give\s+up\s+halfway)\b|失去兴趣|坚持不下来|半途而废|怎么坚持|保持动力|三分钟热度",
    re.I,
)


def networking(text: str) -> bool:
    """How to meet people in the field ("how do I network with people in AI?", "怎么认识AI圈的人")."""
    return bool(_NETWORK.search(text))


def motivation(text: str) -> bool:
    """Keeping going ("what if I get bored halfway?", "怎么坚持下去？")."""
    return bool(_BORED.search(text)) and bool(ASKS.search(text))


_GOOD_NEWS = re.compile(
    r"\b(?:promot\w+|married|wedding|engaged|pregnant|baby|new\s+job|got\s+the\s+job)\b|升职|结婚|订婚|怀孕|宝宝|新工作",
    re.I,
)


def good_news(text: str) -> bool:
    """News worth a congratulation ("got promoted", "我要结婚了")."""
    return bool(_GOOD_NEWS.search(text))
