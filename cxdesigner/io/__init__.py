"""Interchange formats: JSON, CSV, Mermaid and GraphML, without Qt."""
