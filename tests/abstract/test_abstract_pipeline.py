"""The extract-then-abstract path with a scripted backend: citations, guard, warnings, batching."""

from __future__ import annotations

import json

import pytest

from summarizer import Summarizer
from summarizer.abstract.stage import LengthPlan, plan_input, plan_length, split_generated
from summarizer.options import Length

from fake_backends import ScriptedBackend


def _summarizer(write, budget: int = 10_000, **options) -> tuple[Summarizer, ScriptedBackend]:
    summarizer = Summarizer(mode="abstractive", **options)
    backend = ScriptedBackend(write, budget)
    summarizer.abstractive.attach(backend, "scripted")
    return summarizer, backend


def _first_sentence_with_invented_number(text: str) -> str:
    """The model's input starts with the budget sentence; change its figure, then copy the next one."""
    document_sentences = text.split(". ")
    invented = document_sentences[0].replace("$1.5bn", "$2.5bn")
    assert invented != document_sentences[0], "the sample's first key line should hold $1.5bn"
    return f"{invented}. {document_sentences[1]}."


@pytest.fixture
def budget_path(samples_dir):
    return samples_dir / "city-budget.txt"


def test_guard_drop_replaces_an_invented_number_with_its_source(budget_path):
    summarizer, _ = _summarizer(_first_sentence_with_invented_number, guard="drop", sentences=2)
    summary = summarizer.summarize(budget_path)
    first, second = summary.lines
    assert first.origin == "replaced"
    assert "$1.5bn" in first.text and "$2.5bn" not in first.text
    assert any("number" in flag and "2.5" in flag for flag in first.flags)
    source = summary.document.sentences[first.citations[0].sentence]
    assert first.text == source.clean_text
    assert second.origin == "generated" and second.support == 1.0 and not second.flags
    assert any("replaced" in w and "2.5bn" in w for w in summary.warnings)
    assert summary.stats["guard"] == {
        "mode": "drop", "checker": "relations", "min_support": 0.5, "generated": 2, "kept": 1, "flagged": 0, "replaced": 1, "dropped": 0,
        "caught_number": 1,
    }


def test_guard_flag_keeps_the_line_but_marks_it(budget_path):
    summarizer, _ = _summarizer(_first_sentence_with_invented_number, guard="flag")
    summary = summarizer.summarize(budget_path)
    first = summary.lines[0]
    assert first.origin == "generated" and "$2.5bn" in first.text
    assert first.flags and first.citations
    assert any("flagged" in w for w in summary.warnings)
    data = json.loads(summary.to_json())
    assert data["lines"][0]["flags"] == list(first.flags)
    assert data["lines"][0]["origin"] == "generated"
    assert "support" in data["lines"][0] and "score" in data["lines"][0]["citations"][0]


def test_guard_off_keeps_everything_and_still_cites(budget_path):
    summarizer, _ = _summarizer(_first_sentence_with_invented_number, guard="off", sentences=2)
    summary = summarizer.summarize(budget_path)
    assert [line.origin for line in summary.lines] == ["generated", "generated"]
    assert all(line.citations and not line.flags for line in summary.lines)
    assert not any("guard" in w for w in summary.warnings)
    rendered = str(summary)
    assert "[1" in rendered and "[2" in rendered and "Sources:" in rendered and "$2.5bn" in rendered


def test_a_judgement_word_the_source_lacks_is_replaced(budget_path):
    summarizer, _ = _summarizer(lambda text: text.split(". ")[0].replace("approve", "approve a disastrous") + ".")
    summary = summarizer.summarize(budget_path)
    assert summary.lines[0].origin == "replaced"
    assert any("judgement word not in its sources: disastrous" in flag for flag in summary.lines[0].flags)


