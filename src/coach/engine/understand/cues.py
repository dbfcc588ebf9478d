"""Cue words around a mention: has, wants, negated; unsure; job context (en, zh)."""

from __future__ import annotations

import re

_I = re.IGNORECASE

_TARGET_CUE = re.compile(
    r"\b(?:become|becoming|be|move|moving|switch|switching|transition|transitioning|pivot|"
    r"pivoting|get\s+into|getting\s+into|break\s+into|go\s+into|aim|aiming|target|targeting|"
    r"goal|dream|interested\s+in|work\s+as|land|landing|apply|applying|change|changing|"
    r"towards?|want|wants|wanna|thinking|considering|leaning|eyeing|hoping|prefer|"
    r"like\s+to\s+be|rather|instead|make\s+it|go\s+(?:with|for))\b|想|希望|打算|准备|目标|成为|转|"
    r"(?<!以)往|去做|当(?!前|时|中|然|初|地)|换成|换到|改成|改为|改做|还是(?:选|要|做)|选",
    _I,
)
_FROM_BEFORE = re.compile(r"(?:\bfrom\s+(?:an?\s+|the\s+)?|从)\s*$", _I)
_TARGET_RAW_EN = re.compile(
    r"\b(?:want(?:s)?\s+to|wanna|would\s+like\s+to|'d\s+like\s+to|hope\s+to|plan(?:ning)?\s+to|"
    r"looking\s+to|trying\s+to|aim(?:ing)?\s+to|goal\s+is\s+to|dream\s+is\s+to)\s+"
    r"(?:become|be|move\s+into|move\s+to|switch\s+to|switch\s+into|transition\s+to|"
    r"transition\s+into|get\s+into|pivot\s+to|pivot\s+into|go\s+into|break\s+into|work\s+as|"
    r"work\s+in)\s+(?:an?\s+|the\s+)?(?P<raw>[^,.;!?()\n，；！？（）]{2,80})",
    _I,
)
_TARGET_RAW_EN_CUT = re.compile(
    r"\s+[-–—]+\s+.*$|\s*[–—]+.*$|"  # "AI governance / model risk - making sure ...": the role
    r"\s+(?:within|in\s+(?:\d+|a|an|one|two|three|six|twelve)|by|and|but|so|because|"
    r"next|this|over|after|before|someday|eventually|role|position|job|without|except|not)\b.*$",
    _I,
)
_TARGET_RAW_ZH = re.compile(
    # "想半年内去…", "希望明年转到…": a time said between the wish and its verb
    r"(?:想|希望|打算|准备|目标是)(?:要)?(?:(?:在)?[^，,。.;；!！?？\s]{1,6}?(?:内|之内|以内|后|之后|以后|前|之前|左右))?"
    r"(?:转行|转型|转岗|转到|转做|转向|转成|转|做|成为|当|去做|从事|往|向|去|进入|入行|搞|玩|干|让|找|拿|申请)"
    r"(?:到|做|为|成|去)?(?:一名|一个|一份|名|个|份)?\s?(?P<raw>[^，,。.;；!！?？\s](?:[^，,。.;；!！?？\n]{0,18}[^，,。.;；!！?？\s])?)"
)
_ZH_TARGET_CUT = re.compile(
    r"(?:每周|每天|一年|半年|\d|[一二两三四五六七八九十]+(?:个月|年)|方向|岗位|工作|的工作|吗|呢|"
    r"(?:相关)?的?(?:实习|offer|职位|机会)).*$"
)
_UNSURE = re.compile(
    r"\bnot\s+(?:yet\s+|really\s+|quite\s+|totally\s+|entirely\s+|too\s+|very\s+|so\s+)?sure\b|\bunsure\b|\bdon'?t\s+know\b|\bdo\s+not\s+know\b|\bno\s+idea\b|"
    r"\bundecided\b|\bhaven'?t\s+decided\b|\bnot\s+decided\b|\bno\s+clue\b|\bnot\s+certain\b|"
    r"\bidk\b|\bdunno\b|\bidc\b|\bnot\s+sure\s+what\s+fits\b|"
    r"\bopen\s+to\s+(?:suggestions|anything|ideas|options)\b|\bany\s+suggestions?\b|"
    r"\bwhatever\b|\bup\s+to\s+you\b|\byou\s+(?:tell|decide|pick|choose|recommend|suggest)\b|\bno\s+(?:real\s+)?preference\b|\bsuggest\s+(?:one|some)\b|"
    r"\bwhat\s+(?:(?:other\s+)?(?:jobs?|roles?|careers?|kinds?\s+of\s+(?:jobs?|roles?|work))\s+)?"
    r"(?:could|can|should|would|might)\s+(?:someone\s+like\s+)?(?:i|me)\s+(?:even\s+|possibly\s+|really\s+|actually\s+)?"
    r"(?:do|go\s+for|aim\s+for|get|move\s+into)\b|"
    r"\bwhich\s+(?:jobs?|roles?)\s+(?:could|can|would|might)\s+(?:i|someone\s+like\s+me)\b|"
    r"\bwhat\s+(?:is|would\s+be)\s+(?:a\s+)?(?:good|right|realistic)\s+(?:fit|role|path)\s+for\s+me\b|"
    # a degree word may sit inside the negation: "不太确定", "不大清楚", "不是很清楚", "说不准"
    r"不(?:太|大|是很|怎么|很)?(?:确定|清楚|知道)|没想好|拿不定|说不准|吃不准|还没想好|不清楚|没有方向|没方向|迷茫|拿不准|说不好|都可以|都行|随便|没主意|你帮我(?:选|推荐|看看)|你(?:来)?(?:推荐|定|选)|给我推荐|推荐一下|"
    r"我(?:能|可以|适合|还能)(?:做|干|转)(?:点)?(?:什么|啥)|"
    # "想知道AI能帮我转什么岗位", "我这种人能转吗", "could that become my job?"
    r"(?:能|可以)(?:帮我)?(?:转|做)(?:点)?(?:什么|啥|哪个|哪些)(?:岗位|方向|工作)?|我这种(?:人|背景)?能转吗|"
    r"\b(?:could|can|would)\s+(?:that|this|it|something\s+like\s+that)\s+(?:become|be|turn\s+into)\s+"
    r"(?:my|a)\s+(?:job|career|role)\b",
    _I,
)
_TARGET_TOPIC = re.compile(
    r"\bwhat\s+(?:to|role|job|i\s+should|direction|path|career)|\bwhich\s+(?:role|job|path|"
    r"direction|one|career)|\bmove\s+(?:into|to)|\bswitch|\btransition|\btarget|\bdirection|"
    r"\bcareer|\bpath\b|\bnext\s+role|\brole\b|\bget\s+into|\bsomething\s+(?:with|in|on|around)|\bwhat\b|"
    r"\bside\s+of\s+ai\b|\bwhere\s+to\s+(?:start|begin)\b|"
    r"\b(?:learn|get\s+into|go\s+into|do\s+something\s+(?:with|in))\s+(?:ai|ml|llms?)\b|"
    r"从哪(?:里|儿)?(?:开始|入手|下手)|从何(?:开始|入手)|学AI|转AI|入行AI|"
    r"\bfits?\b|\b(?:become|be|as)\s+(?:my|a)\s+(?:job|career)\b|转什么|转哪|能转|做什么|方向|目标|岗位|转行|转型|职业|适合|"
    r"(?:能|可以|还能)?(?:干|做)(?:嘛|啥|点啥|些什么)|哪些|哪个|AI(?:这块|这一块|方面|领域|行业)",
    _I,
)

