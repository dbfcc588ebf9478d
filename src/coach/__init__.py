"""coach: an agentic career coach on LangGraph."""

__version__ = "0.1.0"
