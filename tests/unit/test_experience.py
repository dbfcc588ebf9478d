def test_evidence_clause_keeps_a_parenthesis_whole() -> None:
    from coach.engine.planner.experience import clause_span

    text = "SAS, SQL (Teradata, Oracle), Python (pandas, scikit-learn, XGBoost), Git (basic)"
    for word, clause in [
        ("Oracle", "SQL (Teradata, Oracle)"),
        ("Python", "Python (pandas, scikit-learn, XGBoost)"),
    ]:
        at = text.find(word)
        start, end = clause_span(text, at, at + len(word))
        assert text[start:end].strip() == clause


def test_only_software_work_counts_as_software_work() -> None:
    from coach.engine.planner.experience import read_experience
    from coach.engine.understand import extract_profile
    from coach.knowledge.lexicon import get_lexicon
    from coach.knowledge.loader import load_kb

    kb = load_kb()

    def exp(text: str):  # type: ignore[no-untyped-def]
        p = extract_profile(text, None, get_lexicon(kb), kb)
        return read_experience(p, kb, [text])

    assert exp("Data scientist, 5 years of Python, pandas and scikit-learn.").experienced_engineer
    assert exp("我做Python爬虫3年，Scrapy、Selenium都熟。").experienced_engineer
    for text in (
        "I'm a business analyst, 6 years, SQL and VBA every day, no python really.",
        "Civil engineer, 8 years, structural calcs in Excel and a bit of Python.",
        "PhD in genomics plus a 3-year postdoc; I use R and Python daily on a SLURM cluster.",
    ):
        assert not exp(text).experienced_engineer, text


def test_an_actuary_is_a_statistician_and_bridges_to_ml() -> None:
    from coach.engine.planner.experience import hours_factor, read_experience
    from coach.engine.understand import extract_profile
    from coach.knowledge.lexicon import get_lexicon
    from coach.knowledge.loader import load_kb

    kb = load_kb()
    text = "I'm an actuary, FSA, 9 years. I build GLMs in R every day for pricing and reserving."
    p = extract_profile(text, None, get_lexicon(kb), kb)
    exp = read_experience(p, kb, [text])
    assert exp.level("statistics") == 3 and exp.level("ml_fundamentals") >= 1
    assert hours_factor(kb.skills["ml_fundamentals"], exp) < 0.5
    assert hours_factor(kb.skills["python"], exp) <= 0.5  # R every day
