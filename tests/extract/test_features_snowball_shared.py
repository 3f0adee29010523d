from summarizer.extract.features import _snowball, content_terms
from summarizer.verify.relations import tokenize


def test_features_snowball_one_memo_per_language():
    assert _snowball("german") is _snowball("german")
    content_terms("Die Regierungen haben gestern entschieden", "german")
    before = _snowball("german").cache_info()
    tokenize("Die Regierungen haben gestern entschieden", "german")
    after = _snowball("german").cache_info()
    assert after.misses == before.misses  # the relation reads reuse the terms' stems
