"""Extraction: sentence features, the ranker registry and rankers, candidate rules, selection."""
