"""A project is about the person's own occupation: a template written for another occupation of
the same field (a nurses' handover assistant) is not a vet's project; their own work fills one
instead; and a data warehouse is no warehouse of goods."""

from __future__ import annotations

from datetime import date

from coach.engine.fields import fields_in
from coach.engine.planner import build_plan
from coach.engine.research import research_role
from coach.engine.understand import extract_profile
from coach.knowledge.lexicon import get_lexicon
from coach.knowledge.loader import load_kb
from coach.knowledge.projects import project_templates
from coach.schemas import Plan

KB = load_kb()
START = date(2026, 1, 5)


def _plan(text: str, target: str = "ai_augmented_professional") -> Plan:
    p = extract_profile(text, None, get_lexicon(KB), KB)
    p = p.model_copy(update={"target_role": target, "hours_per_week": 5, "horizon_weeks": 26})
    return build_plan(p, research_role(KB, p, target), KB, start_date=START, said=[text])


def _project_text(plan: Plan) -> str:
    (project,) = plan.portfolio_projects
    return f"{project.title} {project.description}".lower()


def test_a_vet_gets_no_nurses_project() -> None:
    plan = _plan("I'm a veterinarian, 7 years in a small-animal clinic.")
    text = _project_text(plan)
    assert "nurse" not in text and "ward" not in text and "hospital" not in text
    assert "veterinar" in text or "owners" in text  # about their own work


def test_a_nurse_still_gets_the_handover_assistant() -> None:
    plan = _plan("I'm a nurse, 9 years on a surgical ward.")
    assert "handover" in _project_text(plan)


def test_templates_for_an_occupation_are_kept_for_it_and_the_catalogue_keeps_all() -> None:
    ids = {t.id for t in project_templates()}
    assert "clinical_handover_assistant" in ids  # no person: the whole catalogue
    assert "clinical_handover_assistant" not in {
        t.id for t in project_templates("veterinarian at a small-animal clinic")
    }
    assert "clinical_handover_assistant" in {t.id for t in project_templates("ICU nurse")}


def test_a_data_warehouse_is_not_operations_work() -> None:
    words = "write SQL against customers' warehouses (Snowflake, BigQuery) to debug dashboards"
    assert "operations" not in {f.id for f in fields_in(words)}
    assert "operations" in {f.id for f in fields_in("I run a warehouse team of 20")}


def test_a_biostatistician_is_not_taught_his_own_domain() -> None:
    text = (
        "I'm a biostatistician with an MS, 8 years at a CRO. I fit mixed models and survival "
        "models in R and SAS every day, write SAPs for clinical trials."
    )
    plan = _plan(text, "ai_for_science_engineer")
    assert not any(i.skill_id == "scientific_domain_knowledge" for i in plan.items())
    assert not any(d.skill_id == "scientific_domain_knowledge" for d in plan.deferred)


def test_a_legal_translator_gets_a_translators_project_and_a_qs_a_surveyors() -> None:
    def titles(words: str) -> list[str]:
        return [
            t.title.en
            for t in project_templates(words)
            if "ai_augmented_professional" in t.roles and t.domain is False and t.fields
        ]

    translator = " ".join(titles("法律和专利翻译，做了9年"))
    assert "translation" in translator and "contracts" not in translator
    surveyor = " ".join(titles("quantity surveyor, 15 years: cost plans, BoQs, tender analysis"))
    assert "tender" in surveyor and "bill of quantities" in surveyor
    assert "contracts" in " ".join(titles("I'm a lawyer at a law firm"))