# Skill level cues.
_NEG_BEFORE = re.compile(
    r"\b(?:never|not|don'?t|do\s+not|doesn'?t|didn'?t|haven'?t|have\s+not|hasn'?t|no|without|"
    r"zero|nor|neither|can'?t|cannot|nothing\s+about)\b|"
    r"没|不会|不懂|不了解|不熟悉|不熟|从未|未曾|无",
    _I,
)
_WEAK_BEFORE = re.compile(r"\bnot\s+(?:very|that|so|too)\b|\bnot\s+much\b|不太|不是很|不大", _I)
_NEG_AFTER = re.compile(
    # "Python我不会", "Python其实我完全不会": the object first, then who does not know it
    # "Python基本没用过", "Python几乎没碰过": a hedge before the "not" keeps it a "not"
    r"^\s*(?:其实|真的)?\s*(?:我|我们)?\s*(?:其实|真的)?\s*(?:也|都|还|完全|一点|根本)?\s*"
    r"(?:基本上?|几乎|差不多|压根)?\s*(?:没|从没|从未|不会|不懂|不了解|不熟)"
)
_BASIC_BEFORE = re.compile(
    r"\b(?:some|a\s+bit(?:\s+of)?|a\s+little(?:\s+bit)?|little|basic|basics\s+of|beginner|"
    r"a\s+(?:few|couple(?:\s+of)?)|occasional(?:ly)?|"
    r"learning|learnt|learned|studying|studied|familiar\s+with|dabbled(?:\s+in)?|tutorials?|"
    r"hobby|toy|intro(?:ductory)?|starting|started|novice|junior|self-taught|took\s+a\s+course)\b|"
    r"了解|学过|一点|一些|入门|初学|正在学|在学|自学|略懂|接触过|简单|学了|初级|会一点|懂一点|"
    r"少量|少许|粗浅|试跑过|试用过|试过|\btried\b|"
    r"(?:会|写|懂|用|学)(?:了|过)?点",
    _I,
)
# Occasional use is basic use, for everything the clause says it is used for ("偶尔用python写测试
# 脚本": Python and testing both).
_RARELY = re.compile(
    r"\b(?:occasionally|sometimes|now\s+and\s+then|from\s+time\s+to\s+time|once\s+in\s+a\s+while|"
    r"rarely|seldom|here\s+and\s+there)\b|偶尔|有时候?|偶然|时不时|很少|零星",
    _I,
)
# "small python scripts", "写点小脚本": the skill around the word, used in a small way.
_SMALL_USE = re.compile(r"\b(?:small|simple|quick|little)\s+(?:\S+\s+)?scripts?\b|小脚本", _I)
_BASIC_AFTER = re.compile(
    r"^\s*(?:course|courses|tutorials?|class(?:es)?|bootcamp|mooc|"
    r"[^.;!?。；！？\n]{0,40}\b(?:forgot|forgotten|rusty)\b|[^。；！？\n]{0,12}(?:忘了|忘光|生疏|课程|网课)|"
    r"basics?|beginner|a\s+bit|a\s+little|\(basic\)|入门|一点|学过|了解|基础|初级|略懂|刚学|"
    # "Python也只会一点点", "SQL就懂点皮毛": a small amount said after the skill
    r"(?:也|还|就|都)?\s*(?:只|仅)?\s*(?:会|懂|学过|用过|知道)\s*(?:一?点|一些|些|皮毛|基础))",
    _I,
)
_EXPERT_BEFORE = re.compile(
    r"\b(?:expert|senior|advanced|deep|strong|proficient|fluent|mastered|master|extensive|"
    r"lead|principal|staff|seasoned|veteran|heavy)\b|精通|资深|熟练|深入|擅长|高级|专家|深度",
    _I,
)
_EXPERT_AFTER = re.compile(r"^\s*(?:expert|\(expert\)|guru|精通|熟练|专家|很熟)", _I)
_LIST_SEP = re.compile(r"^(?:\s|、|和|与|及|以及|跟|&|/|\+|\band\b|\bor\b|或|或者)*$", _I)
_WISH_BEFORE = re.compile(
    r"\b(?:want|wanna|would\s+(?:really\s+|so\s+)?like|'d\s+(?:really\s+|so\s+)?(?:like|love)|hope|"
    r"hoping|plan|planning|aim|aiming|goal|become|get\s+(?:good|better)\s+at|(?<!a\s)(?<!my\s)master(?!'s|’s|s\b|\s+degree)|"
    r"targeting|going\s+for|heading\s+(?:for|into|towards?)|"
    r"interested\s+in|need\s+to\s+learn|learn\s+more|to\s+learn|pick\s+up|get\s+into|"
    r"moving\s+(?:\w+\s+){0,2}to|migrating\s+to|migrate\s+to|going\s+to\s+(?:use|need)|"
    r"will\s+(?:need|have\s+to\s+use)|"
    r"move\s+into|switch|transition|pivot|something\s+(?:with|in|around)|anything\s+with|"
    r"curious\s+about|explore|exploring|focus\s+on|thinking\s+(?:about|of)|considering|"
    r"toying\s+with|eyeing|looking\s+(?:at|into)|work\s+on\s+(?:something|things)|"
    r"love\s+to|'d\s+(?:love|enjoy|prefer)|would\s+(?:love|enjoy|prefer)|keen\s+(?:to|on)|"
    r"eager\s+to|excited\s+(?:about|to|by)|dream(?:ing)?|wish|aspire|aspiring|someday|"
    r"one\s+day|(?:to|like|love)\s+try|try\s+(?:out|my\s+hand)|i'?m\s+into|"
    r"fascinated\s+by|obsessed\s+with|drawn\s+to|passionate\s+about|i\s+meant|i\s+mean|teach\s+me|"
    r"(?:^|please|pls|can\s+you|could\s+you|let'?s|also)\s*(?:add|include|put\s+in|schedule))\b|"
    r"我是说|我指的是|想|希望|打算|准备|目标|成为|转|计划|要学|学学|学一下|加上|加入|添加|"
    r"了解一下|感兴趣|有兴趣|渴望|向往|梦想|将来|试试|尝试|相关的?(?:方向|工作)|"
    r"(?<![需只主重])要(?:做|学|转|搞|去|的是|往)",
    _I,
)
MEANT = re.compile(
    r"\bi\s+(?:meant|mean|was\s+thinking\s+of)\b|\bwhat\s+i\s+meant\b|\brather\b|\binstead\b|"
    r"我是说|我指的是|我说的是|我的意思是|而是",
    _I,
)
"""A correction of what was meant ("not MLOps, I meant LLMOps", "不是MLOps，我是说LLMOps")."""
_NEW_SUBJECT = re.compile(
    r"\b(?:and|but|while|although|though|whereas)\s+(?=i\b|i')|而且我|但我|我(?=会|懂|用|做过)", _I
)
_JOB_CONTEXT = re.compile(
    r"\b(?:work|worked|working|job|use|used|using|daily|production|professional|professionally|"
    r"developer|engineer|built|(?:i|we)\s+build|(?:i'?m|we'?re|been)\s+building|ship|shipped|"
    r"write|wrote|maintain)\b|"
    r"工作|日常|用|项目|开发|负责|做|写|上线|生产",
    _I,
)

