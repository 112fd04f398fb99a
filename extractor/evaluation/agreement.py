"""Inter-annotator agreement: two blind annotations of the same documents, scored against each other.

The second annotations live in ``corpus/iaa/<id>.json``. Scoring them with the project's own
scorer, the first annotation as reference, gives per-type F1 that is symmetric in the
pairing (precision and recall swap if the roles swap), so it reads as agreement. It is the
ceiling any extractor can be expected to reach under these guidelines.

``python -m extractor.evaluation.agreement [--strict] [--json]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from .corpus import GoldFile, _parse
from .scorer import Result, score_document


def agreement(gold_dir: Path, second_dir: Path, strict: bool = False) -> Result:
    """The second annotations in ``second_dir`` scored against the first ones in ``gold_dir``."""
    docs = []
    for path in sorted(second_dir.glob("*.json")):
        first = gold_dir / path.name
        if not first.is_file():
            continue
        gold = GoldFile(first, _parse(first, "gold"))
        docs.append(score_document(gold.name, gold.record, _parse(path, "second annotation"), strict=strict))
    return Result(docs, strict=strict)


def main(argv: Optional[list[str]] = None) -> int:
    from rich.console import Console

    from .report import print_report, to_json

    parser = argparse.ArgumentParser(prog="python -m extractor.evaluation.agreement", description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("corpus/gold"))
    parser.add_argument("--second", type=Path, default=Path("corpus/iaa"))
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = agreement(args.gold, args.second, args.strict)
    if not result.docs:
        print(f"no second annotation in {args.second} has a first one in {args.gold}", file=sys.stderr)
        return 1
    if args.json:
        print(to_json(result))
    else:
        print_report(result, Console(highlight=False, width=110))
    return 0


if __name__ == "__main__":
    sys.exit(main())
