"""Evaluation: scoring the pipeline against reference summaries."""
