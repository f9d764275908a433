"""Which tags the history reads."""

from __future__ import annotations

from ollama_openapi_maintainer.history.tags import release_name, release_tags


def test_finals_in_version_order_and_the_newest_candidate_of_an_unreleased_version() -> None:
    tags = ["v0.10.0", "v0.9.0", "v0.9.0-rc1", "v0.0.5", "v0.11.0-rc1", "v0.11.0-rc2", "nightly", "v0.2.1"]
    assert release_tags(tags) == ["v0.2.1", "v0.9.0", "v0.10.0", "v0.11.0-rc2"]
    assert release_tags(tags, first="v0.9.0") == ["v0.9.0", "v0.10.0", "v0.11.0-rc2"]


def test_release_names_have_no_v() -> None:
    assert release_name("v0.9.0") == "0.9.0"
