from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.progress_response import ProgressResponse
from ...models.pull_request import PullRequest
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: PullRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/pull",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProgressResponse | str | None:
    if response.status_code == 200:
        response_200 = ProgressResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ProgressResponse | str]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PullRequest,
) -> Response[ErrorResponse | ProgressResponse | str]:
    r"""Download a model from a registry

     Downloads a model, resuming interrupted downloads. Streams `ProgressResponse` lines
    (`pulling manifest`, `pulling <digest>` with `total`/`completed`, `verifying sha256 digest`,
    `writing manifest`, `success`) unless `stream` is false. Registry errors arrive as an
    `{\"error\": ...}` line after `pulling manifest`.

    Args:
        body (PullRequest): A request to `/api/pull`. Give `model` (or the deprecated `name`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProgressResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PullRequest,
) -> ErrorResponse | ProgressResponse | str | None:
    r"""Download a model from a registry

     Downloads a model, resuming interrupted downloads. Streams `ProgressResponse` lines
    (`pulling manifest`, `pulling <digest>` with `total`/`completed`, `verifying sha256 digest`,
    `writing manifest`, `success`) unless `stream` is false. Registry errors arrive as an
    `{\"error\": ...}` line after `pulling manifest`.

    Args:
        body (PullRequest): A request to `/api/pull`. Give `model` (or the deprecated `name`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProgressResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PullRequest,
) -> Response[ErrorResponse | ProgressResponse | str]:
    r"""Download a model from a registry

     Downloads a model, resuming interrupted downloads. Streams `ProgressResponse` lines
    (`pulling manifest`, `pulling <digest>` with `total`/`completed`, `verifying sha256 digest`,
    `writing manifest`, `success`) unless `stream` is false. Registry errors arrive as an
    `{\"error\": ...}` line after `pulling manifest`.

    Args:
        body (PullRequest): A request to `/api/pull`. Give `model` (or the deprecated `name`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProgressResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PullRequest,
) -> ErrorResponse | ProgressResponse | str | None:
    r"""Download a model from a registry

     Downloads a model, resuming interrupted downloads. Streams `ProgressResponse` lines
    (`pulling manifest`, `pulling <digest>` with `total`/`completed`, `verifying sha256 digest`,
    `writing manifest`, `success`) unless `stream` is false. Registry errors arrive as an
    `{\"error\": ...}` line after `pulling manifest`.

    Args:
        body (PullRequest): A request to `/api/pull`. Give `model` (or the deprecated `name`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProgressResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
