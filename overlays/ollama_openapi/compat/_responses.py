"""Where the generated models differ in name from what ollama-python 0.1.2 exposed, small adapters.

The generated models already have the seed's attributes (``.response``, ``.message``, ``.models``,
``.status``, ``.embedding``, ...). Two things need help: ``ModelDetails.format`` (generated as
``format_``, because ``format`` is a Python builtin) and the status codes the seed returned as ``int``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ollama_openapi_generated.models.model_details import ModelDetails as _GeneratedModelDetails

if TYPE_CHECKING:
    from ollama_openapi_generated.models import ListResponse, ShowResponse

__all__ = ["BlobStatus", "ModelDetails", "with_seed_details"]

T = TypeVar("T", "ListResponse", "ShowResponse")


class ModelDetails(_GeneratedModelDetails):
    """The generated ``ModelDetails``, also readable as ``details.format`` as in ollama-python."""

    @property
    def format(self) -> str:
        """The file format, e.g. ``gguf`` (the same as ``format_``)."""
        return self.format_


def _seed_details(details: Any) -> Any:
    if isinstance(details, _GeneratedModelDetails) and not isinstance(details, ModelDetails):
        return ModelDetails.from_dict(details.to_dict())
    return details


def with_seed_details(response: T) -> T:
    """`response` (a ``ListResponse`` or ``ShowResponse``) with every ``details`` as `ModelDetails`."""
    models = getattr(response, "models", None)
    if isinstance(models, list):
        for model in models:
            model.details = _seed_details(model.details)
    elif hasattr(response, "details"):
        response.details = _seed_details(response.details)
    return response


class BlobStatus(int):
    """The HTTP status of ``HEAD /api/blobs/<digest>``: 200 (the server has the blob) or 404 (it has not).

    It is an ``int`` as in ollama-python, so ``== 200`` works; unlike a plain ``int``, it is true only for
    2xx, so ``if api.check_blob_exists(digest):`` means "the blob exists".
    """

    def __bool__(self) -> bool:
        return 200 <= self < 300