def test_unsupported_text_with_no_source_falls_back_to_the_top_sentence(budget_path):
    summarizer, _ = _summarizer(lambda text: "Volcanic ash grounded every flight in Iceland.", sentences=1)
    summary = summarizer.summarize(budget_path)
    assert len(summary.lines) == 1 and summary.lines[0].origin == "replaced"
    assert any("dropped" in w for w in summary.warnings)
    assert any("no generated sentence survived" in w for w in summary.warnings)


def test_a_guard_drop_is_counted_and_explained_not_filled(budget_path):
    summarizer, _ = _summarizer(lambda text: "Volcanic ash grounded every flight in Iceland.", sentences=3)
    summary = summarizer.summarize(budget_path)
    assert summary.stats["guard"]["dropped"] == 1
    assert any("the guard dropped 1" in w for w in summary.warnings)
    assert summary.stats["lines"]["filled"] == 2  # the slots the model left empty, not the dropped one


def test_summarize_many_batches_by_length_and_keeps_input_order(sample_paths):
    summarizer, backend = _summarizer(lambda text: text.split(". ")[0] + ".")
    summaries = [o.summary for o in summarizer.summarize_many(sample_paths, batch_size=2)]
    assert [s.document.source for s in summaries] == [str(p) for p in sample_paths]
    assert [len(b) for b in backend.batches] == [2] * (len(sample_paths) // 2) + [1] * (len(sample_paths) % 2)
    # The stage's own count: each sentence's words plus its "[n] " number.
    lengths = [len(r.text.split()) + 4 * len(r.source_sentences) for batch in backend.batches for r in batch]
    assert lengths == sorted(lengths)
    for summary in summaries:
        assert summary.lines and all(line.citations for line in summary.lines)


def test_the_model_reads_top_ranked_sentences_within_its_budget_and_says_so(samples_dir):
    # In one pass (sections="off"): by default an input of many model windows is summarised in sections.
    summarizer, backend = _summarizer(lambda text: text.split(". ")[0] + ".", budget=120, sections="off")
    summary = summarizer.summarize(samples_dir / "long-climate-report.txt")
    read = summary.stats["model_input"]["sentences"]
    assert read == sorted(read) and 0 < len(read) < len(summary.document.sentences)
    assert summary.stats["model_input"]["tokens"] <= 120
    assert any(f"the model read {len(read)} of {len(summary.document.sentences)} sentences" in w for w in summary.warnings)
    assert backend.batches[0][0].text.startswith(summary.document.sentences[read[0]].clean_text)


def test_plan_input_keeps_the_best_sentences_that_fit(budget_path):
    document = Summarizer().read(budget_path)
    n = len(document.sentences)
    scores = [float(n - i) for i in range(n)]  # earlier is better
    counts = [10] * n
    planned = plan_input(document, scores, counts, budget=33, max_sentences=10)
    assert planned.sentences == (0, 1, 2)
    assert "33 tokens" in planned.warnings[-1]
    everything = plan_input(document, scores, counts, budget=10_000, max_sentences=n)
    assert everything.sentences == tuple(range(n)) and everything.warnings == ()


def test_length_maps_to_generation_limits():
    by_sentences = plan_length(Length(sentences=2), available=20, kind="causal")
    assert by_sentences.sentences == 2 and by_sentences.min_new_tokens == 0 and not by_sentences.by_words
    # Room to finish the sentences asked for: three 35-word news sentences are about 150 tokens.
    assert plan_length(Length(sentences=3), available=20, kind="causal").max_new_tokens >= 150
    by_words = plan_length(Length(words=40), available=20, kind="seq2seq")
    assert by_words.words == 40 and by_words.max_new_tokens >= 40 and by_words.min_new_tokens == 20
    assert plan_length(Length(ratio=0.1), available=30, kind="causal").sentences == 3


def test_split_generated_trims_only_what_overflows_at_a_sentence_end():
    plan = LengthPlan(sentences=2, words=44, max_new_tokens=200, min_new_tokens=0)
    text = "Text:\nSummary: The port reopened on Monday.\n- Ships queued for days. Unions agreed to talks. The strike was"
    sentences, warnings = split_generated(text, plan, tokens_out=200)
    assert sentences == ["The port reopened on Monday.", "Ships queued for days."]
    # The cut sentence was a third one: beyond those asked for, so no loss and no warning.
    assert warnings == []
    # Long sentences are not cut to a word budget when sentences were asked for.
    first, second = "Ships " + " ".join(["waited"] * 39) + ".", "Trucks " + " ".join(["queued"] * 39) + "."
    kept, warnings = split_generated(f"{first} {second}", plan)
    assert kept == [first, second] and warnings == []
    # A needed sentence cut by the limit is left out, and said so.
    kept, warnings = split_generated("The port reopened on Monday. Ships queued for", plan, tokens_out=200)
    assert kept == ["The port reopened on Monday."] and any("cut off" in w for w in warnings)
    # A model that stopped by itself without a full stop keeps its sentence.
    kept, warnings = split_generated("The port reopened on Monday. Ships queued for days", plan, tokens_out=20)
    assert kept == ["The port reopened on Monday.", "Ships queued for days"] and warnings == []


def test_a_looping_answer_is_not_a_cut_off_sentence_and_is_not_written_again():
    from summarizer.abstract.stage import is_cut_off

    plan = LengthPlan(sentences=3, words=66, max_new_tokens=60, min_new_tokens=0)
    first, second = "The port reopened on Monday after a strike.", "Ships queued for a day and a half at the gates."
    looped = f"{first}\n{second}\n{second}\n{second}\nShips queued for a day and"
    # Two distinct lines, then the second again until the limit: more room would only repeat it.
    assert not is_cut_off(looped, plan, tokens_out=60)
    kept, warnings = split_generated(looped, plan, tokens_out=60)
    assert kept == [first, second] and not any("cut off" in w for w in warnings)
    # A new sentence cut by the limit is still one.
    cut = f"{first}\n{second}\nUnions and the port authority agreed to"
    assert is_cut_off(cut, plan, tokens_out=60)
    kept, warnings = split_generated(cut, plan, tokens_out=60)
    assert kept == [first, second] and any("cut off" in w for w in warnings)


def test_split_generated_trims_a_word_count_at_a_sentence_end():
    plan = LengthPlan(sentences=1, words=10, max_new_tokens=60, min_new_tokens=0, by_words=True)
    kept, warnings = split_generated("The port reopened on Monday after the strike. Ships queued for days. Unions met.", plan)
    assert kept == ["The port reopened on Monday after the strike."]
    assert any("10-word length" in w for w in warnings)


def test_split_generated_drops_a_thinking_block_and_numbering():
    plan = LengthPlan(sentences=2, words=44, max_new_tokens=200, min_new_tokens=0)
    text = "<think>\nThe user wants two lines.\n</think>\n\n1. The port reopened on Monday.\n2. Ships queued for days."
    assert split_generated(text, plan)[0] == ["The port reopened on Monday.", "Ships queued for days."]
    assert split_generated("<think>still thinking when the limit came", plan)[0] == []


def test_a_copied_key_line_cites_the_sentence_it_came_from(budget_path):
    summarizer, backend = _summarizer(lambda text: text.split(". ")[1] + ".")
    summary = summarizer.summarize(budget_path)
    line = summary.lines[0]
    document = summary.document
    assert line.origin == "generated" and line.support == 1.0
    cited = document.sentences[line.citations[0].sentence]
    assert line.text.rstrip(".") in cited.clean_text
    assert document.text[cited.start : cited.end] == cited.text


def test_a_fact_from_an_uncited_sentence_is_found_and_cited(budget_path):
    document = Summarizer().read(budget_path)
    # A line built mostly from the first sentence's words, plus a figure that only a later
    # sentence holds: word overlap cites the first; the guard should find and cite the later one.
    figure_sentence = next(s for s in document.sentences[1:] if "3.5%" in s.text)
    assert "3.5%" not in document.sentences[0].text
    write = lambda text: "The Marlow Falls city council voted to approve a $1.5bn operating budget, up 3.5%."
    summarizer, _ = _summarizer(write)
    summary = summarizer.summarize(budget_path)
    line = summary.lines[0]
    assert line.origin == "generated", summary.warnings
    assert figure_sentence.index in [c.sentence for c in line.citations]


def test_a_figure_from_an_unrelated_sentence_does_not_excuse_an_invention(budget_path):
    document = Summarizer().read(budget_path)
    holders = [s for s in document.sentences if "2019" in s.text]
    assert holders and "2019" not in document.sentences[0].text
    # "for 2019" is invented; the article's only 2019 is in a sentence about something else.
    write = lambda text: "The Marlow Falls city council voted to approve a $1.5bn operating budget for 2019."
    summarizer, _ = _summarizer(write)
    line = summarizer.summarize(budget_path).lines[0]
    assert line.origin == "replaced"
    assert any("2019" in flag for flag in line.flags)


def test_abstractive_pipe_raises_a_reading_error_as_itself(sample_paths, tmp_path):
    from summarizer.errors import InputError

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    summarizer, _backend = _summarizer(lambda text: text.split(". ")[0] + ".")
    with pytest.raises(InputError, match="empty.txt: is empty"):
        list(summarizer.pipe([sample_paths[0], empty]))


def _two_lines(first: str, second: str):
    return lambda _text: f"{first} {second}"


def test_guard_knows_the_lines_before_a_pronoun(budget_path):
    # "She" opens the second line, after a line naming Okafor: no dangling pronoun.
    write = _two_lines("Mayor Teresa Okafor proposed the budget on Jan. 5.", "She said the final version kept her main priorities intact.")
    summary = _summarizer(write, guard="flag", sentences=2)[0].summarize(budget_path)
    assert [line.flags for line in summary.lines] == [(), ()], summary.warnings


def test_guard_uses_the_chosen_checker_and_counts_problems_by_kind(budget_path):
    # Every word is in the article, but it is Reyes who chairs the finance committee.
    swapped = "Mayor Teresa Okafor chairs the finance committee."
    write = _two_lines(swapped, "Transit received $96 million.")
    default = _summarizer(write, guard="drop")[0].summarize(budget_path)
    assert default.lines[0].origin == "replaced" and default.stats["guard"]["caught_relation"] == 1
    literal = _summarizer(write, guard="drop", checker="literal")[0].summarize(budget_path)
    assert literal.lines[0].origin == "generated" and literal.lines[0].text == swapped
    assert literal.stats["guard"]["kept"] == 2


def test_a_guard_checker_that_cannot_be_built_fails_before_any_generation(budget_path):
    from summarizer.errors import MissingResourceError

    summarizer, backend = _summarizer(lambda text: text, checker="model", checker_settings={"model": "/no/such/checker"})
    with pytest.raises(MissingResourceError, match="no such file or folder"):
        summarizer.summarize(budget_path)
    assert backend.batches == []  # no model time spent on summaries that could not be checked


def test_plan_input_warning_counts_a_quotes_speaker_read_past_the_sentence_limit(budget_path):
    """Reading 6 sentences under a 5-sentence limit must say why (the quote's speaker came along)."""
    document = Summarizer().read(budget_path)
    n = len(document.sentences)
    scores = [float(n - i) for i in range(n)]  # earlier is better
    counts = [10] * n
    planned = plan_input(document, scores, counts, budget=10_000, max_sentences=2, partners={1: n - 1})
    assert planned.sentences == (0, 1, n - 1)
    warning = planned.warnings[-1]
    assert f"the model read 3 of {n} sentences" in warning
    assert "(2 sentences)" not in warning
    assert "2 sentences" in warning and "1 sentence that names a quote's speaker" in warning
