"""What kind of turn a message after approval is (en/zh), so the coach answers that turn.

Order matters: a check-in and a change of circumstances are read first (they change state),
then discouragement (it changes the load), then the questions. Changes of hours, horizon or
target are read by the profile extractor in the node; this module reads the words around them.
"""

from __future__ import annotations

import re

from coach.engine.answers_care import (
    job_kind_question,
    job_loss,
    privacy_question,
    useful_question,
)
from coach.engine.answers_market import replaced_question
from coach.engine.turns_asked import PROJECT_Q, QUESTION, asks_skill, project_elsewhere
from coach.engine.turns_asked import asked_skill as asked_skill
from coach.engine.turns_fit import skill_mentions as skill_mentions
from coach.engine.turns_fit import without_waiting
from coach.engine.turns_help import asks_identity
from coach.engine.turns_more import (
    TurnKind,
    fear_not_load,
    load_said,
    outlook_question,
    own_for_project,
    pace_question,
    reconsidering,
)
from coach.engine.turns_tools import choice_kind
from coach.knowledge.loader import KnowledgeBase

_DISCOURAGED = re.compile(
    r"\b(?:burn(?:ed|t)?\s*out|burning\s+out|too\s+much|overwhelm(?:ed|ing)?|exhausted|"
    r"can'?t\s+keep\s+up|cannot\s+keep\s+up|give\s+up(?!\s+my\s+job)|giving\s+up|"
    r"quit(?:ting)?(?!\s+(?:my|the|your)\s+(?:day\s+)?(?:job|work))|"
    r"demotivated|unmotivated|discouraged|disheartened|stressed|tired|drowning|falling\s+apart|hopeless|too\s+hard|"
    r"no\s+energy|not\s+making\s+it|struggling|drained|worn\s+out|running\s+on\s+empty|"
    r"can'?t\s+keep\s+(?:this|the|that)\s+pace|can'?t\s+keep\s+going|breaking\s+point|"
    r"(?:can'?t|cannot)\s+(?:do|manage|find|fit)\s+(?:\d+|the|these|that\s+many)\s+(?:\w+\s+)?hours|"
    r"lost\s+(?:my|all)\s+motivation|no\s+motivation|losing\s+motivation|fed\s+up|"
    r"sick\s+of\s+(?:it|this)|behind\s+on\s+everything|too\s+busy|no\s+time\s+(?:left|at\s+all))\b"
    r"|太累|心累|不想学了|没有动力|没劲|学不下去|没时间了|太忙了|累了|好累|压力(?:太|很|好|特别|超|非常)?大|坚持不下去|想放弃|放弃|崩溃|跟不上|太多了|没动力|焦虑|撑不住|学不动|"
    r"太难了|受不了|扛不住|累垮|累趴|累死|扛不动|顶不住|透支|倦怠|身心俱疲|心力交瘁|熬不住|吃不消|"
    r"(?:小时|时间)(?:都|也)(?:很)?难|挤不出(?:时间)?|抽不出(?:时间)?|顾不过来|忙不过来",
    re.I,
)
_REALISTIC = re.compile(
    r"\b(?:realistic(?:ally)?|real[a-z]{0,2}st[a-z]{0,2}c|realisitc|relaistic|feasible|achievable|possible|doable|a\s+chance|any\s+chance|"
    r"(?:can|could)\s+i\s+(?:really|actually|ever|get|make|land|become)|am\s+i\s+(?:able|good\s+enough|too\s+old)|"
    r"will\s+i\s+(?:make|get|be\s+able)|likely|odds|too\s+late|aim\s+for|"
    r"can\s+i\s+do\s+(?:the\s+same|it\s+too|that\s+too|it|that))\b"
    r"|\b(?:too\s+short|not\s+enough\s+time|enough\s+time)\b"
    r"|找什么(?:样的)?工作|能做什么工作|什么样的岗位|能找到工作|现实吗|现实么|可行吗|有可能吗|可能吗|来得及吗|来不及|"
    r"(?:时间|期限|周期)?太短|靠谱吗|有希望吗|能不能进|能进|有机会吗|有戏吗|太晚",
    re.I,
)
_THIS_WEEK = re.compile(
    r"\bthis\s+week\b|\bwhat'?s\s+next\b|\bnext\s+step|\bwhat\s+(?:should|do)\s+i\s+do\b|"
    r"\bwhat\s+now\b|\bnow\s+what\b|\bfirst\s+(?:month|weeks?)\b|\bmost\s+important\b|"
    r"\bwhere\s+to\s+start\b|最重要|先做什么|第一个月|头几周|"
    r"\bwhat\s+(?:do|should)\s+i\s+(?:work\s+on|focus\s+on|study)\b|"
    r"\bwhere\s+(?:am\s+i|do\s+i\s+start)\b|\btoday\b|\bright\s+now\b"
    r"|\bwhat\s+(?:can|should|could)\s+i\s+(?:start\s+with|learn|study|do)\s+(?:first|meanwhile|in\s+the\s+meantime|now)\b"
    r"|本周|这周|这一周|下一步|接下来|今天|现在该|该做什么|做什么|从哪里?开始|怎么开始|如何开始|先干什么|先学(?:点)?什么|"
    r"能学(?:点)?什么|可以学(?:点)?什么|(?:可以|能)先(?:做|学)|先做点|有什么.{0,8}(?:可以|能)(?:先)?(?:做|学)"
    r"|\b(?:anything|something)\s+(?:i\s+can|to)\s+(?:start|do|work)\s+on\b",
    re.I,
)
_RESOURCE = re.compile(
    r"\b(?:resources?|books?|courses?|tutorials?|materials?|reading|videos?|docs|"
    r"documentation|recommend|where\s+(?:can|do|should)\s+i\s+learn|what\s+should\s+i\s+read|"
    r"links?|(?:what|wat|wht)\s+(?:can|could|should|do)\s+i\s+(?:read|watch)|(?:should|can|could)\s+i\s+read)\b|资料|教程|(?<!证)书|课程|推荐|学习材料|视频|文档|哪里学|"
    r"(?:看|读)(?:点|些|一些)?什么",
    re.I,
)
# a reply to an offer: a yes or a no first, then at most a short remark with no question and
# no figure ("sounds good, do it", "no thanks, I'll manage"; "no, only 3 hours" is a change)
_CONFIRM = re.compile(
    r"^\s*(?:yes|yeah|yep|ok(?:ay)?|sure|please\s+do|do\s+it|sounds\s+good|go\s+ahead|perfect|great|"
    r"let'?s\s+do\s+(?:it|that)|好的?|好啊|可以|行|嗯|就这样|同意|没问题)(?![a-z])[^?？\d]{0,30}$",
    re.I,
)
_DECLINE = re.compile(
    r"^\s*(?:no|nope|not\s+now|no\s+thanks|keep\s+it|maybe\s+later|not\s+yet|i'?ll\s+manage|"
    r"不用了?|不要|算了|先不|保持原样|暂时不|以后再说)(?![a-z])[^?？\d]{0,30}$",
    re.I,
)
_THANKS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|好的?|嗯+|行|great|cool|perfect)[\s,，.!！~]*)?(?:thanks?(?:\s+you)?|thx|ty|cheers|great|cool|nice|got\s+it|谢谢|多谢|感谢|好的谢谢|明白了|收到|"
    r"太感谢|非常感谢|十分感谢|谢啦|谢了)(?:了|啦|呀|你|您|哈)*"
    r"(?:\s+\w+){0,3}\W*$",
    re.I,
)
_THANKS_ZH = re.compile(
    r"^\W*(?:谢谢|多谢|感谢|你真棒|太棒了|真厉害|你太好了)[^?？吗]{0,8}$"
    r"|^\W*(?:you'?re|you\s+are)\s+(?:great|awesome|the\s+best|amazing|a\s+star)\W*$",
    re.I,
)
# "ok", "got it", "好的": a nod, not a question; answered in a line, not with the greeting again.
_ACK = re.compile(
    r"^\W*(?:ok(?:ay)?|alright|sure|yes|yeah|yep|no|nope|hmm+|got\s+it|cool|great|fine|noted|"
    r"嗯+|好的?|行|明白了?|知道了|收到)\W*$",
    re.I,
)
_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|hiya|yo|good\s+(?:morning|afternoon|evening)|how\s+are\s+you(?:\s+doing)?|"
    r"how'?s\s+it\s+going|what'?s\s+up|ok(?:ay)?|alright|sure|yes|yeah|no|hmm+|"
    r"你好|您好|嗨|哈喽|在吗|早上好|晚上好|下午好|你好吗|最近怎么样|嗯+|好的?|行)"
    r"(?:[\s,，]+(?:there|coach|again|today|你好|呀|啊))*\W*$",
    re.I,
)
_OFF_TOPIC = re.compile(
    r"\b(?:weather|joke|jokes|movie|movies|film|football|soccer|basketball|nba|recipe|cook(?:ing)?|"
    r"dinner|lunch|restaurant|song|music|politics|election|president|horoscope|lottery|"
    r"bitcoin\s+price|stock\s+price|girlfriend|boyfriend|dating|vacation|holiday\s+plans?|"
    r"who\s+(?:are|made)\s+you|are\s+you\s+(?:a\s+)?(?:human|robot|real|an?\s+ai))\b"
    r"|天气|笑话|电影|足球|篮球|菜谱|做饭|吃什么|晚饭|午饭|唱歌|音乐|政治|选举|星座|彩票|股价|女朋友|男朋友|"
    r"谈恋爱|旅游|度假|你是谁|你是人|你是机器人",
    re.I,
)
_TIMELINE = re.compile(
    r"\b(?:explain|summari[sz]e|walk\s+me\s+through|go\s+over)\s+(?:the|my|this)\s+(?:whole\s+)?plan\b|"
    r"\bplan\s+in\s+(?:simple|plain)\s+(?:terms|words|english)\b|讲讲(?:我的|这个)?计划|解释一下(?:我的|这个)?计划|"
    r"计划.{0,4}(?:讲|说)(?:得)?(?:简单|通俗|明白)|(?:简单|通俗)(?:地)?(?:讲|说)(?:一下|讲)?.{0,4}计划|"
    r"计划(?:大概)?是(?:什么|怎样|怎么)(?:安排)?的?|\bhow\s+long\b|\bhow\s+many\s+(?:weeks|months|hours)\b|\bwhen\s+(?:will|do|can|should)\s+i\s+"
    r"(?:finish|be\s+(?:done|ready)|start|begin|switch|apply|get\s+to)\b|\bend\s+date\b|"
    r"\bwhen\s+(?:does|is)\s+(?:the|my)\s+(?:plan|project|job\s+search|core)\b|"
    r"\bwhen\b.{0,30}\bproject\b|\bwhat'?s\s+(?:the\s+)?(?:timeline|schedule|overview)\b|"
    r"\b(?:timeline|overview\s+of\s+(?:the|my)\s+plan|big\s+picture)\b|\bafter\s+this\s+week\b"
    r"|\bjob[- ]ready\b|\bready\s+to\s+apply\b|\bwhen\s+can\s+i\s+(?:apply|start\s+applying)\b"
    r"|多久|多长时间|要多少(?:周|个月|小时)|几(?:周|个月)|什么时候(?:开始|结束|完成|做|能|可以|投)|"
    r"哪周|哪一周|整体安排|总体安排|时间线|进度表|全程",
    re.I,
)
_PAY = re.compile(
    r"\b(?:salary|salaries|earn|earning|pay(?!\s+for)|paid(?!\s+(?:course|courses|material|version))|money|compensation|income|wage|package|"
    r"how\s+much\b.{0,40}\b(?:make|get|earn|paid))\b|多少钱|拿多少|挣多少|工资|薪资|薪水|收入|挣|赚|待遇|年薪|月薪|薪酬",
    re.I,
)
_JOB_SEARCH = re.compile(
    r"\b(?:resume|résumé|cv|cover\s+letter|interviews?|interviewing|apply(?:ing)?|applications?|"
    r"linkedin|job\s+(?:hunt|search|applications?|offers?)|recruiters?|referrals?|portfolio)\b"
    r"|简历|面试|投递|投简历|求职|找工作|作品集|内推|招聘",
    re.I,
)
_COMPARE = re.compile(
    r"\b(?:difference|differ|vs\.?|versus|or|which\s+(?:one\s+)?first|compared?|better)\b"
    r"|区别|不同|还是|哪个|先学哪|对比|比较|和.{1,20}(?:哪|区别)",
    re.I,
)
_MENTOR = re.compile(r"\bmentor'?s?\b|导师", re.I)
_DOUBT = re.compile(
    r"\b(?:not\s+(?:smart|good|clever|young|technical)\s+enough|imposter|impostor|worried|"
    r"scared|afraid|nervous|anxious|doubt(?:ing)?\s+(?:myself|it)|not\s+sure\s+i\s+can|"
    r"am\s+i\s+(?:smart|good)\s+enough|what\s+if\s+i\s+fail|never\s+(?:make|manage)\s+it|"
    r"too\s+old|i'?m\s+\d{2}\b|at\s+(?:4\d|5\d|6\d)\b|not\s+sure\s+(?:this|it)\s+is\s+for\s+me|not\s+for\s+me|"
    r"(?:is|it'?s|this'?s)\s*n[o']t\s+for\s+me|isn'?t\s+for\s+me|not\s+cut\s+out\s+for|waste\s+of\s+(?:my\s+)?time|"
    r"(?:is\s+)?(?:this|it)\s+(?:all\s+)?pointless)"
    r"|\b(?:too\s+slow|never\s+catch\s+up|(?:will|'ll)\s+never\s+(?:be|get|learn|understand|catch)|"
    r"what\s+if\s+i\s+(?:fail|can'?t|don'?t)|my\s+age|at\s+my\s+age|too\s+late\s+for\s+me|(?:replace|take\s+over|take\s+away)\s+(?:[\w-]+\s+){0,3}(?:me|us|my\s+job)|"
    r"(?:ai|it|llms?|agents?)\s+(?:will|is\s+going\s+to|going\s+to|gonna|could|might|would)\s+"
    r"(?:replace|take\s+over|kill|automate\s+away|wipe\s+out))\b"
    r"|\bmy\s+english\s+(?:is|isn'?t)\b|\b(?:bad|poor|weak|not\s+good|not\s+great)\s+(?:at|in|with)\s+english\b"
    r"|\bi'?m\s+(?:so\s+|too\s+|just\s+)?(?:dumb|stupid|thick)\b|(?:很|好|太|特别|有点)笨|笨死|脑子不好使|脑子转不过来"
    r"|(?:英语|英文)(?:不太好|不好|很差|差|一般|很烂|不行|基础差|底子差)|不会英语|看不懂英文"
    r"|\d+\s*岁|岁了|我(?:今年|已经|都)?\s*\d{2}\s*了|太晚了|万一|失败|搞不定|做不到|这个年纪|这把年纪|年纪大|年龄大|会被取代|被替代|(?:AI|人工智能|大模型)(?:会|将|要)(?:取代|替代|淘汰)|担心|害怕|怀疑自己|不够聪明|没信心|没有信心|自信|紧张|年纪太大|年龄太大|我行吗|我能行吗|学不会|太慢了|追不上|赶不上|不适合我|不是这块料|浪费时间|白费|白学",
    re.I,
)
_KNOWN = re.compile(
    r"\b(?:i\s+(?:already\s+)?(?:know|use|used|work\s+with|have\s+used)|i'?m\s+(?:already\s+)?"
    r"(?:good|fluent|comfortable|experienced|strong)\s+(?:at|in|with)|i\s+have\s+(?:\w+\s+)?experience\s+"
    r"(?:in|with)|already\s+(?:know|learned|learnt|did|done|covered))\b"
    r"|我(?:已经)?(?:会|懂|熟悉|掌握|精通|用过|学过)|已经(?:会|懂|学过|掌握)",
    re.I,
)
CAREER_WORDS = re.compile(
    r"\b(?:plans?|weeks?|jobs?|roles?|skills?|learn\w*|stud\w+|projects?|careers?|compan\w+|"
    r"hir\w+|work\w*|engineer\w*|develop\w*|data|models?|ai|ml|llms?|cod\w+|program\w*|tech\w*|"
    r"industr\w+|markets?|demand|teams?|manag\w+|levels?|senior|junior|certificat\w*|degrees?|"
    r"switch\w*|transition\w*|hours?|courses?|mentors?|fields?|tools?|framework\w*|positions?|"
    r"titles?|scientists?|analysts?|architects?|researchers?|startups?|employers?|offers?)\b"
    r"|(?<![A-Za-z])AI(?![A-Za-z])|有用|用处|用得上|"
    r"|计划|周|工作|岗位|职位|技能|学|项目|职业|公司|招聘|工程师|开发|数据|模型|代码|编程|技术|行业|"
    r"市场|需求|团队|级别|证书|学历|转行|转型|小时|课程|导师|领域|工具|框架|大模型|人工智能|算法",
    re.I,
)
"""Words a question about a career (or the plan) has; a question with none is off-topic."""
_DECISION = re.compile(
    r"\b(?:approve|approved|sign\s+off|skip\s+(?:the\s+)?review)\b|批准|审批通过|通过审核", re.I
)


