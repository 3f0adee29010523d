"""Which articles tell one story: groups by a field's value, or by the similarity of their words.

Similarity groups are built greedily, most similar pair first (single linkage over TF-IDF cosine
of each article's opening sentences, where news says what the story is), and a group stops
growing at `most` articles. An article like no other stays alone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from summarizer.types import Document

LEAD_SENTENCES = 5  # an article's opening sentences say what its story is
SAME_STORY = 0.3  # cosine at or above which two articles are taken to tell one story
MOST_IN_GROUP = 5


def by_field(rows: Sequence[dict[str, Any]], field: str) -> list[list[int]]:
    """Indices of the rows sharing a value of `field`, in first-seen order; rows without it stay alone."""
    groups: dict[Any, list[int]] = {}
    alone: list[list[int]] = []
    for index, row in enumerate(rows):
        value = row.get(field)
        if value is None or value == "":
            alone.append([index])
        else:
            groups.setdefault(str(value), []).append(index)
    return sorted([*groups.values(), *alone], key=lambda g: g[0])


def _vectors(documents: Sequence[Document]) -> list[dict[str, float]]:
    from summarizer.extract.features import content_terms

    counts = [
        Counter(t for s in d.sentences[:LEAD_SENTENCES] for t in content_terms(s.text, d.language)) for d in documents
    ]
    seen: Counter[str] = Counter()
    for count in counts:
        seen.update(count.keys())
    total = len(documents) + 1
    vectors = []
    for count in counts:
        vector = {t: c * math.log(total / seen[t]) for t, c in count.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({t: v / norm for t, v in vector.items()})
    return vectors


def by_similarity(documents: Sequence[Document], threshold: float = SAME_STORY, most: int = MOST_IN_GROUP) -> list[list[int]]:
    """Indices of the documents that tell one story (see the module), each group in input order."""
    vectors = _vectors(documents)
    index: dict[str, list[int]] = {}
    for k, vector in enumerate(vectors):
        for term in vector:
            index.setdefault(term, []).append(k)
    pairs: dict[tuple[int, int], float] = {}
    for k, vector in enumerate(vectors):
        for term, weight in vector.items():
            for j in index[term]:
                if j > k:
                    pairs[(k, j)] = pairs.get((k, j), 0.0) + weight * vectors[j][term]
    parent = list(range(len(documents)))
    size = [1] * len(documents)

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for (k, j), value in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
        if value < threshold:
            break
        a, b = root(k), root(j)
        if a != b and size[a] + size[b] <= most:
            parent[b] = a
            size[a] += size[b]
    groups: dict[int, list[int]] = {}
    for k in range(len(documents)):
        groups.setdefault(root(k), []).append(k)
    return sorted(groups.values(), key=lambda g: g[0])
