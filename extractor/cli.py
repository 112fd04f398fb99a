"""The ``minutes`` command line: a thin layer over the library API.

Each command lives in the module of the capability it drives; this module only
assembles the typer app.
"""

from __future__ import annotations

import json

import typer

app = typer.Typer(
    name="minutes",
    help="Turn UK council meeting minutes (text, HTML, PDF) into structured, checkable JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the output record."""
    from .schema import Document

    typer.echo(json.dumps(Document.model_json_schema(by_alias=True), indent=2))


def _register() -> None:
    from .commands import extract_cmd  # noqa: F401

    for module in ("extractor.evaluation.cli", "extractor.tracking.cli", "extractor.structure.cli",
                   "extractor.service.cli"):
        try:
            __import__(module)
        except ModuleNotFoundError as exc:  # capability not built yet
            if exc.name != module:
                raise


if __name__ == "__main__":
    # ``python -m extractor.cli``: this copy runs as __main__, and the commands import
    # ``extractor.cli`` by name; registering here too imported the command modules half-built
    # (ImportError: MIN_MEMORY_MB). Run the named module's app instead.
    from extractor.cli import app as _app

    _app()
else:
    _register()
