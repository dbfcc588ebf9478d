"""A CV's line vocabulary (pure): section headings, job words, study lines, emphasis."""

from __future__ import annotations

import re

HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?P<name>(?:work\s+)?experience|employment(?:\s+history)?|work\s+history|"
    r"professional\s+experience|skills?|technical\s+skills|education|projects?|summary|profile|"
    r"objective|certifications?|languages|工作经历|工作经验|项目经历|项目经验|专业技能|技能|"
    r"教育背景|教育经历|教育|学历|个人简介|自我评价|求职意向|证书|资格证书|获奖经历|荣誉)\s*[:：]?\s*$",
    re.IGNORECASE,
)
EXPERIENCE = re.compile(r"experience|employment|history|工作|项目", re.IGNORECASE)

JOB_WORD = re.compile(
    r"\b(?:engineer|developer|analyst|manager|scientist|architect|designer|consultant|lead|"
    r"director|specialist|administrator|teacher|nurse|accountant|officer|intern|technician|"
    r"programmer|researcher|tester|sre|dba)\b|工程师|开发|经理|分析师|主管|专员|顾问|设计师|教师|"
    r"护士|会计|总监|架构师|实习|运维|测试|研究员|产品",
    re.IGNORECASE,
)

EMPHASIS = re.compile(r"\*\*|__|`")
SCHOOL = re.compile(
    r"\b(?:university|college|school|institute|academy|bootcamp)\b|大学|学院|中学|学校|研究生院",
    re.IGNORECASE,
)
DEGREE = re.compile(
    r"\b(?:B\.?Sc?|M\.?Sc?|BA|MA|BEng|MEng|MBA|Ph\.?D|bachelor'?s?|master'?s?|degree|diploma|"
    r"graduated)\b|本科|硕士|博士|学士|研究生|大专|专科|毕业",
    re.IGNORECASE,
)


def is_school(line: str) -> bool:
    """A dated line about studies ("2012.09-2016.06 某大学 计算机 本科", "BSc, University of
    Leeds, 2013 – 2016"), wherever it stands (a one-line paste has no Education section)."""
    return bool(SCHOOL.search(line) and DEGREE.search(line))
