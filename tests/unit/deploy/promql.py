"""Metric names in a PromQL expression, and the names the workers export.

A small tokenizer, enough for the project's own alert and dashboard queries: it drops strings,
label matchers, range selectors, grouping clauses and Grafana variables, then keeps every
identifier that is not a function, an aggregation or a keyword.
"""

from __future__ import annotations

import re

from prometheus_client import REGISTRY

KEYWORDS = frozenset(
    {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right",
     "offset", "bool", "Inf", "NaN", "inf", "nan", "atan2"}
)  # fmt: skip
PROMETHEUS_SERIES = frozenset({"up", "scrape_duration_seconds", "scrape_samples_scraped"})

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGE = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_VARIABLE = re.compile(r"\$\{?\w+\}?")
_IDENT = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*")


def metric_names(expr: str) -> set[str]:
    """Return the metric names an expression selects."""
    text = _STRING.sub('""', expr)
    text = _MATCHERS.sub(" ", text)
    text = _RANGE.sub(" ", text)
    text = _GROUPING.sub(" ", text)
    text = _VARIABLE.sub(" ", text)
    names = set()
    for match in _IDENT.finditer(text):
        token = match.group(0)
        before = text[match.start() - 1] if match.start() else " "
        if before.isdigit() or before == ".":
            continue  # exponent of a number such as 1e-3
        if text[match.end() :].lstrip().startswith("("):
            continue  # function or aggregation
        if token in KEYWORDS:
            continue
        names.add(token)
    return names


def exported_names() -> set[str]:
    """Return every series name the worker's metrics module exports."""
    import streams.metrics  # noqa: F401  (registers the metrics)

    names = set()
    for family in REGISTRY.collect():
        if family.type == "counter":
            names.add(family.name + "_total")
        elif family.type == "histogram":
            names.update(family.name + suffix for suffix in ("_bucket", "_sum", "_count"))
        else:
            names.add(family.name)
    return names
