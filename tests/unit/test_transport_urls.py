"""The transport's cache of absolute request URLs gives what httpx's own joining gives."""

from __future__ import annotations

import httpx
import pytest

from ollama_openapi._http.request import URLs

PATHS = ["/api/show", "/api/blobs/sha256:" + "a" * 64, "/api/user/keys/c3NoLWVkMjU1MTk%3D", "/"]


@pytest.mark.parametrize(
    "base", ["http://127.0.0.1:11434", "https://example.com/ollama/", "http://[::1]:8080"]
)
@pytest.mark.parametrize("path", PATHS)
def test_cached_url_equals_httpx_join(base: str, path: str) -> None:
    with httpx.Client(base_url=base) as http:
        urls = URLs()
        first = urls.get(http, path)
        assert first == http.build_request("GET", path).url
        assert urls.get(http, path) is first
        assert http.build_request("POST", first).url == http.build_request("POST", path).url


def test_a_new_base_url_empties_the_cache() -> None:
    with httpx.Client(base_url="http://one:1") as http:
        urls = URLs()
        assert urls.get(http, "/api/tags").host == "one"
        http.base_url = httpx.URL("http://two:2")
        assert urls.get(http, "/api/tags").host == "two"


def test_cache_stays_small() -> None:
    with httpx.Client(base_url="http://host:1") as http:
        urls = URLs()
        for index in range(1000):
            urls.get(http, f"/api/blobs/sha256:{index:064x}")
        assert len(urls._urls) <= URLs._LIMIT