# Region.

# A wish under a negation: "I don't want to become a programmer", "不想写代码".
NEGATED_WISH = re.compile(
    r"\b(?:don'?t|do\s+not|doesn'?t|never|not|no)\s+(?:really\s+|ever\s+)?"
    r"(?:want|wanna|wish|plan|intend|care|interested|looking)\b|\bnot\s+(?:into|keen\s+on)\b|"
    r"\b(?:hate|avoid|rather\s+not)\b|\bwithout\s+(?:becoming|being|having\s+to|coding|"
    r"programming|writing)\b|\bnot\s+(?:become|be|becoming)\b|不想|不要|不打算|不愿意|不愿|不希望|不考虑|不喜欢|别让我",
    _I,
)
# Vague targets: "something with RAG and vector databases", "I want to work on LLM inference".
VAGUE_TARGET = re.compile(
    # "work" as the thing wanted ("to work in AI", "looking for work with LLMs"), never the
    # job one does ("I work in a warehouse")
    r"(?:\b(?:something|anything|stuff|a\s+job|a\s+role|a\s+career|roles?|jobs?)|"
    r"\b(?:to|for|do|any|get|find|into|some)\s+work)\s+"
    r"(?:with|in|around|involving|related\s+to|on|using|building)\s+(?P<raw>[^,.;!?()\n，；！？（）]{2,80})|"
    r"\b(?:want|wanna|'d\s+like|would\s+like|hope|hoping|plan|planning|looking)\s+to\s+"
    r"(?:do|work\s+(?:on|with|in)|build|make|create|develop|train|focus\s+on|specialize\s+in|"
    r"specialise\s+in)\s+"
    r"(?P<raw2>[^,.;!?()\n，；！？（）]{2,80})|"
    r"\b(?:(?:really\s+|very\s+|kinda\s+|kind\s+of\s+)?(?:interested|keen)\s+in|curious\s+about|"
    r"fascinated\s+by|drawn\s+to|excited\s+about|into)\s+(?P<raw3>[^,.;!?()\n，；！？（）]{0,40}\b(?:ai|ml|llms?|agents?|robots?|"
    r"robotics)\b[^,.;!?()\n，；！？（）]{0,40})",
    _I,
)
_CURRENT_BEFORE = re.compile(
    r"(?:\bi'?m|\bi\s+am|\bi\s+work(?:ed)?\s+as|\bworking\s+as|\bcurrently|\bmy\s+(?:current\s+)?"
    r"(?:job|role|title)\s+is|我是|我现在是|目前是|现在是|目前在做|现在做|现在在做|目前做)"
    r"\s*(?:an?\s+|the\s+|一名|一个|一位)?[\w\s/-]{0,20}$",
    _I,
)


