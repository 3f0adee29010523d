"""Several articles on one story summarised together (summarize --together)."""
