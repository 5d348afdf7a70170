"""HTTP views of a worker, served by Faust's web server on ``SMISHWALL_WEB_PORT``."""

from __future__ import annotations

from typing import Any

import faust
from faust.web import Request, Response, View

from streams import metrics

__all__ = ["register_views"]


def register_views(app: faust.App) -> None:
    """Add ``/metrics`` (Prometheus text format) and ``/healthz`` to an app.

    Args:
        app: The Faust app.
    """

    @app.page("/metrics")
    class MetricsView(View):
        """Prometheus exposition of the worker's metrics."""

        async def get(self, request: Request, **kwargs: Any) -> Response:
            """Render the metrics."""
            body, content_type = metrics.exposition()
            return self.bytes(body, content_type=content_type.split(";")[0])

    @app.page("/healthz")
    class HealthView(View):
        """Liveness: 200 with the worker's assignment and how many messages it has handled."""

        async def get(self, request: Request, **kwargs: Any) -> Response:
            """Report the partitions this worker owns and its screened/dead-lettered count."""
            assigned = sorted(f"{tp.topic}:{tp.partition}" for tp in app.consumer.assignment())
            return self.json(
                {"status": "ok", "assigned": assigned, "handled": metrics.handled_total()}
            )
