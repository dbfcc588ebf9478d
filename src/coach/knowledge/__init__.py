"""Curated career knowledge: roles, skills, resources, facts, and their sources."""

from coach.knowledge.loader import KnowledgeBase, load_kb, load_kb_from

__all__ = ["KnowledgeBase", "load_kb", "load_kb_from"]
