"""The HTTP layer under the clients, written by hand.

Its I/O-free pieces live here: what a call sends (`call`, `request`), when to send it again
(`retry`), what the network layer measures (`watch`), reading answers (`answers`, `inflate`), turning
error answers and httpx failures into ``ollama_openapi.errors`` (`error_answers`, `error_mapping`),
the httpx clients behind a client (`pools`) and the one reach into httpx's privates
(`httpx_internals`). The I/O itself is ``ollama_openapi._async.transport`` and ``.network``, whose
synchronous twins are derived into the generated package.
"""
