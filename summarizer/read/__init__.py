"""Reading: from a path, URL, bytes or stdin to a `Document` (decoding, HTML, fetching, paragraphs, sentences)."""
