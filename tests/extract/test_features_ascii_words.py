"""The ASCII fast path of the English word finder gives exactly the regex's words."""

import random

from summarizer.extract.features import terms_function

TEXT = (
    "The council's budget rose 4.5% to $12m in 2024 - 'a record', said the mayor's office.\n"
    "Rock'n'roll fans' tickets (90's prices) sold out; it’s the 3rd time x'9 and o'clock'd happened. "
    "Café owners weren't told'"
)


def test_ascii_fast_path_matches_the_pattern_on_sentences_and_random_pieces():
    words = terms_function("english")
    assert words._ascii_table is not None  # the fast path is the one under test
    text = TEXT.lower()
    assert words.words_in(text, 0, len(text)) == words.pattern.findall(text)
    rng = random.Random(7)
    alphabet = "ab'z09 .-’é\n"
    for _ in range(20_000):
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        start = rng.randint(0, len(piece))
        end = rng.randint(start, len(piece))
        assert words.words_in(piece, start, end) == words.pattern.findall(piece, start, end), (piece, start, end)


def test_words_of_spans_match_the_pattern_per_span_in_mixed_text():
    # One translation of the whole text serves every span: non-ASCII characters anywhere (inside
    # a span or between spans) must neither shift the offsets nor change an ASCII span's words.
    words = terms_function("english")
    rng = random.Random(11)
    alphabet = "ab'z09 .-’é\nß“"
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        cuts = sorted(rng.randint(0, len(text)) for _ in range(2 * rng.randint(0, 4)))
        spans = list(zip(cuts[::2], cuts[1::2]))
        expected = [words.pattern.findall(text, a, b) for a, b in spans]
        assert words.words_of_spans(text, spans) == expected, (text, spans)