_GOT_JOB = re.compile(
    r"\b(?:got|landed|accepted|received|signed|took)\s+(?:the|a|an|my|that)?\s*(?:new\s+)?"
    r"(?:job|offer|position|role)\b|\bgot\s+hired\b|\bi'?m\s+hired\b|\bthey\s+hired\s+me\b|"
    r"\b(?:start|starting)\s+(?:my\s+)?(?:new\s+)?job\b"
    r"|拿到(?:了)?(?:offer|录用|工作)|收到(?:了)?(?:offer|录用通知)|被录用|录用了我|入职了|找到工作了|上岸了|签了offer",
    re.I,
)
"""The person got the job the plan was for ("I got the job!", "我拿到offer了")."""
_NEW_JOB = re.compile(
    r"\b(?:start(?:ing)?\s+(?:a|my|the)\s+new\s+job|accepted\s+(?:an|the|their)\s+offer|"
    r"(?:took|taking|take)\s+a\s+job|hired\s+me|(?:offered|gave)\s+me\s+a\s+job|i\s+start\s+(?:at|on|in|next))\b"
    r"|(?:下个?月|下周|下星期|明天|\d+\s*号|[一二三四五六七八九十]+号|月初|年后)(?:就)?(?:要)?入职|请我去|聘我|要我去(?:做|当)",
    re.I,
)


