"""Indian English writes large figures in lakh (100,000) and crore (10 million): "Rs 450 crore"
is Rs 4.5 billion and "20 lakh" is 2 million, and another value is still a wrong number."""

from __future__ import annotations

import pytest

from checking import problem_kinds

ARTICLE = (
    "The state government will spend Rs 450 crore on the new metro line, officials said on Monday. "
    "About 20 lakh commuters are expected to use it each day."
)


@pytest.mark.parametrize("line", [
    "The state will spend Rs 4.5 billion on the new metro line, officials said.",
    "About 2 million commuters are expected to use the new metro line each day.",
])
def test_a_value_in_millions_or_billions_is_the_sources_lakh_or_crore(line):
    assert problem_kinds(ARTICLE, line, "off") == []


@pytest.mark.parametrize("line", [
    "The state will spend Rs 5.5 billion on the new metro line, officials said.",
    "About 3 million commuters are expected to use the new metro line each day.",
])
def test_another_value_is_still_a_number_problem(line):
    assert "number" in problem_kinds(ARTICLE, line, "off")


# The same scales in Hindi news, in Devanagari digits; crore written with the nukta letter ड़
# (U+095C) or with ड and the nukta sign apart (U+0921 U+093C), as both occur.
CRORE_APART, CRORE_JOINED = "करो\u0921\u093c", "करो\u095c"


def hindi_article(crore: str) -> str:
    return (
        "नगर निगम ने सोमवार को नई बस सेवा शुरू की। इस योजना पर २० लाख रुपये खर्च हुए हैं। "
        f"अगले साल राज्य सरकार ३ {crore} रुपये और देगी। विपक्ष ने योजना की लागत पर सवाल उठाए हैं।"
    )


@pytest.mark.parametrize("crore", [CRORE_APART, CRORE_JOINED])
@pytest.mark.parametrize("line", [
    "इस योजना पर 2 मिलियन रुपये खर्च हुए हैं।",
    "अगले साल राज्य सरकार 30 मिलियन रुपये और देगी।",
])
def test_hindi_millions_are_the_sources_lakh_or_crore(crore, line):
    assert problem_kinds(hindi_article(crore), line, "off") == []


@pytest.mark.parametrize(("line", "kind"), [
    ("इस योजना पर 5 मिलियन रुपये खर्च हुए हैं।", "number"),  # 5 million for 20 lakh (2 million)
    ("अगले साल राज्य सरकार 3 मिलियन रुपये और देगी।", "quantity"),  # the source's 3, in millions where it says crore
])
def test_another_hindi_value_is_still_caught(line, kind):
    assert kind in problem_kinds(hindi_article(CRORE_APART), line, "off")
