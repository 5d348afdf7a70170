"""Starts a gateway worker: settings → rules engine → Faust app → agents → Faust worker.

The worker runs on uvloop when it is installed and ``SMISHWALL_UVLOOP`` is on. Faust leaves the
root logger at DEBUG (for its console spinner), which makes every ``logger.debug`` in Faust and
aiokafka build a record: the worker sets the root level back once it has started. aiokafka's
logger never goes below INFO, because its DEBUG lines carry record keys and values. The engine
and the app are moved out of the garbage collector's reach (``gc.freeze``) once built.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from typing import Any

from streams import metrics
from streams.settings import Settings

__all__ = ["build_worker", "run_worker"]

logger = logging.getLogger(__name__)

GC_GEN0_THRESHOLD = 20_000
"""Allocations between young-generation collections in a running worker (CPython's is 700)."""


def load_engine(settings: Settings) -> Any:
    """Load the rules engine with the shipped packs and ``SMISHWALL_RULES_DIR``.

    Args:
        settings: Gateway settings.

    Returns:
        The loaded :class:`rules.Engine`.
    """
    import rules
    from rules import build

    engine = rules.load(local_dir=settings.rules_dir or None)
    metrics.set_pack(engine)
    if build.KIND != "compiled":
        # Same verdicts, less capacity: say why (smishwall_build_info{engine="python"} too).
        logger.warning("engine build: %s", build.describe())
    else:
        logger.info("engine build: %s", build.describe())
    return engine


def _shipped_rules_dir() -> str:
    from rules.loader import SHIPPED_DIR

    return str(SHIPPED_DIR)


def _install_uvloop(settings: Settings) -> None:
    if not settings.uvloop:
        return
    try:
        import uvloop
    except ImportError:  # pragma: no cover - optional on some platforms
        return
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def build_worker(settings: Settings, engine: Any,
                 reload: Callable[[], Any] | None = None) -> Any:
    """Build the Faust worker of a gateway process, ready for ``execute_from_commandline()``.

    Args:
        settings: Gateway settings.
        engine: The loaded rules engine.
        reload: Loads the rules again for a hot reload (``SIGHUP`` or changed rule files);
            None disables reloading.

    Returns:
        A :class:`faust.Worker`.
    """
    _install_uvloop(settings)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    import faust

    from streams.agents import register
    from streams.app import create_app
    from streams.upkeep import EngineHolder, register_upkeep
    from streams.web import register_views

    app = create_app(settings)
    directories = (_shipped_rules_dir(), settings.rules_dir or None) if reload else ()
    holder = EngineHolder(engine, reload or (lambda: engine), directories)
    register(app, settings, holder)
    register_upkeep(app, settings, holder)
    register_views(app)
    # Move the engine's automata and tables and the app out of the collector's reach, so full
    # collections do not walk them on the hot path.
    gc.collect()
    gc.freeze()
    level = getattr(logging, settings.log_level.upper(), logging.WARNING)

    class GatewayWorker(faust.Worker):
        def _reset_log_levels(self) -> None:
            logging.getLogger().setLevel(level)
            # aiokafka logs record keys and values at DEBUG: never, whatever the level.
            logging.getLogger("aiokafka").setLevel(max(level, logging.INFO))

        async def on_started(self) -> None:
            await super().on_started()
            self._reset_log_levels()

        async def on_startup_finished(self) -> None:
            await super().on_startup_finished()
            self._reset_log_levels()
            # Faust and aiokafka built their long-lived objects during start-up: freeze them
            # too, and collect the young generation less often (each batch allocates
            # thousands of short-lived objects that die young anyway).
            gc.collect()
            gc.freeze()
            gc.set_threshold(GC_GEN0_THRESHOLD, *gc.get_threshold()[1:])
            metrics.set_worker_up(True)

        async def on_stop(self) -> None:
            metrics.set_worker_up(False)
            await super().on_stop()

    settings.data_path.mkdir(parents=True, exist_ok=True)
    return GatewayWorker(
        app,
        loglevel=settings.log_level,
        loop=loop,
        quiet=True,
        redirect_stdouts=False,
        workdir=str(settings.data_path),
    )


def run_worker(settings: Settings, engine_factory: Callable[[Settings], Any] = load_engine) -> None:
    """Load the rules, create the topics if needed, then run a worker until it is stopped.

    Args:
        settings: Gateway settings.
        engine_factory: Loads the rules engine.
    """
    from streams.topics import ensure_topics

    engine = engine_factory(settings)
    ensure_topics(settings)
    worker = build_worker(settings, engine, reload=lambda: engine_factory(settings))
    worker.execute_from_commandline()
