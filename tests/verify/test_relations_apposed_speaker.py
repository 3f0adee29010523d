"""A speaker named before an aside between commas that describes them ("Lena Voss, a nurse who
has worked on the ward for ten years, said ...") speaks at the saying word after the aside,
however long the aside runs; sentences written for this test."""

from checking import problem_kinds as _kinds

WARD = (
    "The Holloway ward at Redmere Hospital will close for three months from May to have its heating replaced. "
    "Lena Voss, a nurse who has worked on the ward for more than ten years, said patients would be moved to Dunmore. "
    "The hospital's director, Karl Imrie, said the work could not wait another winter."
)


def test_a_name_before_a_long_aside_speaks():
    kinds = _kinds(WARD, "A nurse who has worked on the ward for over ten years, Lena Voss, said patients would be moved to Dunmore.")
    assert "attribution" not in kinds


def test_the_aside_left_out_passes():
    kinds = _kinds(WARD, "Lena Voss said patients of the Holloway ward would be moved to Dunmore.")
    assert "attribution" not in kinds


def test_another_speaker_of_those_words_is_still_caught():
    kinds = _kinds(WARD, "Karl Imrie said patients on the Holloway ward would be moved to Dunmore.")
    assert "attribution" in kinds


def test_words_of_another_sentence_given_to_the_aside_speaker_are_still_caught():
    # Imrie speaks after an aside too, but of other words: the heating is Voss's sentence.
    article = WARD.replace("The hospital's director, Karl Imrie, said", "Karl Imrie, who runs the hospital, said")
    kinds = _kinds(article, "Karl Imrie said patients would be moved to Dunmore.")
    assert "attribution" in kinds


MILL = (
    "Ostra Energy will build a biomass plant at Kettle Quay, the council said. "
    "Ostra's chief executive, Ruth Lindqvist, who took over from Anders Berg in June, said the plant would not open until 2028."
)


def test_a_relative_clause_aside_may_name_someone_else():
    # "who took over from Anders Berg": Berg is what the aside says of Lindqvist, not a speaker.
    kinds = _kinds(MILL, "The plant will not open until 2028, its chief executive Ruth Lindqvist said.")
    assert "attribution" not in kinds
