"""Who speaks, in sentences written for this test: a participle aside between a speaker and
"says" ("Dana Whitlock, pictured with Owen Marsh, says") describes the speaker, as a relative
clause does; the name in it does not speak."""

from summarizer import verify

LEGEND = (
    "Kelso Town should forget the league and chase the cup, according to club legend Dana Whitlock. "
    "Club legend Dana Whitlock, pictured with Owen Marsh, says the players must not worry about the league."
)


def _kinds(article: str, line: str) -> list[str]:
    return [p.kind for checked in verify(article, [line]).lines for p in checked.problems]


def test_a_participle_aside_describes_the_speaker():
    assert _kinds(LEGEND, "Dana Whitlock says the players must not worry about the league.") == []

