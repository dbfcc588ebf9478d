"""What a posting's line names that the knowledge base does not cover (pure): acronyms,
CamelCase and C++-like names, capitalised names inside a sentence, any Latin name in a Chinese
line; never a company's or a team's name, never the examples of a named skill."""

from __future__ import annotations

import re

from coach.knowledge.lexicon import Lexicon

_CODE_NUMBER = re.compile(r" \d+(?:[-.]\d+)*(?![\w%+])")
_TERM = re.compile(r"(?<![\w+#.])(?:[A-Z][a-z]+[A-Z][\w]*|[A-Z]{2,}[a-z]?s?|[A-Za-z]+[+#]+|"
                   r"[A-Za-z]+\.(?:js|ai|io|net)|[A-Z][a-z]{2,}(?:DB|QL))(?![\w+#])")  # fmt: skip
_WORD = re.compile(r"(?<![A-Za-z0-9_+#.])[A-Za-z][A-Za-z0-9+#.-]*[A-Za-z0-9+#]|"
                   r"(?<![A-Za-z0-9_+#.])[A-Za-z]{2}")  # fmt: skip
"""A Latin word, also right after Chinese text ("熟悉Ansible或Terraform")."""


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COMMON_CAPITALISED = _wordset(
    "A An The And Or Of In On At To For With Without From By As Is Are Be We You Our Your Us "
    "Experience Experienced Knowledge Familiarity Strong Solid Good Great Excellent Proven "
    "Ability Able Understanding Work Working Build Building Design Designing Nice Have Bonus "
    "Plus Preferred Required Requirements Responsibilities Qualifications Skills Years Year "
    "Degree Bachelor Master Masters Computer Science Engineering Engineer Engineers Developer "
    "Software Senior Junior Lead Team Teams Remote Hybrid Office Benefits About Role Job Must "
    "Should Will Can May Also Including Such Other Etc "
)
_NOT_TERMS = _wordset(  # market segments, file formats, regions and HR words: no skill to plan
    "AI ML LLM LLMs API APIs UI UX IT HR PM CS BS MS BA MBA PhD QA CEO CTO US USA EU UK CN OK "
    "FAQ TBD ASAP NLP CV GPA EOE SaaS B2B B2C KPI KPIs OKR OKRs GPU GPUs CPU CPUs Web H5 "
    "SMB SMBs SME SMEs JSON XML CSV PDF PDFs EMEA APAC LATAM DACH NA HQ WFH PTO FTE "
    "USD EUR GBP PLN CNY RMB CAD AUD CHF SGD JPY INR HKD SEK NOK DKK CZK "
)


_TEAM_AFTER = re.compile(
    r"(?:\s*(?:,|and|&|or)\s*[A-Z][\w-]*)*\s+(?:teams?|department|group|squad|org|团队|部门)\b"
)
ASKING = re.compile(
    r"\b(?:experience|experienced|familiar\w*|knowledge|proficien\w*|skills?|years?|expert\w*|"
    r"hands-on|understanding|background|built|build|using|use|with|strong|solid|must)\b|"
    r"熟悉|精通|掌握|了解|经验|熟练|使用|能力|优先|加分|"
    r"\b(?:nice[\s-]+to[\s-]+have|a\s+plus|bonus|preferred|preferably|ideally|desirable)\b",
    re.IGNORECASE,
)
"""A line that asks for something; a line that only tells about the company ("At Acme Robotics,
you will join our Perception team in Munich") names no uncovered terms."""
COMPANY_VOICE = re.compile(
    r"\bjoin\s+(?:our|the|a)\b|\bour\s+(?:[\w-]+\s+)?(?:team|mission|company|customers|clients|"
    r"platform|office|product)s?\b|^\s*at\s+[A-Z]|\bwe(?:'re|\s+are|\s+have)\b|我们|加入",
    re.IGNORECASE,
)


def uncovered_terms(line: str, covered: list[tuple[int, int]]) -> list[str]:
    """Named things the line asks for that no alias matched: acronyms, CamelCase, C++-like
    names, capitalised names inside a sentence, and any Latin name in a Chinese line."""
    chinese = bool(re.search(r"[\u4e00-\u9fff]", line))
    body = re.sub(r"^[\s\-*•·\d.)、]+", "", line)
    offset = len(line) - len(body)
    terms: list[str] = []
    for m in _WORD.finditer(body):
        start, end = m.start() + offset, m.end() + offset
        if any(start < c_end and c_start < end for c_start, c_end in covered):
            continue
        if any(line[c_end:start] == " " for _, c_end in covered):
            continue  # the rest of a covered name: "ONNX Runtime", "Spring Boot"
        if _TEAM_AFTER.match(body, m.end()):
            continue  # "the Planning and Hardware teams": teams, not tools
        term = m.group(0).rstrip(".")
        if term in _NOT_TERMS or term.rstrip("s") in _NOT_TERMS or term in _COMMON_CAPITALISED:
            continue
        named = bool(_TERM.fullmatch(term))
        capitalised = term[0].isupper() and (
            (m.start() > 0 and body[m.start() - 2 : m.start()] != ". ")
            or bool(_NAMED_NEXT.match(body, m.end()))  # "Workday or SuccessFactors"
        )
        if named or (chinese and len(term) >= 2) or capitalised:
            number = _CODE_NUMBER.match(body, m.end())
            if number and term.isupper():  # "SR 11-7", "ISO 27001": one name with its number
                term += number.group(0)
            terms.append(term)
    return terms


_NAMED_NEXT = re.compile(r"\s*(?:,|/|or\b|and\b|或)\s*[A-Z][A-Za-z0-9]*[A-Z]")
"""A name followed by another product name ("Workday or SuccessFactors"): the first word of the
line is a name too."""


_PAREN = re.compile(r"(?:\s+[A-Za-z-]+){0,2}\s*[(（](?P<body>[^()（）]{1,120})[)）]")
"""Parentheses right after a named skill, or after the two words that end its phrase
("a customer-facing technical role (solutions engineering, technical CSM, consulting)")."""


def examples(line: str, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parentheses right after a named skill hold its examples ("model risk governance (OSFI
    E-23, SR 11-7)", "feature stores (Feast)"): named things of that skill, not uncovered terms."""
    spans: list[tuple[int, int]] = []
    for _, end in covered:
        m = _PAREN.match(line, end)
        if m:
            spans.append((m.start("body"), m.end("body")))
    return spans


_COMPANY_SAYS = re.compile(
    r"(?:^|(?<=[.!?]\s))(?!You\b|This\b|The\s+role\b)(?P<who>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})\s+"
    r"(?:sells|makes|provides|offers|powers|serves|helps|builds|develops|creates|is\s+an?|"
    r"was\s+founded)\b[^.!?]*(?:[.!?]|$)"
)
"""A sentence of the posting's story that tells what the company sells or is ("Routewise sells
AI copilots to freight brokers."): its product, not what the job asks."""


def without_company_story(line: str, lexicon: Lexicon) -> str:
    """``line`` without its sentences about what the company sells or is; a sentence whose
    subject is a skill ("Python is a must") stays."""

    def cut(m: re.Match[str]) -> str:
        return m.group(0) if lexicon.find_skills(m.group("who")) else " "

    return _COMPANY_SAYS.sub(cut, line).strip()