def current_before(before: str) -> bool:
    """Whether the words right before a role name say it is the user's current job."""
    m = _CURRENT_BEFORE.search(before[-40:])
    return m is not None and not _TARGET_CUE.search(m.group(0))


# Wanting to use AI in one's own work (not to build it): the AI-augmented professional.
USE_AI = re.compile(
    r"\b(?:use|using|apply|applying|leverage|leveraging|bring)\s+(?:ai|chatgpt|llms?|gen\s*ai|"
    r"ai\s+tools|ai\s+assistants)\b(?!\s+(?:engineer|infra|models?\s+in\s+production))|"
    r"\b(?:want|let|have|get|need)\s+(?:ai|chatgpt|llms?)\s+(?:to|do|help|handle|take)\b|"
    r"\bautomat\w*\s+(?:[\w'-]+\s+){0,4}?(?:with|using)\s+(?:ai|chatgpt|llms?|gen\s*ai)\b|"
    r"\bget\s+(?:good|better|comfortable|confident)\s+(?:with|at|using)\s+(?:ai|chatgpt|llms?|gen\s*ai)\b|"
    r"\b(?:ai|chatgpt|llms?|ai\s+tools)\s+(?:in|at|for)\s+(?:my|our)\s+(?:current\s+)?(?:job|work|role|day)\b|"
    r"用(?:好|上|起|起来)?\s*(?:AI|ChatGPT|GPT|大模型|AI工具|豆包|Kimi|文心|通义|deepseek)|把\s*AI|AI\s*提效|AI\s*提升|"
    r"AI\s*办公|借助\s*AI|利用\s*AI|让\s*AI|AI\s*帮我",
    _I,
)
# Staying in the job one has ("不想转行", "not looking to switch careers"): AI in that job is
# upskilling in place, not a career change (the AI-augmented professional, said so plainly).
STAY_IN_JOB = re.compile(
    r"\b(?:not|don'?t|do\s+not|never|no)\s+(?:really\s+)?(?:looking|planning|wanting|want|trying|"
    r"intending|going)?\s*(?:to\s+)?(?:switch|change|leave|quit)\s+(?:my\s+)?(?:careers?|jobs?|fields?|"
    r"professions?|roles?)\b|\bno\s+career\s+change\b|\b(?:stay|staying|remain|keep)\s+(?:in|where|at)\s+"
    r"(?:my\s+(?:current\s+)?(?:job|role|field|company)|where\s+i\s+am|i\s+am)\b|\bstaying\s+where\s+i\s+am\b|"
    r"\bi'?m\s+staying\b|"
    # "stay in language work", "keep doing accounting", "keep my job", "continue as a nurse"
    r"\b(?:stay|staying|remain|remaining)\s+in\s+(?:[\w-]+\s+){0,3}?(?:work|field|jobs?|roles?|line|"
    r"professions?|industry|business)\b|\bkeep\s+(?:doing|working\s+(?:in|as))\s+|"
    r"\bkeep\s+my\s+(?:current\s+)?(?:job|role|career|practice|business)\b|"
    r"\bcontinue\s+(?:as\s+an?|in\s+my)\s+[\w-]+|不想转行|不转行|不换工作|不想换工作|不打算转行|没打算转行|不打算换工作|不想跳槽|"
    r"不是要转行|不用转行|不换行业|本职工作|现在的工作(?:里|中|上)|在工作(?:里|中|上)",
    _I,
)
# A wish said after the skill: "我对微调比较感兴趣", "RAG is what I want to learn".
WISH_AFTER = re.compile(
    # "Agent和RAG挺感兴趣的": the wish after a list covers each item of it
    r"^(?:\s*(?:和|与|、|及|以及|跟|/)\s*[\w.+#-]{1,20}?)*"
    r"\s*(?:这块|方面|方向|相关)?\s*(?:都|也)?\s*(?:比较|很|非常|挺|特别)?\s*感兴趣|^\s*(?:is|are)\s+what\s+i\s+want|"
    r"^\s*(?:sounds|seems)\s+(?:interesting|cool|fun)",
    _I,
)


