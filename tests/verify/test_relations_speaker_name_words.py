"""A speaker named in full by the line and by one word of the name in its source ("Tarrow
Engineering, which designed the bridge, said" where "a spokeswoman for Tarrow said") is the
same speaker; another organisation given the words is still caught (sentences written for this
test)."""

from checking import problem_kinds

ARTICLE = (
    "The footbridge over the Lenn, designed by Tarrow Engineering, was safe to reopen, a spokeswoman for Tarrow said on Monday. "
    "Cobden Council closed it in March after a crack was found."
)


def test_one_word_of_the_speakers_name():
    kinds = problem_kinds(ARTICLE, "Tarrow Engineering, which designed the footbridge over the Lenn, said it was safe to reopen.")
    assert "attribution" not in kinds


def test_another_speaker_is_still_caught():
    kinds = problem_kinds(ARTICLE, "Cobden Council, which closed it in March, said the footbridge over the Lenn was safe to reopen.")
    assert "attribution" in kinds
