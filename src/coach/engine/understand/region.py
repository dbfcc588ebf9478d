"""The job market a person names: a country, a region or a city, in English or Chinese.

Codes: ``CN`` and ``US`` (the markets the knowledge base has pay data for), else a short code
(``UK``, ``EU``, ``DE``, ``SG``, ``IN``, ``JP``...) or ``remote``. A city stands for its
country ("深圳" -> CN, "London" -> UK, "Bangalore" -> IN). The first market named wins.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# code -> (English words, matched case-insensitively; case-sensitive English; Chinese words)
_REGIONS: dict[str, tuple[str, str, str]] = {
    "CN": (
        r"china|chinese\s+market|mainland|shanghai|beijing|shenzhen|hangzhou|guangzhou|chengdu|"
        r"nanjing|wuhan|suzhou|xi'?an|tianjin|chongqing",
        "",
        r"中国|国内|大陆|内地|上海|北京|深圳|杭州|广州|成都|南京|武汉|西安|苏州|天津|重庆|厦门|长沙|合肥|青岛|"
        r"郑州|济南|大连|珠海|东莞|无锡|宁波|沈阳|哈尔滨|昆明|福州",
    ),
    "US": (
        r"usa|united\s+states|america|san\s+francisco|bay\s+area|seattle|new\s+york|nyc|"
        r"silicon\s+valley|boston|los\s+angeles|chicago|san\s+diego|san\s+jose|denver|atlanta",
        r"US|U\.S\.A?\.?|SF|Austin",
        r"美国|硅谷|旧金山|纽约|西雅图|湾区|洛杉矶|波士顿|芝加哥",
    ),
    "UK": (
        r"uk|united\s+kingdom|britain|great\s+britain|england|scotland|wales|london|manchester|"
        r"edinburgh|cambridge,?\s+uk|bristol|birmingham|leeds|glasgow",
        "",
        r"英国|伦敦|曼彻斯特|爱丁堡|剑桥",
    ),
    "DE": (
        r"germany|berlin|munich|hamburg|frankfurt|cologne|stuttgart",
        "",
        r"德国|柏林|慕尼黑|汉堡|法兰克福",
    ),
    "FR": (r"france|paris|lyon", "", r"法国|巴黎"),
    "NL": (r"netherlands|holland|amsterdam|rotterdam", "", r"荷兰|阿姆斯特丹"),
    "EU": (r"eu|europe|european\s+union|the\s+continent", "", r"欧洲|欧盟"),
    "SG": (r"singapore", "", r"新加坡"),
    "IN": (
        r"india|bangalore|bengaluru|mumbai|delhi|hyderabad|pune|chennai|gurgaon|noida",
        "",
        r"印度|班加罗尔|孟买|新德里",
    ),
    "JP": (r"japan|tokyo|osaka|kyoto", "", r"日本|东京|大阪"),
    "KR": (r"korea|seoul", "", r"韩国|首尔"),
    "HK": (r"hong\s+kong", "HK", r"香港"),
    "TW": (r"taiwan|taipei", "", r"台湾|台北"),
    "CA": (r"canada|toronto|vancouver|montreal|waterloo", "", r"加拿大|多伦多|温哥华|蒙特利尔"),
    "AU": (r"australia|sydney|melbourne|brisbane", "", r"澳大利亚|澳洲|悉尼|墨尔本"),
    "AE": (r"uae|dubai|abu\s+dhabi", "", r"迪拜|阿联酋"),
    "remote": (
        r"(?:fully|100%)\s+remote|remote[\s-](?:only|first|roles?|jobs?|positions?|friendly)|"
        r"(?:want|prefer|looking\s+for|find|open\s+to)\s+(?:a\s+|an\s+)?(?:fully\s+)?remote",
        "",
        r"远程(?:岗位|职位|的工作|的岗位|也行|优先|就行)|(?:想|希望|找)(?:找)?(?:个)?远程",
    ),
}
_PATTERNS: list[tuple[str, re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]] = [
    (
        code,
        re.compile(rf"(?<![A-Za-z])(?:{en})(?![A-Za-z])", _I),
        re.compile(rf"(?<![A-Za-z])(?:{cs})(?![A-Za-z])") if cs else None,
        re.compile(zh),
    )
    for code, (en, cs, zh) in _REGIONS.items()
]
# Words that make a place no job market: "a US company's China team" is still one place; but
# "Chinese" as a language ("I speak Chinese") or "American Express" are not places.
_NOT_PLACE = re.compile(r"\b(?:speak|speaks|native|language|express|airlines)\b", _I)


# A country's adjective before a workplace ("a German company", "a British bank"): that market.
_DEMONYMS = {
    "german": "DE",
    "british": "UK",
    "english": "UK",
    "french": "FR",
    "dutch": "NL",
    "indian": "IN",
    "japanese": "JP",
    "korean": "KR",
    "canadian": "CA",
    "australian": "AU",
    "singaporean": "SG",
    "american": "US",
}
_DEMONYM = re.compile(
    rf"\b(?P<d>{'|'.join(_DEMONYMS)})\s+(?:[a-z-]+\s+)?(?:company|firm|bank|startup|start-up|"
    r"clinic|practice|hospital|employer|client|agency|university|school|subsidiary|office)\b",
    _I,
)


def find_region(text: str) -> tuple[str | None, int]:
    """The job market the text names first ("US", "CN", "UK", "remote"...) and where (-1)."""
    best: tuple[int, str] | None = None
    demonym = _DEMONYM.search(text)
    if demonym is not None:
        best = (demonym.start(), _DEMONYMS[demonym.group("d").lower()])
    for code, en, cs, zh in _PATTERNS:
        for regex in (en, cs, zh):
            if regex is None:
                continue
            m = regex.search(text)
            if m is None or _NOT_PLACE.search(text[max(0, m.start() - 12) : m.end() + 10]):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), code)
    if best is None:
        return None, -1
    # A market said together with remote ("remote roles in the EU") is that market.
    if best[1] == "remote":
        rest = text[best[0] :]
        for code, en, cs, zh in _PATTERNS:
            if code != "remote" and any(r is not None and r.search(rest) for r in (en, cs, zh)):
                return code, best[0]
    return best[1], best[0]
