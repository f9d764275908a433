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
    Target("show", "raw-httpx", 1.10),
    Target("version", "raw-httpx", 1.10),
    Target("embed", "raw-httpx", 1.05),
    Target("async_chat", "raw-httpx", 0.9, at_most=False),
    Target("upload", "raw-httpx", 0.8, at_most=False),
    Target("upload", "ours", 64.0, metric="value", field="rss_growth_mib"),
    Target("import", "ours", 150.0, metric="value", field="import ollama_openapi"),
]


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def aggregate(runs: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """Per case and client: the median over runs of each run's median sample; ratios within runs.

    `runs` holds, per run, ``{client: {case: worker result}}``.
    """
    cases: dict[str, Any] = {}
    for run in runs:
        for client, results in run.items():
            for case, result in results.items():
                entry = cases.setdefault(case, {"clients": {}, "ratios": {}})
                slot = entry["clients"].setdefault(client, {"per_run": [], "extra": []})
                if "error" in result:
                    slot["error"] = result["error"]
                    continue
                entry["unit"] = result["unit"]
                entry["lower_is_better"] = result["lower_is_better"]
                slot["per_run"].append(statistics.median(result["samples"]))
                slot["extra"].append({k: v for k, v in result.items() if k not in ("samples", "unit")})
    for case, entry in cases.items():
        for slot in entry["clients"].values():
            slot["median"] = _median(slot["per_run"])
            slot["min"] = min(slot["per_run"]) if slot["per_run"] else None
            slot["max"] = max(slot["per_run"]) if slot["per_run"] else None
            rss = [extra["rss_growth_mib"] for extra in slot["extra"] if "rss_growth_mib" in extra]
            if rss:
                slot["rss_growth_mib"] = max(rss)
        for client in entry["clients"]:
            for baseline in entry["clients"]:
                if client == baseline:
                    continue
                ratios = []
                for run in runs:
                    mine, theirs = run.get(client, {}).get(case), run.get(baseline, {}).get(case)
                    if not mine or not theirs or "error" in mine or "error" in theirs:
                        continue
                    ratios.append(statistics.median(mine["samples"]) / statistics.median(theirs["samples"]))
                if ratios:
                    entry["ratios"][f"{client}/{baseline}"] = {
                        "median": statistics.median(ratios),
                        "per_run": ratios,
                    }
        del case
    return cases


def verdicts(cases: dict[str, Any], imports: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with the measured value and pass/fail (None when it could not be measured)."""
    rows = []
    for target in TARGETS:
        value: float | None = None
        if target.metric == "ratio":
            ratio = cases.get(target.case, {}).get("ratios", {}).get(f"ours/{target.baseline}")
            value = ratio["median"] if ratio else None
        elif target.case == "import":
            value = imports.get("ours", {}).get(target.field, {}).get("median")
        else:
            value = cases.get(target.case, {}).get("clients", {}).get("ours", {}).get(target.field)
        passed = (
            None if value is None else (value <= target.limit if target.at_most else value >= target.limit)
        )
        rows.append(
            {
                "case": target.case,
                "target": target.describe(),
                "value": value,
                "passed": passed,
            }
        )
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


def format_table(
    cases: dict[str, Any], imports: dict[str, Any], clients: list[str], rows: list[dict[str, Any]]
) -> str:
    """The terminal report: medians per client, ours' ratios, and the target verdicts."""
    width = 13
    header = f"{'case':<28}{'unit':<10}" + "".join(f"{c:>{width}}" for c in clients)
    header += f"{'ours/raw':>{width}}{'ours/official':>{width + 2}}"
    lines = [header, "-" * len(header)]
    for case, title in CASE_TITLES.items():
        entry = cases.get(case)
        if entry is None:
            continue
        cells = []
        for client in clients:
            slot = entry["clients"].get(client, {})
            cells.append(_number(slot.get("median")) if slot.get("median") is not None else "n/a")
        ratio_raw = entry["ratios"].get("ours/raw-httpx", {}).get("median")
        ratio_official = entry["ratios"].get("ours/official", {}).get("median")
        lines.append(
            f"{title:<28}{entry.get('unit', ''):<10}"
            + "".join(f"{cell:>{width}}" for cell in cells)
            + f"{_number(ratio_raw):>{width}}{_number(ratio_official):>{width + 2}}"
        )
        if case == "upload":
            growth = [_number(entry["clients"].get(c, {}).get("rss_growth_mib")) for c in clients]
            lines.append(f"{'  peak RSS growth':<28}{'MiB':<10}" + "".join(f"{g:>{width}}" for g in growth))
    for statement_index in range(3):
        label, cells = "", []
        for client in clients:
            statements = list(imports.get(client, {}).items())
            if statement_index < len(statements):
                statement, result = statements[statement_index]
                label = label or statement.split(";")[0].replace("ollama_openapi", "<pkg>")
                cells.append(_number(result.get("median")) if "median" in result else "n/a")
            else:
                cells.append("")
        if any(cells):
            title = f"import #{statement_index + 1}"
            lines.append(f"{title:<28}{'ms':<10}" + "".join(f"{cell:>{width}}" for cell in cells))
    lines.append("")
    lines.append("import statements: " + "; ".join(f"{c}: {' | '.join(imports.get(c, {}))}" for c in clients))
    lines.append("")
    lines.append(f"{'target':<44}{'measured':>12}  verdict")
    for row in rows:
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[row["passed"]]
        lines.append(f"{row['case'] + ': ' + row['target']:<44}{_number(row['value']):>12}  {verdict}")
    return "\n".join(lines)


def draw_chart(
    cases: dict[str, Any], imports: dict[str, Any], clients: list[str], path: Path, subtitle: str
) -> str | None:
    """A PNG of every client's cost relative to raw httpx per case, plus import times and RSS growth."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        return f"no chart: {exc}"
    order = [case for case in CASE_TITLES if case in cases]
    others = [client for client in clients if client != "raw-httpx"]
    figure, (ratios_axis, import_axis) = plt.subplots(
        1, 2, figsize=(15, 6), gridspec_kw={"width_ratios": [3.2, 1]}
    )
    bar = 0.8 / max(len(others), 1)
    colours = {"ours": "#1f77b4", "official": "#ff7f0e", "seed-0.1.2": "#7f7f7f", "raw-httpx": "#2ca02c"}
    limits = {(t.case, t.baseline): t for t in TARGETS if t.metric == "ratio"}
    for index, client in enumerate(others):
        xs, heights = [], []
        for position, case in enumerate(order):
            ratio = cases[case]["ratios"].get(f"{client}/raw-httpx", {}).get("median")
            if ratio is None:
                continue
            # Always "cost relative to raw httpx": invert throughput ratios so lower is better everywhere.
            cost = ratio if cases[case].get("lower_is_better", True) else 1 / ratio
            xs.append(position + (index - (len(others) - 1) / 2) * bar)
            heights.append(cost)
        bars = ratios_axis.bar(xs, heights, bar, label=client, color=colours.get(client))
        ratios_axis.bar_label(bars, fmt="%.2f", fontsize=7, padding=1)
    for position, case in enumerate(order):
        target = limits.get((case, "raw-httpx"))
        if target is not None:
            limit = target.limit if target.at_most else 1 / target.limit
            ratios_axis.hlines(limit, position - 0.45, position + 0.45, colors="red", linestyles="dashed")
    ratios_axis.axhline(1.0, color=colours["raw-httpx"], linewidth=1)
    ratios_axis.set_xticks(range(len(order)), [_SHORT_TITLES.get(case, case) for case in order], fontsize=8)
    ratios_axis.set_ylabel("cost relative to raw httpx + json.loads (1.0, green line)")
    ratios_axis.set_title("Cost per unit of work vs raw httpx (lower is better; red dashes: our target)")
    ratios_axis.legend(fontsize=8)
    labels, values, colours_used = [], [], []
    for client in clients:
        for statement, result in imports.get(client, {}).items():
            if "median" in result:
                labels.append(f"{client}\n{statement[:34]}")
                values.append(result["median"])
                colours_used.append(colours.get(client, "#333333"))
    bars = import_axis.barh(range(len(values)), values, color=colours_used)
    import_axis.bar_label(bars, fmt="%.0f ms", fontsize=7, padding=2)
    import_axis.set_yticks(range(len(values)), labels, fontsize=7)
    import_axis.invert_yaxis()
    import_axis.axvline(150, color="red", linestyle="dashed")
    import_axis.set_title("Import time (ms; red: 150 ms target)")
    figure.suptitle(subtitle, fontsize=9)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return None
