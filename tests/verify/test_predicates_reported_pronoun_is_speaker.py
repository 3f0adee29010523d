"""In reported speech the pronoun is as often the speaker: "Councillor Ada Rusk said she would
write to the minister" lets a line say "Ada Rusk plans to write to the minister". Only a
quotation's own "he" or "she" is someone else's. Sentences written for this test."""

import pytest

from checking import problem_kinds as _kinds
from summarizer.verify.parser import load_parser

pytestmark = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

REPORTED = "The ferry service was cut to two sailings a day. Local MP Ada Rusk said she would ask the transport minister on Friday for emergency funding."
QUOTED = 'The ferry service was cut to two sailings a day. "She will ask the transport minister on Friday for more sailings," local councillor Ada Rusk said of the island\'s mayor.'


def test_a_reported_pronoun_may_be_the_speaker():
    assert "coreference" not in _kinds(REPORTED, "Ada Rusk, the MP for the island, plans to seek emergency funding from the transport minister on Friday.")


def test_a_quoted_pronoun_is_still_someone_else():
    assert "coreference" in _kinds(QUOTED, "Ada Rusk will ask the transport minister on Friday for more sailings.")
