"""A further sentence tried as a citation for a line with a fact problem is kept only where it
leaves fewer fact problems than the best tried before it; the relation checks stop a trial once it
has as many (`RelationChecker.check_trial`), which must not change any verdict. Sentences written
for these tests."""

from __future__ import annotations

from summarizer import verify
from summarizer.verify.checkers import Evidence, RelationChecker, fact_problems

ARTICLE = (
    "The Kelby library will close for repairs on Monday, the town council said. "
    "Workers found damp in the reading room last month. "
    "The library's reading room will reopen in 14 weeks, the council said. "
    "Its mobile library will visit the market square on Thursdays while it is shut. "
    "The mobile library first visited the market square in 1998. "
    "A mobile library van also visits the Kelby market square on Tuesdays. "
    "The mobile library will stop its visits to the market square after 20 weeks."
)
LINES = (
    "The Kelby library will close for repairs on Monday and its reading room will reopen in 14 weeks.\n"
    "Councillor Ruth Amadi said the Kelby library will close for repairs on Monday.\n"
    "The mobile library will visit the market square on Thursdays for 20 weeks."
)


class _CheckedToTheEnd(RelationChecker):
    """The default checker with every trial citation checked to the end."""

    check_trial = None


def test_trials_that_stop_early_give_the_same_verdicts(monkeypatch) -> None:
    tried = []
    real = RelationChecker.check_trial
    monkeypatch.setattr(RelationChecker, "check_trial", lambda self, *args: tried.append(args[-1]) or real(self, *args))
    stopped = verify(ARTICLE, LINES)
    assert tried  # the last line's "20 weeks" is found in a sentence tried after the one it cites
    monkeypatch.undo()
    whole = verify(ARTICLE, LINES, checker=_CheckedToTheEnd())
    assert [line.to_dict() for line in stopped.lines] == [line.to_dict() for line in whole.lines]
    assert not stopped.lines[1].supported  # a name the article never gives
    assert stopped.lines[2].supported and len(stopped.lines[2].citations) == 2


def test_a_trial_stops_once_it_has_enough_problems(monkeypatch) -> None:
    from summarizer.verify import swaps

    def never(*args, **kwargs):
        raise AssertionError("a trial that cannot win was checked on")

    monkeypatch.setattr(swaps, "reversal_problems", never)
    line = "Councillor Ruth Amadi said the Kelby library will close for repairs on Monday."
    evidence = Evidence((ARTICLE.split(". ")[0] + ".",), support=0.9)
    found = RelationChecker().check_trial(line, evidence, enough=1)
    assert fact_problems(found) >= 1


def test_a_trial_that_keeps_a_relation_problem_stops_after_the_relation_checks(monkeypatch) -> None:
    from summarizer.verify import directions

    def never(*args, **kwargs):
        raise AssertionError("a trial that cannot win was checked on")

    monkeypatch.setattr(directions, "direction_problems", never)
    source = (
        "Hallam Steel bought the old Ridley mill in March, while the council said the Brenton museum "
        "would reopen after repairs lasting two years."
    )
    evidence = Evidence((source, "The museum has been shut since a fire."), support=0.9)
    found = RelationChecker(parser="off").check_trial("Hallam Steel bought the Brenton museum in March.", evidence, enough=1)
    assert [p.kind for p in found] == ["relation"]
