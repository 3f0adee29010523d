"""Rendering: a `Summary` or a `Verification` in any registered format (`render`); display
cleaning of source sentences; atomic file writes."""
