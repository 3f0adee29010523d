"""Another party of the article made the target of an accusation (verify/holders.py,
`other_accused_problems`), in sentences written for this test: the line's target is named elsewhere
in the article and nowhere in the accusation's sentence. The source's own target passes, and so
does a target in words the article never uses (the source's target, described)."""

from checking import problem_kinds

JAZZ = (
    "Le festival de jazz de Morlanne a fermé ses portes dimanche. "
    "Le maire, Paul Rigaud, a salué une édition réussie malgré un bruit parfois fort jusqu'à l'aube. "
    "L'association des riverains a reproché aux organisateurs un bruit « insupportable » jusqu'à l'aube."
)
CONVENIO = (
    "Las negociaciones del convenio del metal siguen bloqueadas. "
    "El Gobierno regional pidió calma para no romper las negociaciones del convenio. "
    "La patronal acusó al sindicato de romper las negociaciones del convenio."
)


def test_another_party_of_the_article_accused_is_caught():
    assert "relation" in problem_kinds(JAZZ, "L'association des riverains a reproché au maire Paul Rigaud un bruit « insupportable » jusqu'à l'aube.")
    assert "relation" in problem_kinds(CONVENIO, "La patronal acusó al Gobierno regional de romper las negociaciones del convenio.")


def test_the_sources_target_passes():
    assert "relation" not in problem_kinds(JAZZ, "L'association des riverains a reproché aux organisateurs un bruit « insupportable » jusqu'à l'aube.")
    assert "relation" not in problem_kinds(CONVENIO, "La patronal acusó al sindicato de romper las negociaciones del convenio.")


def test_a_target_in_words_the_article_never_uses_passes():
    assert "relation" not in problem_kinds(JAZZ, "L'association des riverains a reproché aux responsables un bruit « insupportable » jusqu'à l'aube.")
