"""A line that states as narration what its cited sentence gives to someone: a quotation of
several words repeated without its marks or its speaker, or a person's reported claim (or anyone's
accusation or judgement) with the saying word and the speaker dropped. Sentences written for this
test; the lines merge two sentences, as abstractive lines do, so that no one source sentence holds
most of their words."""

from checking import problem_kinds as _kinds

QUOTE_EN = (
    "The Carrow footbridge over the River Lune will open in March after two years of work. "
    "The council's cabinet member for transport, Priya Lund, said the bridge was \"a lifeline for the valley's farms\" "
    "and thanked the contractors."
)
QUOTE_ES = (
    "La feria del libro de Tarazona cerró el domingo con 14.000 visitantes, un 20% menos que el año pasado. "
    "El librero Tomás Ibarra habló de una edición « condenada por la lluvia »."
)
CLAIM_EN = (
    "A ferry ran aground on a sandbank off Kestle Point on Sunday with 212 passengers on board. "
    "The operator's managing director, Gareth Olsen, said the crew had kept to every safety procedure. "
    "The coastguard has opened an inquiry."
)
JUDGED_EN = (
    "Harwood Council will close two of its four libraries in April to save £600,000 a year. "
    "The Harwood Book Trust, which represents 900 of the libraries' readers, has accused the council of deciding "
    "the closures without asking them."
)
CLAIM_FR = (
    "Une crue a inondé 40 maisons du village de Saint-Aubry dans la nuit de lundi à mardi. "
    "Le maire, Gilles Aubrac, a déclaré qu'une nouvelle digue ne changerait rien."
)
CLAIM_DE = (
    "Die Stadt Lennburg schließt ihr Hallenbad im Oktober für zwei Jahre. "
    "Die Leiterin des Bades, Jutta Kramm, ist enttäuscht. "
    "Sie sagte, die veraltete Technik des Bades koste die Stadt jedes Jahr 200.000 Euro."
)


def test_a_quotation_repeated_as_narration_is_caught():
    line = "The Carrow footbridge, opening in March, is a lifeline for the valley's farms."
    assert "hedge" in _kinds(QUOTE_EN, line)


def test_the_quotation_kept_with_its_speaker_or_marks_passes():
    assert "hedge" not in _kinds(QUOTE_EN, "Priya Lund called the Carrow footbridge, opening in March, a lifeline for the valley's farms.")
    assert "hedge" not in _kinds(QUOTE_EN, "The Carrow footbridge, opening in March, is \"a lifeline for the valley's farms\", Priya Lund said.")


def test_a_spanish_quotation_repeated_as_narration_is_caught():
    line = "Con 14.000 visitantes, la feria del libro de Tarazona fue una edición condenada por la lluvia."
    assert "hedge" in _kinds(QUOTE_ES, line)


def test_a_persons_claim_stated_as_fact_is_caught():
    line = "The ferry's crew kept to every safety procedure, and 212 passengers were on board when it ran aground."
    assert "attribution" in _kinds(CLAIM_EN, line)


def test_the_claim_with_its_speaker_passes():
    line = "Gareth Olsen said the ferry's crew had kept to every safety procedure."
    assert "attribution" not in _kinds(CLAIM_EN, line)


def test_an_accusation_stated_as_fact_is_caught():
    line = "The council decided the closures without asking the libraries' readers."
    assert "attribution" in _kinds(JUDGED_EN, line)


def test_a_french_persons_view_stated_as_fact_is_caught():
    line = "Une nouvelle digue ne changerait rien pour les 40 maisons de Saint-Aubry."
    assert "attribution" in _kinds(CLAIM_FR, line)


def test_a_german_claim_after_sie_sagte_stated_as_fact_is_caught():
    line = "Die veraltete Technik des Hallenbads kostet Lennburg jedes Jahr 200.000 Euro."
    assert "attribution" in _kinds(CLAIM_DE, line)


def test_what_an_institution_says_may_be_stated():
    article = (
        "A 41-year-old man was arrested on Friday after a break-in at a jeweller's in Hallam Street. "
        "Police said the man had been found with three stolen watches. "
        "Harwood Council said the street would stay closed until Monday."
    )
    assert "attribution" not in _kinds(article, "The man was found with three stolen watches after the break-in.")
    assert "attribution" not in _kinds(article, "Hallam Street will stay closed until Monday after a break-in at a jeweller's.")


def test_a_request_is_not_a_claim():
    article = (
        "Harwood Council will close two of its four libraries in April. "
        "The readers' group, led by Maura Finch, called on the council to keep the libraries open on Saturdays."
    )
    assert "attribution" not in _kinds(article, "The council was asked to keep the libraries open on Saturdays.")
