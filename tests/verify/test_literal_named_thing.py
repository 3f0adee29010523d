"""A thing the cited sentence calls "the road" or "the island" may be named in the line where
the article names it once with that noun ("Pellow Road"-like names, "the island of X", "X
island"); a name given to the noun twice, or one the article lacks, is still a `name` problem
(sentences written for this test)."""

from checking import problem_kinds

ISLAND = (
    "A cargo ship lost power off the island of Maddra on Friday, the coastguard said. "
    "Tugs towed it to the port of Keswall overnight. "
    "Its crew of 14 were unhurt. "
    "The ship's owner said the engine had been serviced in May. "
    "The harbour authority said divers would inspect the hull on Monday. "
    "Fuel has not leaked onto the island, the authority said."
)
ROADS = (
    "A water main burst under Calder Lane on Monday, flooding part of Fenwick Lane, the council said. "
    "About 40 homes lost their supply for six hours. "
    "A school was closed for the day. "
    "Engineers said the lane would stay closed until Friday."
)


def test_the_island_named_earlier():
    assert "name" not in problem_kinds(ISLAND, "No fuel has leaked onto Maddra, the harbour authority said.")


def test_a_name_the_article_lacks_is_still_caught():
    assert "name" in problem_kinds(ISLAND, "No fuel has leaked onto Orsay, the harbour authority said.")


def test_a_noun_the_article_gives_two_names_is_not_guessed():
    assert "name" in problem_kinds(ROADS, "Engineers said Fenwick Lane would stay closed until Friday.")
