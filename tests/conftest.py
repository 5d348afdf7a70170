"""Suite-wide set-up.

The integration tests share one broker per session and start worker processes under bounded
timeouts; two of them at once would starve each other on a small machine. Under ``pytest -n``
(pytest-xdist, as ``make test`` runs the suite) they are scheduled as one unit, in order on one
xdist worker, while the unit tests spread over the others module by module.

kafka-python 3.0 reads its protocol schemas with the deprecated ``importlib.resources`` text
functions when its modules are first imported; warnings are errors in this suite, so the client
is imported once here with that one deprecation silenced.
"""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", r"(read|open)_text is deprecated", DeprecationWarning)
    import kafka  # noqa: F401
    import kafka.admin  # noqa: F401
    import kafka.consumer  # noqa: F401
    import kafka.producer  # noqa: F401


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """Schedule the integration tests as one unit (one worker, one broker), the rest by module."""
    from xdist.scheduler import LoadScopeScheduling

    class BrokerOnOneWorker(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.startswith("tests/integration/"):
                return "tests/integration"
            return str(super()._split_scope(nodeid))

    return BrokerOnOneWorker(config, log)
