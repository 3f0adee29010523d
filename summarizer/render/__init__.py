"""Rendering: a `Summary` to text, Markdown or JSON; display cleaning of source sentences; atomic file writes."""
