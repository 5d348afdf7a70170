"""Builds the one Faust application of a gateway process.

The app uses :class:`streams.transport.BatchTransport` for consuming (one stream event per
fetched partition batch) and Faust's own aiokafka producer. Consumer-group timings are short by
default because Tansu takes about half the session timeout to complete a join.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.auth import SASLCredentials, SSLCredentials

from streams.settings import Settings
from streams.transport import BatchTransport

__all__ = ["GatewayApp", "create_app"]


class GatewayApp(faust.App):
    """A :class:`faust.App` whose consumer delivers whole fetched batches."""

    #: Longest a fetch waits for data at the broker; read by the consumer thread.
    fetch_max_wait_ms: int = 10
    #: Run the aiokafka consumer as tasks of this loop, not in a thread of its own.
    consumer_in_loop: bool = True

    def _new_transport(self) -> Any:
        return BatchTransport(self.conf.broker_consumer, self)


def _credentials(settings: Settings) -> Any:
    if settings.security_protocol.startswith("SASL"):
        return SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=settings.ssl_context(),
        )
    if settings.security_protocol == "SSL":
        return SSLCredentials(settings.ssl_context())
    return None


def create_app(settings: Settings) -> GatewayApp:
    """Create the Faust app of a gateway worker from its settings.

    Args:
        settings: The gateway settings.

    Returns:
        The app; agents are registered by :func:`streams.agents.register`.
    """
    request_timeout = max(40.0, settings.session_timeout * 2)
    app = GatewayApp(
        settings.app_id,
        broker=settings.broker,
        broker_credentials=_credentials(settings),
        autodiscover=False,
        datadir=str(settings.data_path),
        web_enabled=True,
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_bind=settings.web_host,
        broker_max_poll_records=settings.batch_max_records,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        broker_rebalance_timeout=settings.session_timeout,
        broker_request_timeout=request_timeout,
        broker_commit_interval=settings.commit_interval,
        consumer_auto_offset_reset="earliest",
        producer_linger=settings.linger_ms / 1000.0,
        producer_max_batch_size=settings.producer_batch_bytes,
        producer_max_request_size=max(settings.producer_batch_bytes * 4, 1048576),
        producer_request_timeout=request_timeout,
        stream_buffer_maxsize=max(4, settings.max_inflight_batches * 2),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication,
        topic_allow_declare=True,
    )
    app.fetch_max_wait_ms = settings.fetch_max_wait_ms
    app.consumer_in_loop = settings.consumer_in_loop
    return app
