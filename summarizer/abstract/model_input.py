"""What the model reads of each sentence, and which sentences it never reads as narrative.

The extractive stage already knows page furniture (bylines, datelines standing alone, captions,
credits, timestamps): those sentences are never given to the model, which would otherwise take
"ROME (CNN) --" or "By Kim Lo" for part of the story. A dateline that opens a real sentence and a
picture credit in brackets are taken out of its text, as the display does for extracted lines.
A quote whose sentence does not say who spoke brings along the neighbouring sentence that does.
"""

from __future__ import annotations

from summarizer.types import Document


def model_texts(document: Document) -> list[str]:
    """Each sentence as the model reads it, as a summary line shows it: no leading dateline, no
    bracketed picture credit, no Markdown markup (the model copied "**Harbour Union**" into its lines)."""
    from summarizer.render.display import display_text

    return [display_text(document, sentence) for sentence in document.sentences]


def furniture(document: Document) -> frozenset[int]:
    """Sentences the extractive stage gives no weight (furniture, fragments, repeats): never read."""
    from summarizer.extract.candidates import candidate_weights

    return frozenset(i for i, candidate in enumerate(candidate_weights(document)) if candidate.weight <= 0.0)


def quote_partners(document: Document) -> dict[int, int]:
    """For a sentence holding a quote but naming no speaker, the sentence next to it in the same
    paragraph (after it first, as news writes "..." then "she said. ...") that names one."""
    from summarizer.extract.neutrality import names_speaker, outside_quotes
    from summarizer.textpatterns import QUOTED

    sentences = document.sentences
    language = document.language
    own = [outside_quotes(s.clean_text) for s in sentences]
    partners: dict[int, int] = {}
    for i, sentence in enumerate(sentences):
        if not QUOTED.search(sentence.clean_text) or names_speaker(own[i], language):
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(sentences) and sentences[j].paragraph == sentence.paragraph and names_speaker(own[j], language):
                partners[i] = j
                break
    return partners
