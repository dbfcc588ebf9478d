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
