"""The synchronous client's I/O layer, derived from ``_async`` by ``scripts/unasync.py`` (but ``pool``)."""
