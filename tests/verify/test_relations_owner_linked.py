"""A role given its owner with "for" or "of" ("a spokesperson for Tarn Rivers Trust") where the
source says "its spokesperson" and "its" is that body; a name of several words is near a word only
where the sources write that name, not another sharing a word with it. Sentences written for this test."""

from checking import problem_kinds

TRUST = (
    "Conservation charity Tarn Rivers Trust said the new weir would block salmon, and its spokesperson, "
    "Mia Lund, said the council had ignored the evidence."
)
ACCUSED = (
    "The Health Standards Board said on Monday that it had opened an inquiry. "
    "Parents Forward chair Nina Holt accused Velcor Foods of hiding test results."
)


def test_a_role_of_the_body_its_pronoun_means_passes():
    kinds = problem_kinds(TRUST, "Mia Lund, a spokesperson for Tarn Rivers Trust, said the council had ignored the evidence.")
    assert "relation" not in kinds


def test_a_name_sharing_one_word_with_another_is_not_near_the_others_verb():
    kinds = problem_kinds(ACCUSED, "Parents Forward chair Nina Holt accused the Health Standards Board of hiding test results.")
    assert "relation" in kinds


def test_a_name_spelt_otherwise_in_the_source_is_still_that_name():
    article = (
        "Lena Hollis, 38, was attacked in her flat by Marcus Kettleby, whom she had met online weeks before. "
        "Marcus Ketleby was jailed for life on Friday."
    )
    kinds = problem_kinds(article, "Lena Hollis was attacked in her flat by Marcus Ketleby, whom she had met online.")
    assert "relation" not in kinds


def test_one_body_named_with_another_stand_in_noun_passes():
    article = "Harwood Town have signed winger Ola Brix from Kestrel United, the Second Division club said on Friday."
    kinds = problem_kinds(article, "Second Division side Harwood Town have signed winger Ola Brix from Kestrel United.")
    assert "relation" not in kinds


def test_a_name_given_to_a_noun_the_source_leaves_unowned_beside_it_passes():
    guild = (
        "The Dockers' Guild, which speaks for most of the crew, said it had warned about unsafe cranes and broken "
        "ladders on the north side of Harlan Quay in March."
    )
    line = "The guild that speaks for most Harlan Quay crew had warned about unsafe cranes and broken ladders in March."
    assert "relation" not in problem_kinds(guild, line)