def new_job(text: str) -> bool:
    """The person takes a job ("I got the job", "下个月1号入职", "a logistics firm hired me")."""
    return bool(_GOT_JOB.search(text) or _NEW_JOB.search(text))


_CHANGES = re.compile(
    r"\bwhat(?:'s|\s+has|\s+have|\s+is|\s+did)?\s+(?:\w+\s+)?(?:changed|different|new)\b|"
    r"\bwhat\s+(?:are|were)\s+the\s+changes\b|\bshow\s+(?:me\s+)?the\s+(?:changes|diff)\b|"
    r"\bhow\s+is\s+(?:it|the\s+new\s+plan)\s+different\b"
    r"|(?:计划|版本|这版|新版|这次).{0,8}有什么(?:变化|不同|区别|改动)|有什么(?:变化|改动)|改了(?:什么|哪些|啥)|哪里(?:变了|改了|不一样)|变了(?:什么|哪些|啥)|新计划.{0,6}(?:不同|变化)",
    re.I,
)
_QUESTION_HEAD = re.compile(r"^\s*(?:if|when|what\s+if|once|after|should|how|如果|要是|等我)", re.I)
"""A question about what a new version changes ("what changed in the new plan?")."""


# "Am I too old for OpenAI?" reads as realistic; "I'm worried I'm not smart enough" as doubt
_QUESTION_ONLY_REALISTIC = re.compile(
    r"\b(?:realistic|real[a-z]{0,2}st[a-z]{0,2}c|feasible|chance|odds)\b|现实吗|可行吗|有希望吗",
    re.I,
)


