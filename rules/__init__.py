"""The smishwall screening engine: rule packs in, verdicts out, no Kafka inside.

Typical use::

    import rules
    engine = rules.load(local_dir=None)          # raises rules.PackSetError on a bad pack set
    verdict = engine.screen("+614913117945", "〖湖南省医保局〗您的参保账户已失效...")
    verdict.action, verdict.score, verdict.to_dict()
"""

from rules.engine import Engine, FiredRule, Verdict, load
from rules.errors import PackError, PackSetError, ScreenError, SmishwallError

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
