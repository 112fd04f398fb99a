"""The archive-processing benchmark (issue 6): ``python -m bench`` or ``python bench/run.py``.

Every figure is printed next to a baseline measured in the same run, as a ratio, because
absolute times on shared machines mean little. Generated data goes in ``bench/_work/``.
"""
