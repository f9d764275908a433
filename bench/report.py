"""Turn the workers' samples into medians, within-run ratios, target verdicts, a table and a chart."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CASE_TITLES", "TARGETS", "Target", "aggregate", "draw_chart", "format_table", "verdicts"]

CASE_TITLES = {
    "stream_chat": "chat stream, per chunk",
    "stream_generate": "generate stream, per chunk",
    "stream_pull": "pull stream, per chunk",
    "stream_openai_chat": "/v1/chat/completions stream, per chunk",
    "show": "show, per call",
    "version": "version, per call",
    "embed": "embed 64x1024, per call",
    "async_chat": "50 async chat streams",
    "upload": "1 GiB blob upload",
}

_SHORT_TITLES = {
    "stream_chat": "chat stream\nper chunk",
    "stream_generate": "generate stream\nper chunk",
    "stream_pull": "pull stream\nper chunk",
    "stream_openai_chat": "/v1 chat stream\nper chunk",
    "show": "show\nper call",
    "version": "version\nper call",
    "embed": "embed 64x1024\nper call",
    "async_chat": "50 async chat\nstreams (1/throughput)",
    "upload": "1 GiB upload\n(1/throughput)",
}


@dataclass(frozen=True)
class Target:
    """`ours` compared with `baseline` on `case`: ``ours/baseline`` must be at most (or least) `limit`."""

    case: str
    baseline: str
    limit: float
    at_most: bool = True
    metric: str = "ratio"  # ratio | value (then `limit` applies to ours' own median)
    field: str = "value"

    def describe(self) -> str:
        sign = "<=" if self.at_most else ">="
        if self.metric == "value":
            return f"{self.field} {sign} {self.limit:g}"
        return f"ours/{self.baseline} {sign} {self.limit:g}"


TARGETS = [
    *(Target(case, "official", 1.0) for case in ("stream_chat", "stream_generate", "stream_pull")),
    *(Target(case, "raw-httpx", 1.4) for case in ("stream_chat", "stream_generate", "stream_pull")),
    Target("stream_openai_chat", "openai-sdk", 1.0),
    Target("show", "raw-httpx", 1.10),
    Target("version", "raw-httpx", 1.10),
    Target("embed", "raw-httpx", 1.05),
    Target("async_chat", "raw-httpx", 0.9, at_most=False),
    Target("upload", "raw-httpx", 0.8, at_most=False),
    Target("upload", "ours", 64.0, metric="value", field="rss_growth_mib"),
    Target("import", "ours", 40.0, metric="value", field="import ollama_openapi"),
]


CLOCKS = {"wall": "samples", "cpu": "cpu_samples"}
"""Wall-clock time (what a caller waits) and the client process's own CPU time (what it costs)."""


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _best(result: dict[str, Any], key: str) -> float:
    """A worker's best repetition: the least time (or the highest throughput).

    Load from other processes only ever makes a repetition slower, so the best of a worker's
    repetitions is its steadiest estimate of what the client itself costs (as ``timeit`` advises);
    the median over runs then evens out what differs between processes.
    """
    samples: list[float] = result[key]
    return min(samples) if result.get("lower_is_better", True) else max(samples)


