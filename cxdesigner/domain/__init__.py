"""The journey model: entities, the graph, events, layout geometry and analysis (pure Python)."""
