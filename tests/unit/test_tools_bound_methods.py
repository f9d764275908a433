"""Tools from bound methods (of this client too) and from functions whose annotations are strings."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ollama_openapi import AsyncClient, Client
from ollama_openapi._tools import tool_from_function

if TYPE_CHECKING:
    from decimal import Decimal  # only for type checkers: must not be needed to describe the tool


class Weather:
    def forecast(self, city: str, days: int = 3) -> str:
        """The forecast.

        Args:
            city: Where.
            days: How many days.
        """
        return f"{city}: sunny for {days} days"


def price(amount: Decimal | None = None, currency: str = "EUR") -> str:
    """A price (``amount`` is annotated with a name that exists only for type checkers)."""
    return f"{amount} {currency}"


def test_a_bound_method_of_a_user_class() -> None:
    function = tool_from_function(Weather().forecast)["function"]
    assert function["name"] == "forecast"
    assert list(function["parameters"]["properties"]) == ["city", "days"]
    assert function["parameters"]["required"] == ["city"]


def test_the_client_s_own_web_tools_are_tools_without_its_options() -> None:
    for client_class in (Client, AsyncClient):
        client = client_class("http://127.0.0.1:9")
        search = tool_from_function(client.web_search)["function"]
        fetch = tool_from_function(client.web_fetch)["function"]
        assert search["parameters"]["properties"].keys() == {"query", "max_results"}
        assert search["parameters"]["required"] == ["query"]
        assert fetch["parameters"]["properties"].keys() == {"url"}


def test_string_annotations_are_resolved_in_the_function_s_module() -> None:
    with pytest.raises(TypeError, match=r"'amount'|Decimal"):
        tool_from_function(price)  # the name is missing at run time: a clear TypeError, not a NameError
    currency_only = tool_from_function(lambda_free_currency)["function"]
    assert currency_only["parameters"]["properties"]["currency"]["type"] == "string"


def lambda_free_currency(currency: str = "EUR") -> str:
    """Just a currency."""
    return currency
