"""The ``smishwall`` command line.

Engine commands (``scan``, ``explain``, ``rules``) come from :mod:`rules.cli` and never import
Kafka or Faust; gateway commands are added here and import their dependencies lazily.
"""

from __future__ import annotations

import sys

from rules import cli as rules_cli


def main(argv: list[str] | None = None) -> int:
    """Run the ``smishwall`` command line and return its exit status."""
    parser = rules_cli.build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
