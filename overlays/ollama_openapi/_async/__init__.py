"""The asynchronous client's I/O layer, written once: ``scripts/unasync.py`` derives ``_sync`` from it."""
