"""Plausible model metadata (family, size, quantization, capabilities) inferred from a model name.

The fake has no weights, so everything ``show``/``tags`` report is derived from the name the user pulled,
using a small table of well-known model families. Unknown names fall back to a generic 7B llama.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import ModelName

LLAMA3_TEMPLATE = (
    "{{ if .System }}<|start_header_id|>system<|end_header_id|>\n\n{{ .System }}<|eot_id|>{{ end }}"
    "{{ if .Prompt }}<|start_header_id|>user<|end_header_id|>\n\n{{ .Prompt }}<|eot_id|>{{ end }}"
    "<|start_header_id|>assistant<|end_header_id|>\n\n{{ .Response }}<|eot_id|>"
)
CHATML_TEMPLATE = (
    "{{ if .System }}<|im_start|>system\n{{ .System }}<|im_end|>\n{{ end }}"
    "{{ if .Prompt }}<|im_start|>user\n{{ .Prompt }}<|im_end|>\n{{ end }}"
    "<|im_start|>assistant\n{{ .Response }}<|im_end|>"
)
PLAIN_TEMPLATE = "{{ .Prompt }}"
INST_TEMPLATE = "[INST] {{ if .System }}{{ .System }} {{ end }}{{ .Prompt }} [/INST]"

LLAMA3_STOPS = ("<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>")
CHATML_STOPS = ("<|im_start|>", "<|im_end|>")


@dataclass(frozen=True)
class ModelProfile:
    """Static facts about a model family."""

    family: str
    parameter_size: str
    capabilities: tuple[str, ...]
    families: tuple[str, ...] = ()
    quantization_level: str = "Q4_K_M"
    context_length: int = 131072
    embedding_length: int = 4096
    template: str = LLAMA3_TEMPLATE
    stops: tuple[str, ...] = LLAMA3_STOPS
    license: str = ""
    extra_parameters: dict[str, float | int] = field(default_factory=dict)

    @property
    def all_families(self) -> tuple[str, ...]:
        """``details.families``."""
        return self.families or (self.family,)


_EMBEDDING = ("embedding",)
_CHAT = ("completion",)
_CHAT_TOOLS = ("completion", "tools")
_THINKING_TOOLS = ("completion", "tools", "thinking")

# First matching prefix wins, so the more specific names come first.
_PROFILES: tuple[tuple[str, ModelProfile], ...] = (
    (
        "all-minilm",
        ModelProfile(
            "bert",
            "23M",
            _EMBEDDING,
            quantization_level="F16",
            context_length=512,
            embedding_length=384,
            template=PLAIN_TEMPLATE,
            stops=(),
        ),
    ),
    (
        "nomic-embed",
        ModelProfile(
            "nomic-bert",
            "137M",
            _EMBEDDING,
            quantization_level="F16",
            context_length=2048,
            embedding_length=768,
            template=PLAIN_TEMPLATE,
            stops=(),
        ),
    ),
    (
        "mxbai-embed",
        ModelProfile(
            "bert",
            "334M",
            _EMBEDDING,
            quantization_level="F16",
            context_length=512,
            embedding_length=1024,
            template=PLAIN_TEMPLATE,
            stops=(),
        ),
    ),
    (
        "qwen3-embedding",
        ModelProfile(
            "qwen3",
            "7.6B",
            _EMBEDDING,
            quantization_level="Q4_K_M",
            context_length=40960,
            embedding_length=4096,
            template=PLAIN_TEMPLATE,
            stops=(),
        ),
    ),
    (
        "gpt-oss",
        ModelProfile(
            "gptoss",
            "20.9B",
            _THINKING_TOOLS,
            quantization_level="MXFP4",
            embedding_length=2880,
            template=CHATML_TEMPLATE,
            stops=CHATML_STOPS,
        ),
    ),
    (
        "deepseek-r1",
        ModelProfile(
            "qwen2",
            "7.6B",
            ("completion", "tools", "thinking"),
            embedding_length=3584,
            template=CHATML_TEMPLATE,
            stops=CHATML_STOPS,
        ),
    ),
    (
        "qwen3",
        ModelProfile(
            "qwen3",
            "8.2B",
            _THINKING_TOOLS,
            context_length=40960,
            embedding_length=4096,
            template=CHATML_TEMPLATE,
            stops=CHATML_STOPS,
        ),
    ),
    (
        "qwen2.5-coder",
        ModelProfile(
            "qwen2",
            "7.6B",
            ("completion", "tools", "insert"),
            context_length=32768,
            embedding_length=3584,
            template=CHATML_TEMPLATE,
            stops=CHATML_STOPS,
        ),
    ),
    (
        "qwen",
        ModelProfile(
            "qwen2",
            "7.6B",
            _CHAT_TOOLS,
            context_length=32768,
            embedding_length=3584,
            template=CHATML_TEMPLATE,
            stops=CHATML_STOPS,
        ),
    ),
    (
        "llava",
        ModelProfile(
            "llama",
            "7B",
            ("completion", "vision"),
            families=("llama", "clip"),
            quantization_level="Q4_0",
            context_length=32768,
            template=INST_TEMPLATE,
            stops=(),
        ),
    ),
    ("llama3.2-vision", ModelProfile("mllama", "10.7B", ("completion", "vision"), context_length=131072)),
    (
        "llama3.3",
        ModelProfile("llama", "70.6B", _CHAT_TOOLS, license="LLAMA 3.3 COMMUNITY LICENSE AGREEMENT"),
    ),
    (
        "llama3.2",
        ModelProfile(
            "llama",
            "3.2B",
            _CHAT_TOOLS,
            embedding_length=3072,
            license="LLAMA 3.2 COMMUNITY LICENSE AGREEMENT",
        ),
    ),
    ("llama3.1", ModelProfile("llama", "8.0B", _CHAT_TOOLS, license="LLAMA 3.1 COMMUNITY LICENSE AGREEMENT")),
    (
        "llama3",
        ModelProfile(
            "llama",
            "8.0B",
            _CHAT,
            quantization_level="Q4_0",
            context_length=8192,
            license="META LLAMA 3 COMMUNITY LICENSE AGREEMENT",
        ),
    ),
    (
        "llama2",
        ModelProfile(
            "llama",
            "6.7B",
            _CHAT,
            quantization_level="Q4_0",
            context_length=4096,
            template=INST_TEMPLATE,
            stops=("[INST]", "[/INST]"),
        ),
    ),
    (
        "codellama",
        ModelProfile(
            "llama",
            "7B",
            ("completion", "insert"),
            quantization_level="Q4_0",
            context_length=16384,
            template=INST_TEMPLATE,
            stops=(),
        ),
    ),
    (
        "mistral",
        ModelProfile(
            "llama",
            "7.2B",
            _CHAT_TOOLS,
            quantization_level="Q4_0",
            context_length=32768,
            template=INST_TEMPLATE,
            stops=("[INST]", "[/INST]"),
        ),
    ),
    (
        "mixtral",
        ModelProfile(
            "llama",
            "46.7B",
            _CHAT_TOOLS,
            quantization_level="Q4_0",
            context_length=32768,
            template=INST_TEMPLATE,
            stops=("[INST]", "[/INST]"),
        ),
    ),
    (
        "gemma3",
        ModelProfile(
            "gemma3",
            "4.3B",
            ("completion", "vision"),
            context_length=131072,
            embedding_length=2560,
            template=PLAIN_TEMPLATE,
            stops=("<end_of_turn>",),
        ),
    ),
    (
        "gemma",
        ModelProfile(
            "gemma",
            "9.2B",
            _CHAT,
            context_length=8192,
            embedding_length=3584,
            template=PLAIN_TEMPLATE,
            stops=("<end_of_turn>",),
        ),
    ),
    (
        "phi",
        ModelProfile(
            "phi3",
            "3.8B",
            _CHAT,
            context_length=131072,
            embedding_length=3072,
            template=CHATML_TEMPLATE,
            stops=("<|end|>",),
        ),
    ),
    (
        "granite",
        ModelProfile(
            "granite",
            "2.5B",
            _CHAT_TOOLS,
            context_length=131072,
            embedding_length=2048,
            template=CHATML_TEMPLATE,
            stops=CHATML_STOPS,
        ),
    ),
    (
        "smollm",
        ModelProfile(
            "llama",
            "1.7B",
            _CHAT_TOOLS,
            quantization_level="Q8_0",
            context_length=8192,
            embedding_length=2048,
            template=CHATML_TEMPLATE,
            stops=CHATML_STOPS,
        ),
    ),
)

_DEFAULT_PROFILE = ModelProfile("llama", "7B", _CHAT)
_SIZE_IN_TAG = re.compile(r"(?:^|[-_])(\d+(?:\.\d+)?)([bm])(?:$|[-_])", re.IGNORECASE)
_QUANT_IN_TAG = re.compile(r"(q\d_[0-9a-z_]+|q\d_\d|fp16|f16|bf16|q8_0)$", re.IGNORECASE)


def _looks_like_embedding(model: str) -> bool:
    return "embed" in model or "minilm" in model


def profile_for(name: ModelName) -> ModelProfile:
    """The profile of ``name``: the family table entry adjusted for the size/quantization in the tag."""
    model = name.model.lower()
    profile = next((p for prefix, p in _PROFILES if model.startswith(prefix)), None)
    if profile is None:
        profile = _DEFAULT_PROFILE
        if _looks_like_embedding(model):
            profile = ModelProfile(
                "bert",
                "137M",
                _EMBEDDING,
                quantization_level="F16",
                context_length=2048,
                embedding_length=768,
                template=PLAIN_TEMPLATE,
                stops=(),
            )
    overrides: dict[str, str] = {}
    size = _SIZE_IN_TAG.search(name.tag)
    if size:
        overrides["parameter_size"] = f"{size.group(1)}{size.group(2).upper()}"
    quant = _QUANT_IN_TAG.search(name.tag)
    if quant:
        overrides["quantization_level"] = quant.group(1).upper().replace("FP16", "F16")
    if not overrides:
        return profile
    return ModelProfile(**{**profile.__dict__, **overrides})


def parameter_count(parameter_size: str) -> int:
    """``"8.0B"`` -> 8_000_000_000; ``"23M"`` -> 23_000_000."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([BMK]?)", parameter_size.upper())
    if not match:
        return 7_000_000_000
    scale = {"B": 10**9, "M": 10**6, "K": 10**3, "": 1}[match.group(2)]
    return int(float(match.group(1)) * scale)


def bits_per_weight(quantization_level: str) -> float:
    """Approximate storage cost of one weight for a quantization level."""
    level = quantization_level.upper()
    if level in ("F16", "BF16"):
        return 16.0
    if level.startswith("Q8"):
        return 8.5
    if level.startswith(("Q5", "Q6")):
        return 5.7
    return 4.6
