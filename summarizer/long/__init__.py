"""Long documents: summarised in sections, merged with the cited source sentences in view."""