# "学这些对我们学校到底有什么实际用处？", "is this actually useful for my team?"
_USEFUL = re.compile(
    r"\b(?:useful|any\s+use|of\s+use|help(?:ful)?\s+(?:for|to|with)|worth\s+it\s+for|"
    r"make\s+a\s+difference)\b|有用|用处|有什么用|有帮助|用得上|帮得上|实际作用",
    re.I,
)
# "能不能快一点？", "can we speed this up?": sooner, a change the person can make
_FASTER = re.compile(
    r"\b(?:faster|sooner|speed\s+(?:it|this|things)?\s*up|quicker|accelerate|hurry)\b"
    r"|快一点|快点|更快|加快|提速|早点|尽快|缩短",
    re.I,
)


_ABOUT_MENTOR = re.compile(
    r"\b(?:ask(?:ed)?|said|say|wants?|change[ds]?|think|decide[ds]?)\b|说|要求|改|觉得|同意", re.I
)


def discouraged(text: str) -> bool:
    """ "I burned out", "太累了": the person says the load is too much."""
    return bool(_DISCOURAGED.search(text))


def _reply_kind(text: str, proposal_pending: bool) -> TurnKind | None:
    """A reply rather than a question: a yes or no to an offer, the mentor's decision asked
    for, what changed, a job got, thanks, a nod, a greeting (None for anything else)."""
    if proposal_pending and _CONFIRM.search(text):
        return "confirm"
    if proposal_pending and _DECLINE.search(text):
        return "decline"
    if _DECISION.search(text):
        return "decision"
    if _CHANGES.search(text):
        return "changes"
    if _GOT_JOB.search(text) and not _QUESTION_HEAD.match(text):
        return "got_job"
    if _THANKS.search(text) or _THANKS_ZH.search(text):
        return "thanks"
    if asks_identity(text):  # "你是机器人吗？": about coach, not robotics
        return "off_topic"
    if _ACK.search(text) or _CONFIRM.search(text) or _DECLINE.search(text):
        return "ack"  # "好的，就这样吧" with no offer open: a nod
    if _GREETING.search(text):
        return "greeting"
    return None