WORRY = re.compile(
    r"\b(?:scared|afraid|worried|worry|worries|anxious|nervous|terrified|fear(?:ful)?|panick?\w*)\b"
    r"[^.;!?\n]{0,60}?\b(?:ai|redundant|replace\w*|obsolete|lose\s+my\s+job|job|left\s+behind|"
    r"laid\s+off|automat\w+)\b|"
    r"\b(?:ai|robots?)\s+(?:will\s+|might\s+|could\s+|is\s+going\s+to\s+)?(?:take|replace|"
    r"make)\s+(?:my|our)\s+(?:job|role|work)|"
    r"(?:担心|害怕|怕|焦虑|恐慌)[^，。；！？\n]{0,20}?(?:AI|人工智能|取代|替代|淘汰|失业|被裁|饭碗|跟不上)",
    re.I,
)
"""A worry said about AI and the person's job ("a bit scared of AI making me redundant",
"担心被AI取代"): acknowledged in one line of the summary before the plan."""


# Turning a thing down just before it: "不要MLOps", "别搞Docker了", "I don't want MLOps": not had,
# not wanted (a refusal, kept as avoided), whatever the sentence says around it.
_REFUSED_BEFORE = re.compile(
    r"(?:不要|别(?:再)?(?:做|学|搞|弄|安排|排)?|不想(?:要|做|学|转|搞)?|不考虑|不打算(?:做|学)?|"
    # what a role needs not ("不用写代码的那个", "无需编程"): turned down, never had
    r"不用|无需|不需要|不必|用不着)\s*$|"
    r"\b(?:no\s+need\s+(?:to|for)|without\s+(?:any\s+)?)\s*$|"
    r"\b(?:don'?t|do\s+not|no\s+longer)\s+want\s+(?:to\s+(?:do|learn|go\s+into|become)\s+)?"
    r"(?:an?\s+|the\s+|any\s+)?$|\b(?:rather\s+not|skip|drop)\s+(?:the\s+)?$",
    re.I,
)
_APPLIED_TO = re.compile(
    r"(?:能不能|可不可以|能否|想|希望|打算)?(?:用在|用到|应用到|应用在|运用到|用于)[^，。,.;；!?！？]{0,20}$|"
    # "想用AI做护理记录和排班": the work AI would do, not a skill to have or learn
    r"(?:用|让|靠|借助|利用)\s*(?:AI|大模型|ChatGPT|GPT|人工智能|AI工具)\s*(?:来|帮我|帮忙)?(?:做|写|处理|生成|管|排|整理|分析|搞)[^，。,.;；!?！？]{0,20}$|"
    r"\b(?:use|using|apply|applying|bring|bringing)\s+(?:it|ai|llms?|chatgpt|them|this|these\s+tools)"
    r"\s+(?:for|in|to|into|on)\s+(?:my\s+|our\s+|the\s+)?[^,.;!?]{0,20}$",
    re.I,
)
"""Where the person would put AI to use ("看看能不能用在学校管理和教学上", "use AI for my
teaching"): the work named there is where AI goes, not a skill they say they have."""
_OTHERS_ASK = re.compile(
    r"\b(?:clients?|customers?|users?|(?:my|our)\s+(?:boss|manager|management|leadership|ceo)|"
    r"stakeholders?|the\s+business)\s+(?:keep\s+|often\s+|always\s+|now\s+|all\s+)?"
    r"(?:ask\w*|want\w*|request\w*|talk\w*\s+about|mention\w*|push\w*\s+for|demand\w*|need\w*)"
    r"[^.;!?\n]{0,40}$|(?:客户|用户|老板|领导|甲方|公司)(?:一直|总是|经常|都|也)?"
    r"(?:在)?(?:问|要求|想要|需要|提|催|关心)[^，。；！？\n]{0,20}$",
    re.I,
)
"""What someone else asks for ("our clients keep asking about SAP Joule and agents", "客户一直
在问大模型"): demand the person sees, not a skill they have."""


