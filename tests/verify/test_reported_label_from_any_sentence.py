"""Someone's one-word label, quoted in a sentence the line does not cite, stated as fact; in
sentences written for this test, English, French, Spanish and German. The line that says whose
word it is, or quotes it, passes; so does a word the article also uses in its own voice."""

import pytest

from summarizer import verify

CASES = [
    (
        "The ferry left Dunport two hours late on Friday after a fault in its steering. "
        "Passengers were given meal vouchers. The harbour master said the crew had been \"heroic\" during the repair.",
        "The crew were heroic on Friday.",
        "The harbour master said the crew had been heroic.",
    ),
    (
        "Le conseil municipal a voté mardi la fermeture de la piscine Duval. "
        "L'association des nageurs a dénoncé une décision « honteuse ».",
        "Le conseil municipal a pris mardi une décision honteuse.",
        "L'association des nageurs a dénoncé une décision « honteuse ».",
    ),
    (
        "El ayuntamiento aprobó el lunes el cierre del mercado de abastos. "
        "Los comerciantes hablaron de una medida « vergonzosa ».",
        "El ayuntamiento aprobó el lunes una medida vergonzosa.",
        "Los comerciantes calificaron de « vergonzosa » la medida del ayuntamiento.",
    ),
    (
        "Der Stadtrat hat am Montag die Schließung der Bücherei beschlossen. "
        "Der Förderverein sprach von einem „skandalösen“ Beschluss.",
        "Der Stadtrat hat am Montag einen skandalösen Beschluss gefasst.",
        "Der Förderverein sprach von einem „skandalösen“ Beschluss des Stadtrats.",
    ),
]


def _problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems]


@pytest.mark.parametrize("article, line, _", CASES)
def test_a_quoted_label_stated_as_fact_is_caught(article: str, line: str, _: str) -> None:
    # (the cited sentences' own check may find it first, where the line cites the quoting sentence)
    assert any("quotation marks" in m for m in _problems(article, line))


@pytest.mark.parametrize("article, _, reported", CASES)
def test_the_line_that_gives_the_label_to_its_speaker_passes(article: str, _: str, reported: str) -> None:
    assert not any("quotation marks" in m for m in _problems(article, reported))


def test_a_word_the_article_also_uses_in_its_own_voice_passes() -> None:
    article = (
        "Rescuers praised a heroic effort by volunteers who pulled four people from the flooded cellar. "
        "One of them said the work had been \"heroic\" but exhausting."
    )
    assert not any("quotation marks" in m for m in _problems(article, "Volunteers made a heroic effort to rescue four people from a flooded cellar."))


def test_the_label_of_a_sentence_the_line_does_not_cite_is_caught() -> None:
    article = (
        "Rovers beat Dunmore 3-1 on Saturday to move second in the table. "
        "Their manager, Ian Pell, said the side had been \"superb\" and praised the young goalkeeper."
    )
    found = _problems(article, "Rovers were superb against Dunmore on Saturday.")
    assert any("“superb” stands only in quotation marks in the article" in m for m in found)
