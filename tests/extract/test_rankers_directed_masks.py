"""The directed centrality with cached triangle masks equals the np.triu / np.tril formula."""

import numpy as np

from summarizer.extract.rankers import directed_centrality


def test_directed_centrality_equals_the_triangle_formula():
    rng = np.random.default_rng(3)
    for n in [2, 3, 5, 17, 40] * 4:
        matrix = rng.random((n, n))
        matrix = (matrix + matrix.T) / 2
        weights = matrix.copy()
        np.fill_diagonal(weights, 0.0)
        low, high = float(weights.min()), float(weights.max())
        weights = np.maximum(0.0, weights - (low + 0.3 * (high - low)))
        expected = np.triu(weights, 1).sum(axis=1) + -0.5 * np.tril(weights, -1).sum(axis=1)
        assert np.array_equal(directed_centrality(matrix), expected)
