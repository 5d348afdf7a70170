"""The gateway's topics: names and partition counts from settings, declared on the broker.

The inbound topic uses :class:`BatchSchema`: the consumer (see :mod:`streams.transport`) hands it
one message per fetched partition batch whose value is already the list of records, so there is
nothing to deserialise per event; records are decoded one by one in the screener.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import faust
from faust.serializers.schemas import Schema
from faust.types import AppT, Message

from streams.settings import Settings

__all__ = ["BatchSchema", "GatewayTopics", "build_topics", "ensure_topics"]

logger = logging.getLogger(__name__)


class BatchSchema(Schema):
    """Passes a batch message's key and value (a list of records) through undecoded."""

    def loads_key(self, app: AppT, message: Message, **kwargs: Any) -> Any:
        """Return no key: a batch spans many keys."""
        return None

    def loads_value(self, app: AppT, message: Message, **kwargs: Any) -> Any:
        """Return the batch's records as they are."""
        return message.value


@dataclass(frozen=True)
class GatewayTopics:
    """The Faust topics of one app."""

    inbound: faust.TopicT
    deliver: faust.TopicT
    quarantine: faust.TopicT
    blocked: faust.TopicT
    deadletter: faust.TopicT


def build_topics(app: faust.App, settings: Settings) -> GatewayTopics:
    """Declare the gateway's topics on a Faust app.

    Args:
        app: The app.
        settings: Topic names, partitions and replication.

    Returns:
        The topics.
    """

    def topic(name: str, **kwargs: Any) -> faust.TopicT:
        return app.topic(
            name,
            partitions=settings.partitions,
            replicas=settings.replication,
            **kwargs,
        )

    return GatewayTopics(
        inbound=topic(settings.topic_inbound, schema=BatchSchema(), internal=True),
        deliver=topic(settings.topic_deliver, value_serializer="raw", internal=True),
        quarantine=topic(settings.topic_quarantine, value_serializer="raw", internal=True),
        blocked=topic(settings.topic_blocked, value_serializer="raw", internal=True),
        deadletter=topic(settings.topic_deadletter, value_serializer="raw", internal=True),
    )


def ensure_topics(settings: Settings, timeout: float = 30.0) -> list[str]:
    """Create the gateway's topics that do not exist yet (with kafka-python).

    Args:
        settings: Broker, topic names, partitions and replication.
        timeout: Seconds to wait for the broker.

    Returns:
        The names of the topics created.
    """
    from kafka.admin import KafkaAdminClient, NewTopic
    from kafka.errors import TopicAlreadyExistsError

    names = [settings.topic_inbound, *settings.output_topics]
    admin = KafkaAdminClient(
        **settings.kafka_python_config(),
        client_id=f"{settings.app_id}-admin",
        request_timeout_ms=int(timeout * 1000),
    )
    try:
        existing = set(admin.list_topics())
        missing = [name for name in names if name not in existing]
        created = []
        for name in missing:
            try:
                admin.create_topics(
                    [NewTopic(name, settings.partitions, settings.replication)],
                    timeout_ms=int(timeout * 1000),
                )
                created.append(name)
            except TopicAlreadyExistsError:
                pass
        if created:
            logger.info("created topics %s", ", ".join(created))
        return created
    finally:
        admin.close()