def aggregate(runs: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """Per case, client and clock: the median over runs of each worker's best repetition.

    `runs` holds, per run, ``{client: {case: worker result}}``. ``entry["clients"][c]["median"]`` is
    the wall-clock median, ``["cpu"]["median"]`` the CPU-time one; ``entry["ratios"]`` and
    ``entry["cpu_ratios"]`` hold ``"a/b"`` ratios of the workers' best repetitions, computed run by
    run, and their median.
    """
    cases: dict[str, Any] = {}
    for run in runs:
        for client, results in run.items():
            for case, result in results.items():
                entry = cases.setdefault(case, {"clients": {}, "ratios": {}, "cpu_ratios": {}})
                slot = entry["clients"].setdefault(
                    client, {"per_run": [], "cpu": {"per_run": []}, "extra": []}
                )
                if "error" in result:
                    slot["error"] = result["error"]
                    continue
                entry["unit"] = result["unit"]
                entry["lower_is_better"] = result["lower_is_better"]
                slot["per_run"].append(_best(result, "samples"))
                if result.get("cpu_samples"):
                    slot["cpu"]["per_run"].append(_best(result, "cpu_samples"))
                skip = ("samples", "cpu_samples", "unit", "lower_is_better")
                slot["extra"].append({k: v for k, v in result.items() if k not in skip})
    for case, entry in cases.items():
        for slot in entry["clients"].values():
            for target in (slot, slot["cpu"]):
                target["median"] = _median(target["per_run"])
                target["min"] = min(target["per_run"]) if target["per_run"] else None
                target["max"] = max(target["per_run"]) if target["per_run"] else None
            rss = [extra["rss_growth_mib"] for extra in slot["extra"] if "rss_growth_mib" in extra]
            if rss:
                slot["rss_growth_mib"] = max(rss)
        for clock, key in CLOCKS.items():
            for client in entry["clients"]:
                for baseline in entry["clients"]:
                    ratios = _run_ratios(runs, case, client, baseline, key) if client != baseline else []
                    if ratios:
                        entry["ratios" if clock == "wall" else "cpu_ratios"][f"{client}/{baseline}"] = {
                            "median": statistics.median(ratios),
                            "per_run": ratios,
                        }
    return cases


def _run_ratios(runs: list[dict[str, Any]], case: str, client: str, baseline: str, key: str) -> list[float]:
    ratios = []
    for run in runs:
        mine, theirs = run.get(client, {}).get(case), run.get(baseline, {}).get(case)
        if not mine or not theirs or not mine.get(key) or not theirs.get(key):
            continue
        ratios.append(_best(mine, key) / _best(theirs, key))
    return ratios


def verdicts(cases: dict[str, Any], imports: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with the measured values (wall clock and CPU time) and pass/fail of each.

    A verdict is None when the value could not be measured.
    """
    rows = []
    for target in TARGETS:
        values: dict[str, float | None] = {"wall": None, "cpu": None}
        if target.metric == "ratio":
            entry = cases.get(target.case, {})
            for clock, name in (("wall", "ratios"), ("cpu", "cpu_ratios")):
                ratio = entry.get(name, {}).get(f"ours/{target.baseline}")
                values[clock] = ratio["median"] if ratio else None
        elif target.case == "import":
            values["wall"] = imports.get("ours", {}).get(target.field, {}).get("median")
        else:
            values["wall"] = cases.get(target.case, {}).get("clients", {}).get("ours", {}).get(target.field)
        row: dict[str, Any] = {"case": target.case, "target": target.describe()}
        for clock, value in values.items():
            row[clock] = value
            row[f"{clock}_passed"] = (
                None
                if value is None
                else (value <= target.limit if target.at_most else value >= target.limit)
            )
        rows.append(row)
    return rows


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "n/a"
    if abs(value) >= 1000:
        text = f"{value:,.0f}"
    elif abs(value) >= 100:
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}".rstrip()


def _median_cell(slot: dict[str, Any]) -> str:
    return _number(slot.get("median")) if slot.get("median") is not None else "n/a"


def format_table(
    cases: dict[str, Any], imports: dict[str, Any], clients: list[str], rows: list[dict[str, Any]]
) -> str:
    """The terminal report: medians per client (wall clock, then CPU), ours' ratios, target verdicts."""
    width = 12
    lines: list[str] = []
    for clock in ("wall", "cpu"):
        ratios_key = "ratios" if clock == "wall" else "cpu_ratios"
        title = "wall-clock medians" if clock == "wall" else "client CPU-time medians (user + system)"
        header = f"{title:<40}{'unit':<10}" + "".join(f"{c:>{width}}" for c in clients)
        header += f"{'ours/raw':>{width}}{'ours/official':>{width + 3}}"
        lines += [header, "-" * len(header)]
        for case, case_title in CASE_TITLES.items():
            entry = cases.get(case)
            if entry is None:
                continue
            slots = [entry["clients"].get(client, {}) for client in clients]
            cells = [_median_cell(slot if clock == "wall" else slot.get("cpu", {})) for slot in slots]
            ratio_raw = entry[ratios_key].get("ours/raw-httpx", {}).get("median")
            ratio_official = entry[ratios_key].get("ours/official", {}).get("median")
            lines.append(
                f"{case_title:<40}{entry.get('unit', ''):<10}"
                + "".join(f"{cell:>{width}}" for cell in cells)
                + f"{_number(ratio_raw):>{width}}{_number(ratio_official):>{width + 3}}"
            )
            if case == "upload" and clock == "wall":
                growth = [_number(slot.get("rss_growth_mib")) for slot in slots]
                lines.append(
                    f"{'  peak RSS growth':<40}{'MiB':<10}" + "".join(f"{g:>{width}}" for g in growth)
                )
        lines.append("")
    lines.append(f"{'import time (fresh interpreter, median)':<40}{'ms':<10}")
    for client in clients:
        for statement, result in imports.get(client, {}).items():
            value = _number(result.get("median")) if "median" in result else result.get("error", "n/a")
            lines.append(f"  {client + ': ' + statement:<58}{value:>10}")
    lines.append("")
    lines.append(f"{'target':<46}{'wall':>9}{'':<6}{'CPU':>9}")
    for row in rows:
        verdicts = []
        for clock in ("wall", "cpu"):
            verdict = {True: "PASS", False: "FAIL", None: ""}[row[f"{clock}_passed"]]
            verdicts.append(f"{_number(row[clock]) if row[clock] is not None else '':>9} {verdict:<5}")
        lines.append(f"{row['case'] + ': ' + row['target']:<46}" + "".join(verdicts))
    return "\n".join(lines)


def _ratio_bars(axis: Any, cases: dict[str, Any], clients: list[str], ratios_key: str, title: str) -> None:
    order = [case for case in CASE_TITLES if case in cases]
    others = [client for client in clients if client != "raw-httpx"]
    bar = 0.8 / max(len(others), 1)
    limits = {(t.case, t.baseline): t for t in TARGETS if t.metric == "ratio"}
    for index, client in enumerate(others):
        xs, heights = [], []
        for position, case in enumerate(order):
            ratio = cases[case][ratios_key].get(f"{client}/raw-httpx", {}).get("median")
            if ratio is None:
                continue
            # Always "cost relative to raw httpx": invert throughput ratios so lower is better everywhere.
            xs.append(position + (index - (len(others) - 1) / 2) * bar)
            heights.append(ratio if cases[case].get("lower_is_better", True) else 1 / ratio)
        bars = axis.bar(xs, heights, bar, label=client, color=_COLOURS.get(client))
        axis.bar_label(bars, fmt="%.2f", fontsize=6, padding=1)
    for position, case in enumerate(order):
        target = limits.get((case, "raw-httpx"))
        if target is not None:
            limit = target.limit if target.at_most else 1 / target.limit
            axis.hlines(limit, position - 0.45, position + 0.45, colors="red", linestyles="dashed")
    axis.axhline(1.0, color=_COLOURS["raw-httpx"], linewidth=1)
    axis.set_xticks(range(len(order)), [_SHORT_TITLES.get(case, case) for case in order], fontsize=7)
    axis.set_ylabel("cost relative to raw httpx + json.loads (green line = 1)")
    axis.set_title(title, fontsize=10)
    axis.legend(fontsize=8)


_COLOURS = {"ours": "#1f77b4", "official": "#ff7f0e", "seed-0.1.2": "#7f7f7f", "raw-httpx": "#2ca02c"}


def draw_chart(
    cases: dict[str, Any], imports: dict[str, Any], clients: list[str], path: Path, subtitle: str
) -> str | None:
    """A PNG: each client's cost relative to raw httpx per case (wall clock, CPU time), import times."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        return f"no chart: {exc}"
    figure = plt.figure(figsize=(16, 10))
    grid = figure.add_gridspec(2, 3, width_ratios=[3, 3, 2])
    wall_axis = figure.add_subplot(grid[0, :2])
    cpu_axis = figure.add_subplot(grid[1, :2], sharey=wall_axis)
    import_axis = figure.add_subplot(grid[:, 2])
    red = "red dashes: our target"
    _ratio_bars(
        wall_axis, cases, clients, "ratios", f"Wall clock: cost per unit of work vs raw httpx ({red})"
    )
    _ratio_bars(cpu_axis, cases, clients, "cpu_ratios", f"Client CPU time: cost vs raw httpx ({red})")
    labels, values, colours = [], [], []
    for client in clients:
        for statement, result in imports.get(client, {}).items():
            if "median" in result:
                labels.append(f"{client}\n{statement[:38]}")
                values.append(result["median"])
                colours.append(_COLOURS.get(client, "#333333"))
    bars = import_axis.barh(range(len(values)), values, color=colours)
    import_axis.bar_label(bars, fmt="%.0f ms", fontsize=7, padding=2)
    import_axis.set_yticks(range(len(values)), labels, fontsize=7)
    import_axis.invert_yaxis()
    import_axis.axvline(150, color="red", linestyle="dashed")
    import_axis.set_title("Import time, ms (red: 150 ms target)", fontsize=10)
    figure.suptitle(subtitle, fontsize=9)
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return None
