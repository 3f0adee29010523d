"""A line that keeps one hedge of its source sentence may still drop another: "will face a hearing
that could strip him" from "may face a hearing, which could strip him" (sentences written for
this test). The kept hedge doubts its own verb; the first verb is then stated as certain. A line
that keeps both, or doubts with a word of its own, drops nothing."""

from checking import problem_kinds

LIBRARY = (
    "The Harwick council may close the Linton library next year, a move that could cost twelve jobs. "
    "The library opened in 1964."
)
SHARES = "Velmor might sell its Fenwick plant to a rival, which could lead to 300 job losses, the union said on Monday."
FIRMA = "Die Firma Kessler könnte ihr Werk in Gräfenau schließen, was die Stadt Millionen kosten dürfte."
CLUB = "Le club pourrait quitter le stade Delorme en 2026, ce qui risquerait de priver la ville de 4 millions d'euros."
PUERTO = "La naviera Olmeda podría vender su terminal de Vallehondo, lo que debería costar 200 empleos."


def test_first_hedge_dropped_while_a_later_one_is_kept():
    assert "hedge" in problem_kinds(LIBRARY, "The Harwick council will close the Linton library next year, a move that could cost twelve jobs.")
    assert "hedge" in problem_kinds(SHARES, "Velmor is selling its Fenwick plant to a rival, which could lead to 300 job losses.")


def test_first_hedge_dropped_in_german_french_spanish():
    assert "hedge" in problem_kinds(FIRMA, "Die Firma Kessler schließt ihr Werk in Gräfenau, was die Stadt Millionen kosten dürfte.")
    assert "hedge" in problem_kinds(CLUB, "Le club quitte le stade Delorme en 2026, ce qui risquerait de priver la ville de 4 millions d'euros.")
    assert "hedge" in problem_kinds(PUERTO, "La naviera Olmeda vende su terminal de Vallehondo, lo que debería costar 200 empleos.")


def test_both_hedges_kept_pass():
    assert "hedge" not in problem_kinds(LIBRARY, "The Harwick council may close the Linton library next year, which could cost twelve jobs.")
    assert "hedge" not in problem_kinds(SHARES, "Velmor might sell its Fenwick plant, which could lead to 300 job losses, the union said.")
    assert "hedge" not in problem_kinds(FIRMA, "Die Firma Kessler könnte ihr Werk in Gräfenau schließen, was die Stadt Millionen kosten dürfte.")
    assert "hedge" not in problem_kinds(CLUB, "Le club pourrait quitter le stade Delorme en 2026, ce qui risquerait de priver la ville de 4 millions d'euros.")
    assert "hedge" not in problem_kinds(PUERTO, "La naviera Olmeda podría vender su terminal de Vallehondo, lo que debería costar 200 empleos.")


def test_a_hedge_of_the_lines_own_covers_the_verb():
    assert "hedge" not in problem_kinds(LIBRARY, "The Harwick council will probably close the Linton library next year, a move that could cost twelve jobs.")
    assert "hedge" not in problem_kinds(FIRMA, "Die Firma Kessler wird ihr Werk in Gräfenau wahrscheinlich schließen, was die Stadt Millionen kosten dürfte.")


def test_the_later_clause_alone_keeps_its_hedge():
    assert "hedge" not in problem_kinds(LIBRARY, "Closing the Linton library could cost twelve jobs.")
