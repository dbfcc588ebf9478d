"""The model layer: factory, prompts, client (retries, re-asks, limits, masking), accounting.

Import from the submodules (``coach.llm.factory``, ``coach.llm.client`` ...); this package
imports nothing at load time, so ``offline`` runs never touch LangChain's provider code.
"""
