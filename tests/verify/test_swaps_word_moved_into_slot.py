"""A word from another sentence of the article put in the slot of the source's noun, joined to the
noun it describes: "une nouvelle gamme de biscuits" where the cited sentence has "une nouvelle
gamme de confitures" and the biscuits are another sentence's (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE_FR = (
    "La conserverie Maison Aubrac, installée depuis 1921 à Rodez, va fermer son atelier de Millau, a annoncé "
    "lundi sa directrice, Claire Vidal. L'entreprise a renoncé à lancer sa nouvelle gamme de confitures prévue "
    "pour l'été. Selon Mme Vidal, le prix du sucre a doublé en un an.\n\nUn client fidèle, Paul Roux, a dit qu'il "
    "continuerait à acheter ses biscuits chez Aubrac."
)
ARTICLE_ES = (
    "La empresa láctea Hermanos Prado, fundada en 1950 en Soria, cerrará su tienda de Almazán, anunció el lunes su "
    "gerente, Pilar Prado. La empresa ha renunciado a lanzar su nueva línea de yogures prevista para el verano. "
    "Según Prado, el precio de la leche ha subido un 30 % en un año.\n\nUn cliente, Luis Sanz, dijo que seguirá "
    "comprando sus quesos en la tienda de Soria."
)


def test_swaps_word_moved_into_slot_caught_fr() -> None:
    line = "L'entreprise a renoncé à lancer sa nouvelle gamme de biscuits prévue pour l'été."
    assert "substitution" in problem_kinds(ARTICLE_FR, line)


def test_swaps_word_moved_into_slot_kept_passes_fr() -> None:
    line = "L'entreprise a renoncé à lancer sa nouvelle gamme de confitures prévue pour l'été."
    assert "substitution" not in problem_kinds(ARTICLE_FR, line)


def test_swaps_word_moved_into_slot_caught_es() -> None:
    line = "La empresa ha renunciado a lanzar su nueva línea de quesos prevista para el verano."
    assert "substitution" in problem_kinds(ARTICLE_ES, line)


def test_swaps_word_moved_after_determiner_not_read_es() -> None:
    # After a determiner a word may be another name the article gives the same thing.
    line = "Según la gerente, la tienda de Almazán cerrará y la empresa ha renunciado a su nueva línea de yogures."
    assert "substitution" not in problem_kinds(ARTICLE_ES, line)
