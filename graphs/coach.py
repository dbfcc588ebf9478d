"""Entry point for LangGraph Server (`langgraph dev`): the server supplies checkpointer and store."""

from coach.graph import build_graph

graph = build_graph()
