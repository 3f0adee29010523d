"""A wire dateline that ends on a shortened month ("VERNASSAC, 12 nov. (Centre Presse) - ...",
"BERLIN, 12. Nov. (dpa) - ...") opens the first sentence: it is not a sentence of its own. The
abstractive mode's citations quoted "(Centre Presse) - La boulangerie ..." from such a split."""

from __future__ import annotations

import pytest

from summarizer.read.segment import sentence_spans


@pytest.mark.parametrize("text, language, first", [
    ("VERNASSAC, 12 nov. (Centre Presse) - La boulangerie a ouvert un atelier. Le projet a été validé samedi.",
     "french", "VERNASSAC, 12 nov. (Centre Presse) - La boulangerie a ouvert un atelier."),
    ("PARIS, 12 déc. (AFP) - Le maire a démissionné mardi soir. Le conseil a voté contre.",
     "french", "PARIS, 12 déc. (AFP) - Le maire a démissionné mardi soir."),
    ("MADRID, 12 nov. (EFE) - El alcalde dimitió el martes. El consejo votó en contra.",
     "spanish", "MADRID, 12 nov. (EFE) - El alcalde dimitió el martes."),
    ("BERLIN, 12. Nov. (dpa) - Der Bürgermeister trat am Dienstag zurück. Der Rat stimmte dagegen.",
     "german", "BERLIN, 12. Nov. (dpa) - Der Bürgermeister trat am Dienstag zurück."),
])
def test_a_dateline_with_a_short_month_opens_the_first_sentence(text, language, first):
    spans = sentence_spans(text, language=language)
    assert [text[s:e] for s, e in spans][0] == first
    assert len(spans) == 2


def test_a_sentence_ending_on_a_date_still_ends():
    text = "Le conseil se réunira le 12 nov. Le maire sera présent."
    assert len(sentence_spans(text, language="french")) == 2
