"""Honest errors from the pipeline's components, and a run that survives one of them.

spaCy turns any ``KeyError`` raised by a component into "[E109] Component ... could not
be run. Did you forget to call `initialize()`?", which sends a user looking for a set-up
mistake that does not exist. So every minutes component's ``__call__`` is wrapped (see
``PatternComponent.__init_subclass__``): whatever it raises comes out as a
``ComponentError`` naming the component, the real exception and where in our code it
was raised. ``run_guarded`` then lets the other components run, so one component's bug
costs a document that component's records (named in ``warnings[]``), not the whole record.
"""

from __future__ import annotations

import functools
import traceback
from pathlib import Path
from typing import Any, Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

WARNINGS_ATTR = "minutes_warnings"
if not Doc.has_extension(WARNINGS_ATTR):
    # Plain strings: what went wrong while the pipeline ran (see ``run_guarded``).
    Doc.set_extension(WARNINGS_ATTR, default=None)

# Doc extensions components write besides doc.spans; put back as they were on a failure.
_DOC_ATTRS = ("minutes_registry", "minutes_meeting_dates")
_PACKAGE = str(Path(__file__).resolve().parents[1])


class ComponentError(RuntimeError):
    """A component failed on a document: ``component`` and the real ``cause``."""

    def __init__(self, component: str, cause: BaseException) -> None:
        self.component = component
        self.cause = cause
        detail = str(cause)
        where = _where(cause)
        message = f"{component}: {type(cause).__name__}"
        if detail:
            message += f" {detail}"
        if where:
            message += f" (at {where})"
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across worker processes
        return (_rebuild, (self.component, type(self.cause).__name__, str(self.cause), str(self)))


def _rebuild(component: str, kind: str, detail: str, message: str) -> "ComponentError":
    error = ComponentError.__new__(ComponentError)
    RuntimeError.__init__(error, message)
    error.component, error.cause = component, RuntimeError(f"{kind}: {detail}")
    return error


def _where(exc: BaseException) -> Optional[str]:
    """The innermost line of our own code the exception passed through: file:line in function."""
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith(_PACKAGE) and frame.filename != __file__:
            found = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"
    return found


def guard(name_of: Callable[[Any], str], call: Callable[..., Doc]) -> Callable[..., Doc]:
    """Wrap a component's ``__call__`` so its failures are ``ComponentError``s.

    MemoryError passes through untouched: running out of memory is the machine's limit,
    not a bug of the component, and the batch runner records it as such."""

    @functools.wraps(call)
    def guarded(self: Any, doc: Doc, *args: Any, **kwargs: Any) -> Doc:
        try:
            return call(self, doc, *args, **kwargs)
        except (MemoryError, ComponentError):
            raise
        except Exception as exc:  # noqa: BLE001 - re-raised with its component named
            raise ComponentError(name_of(self), exc) from exc

    guarded.__minutes_guarded__ = True  # type: ignore[attr-defined]
    return guarded


def run_guarded(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, except that a component that fails is skipped: its partial results
    are removed, the components after it still run, and the failure is recorded in
    ``doc._.minutes_warnings``. A failing tokenizer still raises (nothing is left to run
    on); so does MemoryError."""
    doc = nlp.make_doc(text)
    warnings: list[str] = []
    for name, proc in nlp.pipeline:
        before = {key: (group, len(group)) for key, group in doc.spans.items()}
        attrs = {attr: doc._.get(attr) for attr in _DOC_ATTRS if Doc.has_extension(attr)}
        try:
            doc = proc(doc)
        except ComponentError as exc:
            _undo(doc, before, attrs)
            warnings.append(f"component failed, its records are missing: {exc}")
    doc._.set(WARNINGS_ATTR, warnings)
    return doc


def _undo(doc: Doc, before: dict[str, tuple[Any, int]], attrs: dict[str, Any]) -> None:
    """Put doc.spans and the Doc extensions back as they were before a failed component."""
    for key in list(doc.spans.keys()):
        if key not in before:
            del doc.spans[key]
            continue
        group, size = before[key]
        current = doc.spans[key]
        if current is not group or len(current) != size:
            doc.spans[key] = list(group)[:size]
    for attr, value in attrs.items():
        doc._.set(attr, value)


def doc_warnings(doc: Doc) -> list[str]:
    """What ``run_guarded`` recorded for ``doc`` (empty for a Doc made by ``nlp(text)``)."""
    return list(doc._.get(WARNINGS_ATTR) or [])
