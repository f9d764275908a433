"""A fresh httpx client in place of one a client can no longer use: made under another event loop, or
inherited from the parent process after ``os.fork()``.

The new client is made from the same options and takes over what a user may have changed on the old
one (event hooks, headers, cookies, auth, timeout, base URL). The old one is only read, never used:
its connections belong to the other loop or process, and closing them here could end the parent's.
"""

from __future__ import annotations

import os
from typing import TypeVar

import httpx

__all__ = ["current_process", "renewed"]

HttpxClient = TypeVar("HttpxClient", httpx.Client, httpx.AsyncClient)

current_process = os.getpid
"""The id a pool compares with the one it was made in, to notice that it runs in a forked child."""


def renewed(previous: HttpxClient, client: HttpxClient) -> HttpxClient:
    """`client` (new, unused) with what a user may have changed on `previous`."""
    client.event_hooks = previous.event_hooks
    client.headers = previous.headers
    client.cookies = previous.cookies
    if previous.auth is not None:
        client.auth = previous.auth
    client.timeout = previous.timeout
    client.base_url = previous.base_url
    return client
