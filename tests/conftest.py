"""Hypothesis settings for every test file: 200 examples, no deadline (the first call of a
conversion compiles its tables).  Under CI (the CI variable set) the examples are drawn
derandomized, so that a run is repeatable and a change is judged on the same inputs each
time; a local run draws new ones, to keep finding cases."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "translit",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
settings.load_profile("translit")
