"""Weighted reciprocal rank fusion (pure function)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["reciprocal_rank_fusion"]


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[str]],
    weights: Sequence[float] | None = None,
    k: int = 60,
) -> list[tuple[str, float]]:
    """Fuse ranked id lists: ``score(id) = sum_i weights[i] / (k + rank_i(id))``, ranks from 1.

    An id repeated inside one ranking counts once, at its best rank. Ids with a total score of
    zero (only in zero-weight rankings) are dropped. Order: score descending; ties go to the id
    with the better best rank, then to the one from the earlier ranking, so the result is
    deterministic.
    """
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError(f"got {len(weights)} weights for {len(rankings)} rankings; pass one weight per ranking")
    if k < 0:
        raise ValueError(f"rrf k must be >= 0, got {k}")
    scores: dict[str, float] = {}
    first_seen: dict[str, tuple[int, int]] = {}
    for r_index, (ranking, weight) in enumerate(zip(rankings, weights)):
        if weight < 0:
            raise ValueError(f"weights must be >= 0, got {weight}")
        seen: set[str] = set()
        for rank, item in enumerate(ranking, start=1):
            if item in seen:
                continue
            seen.add(item)
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
            key = (rank, r_index)
            if item not in first_seen or key < first_seen[item]:
                first_seen[item] = key
    fused = [(item, s) for item, s in scores.items() if s > 0.0]
    fused.sort(key=lambda pair: (-pair[1], first_seen[pair[0]]))
    return fused
