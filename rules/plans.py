"""Numbering-plan presets (``rules/data/numbering_plans.yaml``) and the ``country`` setting.

``country:`` in ``settings.yaml`` (and a deployment's ``overrides.yaml``) names a preset and
may override any of its keys::

    country: {preset: SG}                          # a Singapore operator
    country: {preset: CN, short_code: '^...$'}     # mainland plan, own short codes
    country: {preset: CN, by_recipient: true}      # a hub: each recipient's own plan

With ``by_recipient``, a message whose recipient is written in international form (``+852…``)
has its sender classified by the plan of the recipient's country when a preset exists for it,
and by the home plan otherwise.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from rules.senders import BODY_NUMBER_CLASSES, SENDER_CLASSES, CountryPlan

__all__ = ["PLANS_FILE", "country_plan", "presets", "recipient_plans"]

PLANS_FILE = Path(__file__).resolve().parent / "data" / "numbering_plans.yaml"

#: Keys of the ``country`` setting that are not part of a plan.
_OWN_KEYS = ("preset", "by_recipient")


@functools.cache
def presets() -> dict[str, dict[str, Any]]:
    """Return the bundled plans by ISO code, each with its ``examples`` (number -> class).

    Raises:
        ValueError: The bundled file is malformed (a packaging error).
    """
    doc = yaml.safe_load(PLANS_FILE.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise ValueError(f"{PLANS_FILE}: expected a mapping of country code to plan")
    out: dict[str, dict[str, Any]] = {}
    for code, plan in doc.items():
        examples = plan.get("examples") or {}
        bad = sorted(set(examples.values()) - set(SENDER_CLASSES) - set(BODY_NUMBER_CLASSES))
        if bad:
            raise ValueError(f"{PLANS_FILE}: {code}: unknown classes in examples: {bad}")
        out[str(code).upper()] = {**plan, "code": str(code).upper()}
    return out


def country_plan(country: Mapping[str, Any]) -> CountryPlan:
    """Build the home plan from the ``country`` setting.

    Args:
        country: The merged ``country`` mapping: ``preset`` and/or the plan's own keys
            (``code``, ``calling_code``, ``trunk_prefix``, ``international_prefix``,
            ``mobile``, ``landline``, ``short_code``); keys given next to ``preset`` override
            the preset's.

    Returns:
        The plan.

    Raises:
        ValueError: An unknown preset, or a plan that :meth:`CountryPlan.from_mapping`
            rejects.
    """
    preset = country.get("preset")
    base: dict[str, Any] = {}
    if preset not in (None, ""):
        known = presets()
        key = str(preset).strip().upper()
        if key not in known:
            raise ValueError(f"unknown numbering-plan preset {preset!r} "
                             f"(known: {', '.join(sorted(known))})")
        base = _plan_keys(known[key])
    base.update((k, v) for k, v in country.items() if k not in _OWN_KEYS)
    return CountryPlan.from_mapping(base)


def recipient_plans(home: CountryPlan) -> dict[str, CountryPlan]:
    """Return a plan per calling code: every preset's, the home plan for its own code.

    Calling codes form a prefix-free set, so at most one of a number's first one to three
    digits is a key.
    """
    out = {plan.calling_code: plan
           for plan in (CountryPlan.from_mapping(_plan_keys(p)) for p in presets().values())}
    out[home.calling_code] = home
    return out


def _plan_keys(preset: Mapping[str, Any]) -> dict[str, Any]:
    """Return a preset's plan keys (its ``examples`` are for the tests)."""
    return {k: v for k, v in preset.items() if k != "examples"}
