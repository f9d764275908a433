"""The ``fake_ollama`` fixture and marker, as a user's test suite sees them (pytester runs each in a
session of its own, which finds the plugin through its ``pytest11`` entry point)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.timeout(60)


def test_the_marker_configures_the_server(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import httpx
        import pytest

        from ollama_openapi.fake import ErrorReply

        pytestmark = pytest.mark.fake_ollama(models=["llama3.2"], load_time=0.1)


        def test_module_options(fake_ollama):
            assert fake_ollama.model_names() == ["llama3.2:latest"]
            assert fake_ollama.load_time == 0.1
            assert fake_ollama.tokens_per_second is None


        @pytest.mark.fake_ollama(tokens_per_second=50, load_time=0, faults=[ErrorReply(429, retry_after=3)])
        def test_closest_marker_wins(fake_ollama):
            assert fake_ollama.model_names() == ["llama3.2:latest"]
            assert (fake_ollama.tokens_per_second, fake_ollama.load_time) == (50, 0)
            answer = httpx.get(fake_ollama.url + "/api/tags")
            assert (answer.status_code, answer.headers["retry-after"]) == (429, "3")


        def test_changed_while_running(fake_ollama):
            fake_ollama.fail_next(503, path="/api/version")
            assert httpx.get(fake_ollama.url + "/api/version").status_code == 503
            assert httpx.get(fake_ollama.url + "/api/version").status_code == 200
        """
    )
    result = pytester.runpytest("--strict-markers", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_without_marker_the_server_is_empty(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_empty(fake_ollama):
            assert fake_ollama.running
            assert fake_ollama.model_names() == []
            assert fake_ollama.pending_faults() == []
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_a_marker_with_positional_arguments_is_refused(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.fake_ollama(["llama3.2"])
        def test_wrong(fake_ollama):
            pass
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*takes keyword arguments only*"])
