"""The minutes pipeline as data (config and pattern files); shipped as ``extractor.models``."""
