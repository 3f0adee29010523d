"""Round-8 shape, in sentences written for this test: a claim its source reports as someone's
(the report's past tense, or a modal of judgement) stated by the line now, as fact."""

from checking import problem_kinds as _kinds

SPRAY = (
    "A popular lawn spray may harm earthworms, a study by the University of Tarrow found. "
    "Worms exposed to the spray were 20% less likely to survive the winter. "
    "The Garden Products Council said the spray was harmless when used as directed. "
    "Club captain Jo Reid said the umpire should have stopped the match at tea."
)


def test_a_bodys_claim_stated_now_as_fact_is_a_dropped_hedge():
    assert "hedge" in _kinds(SPRAY, "The spray is harmless when used as directed.")


def test_the_claim_given_to_its_speaker_passes():
    assert _kinds(SPRAY, "The Garden Products Council said the spray was harmless when used as directed.") == []


def test_a_view_with_should_stated_without_its_speaker_is_a_dropped_hedge():
    assert "hedge" in _kinds(SPRAY, "The umpire should have stopped the match at tea.")
    assert _kinds(SPRAY, "Jo Reid said the umpire should have stopped the match at tea.") == []


def test_a_reported_event_kept_in_the_past_passes():
    article = "Police said the driver was arrested at the scene. The road was closed for six hours."
    assert _kinds(article, "The driver was arrested at the scene.") == []


def test_a_reported_claim_in_german_stated_as_fact_is_a_dropped_hedge():
    article = (
        "Die Stadt Kellburg will bis 2028 ein neues Hallenbad bauen. "
        "Der Bund der Steuerzahler sagte, das neue Hallenbad sei für die kleine Stadt viel zu teuer. "
        "Die Kosten liegen bei 30 Millionen Euro."
    )
    assert "hedge" in _kinds(article, "Das neue Hallenbad ist für die kleine Stadt viel zu teuer.")


def test_a_report_that_drops_its_speakers_doubt_is_a_dropped_hedge():
    article = (
        "La compagnie Aérolac supprime cinq vols par semaine vers Genève. "
        "Son directeur, Luc Perrin, a déclaré que la situation pourrait durer jusqu'à la fin de l'hiver."
    )
    assert "hedge" in _kinds(article, "La situation durera jusqu'à la fin de l'hiver, selon Luc Perrin.")
    assert _kinds(article, "La situation pourrait durer jusqu'à la fin de l'hiver, selon Luc Perrin.") == []


def test_an_english_report_that_drops_could_is_a_dropped_hedge():
    assert "hedge" in _kinds(SPRAY.replace("was harmless", "could be harmless"),
                             "The Garden Products Council said the spray is harmless when used as directed.")


MATERNITY = (
    "Local MP Daniel Osei said he would ask the health secretary to intervene. "
    'He said the hospital trust had "failed to plan for a crisis everyone saw coming".'
)


def test_an_accusation_gives_the_quoted_words_to_its_speaker():
    # "accused ... of" reports Osei's words as "called" does: not a quotation stated as fact.
    assert _kinds(MATERNITY, "Osei accused the hospital trust of failing to plan for a crisis everyone saw coming.") == []
    assert "hedge" in _kinds(MATERNITY, "The hospital trust failed to plan for a crisis everyone saw coming.")