def classify_turn(text: str, kb: KnowledgeBase, *, proposal_pending: bool = False) -> TurnKind:
    """The kind of an after-approval message that is neither a check-in nor a change ("while
    the mentor looks at it: ..." is read for what follows)."""
    rest = without_waiting(text)
    if rest != text and rest.strip():
        text = rest  # "等导师的时候我这周该做什么？": the question after the setting
    if (reply := _reply_kind(text, proposal_pending)) is not None:
        return reply
    if own_for_project(text) or project_elsewhere(text):  # "my model for the project?",
        return "project"  # "can the project be on hospital data instead?"
    mentions = skill_mentions(text, kb)
    if privacy_question(text):  # "is it safe to put patient info into ChatGPT?"
        return "privacy"
    if replaced_question(text):  # "Will AI replace data entry?": the field's outlook
        return "outlook"
    if job_loss(text):  # "公司要裁员了，能不能快一点？": the worry first, then the offer
        return "job_loss"
    if more := choice_kind(text, mentions):  # a tool, another path, a credential, an ambition
        return more
    if _FASTER.search(text) and QUESTION.search(text) and not mentions:  # "能不能快一点？"
        return "faster"
    if pace_question(text):  # "每天学一小时够吗？", "is an hour a day enough?"
        return "pace"
    if outlook_question(text):  # "大模型应用开发前景怎么样？"
        return "outlook"
    if job_kind_question(text):  # "what kind of job can I get?": the target's jobs
        return "job_kind"
    if useful_question(text) and not asks_skill(text, mentions):  # "any use for our fleet?"
        return "useful"
    if _OFF_TOPIC.search(text) and not mentions:
        return "off_topic"
    doubt = bool(_DOUBT.search(text)) and not _QUESTION_ONLY_REALISTIC.search(text)
    if doubt and load_said(text) and not re.search(r"[?？]", text):  # "afraid I can't do 8 h"
        return "discouraged"
    if reconsidering(text) and not load_said(text):  # "要不我还是继续做iOS？": a doubt, taken up
        return "fear"
    if doubt and QUESTION.search(text):  # "at my age, is this still worth it?": answer first
        return "doubt"
    if _DISCOURAGED.search(text):  # "我年纪大了，怕学不会": a fear, not a load too heavy
        return "fear" if fear_not_load(text) else "discouraged"
    if doubt:
        return "doubt"
    if _REALISTIC.search(text):
        return "realistic"
    if _PAY.search(text):
        return "pay"
    if mentions and _KNOWN.search(text) and not QUESTION.search(text.replace("know", "")):
        return "known_skill"
    if len({m.id for m in mentions}) >= 2 and _COMPARE.search(text):
        return "compare"
    if _RESOURCE.search(text):
        return "resource"
    if _JOB_SEARCH.search(text) and not mentions:
        return "job_search"
    if _TIMELINE.search(text) and not mentions:
        return "timeline"
    if (PROJECT_Q.search(text) or _USEFUL.search(text)) and QUESTION.search(text) and not mentions:
        return "project"  # "what is my project?", "学这些到底有什么用处？": the project shows it
    if _MENTOR.search(text) and not mentions:  # "what do I do this week while the mentor looks?"
        return (
            "this_week" if _THIS_WEEK.search(text) and not _ABOUT_MENTOR.search(text) else "mentor"
        )
    if mentions and QUESTION.search(text):
        return "skill_question"
    if _THIS_WEEK.search(text):
        return "this_week"
    if mentions:
        return "skill_question"
    return "general"
