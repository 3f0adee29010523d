"""An act the source gives to a body told by its kind ("The harbour board has closed ..."), given
by the line to a body the article names with another kind ("The Pellham Rowing Club has closed
..."): a board is never a rowing club (sentences written for this test)."""

from __future__ import annotations

from summarizer.verify.parties import other_party_problems

SOURCE = "The harbour board has closed the north slipway to the public and asked boat owners to move their trailers inland."
ARTICLE = [
    "A storm surge has damaged the sea wall at Pellham, divers from the Pellham Rowing Club said on Monday.",
    "The club's captain, Nora Feld, said two of its boats had been swept off their trailers.",
    SOURCE,
    "Repairs are expected to take until June.",
]


def _kinds(line: str, language: str = "english", source: str = SOURCE, article: list[str] = ARTICLE) -> list[str]:
    return [p.kind for p in other_party_problems(line, [source], article, language)]


def test_parties_body_of_another_kind_caught() -> None:
    line = "The Pellham Rowing Club has closed the north slipway to the public and asked boat owners to move their trailers."
    assert _kinds(line) == ["relation"]


def test_parties_body_of_another_kind_long_name_caught() -> None:
    line = "The Pellham Amateur Rowing Club has closed the north slipway to the public."
    article = [s.replace("Pellham Rowing Club", "Pellham Amateur Rowing Club") for s in ARTICLE]
    assert _kinds(line, article=article) == ["relation"]


def test_parties_body_of_same_kind_passes() -> None:
    line = "The Pellham Harbour Board has closed the north slipway to the public and asked boat owners to move their trailers."
    assert _kinds(line) == []


def test_parties_body_named_without_kind_passes() -> None:
    # "Pellham" alone may well be the board's own name: nothing tells two bodies apart.
    line = "Pellham has closed the north slipway to the public and asked boat owners to move their trailers."
    assert _kinds(line) == []


def test_parties_body_of_another_kind_french_caught() -> None:
    source = "La mairie a fermé la cale nord au public et demandé aux plaisanciers de déplacer leurs remorques."
    article = ["Selon le club Aviron Pellham, la tempête a endommagé la digue.", source]
    line = "Le club Aviron Pellham a fermé la cale nord au public et demandé aux plaisanciers de déplacer leurs remorques."
    assert _kinds(line, "french", source, article) == ["relation"]
