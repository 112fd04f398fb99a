"""Sources kept for independent evaluation, held in the corpus only as hashes.

The shared list (``../shared/reserved-sources.txt``: ``repo owner/name`` and ``page URL``
lines) must not be copied into the corpus, or the corpus would name the documents it is
meant never to touch. ``corpus/reserved-sources.sha256`` keeps the sha256 of each
normalised entry instead, which is enough to check that no manifest source is reserved.

``python -m extractor.evaluation.reserved hash SHARED_LIST > corpus/reserved-sources.sha256``
rebuilds it; ``python -m extractor.evaluation.reserved check SOURCE...`` checks candidates.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

HASHES = Path(__file__).resolve().parents[2] / "corpus" / "reserved-sources.sha256"


def page_key(url: str) -> str:
    """A page address without scheme, ``www.`` and trailing slash, lower-cased."""
    url = re.sub(r"^https?://", "", url.strip().lower())
    return re.sub(r"^www\.", "", url).rstrip("/")


def digest(kind: str, value: str) -> str:
    """The hash of one normalised entry (``kind`` is ``repo`` or ``page``)."""
    key = value.strip().lower() if kind == "repo" else page_key(value)
    return hashlib.sha256(f"{kind} {key}".encode("utf-8")).hexdigest()


def read_hashes(path: Path = HASHES) -> set[str]:
    return {line.split()[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


_GITHUB_URL = re.compile(r"^(?:https?://)?(?:www\.)?(?:github\.com|raw\.githubusercontent\.com)/([\w.-]+/[\w.-]+)",
                         re.IGNORECASE)
_REPO_FILE = re.compile(r"^([\w.-]+/[\w.-]+)(?:[:@]|$)")


def repo_of(source: str) -> str | None:
    """The ``owner/name`` a candidate names, in any form a collector types it.

    ``github:owner/name``, ``owner/name``, ``owner/name:path@commit`` and GitHub web or raw
    addresses all name a repository; checking only the page digest of ``github:owner/name``
    said ``ok`` for a reserved repository, and two annotators then opened one of its files."""
    source = source.strip()
    if source.lower().startswith("github:"):
        source = source[len("github:"):]
    url = _GITHUB_URL.match(source)
    if url:
        return url.group(1).removesuffix(".git")
    bare = _REPO_FILE.match(source)
    return bare.group(1) if bare else None


def is_reserved(source: str, hashes: set[str]) -> bool:
    """True when ``source`` (a page address, a repository or a file of one) is reserved."""
    repo = repo_of(source)
    if repo and digest("repo", repo) in hashes:
        return True
    return digest("page", source.strip()) in hashes


def hash_list(text: str) -> list[str]:
    """The hash lines of a shared list's ``repo``/``page`` entries, sorted (no names kept)."""
    out = set()
    for line in text.splitlines():
        kind, _, value = line.strip().partition(" ")
        if kind in ("repo", "page") and value.strip():
            out.add(digest(kind, value))
    return sorted(out)


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "hash":
        print("# sha256 of each reserved source, normalised (extractor/evaluation/reserved.py)")
        print("\n".join(hash_list(Path(argv[1]).read_text(encoding="utf-8"))))
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        hashes = read_hashes()
        found = [s for s in argv[1:] if is_reserved(s, hashes)]
        for s in argv[1:]:
            print(f"{'RESERVED' if s in found else 'ok'}\t{s}")
        return 1 if found else 0
    print("usage: python -m extractor.evaluation.reserved hash SHARED_LIST | check SOURCE...", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
