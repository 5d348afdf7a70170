"""Worker upkeep off the hot path: rules hot reload and consumer-lag metrics.

**Reload.** :class:`EngineHolder` holds the engine in force; the agent asks it for the engine
once per batch, so a reload is a single reference swap between two batches. A reload is tried
on ``SIGHUP`` and, every ``SMISHWALL_RULES_RELOAD_SECONDS``, when a file under the shipped or
the local rules directory changed. The new pack set is loaded and compiled in a worker thread,
so screening goes on meanwhile; if it fails validation, the error (file, line, reason) is
logged, ``smishwall_rules_reload_failures_total`` counts it and the running packs stay in force.

**Lag.** Every ``SMISHWALL_LAG_SECONDS`` the worker sets ``smishwall_consumer_lag`` for each
partition it owns: the partition's high-water mark minus the offset committed for it (what is
not yet screened and acknowledged).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streams import metrics
from streams.settings import Settings

__all__ = ["EngineHolder", "rules_fingerprint", "register_upkeep"]

logger = logging.getLogger(__name__)

Fingerprint = tuple[tuple[str, int, int], ...]


def rules_fingerprint(*directories: str | Path | None) -> Fingerprint:
    """Return (path, size, mtime) of every file under the given rules directories."""
    entries = []
    for directory in directories:
        if not directory:
            continue
        root = Path(directory)
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".yaml", ".yml", ".txt"):
                stat = path.stat()
                entries.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


class EngineHolder:
    """The engine in force, and the means to replace it safely.

    Calling the holder returns the current engine (cheap: one attribute read).
    """

    def __init__(self, engine: Any, loader: Callable[[], Any],
                 directories: tuple[str | Path | None, ...] = ()) -> None:
        """Hold ``engine``.

        Args:
            engine: The engine loaded at start-up.
            loader: Loads a new engine from the same directories; raises on a bad pack set.
            directories: The rules directories watched for changes.
        """
        self._engine = engine
        self._loader = loader
        self._directories = directories
        self._fingerprint = rules_fingerprint(*directories)
        self._lock = threading.Lock()

    def __call__(self) -> Any:
        """Return the engine in force."""
        return self._engine

    def changed(self) -> bool:
        """Tell whether a watched rules file changed since the last (attempted) load."""
        return rules_fingerprint(*self._directories) != self._fingerprint

    def reload(self) -> bool:
        """Load the rules again and swap the engine if they load.

        Returns:
            True when the new engine is now in force, False when the load failed (the
            running engine stays).
        """
        import rules

        with self._lock:
            self._fingerprint = rules_fingerprint(*self._directories)
            try:
                engine = self._loader()
            except rules.PackError as exc:
                errors = exc.errors if isinstance(exc, rules.PackSetError) else [exc]
                for error in errors:
                    logger.error("rules reload rejected: %s:%s: %s", error.file, error.line,
                                 error.reason)
                logger.error("rules reload failed with %d error(s); the running packs stay "
                             "in force", len(errors))
                metrics.record_reload_failure()
                return False
            except Exception:  # noqa: BLE001 - a reload must never take the worker down
                logger.exception("rules reload failed; the running packs stay in force")
                metrics.record_reload_failure()
                return False
            self._engine = engine
            metrics.set_pack(engine)
            logger.warning("rules reloaded: %s; numbering plan %s", ", ".join(
                f"{name} {version}" for name, version in sorted(engine.versions.items())),
                engine.numbering_plan)
            return True

    async def reload_async(self) -> bool:
        """Run :meth:`reload` in a thread, so batches keep being screened meanwhile."""
        return await asyncio.get_running_loop().run_in_executor(None, self.reload)


def partition_lags(consumer: Any) -> dict[tuple[str, int], int]:
    """Return ``{(topic, partition): lag}`` for the partitions ``consumer`` owns.

    Lag is the high-water mark minus the committed position (the next offset to screen, as
    the batch consumer commits it), or minus the position the partition was first read from
    when nothing was committed yet. Partitions with no known high-water mark or position are
    left out. On Tansu the high-water mark is the start of the last record batch, so the lag
    can read low by up to one producer batch.
    """
    lags: dict[tuple[str, int], int] = {}
    committed: Any = getattr(consumer, "_committed_offset", {}) or {}
    started: Any = getattr(consumer, "_start_offset", {}) or {}
    for tp in consumer.assignment():
        try:
            highwater = consumer.highwater(tp)
        except Exception:  # noqa: BLE001 - not fetched yet
            continue
        position = committed.get(tp)
        if position is None:
            position = started.get(tp)
        if highwater is None or position is None:
            continue
        lags[(tp.topic, tp.partition)] = max(0, int(highwater) - int(position))
    return lags


def register_upkeep(app: Any, settings: Settings, holder: EngineHolder) -> None:
    """Register the reload and lag timers on ``app`` and the ``SIGHUP`` handler.

    Args:
        app: The Faust app.
        settings: Gateway settings.
        holder: The engine holder the agent reads from.
    """
    if settings.rules_reload_seconds > 0:
        @app.timer(settings.rules_reload_seconds)
        async def reload_when_changed() -> None:
            if holder.changed():
                await holder.reload_async()

    if settings.lag_seconds > 0:
        @app.timer(settings.lag_seconds)
        async def report_lag() -> None:
            try:
                lags = partition_lags(app.consumer)
            except Exception:  # noqa: BLE001 - metrics must never stop the worker
                logger.debug("consumer lag unavailable", exc_info=True)
                return
            metrics.set_partition_lags(lags)

    @app.task
    async def reload_on_sighup() -> None:
        loop = asyncio.get_running_loop()

        def on_hup() -> None:
            loop.create_task(holder.reload_async())

        try:
            loop.add_signal_handler(signal.SIGHUP, on_hup)
        except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover
            logger.warning("SIGHUP reload unavailable on this platform")
