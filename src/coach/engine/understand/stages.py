"""Jobs said with a verb or a stage rather than a title: "I teach chemistry", "教了10年书",
"I run operations at a warehouse", "a postdoc", "final-year CS student", "大四学生"."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Jobs said with a verb or a stage: "I teach high school chemistry", "教了10年书", "a postdoc".
_TEACH_EN = re.compile(
    r"\bi(?:'ve|\s+have)?\s+(?:currently\s+|still\s+|been\s+)?(?:teach|taught|teaching)\s+(?P<what>[a-z][a-z -]{1,40}?)"
    r"(?=\s*(?:[,.;!?(\n，；！？（]|$|\s+(?:at|in|for|to|and|but|since)\b))",
    _I,
)
_TEACH_ZH = re.compile(
    r"教了?[^，。,.;；!！?？\n]{0,6}?(?:书|课)|在[^，。,.]{1,10}?教(?:书|课|[\u4e00-\u9fff]{1,4}?)(?=[，。,.]|$)"
)
_STAGE = re.compile(
    r"\b(?P<postdoc>post-?docs?)\b|\b(?P<phd>phd\s+(?:student|candidate)|doctoral\s+student)\b|"
    r"(?P<zpostdoc>博士后|博后)|(?P<zphd>博士生|在读博士|博士在读|读博)|\b(?P<phd2>phd)\b",
    _I,
)


# Students and new graduates: "just graduated in computer science", "final-year CS student",
# "大四学生", "研二", "应届生", "刚毕业".
_STUDENT_EN = re.compile(
    r"\b(?:(?:just|recently)\s+graduated|graduated\s+(?:last|this)\s+(?:year|month|summer|spring)|"
    r"(?:a\s+)?(?:recent|fresh|new)\s+(?:cs\s+|computer\s+science\s+)?grad(?:uate)?|"
    r"(?:final|last|third|second|first|\d(?:st|nd|rd|th))[\s-]year\s+(?:[a-z]+\s+){0,3}?"
    r"(?:student|undergrad(?:uate)?|major)|still\s+(?:at|in)\s+(?:uni(?:versity)?|college|school))"
    r"(?:\s+(?:in|from|with\s+a\s+degree\s+in)\s+(?P<what>[a-z][a-z ]{1,30}?))?"
    r"(?=\s*(?:[,.;!?(\n，；！？（]|$|\s+(?:and|but|no|with|from|at|so)\b))",
    _I,
)
_STUDENT_ZH = re.compile(
    r"(?P<role>(?:大[一二三四]|研[一二三]|博[一二三四五])(?:学生|在读|的学生)?|"
    r"(?:[\u4e00-\u9fff]{0,6}?专业)?(?:在读)?(?:本科生|研究生|硕士生|大学生|学生)|(?:硕士|研究生|本科|大学)在读|应届(?:毕业)?生|应届|刚毕业)"
)


def _student(text: str) -> tuple[str | None, int]:
    m = _STUDENT_EN.search(text)
    if m:
        what = (m.group("what") or "").strip()
        word = m.group(0).lower()
        kind = "graduate" if "grad" in word and "undergrad" not in word else "student"
        return (f"{what} {kind}" if what else kind), m.end()
    mz = _STUDENT_ZH.search(text)
    if mz:
        return mz.group("role"), mz.end()
    return None, -1


# "I run operations at a distribution warehouse", "I manage the front desk of a hotel": the
# work run, as a manager's job.
_RUN_EN = re.compile(
    r"\bi\s+(?:currently\s+|now\s+)?(?:run|manage|head|oversee)\s+(?:the\s+|a\s+|our\s+)?"
    r"(?P<what>operations|ops|logistics|(?:a\s+)?warehouse|(?:the\s+)?front\s+desk|(?:a\s+)?store|"
    r"(?:a\s+)?shop|(?:a\s+)?restaurant|(?:a\s+)?kitchen|(?:a\s+)?clinic|(?:a\s+)?branch|"
    r"customer\s+(?:service|support|success)|sales|marketing|hr|finance|procurement|purchasing|"
    r"facilities|admissions|payroll|it)\b",
    _I,
)


# "i handle insurance claims", "I process invoices and payroll": the cases handled, as a job.
_HANDLE_EN = re.compile(
    r"\bi\s+(?:currently\s+|now\s+|mostly\s+|mainly\s+)?(?:handle|process|adjust|assess|settle|"
    r"investigate|review|underwrite)\s+(?P<what>(?:[a-z&+-]+\s+){0,2}?(?:claims|invoices|payroll|"
    r"tickets|orders|returns|loans|mortgages|cases|bookings|reservations|audits|shipments|"
    r"complaints|applications|policies|transactions|refunds|escalations))\b",
    _I,
)


# "I've written COBOL and JCL on IBM mainframes for 30 years": a developer of what they write
_WRITES_EN = re.compile(
    r"\bi(?:'?ve|\s+have)\s+(?:been\s+)?(?:written|writing|coded|coding|programmed|programming|"
    r"developed|developing)\s+(?:in\s+)?(?P<what>(?-i:[A-Z][\w+#/.-]*)(?:\s*(?:and|&|/|,)\s*"
    r"(?-i:[A-Z][\w+#/.-]*))?)",
    _I,
)


def role_by_doing(text: str) -> tuple[str | None, int]:
    mw = _WRITES_EN.search(text)
    if mw:
        return f"{' '.join(mw.group('what').split())} developer", mw.end()
    mh = _HANDLE_EN.search(text)
    if mh:
        return f"{' '.join(mh.group('what').split())} handler", mh.end()
    mr = _RUN_EN.search(text)
    if mr:
        what = re.sub(r"^(?:a|the)\s+", "", mr.group("what"), flags=_I)
        return f"{what} manager", mr.end()
    m = _TEACH_EN.search(text)
    if m:
        return f"{m.group('what').strip()} teacher", m.end()
    mz = _TEACH_ZH.search(text)
    if mz:
        return "老师", mz.end()
    ms = _STAGE.search(text)
    if ms:
        if (
            ms.group("postdoc")
            or ms.group("zpostdoc")
            or re.search(r"post-?doc|博士后|博后", text, _I)
        ):
            return ("博士后" if ms.group("zpostdoc") else "postdoc"), ms.end()
        return ("博士生" if ms.group("zphd") else "PhD researcher"), ms.end()
    return _student(text)
