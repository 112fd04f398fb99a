"""Character ranges a component has already claimed, with a fast overlap test.

The decision readers skip text an earlier reader took. A plain list of ranges made
that test cost one comparison per claimed range, so a page of 2,000 "RESOLVED" lines
cost time quadratic in its length. Here overlapping ranges are merged as they are
added, which keeps the ranges sorted with their ends in order, so one bisection
answers the test.

The answer is exactly ``any(a < e and s < b for a, b in claimed)``, the test the
plain list made: two ranges are merged only when the later-starting one starts
strictly inside the other, and for such a pair the test holds for the merged range
exactly when it holds for one of the two (queries have ``s <= e``).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator


def _mergeable(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether one range starts strictly inside the other (the other starting no later)."""
    return (a[0] <= b[0] < a[1]) or (b[0] <= a[0] < b[1])


class Claimed:
    """A list-like set of claimed ``(start, end)`` ranges: ``append`` and ``overlaps``."""

    def __init__(self) -> None:
        self._ranges: list[tuple[int, int]] = []  # sorted; no two mergeable
        self._starts: list[int] = []
        self._odd: list[tuple[int, int]] = []  # ranges with end < start, tested one by one

    def append(self, rng: tuple[int, int]) -> None:
        s, e = rng
        if e < s:
            self._odd.append((s, e))
            return
        new = (s, e)
        while True:
            lo = bisect_left(self._ranges, (s, -1))
            # only the range before and those starting inside [s, e] can be mergeable
            cand = range(max(lo - 1, 0), len(self._ranges))
            hit = None
            for k in cand:
                r = self._ranges[k]
                if r[0] > new[1]:
                    break
                if _mergeable(r, new):
                    hit = k
                    break
            if hit is None:
                break
            r = self._ranges.pop(hit)
            self._starts.pop(hit)
            new = (min(r[0], new[0]), max(r[1], new[1]))
            s = new[0]
        i = bisect_left(self._ranges, new)
        if i == len(self._ranges) or self._ranges[i] != new:
            self._ranges.insert(i, new)
            self._starts.insert(i, new[0])

    def overlaps(self, s: int, e: int) -> bool:
        """Whether some claimed range ``(a, b)`` has ``a < e`` and ``s < b``."""
        i = bisect_left(self._starts, e) - 1
        if i >= 0 and self._ranges[i][1] > s:
            return True
        return any(a < e and s < b for a, b in self._odd)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._ranges + self._odd)