TENTATIVE_TARGET = re.compile(
    r"(?:^|(?<=[.!?;\n]))\s*(?:so\s+|and\s+)?(?:maybe|perhaps|possibly|ideally|probably|"
    r"thinking\s+(?:about|of)|considering|leaning\s+towards?)\s+(?P<raw>[^.!?;\n]{3,80})",
    re.I,
)
"""A target said tentatively in a sentence of its own ("maybe designing AI products or an AI
prototyper?"); it counts when it names work (see roles._raw_phrase)."""


EXPLORING = re.compile(
    r"看看有没有(?:机会|可能)|有没有(?:机会|可能)转|看看(?:能不能|可不可以)转|看看(?:有)?哪些(?:方向|机会|选择)|"
    r"\b(?:see|find\s+out)\s+(?:if|whether)\s+(?:i\s+(?:could|can)|there'?s\s+(?:a\s+)?(?:way|chance|path))\s+"
    r"(?:to\s+)?(?:switch|move|change|pivot|transition)|\bexplore\s+(?:my\s+)?(?:options|what'?s\s+out\s+there)\b",
    re.I,
)
"""Being open to a new role without naming one."""

_RECENT = re.compile(
    r"\b(?:recently|lately|these\s+days|this\s+year|just\s+started)\b|最近|近期|今年|刚开始|这段时间",
    re.I,
)
"""Work said as recent ("最近在做app里接入大模型"): the sentence's years are not its years."""


SAYS_HAVING = re.compile(
    r"^\W*(?:(?:and|also|oh|well|so|plus)\W+)?(?:i\s+(?:also\s+|mostly\s+|mainly\s+|usually\s+)?"
    r"(?:use|used|know|knew|did|do|have|had|built|wrote|write|work|worked|run|ran|manage|managed|"
    r"lead|led|maintain|handle|handled|spent)|i'?ve\s+(?:been|done|used|built|worked|got)|"
    r"i'?m\s+(?:good|ok|okay|decent|comfortable|fluent)\s+(?:at|with|in))\b|"
    r"^\W*我(?:也|还|平时|主要|一直|现在)?(?:会用|用过|做过|写过|负责|平时用|每天用|在用)",
    re.I,
)
"""A sentence that says what the person does or did ("I use SQL a bit for ...", "我平时用
Excel"): given after the target question it is background, not the target."""
WISHY = re.compile(
    r"\b(?:want|wanna|would\s+like|'d\s+(?:like|love)|hope|hoping|plan|planning|become|switch|"
    r"move\s+into|transition|get\s+into|aim)\b|想|希望|打算|转",
    re.I,
)
