"""Suite-wide set-up.

kafka-python 3.0 reads its protocol schemas with the deprecated ``importlib.resources`` text
functions when its modules are first imported; warnings are errors in this suite, so the client
is imported once here with that one deprecation silenced.
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", r"(read|open)_text is deprecated", DeprecationWarning)
    import kafka  # noqa: F401
    import kafka.admin  # noqa: F401
    import kafka.consumer  # noqa: F401
    import kafka.producer  # noqa: F401
