"""Scoring extractions against the gold corpus (minutes evaluate)."""
