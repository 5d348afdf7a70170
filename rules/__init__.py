"""The smishwall screening engine: rule packs in, verdicts out, no Kafka inside.

Typical use::

    import rules
    engine = rules.load(local_dir=None)          # raises rules.PackSetError on a bad pack set
    verdict = engine.screen("+614913117945", "〖湖南省医保局〗您的参保账户已失效...")
    verdict.action, verdict.score, verdict.to_dict()
"""

from rules import build

build.select()  # compiled modules, or the sources when they changed since the build

from rules.engine import Engine, FiredRule, Verdict, load  # noqa: E402
from rules.errors import PackError, PackSetError, ScreenError, SmishwallError  # noqa: E402

__all__ = [
    "Engine",
    "FiredRule",
    "PackError",
    "PackSetError",
    "ScreenError",
    "SmishwallError",
    "Verdict",
    "load",
]
