from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response, status_of


def _get_kwargs(
    encoded_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/user/keys/{encoded_key}".format(
            encoded_key=quote(str(encoded_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | None | str | None:
    if response.status_code == 200:
        response_200 = cast(None, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = response.text
        return response_405

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | None | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    encoded_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | None | str]:
    """Sign out (deprecated route)

     The old sign-out route. The server ignores `encodedKey` and signs out its own key, exactly as
    `POST /api/signout` does.

    Args:
        encoded_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | None | str]
    """

    kwargs = _get_kwargs(
        encoded_key=encoded_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    encoded_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | None | str | None:
    """Sign out (deprecated route)

     The old sign-out route. The server ignores `encodedKey` and signs out its own key, exactly as
    `POST /api/signout` does.

    Args:
        encoded_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | None | str
    """

    return sync_detailed(
        encoded_key=encoded_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    encoded_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | None | str]:
    """Sign out (deprecated route)

     The old sign-out route. The server ignores `encodedKey` and signs out its own key, exactly as
    `POST /api/signout` does.

    Args:
        encoded_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | None | str]
    """

    kwargs = _get_kwargs(
        encoded_key=encoded_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    encoded_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | None | str | None:
    """Sign out (deprecated route)

     The old sign-out route. The server ignores `encodedKey` and signs out its own key, exactly as
    `POST /api/signout` does.

    Args:
        encoded_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | None | str
    """

    return (
        await asyncio_detailed(
            encoded_key=encoded_key,
            client=client,
        )
    ).parsed
