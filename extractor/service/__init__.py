"""``minutes serve``: the extractor behind a small HTTP API (FastAPI run by uvicorn).

Why a package of its own: the service is a thin layer over the library like the CLI,
but it adds what a network service needs and a command line does not (admission
control, upload limits, per-request time limits, process isolation), each in its own
small module.
"""
