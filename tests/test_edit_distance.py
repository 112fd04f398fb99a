"""The bounded ``names.edit_distance`` (speed pass) against the implementation it
replaced and a plain Levenshtein, on many generated pairs: the people component's
fuzzy name matching must say "same person" for exactly the same pairs as before."""

from __future__ import annotations

import random

from extractor.pipeline import names as N


def _before(a: str, b: str, limit: int = 3) -> int:
    """``edit_distance`` as it was before the speed pass (kept here as the reference)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[-1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _pairs(n: int, seed: int) -> list[tuple[str, str]]:
    """Random words over small alphabets (so shared openings, endings and repeats are
    common), each paired with an edited copy or an unrelated word."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        alphabet = rng.choice(["ab", "abc", "abcdefgh", "aeilnorst"])
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 11)))
        if rng.random() < 0.6:
            b = list(a)
            for _ in range(rng.randint(0, 4)):
                k = rng.randint(0, len(b))
                op = rng.randint(0, 2)
                if op == 0:
                    b.insert(k, rng.choice(alphabet))
                elif k < len(b):
                    if op == 1:
                        del b[k]
                    else:
                        b[k] = rng.choice(alphabet)
            out.append((a, "".join(b)))
        else:
            out.append((a, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 11)))))
    return out


def test_same_answers_as_before_on_many_pairs() -> None:
    for a, b in _pairs(30_000, seed=11):
        true = _levenshtein(a, b)
        for limit in (0, 1, 2, 3):
            got = N.edit_distance(a, b, limit)
            assert got == min(true, limit + 1), (a, b, limit, got, true)
            old = _before(a, b, limit)
            assert (got <= limit) == (old <= limit), (a, b, limit)
            if got <= limit:
                assert got == old


def test_typo_close_on_names() -> None:
    # one letter dropped from a long surname: the same person
    assert N.typo_close("quillfeather", "quilfeather")
    assert N.edit_distance("quillfeather", "quilfeather", 2) == 1
    # two letters apart in a long name still close; three are not
    assert N.typo_close("quillfeather", "quilfeathr")
    assert not N.typo_close("quillfeather", "quilfethr")
    assert N.typo_close("branoch", "brannoch")
    # short names (under six letters) need all but one letter the same
    assert N.typo_close("bran", "bron")
    assert not N.typo_close("bran", "brno")
    assert N.edit_distance("bran", "nbra", 1) == 2  # a letter moved from the end to the front: two edits


def test_same_person_uses_the_bound() -> None:
    nick: dict[str, frozenset[str]] = {}
    assert N.same_person(["ada", "quillfeather"], ["ada", "quilfeather"], nick, fuzzy=True)
    assert not N.same_person(["ada", "quillfeather"], ["ada", "quilfeather"], nick, fuzzy=False)
    assert not N.same_person(["ada", "branoch"], ["ada", "brnaoxh"], nick, fuzzy=True)
