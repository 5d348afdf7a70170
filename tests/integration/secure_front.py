"""A TLS and SASL front for the embedded broker, for the security integration tests.

Tansu 0.6.0 (the embedded broker) cannot be a secured broker: its ``--cert`` and ``--key`` options
conflict with each other (either one alone is ignored and the listener stays plain TCP), and with
``--authentication`` on memory storage no SCRAM user can log in (the server's final message is
``e=unknown-user`` even after ``tansu user create``). This front plays the secured listener
instead: it terminates TLS, runs the server side of SASL SCRAM-SHA-256/512 (RFC 5802, with
stored keys as a Kafka broker keeps them) and, once a client has authenticated, pipes the
connection to the plain broker. ApiVersions is forwarded before authentication, as Kafka answers
it; any other request before authentication closes the connection. A failed login gets Kafka's
``SASL_AUTHENTICATION_FAILED`` (58) and the connection is closed.

The front plays each listener a Kafka broker offers: ``SSL`` (TLS only, optionally requiring a
client certificate signed by a given CA, as ``ssl.client.auth=required`` does), ``SASL_SSL`` and
``SASL_PLAINTEXT`` (SASL without TLS), with the mechanisms ``PLAIN`` (RFC 4616) and SCRAM.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import os
import ssl
import struct
import threading
from dataclasses import dataclass, field

__all__ = ["SecureFront"]

SASL_HANDSHAKE, SASL_AUTHENTICATE, API_VERSIONS = 17, 36, 18
UNSUPPORTED_SASL_MECHANISM, SASL_AUTHENTICATION_FAILED = 33, 58
HASHES = {"SCRAM-SHA-256": "sha256", "SCRAM-SHA-512": "sha512"}
MECHANISMS = ("PLAIN", *HASHES)


@dataclass(frozen=True)
class _Credential:
    salt: bytes
    iterations: int
    stored_key: bytes
    server_key: bytes


def _credential(mechanism: str, password: str, iterations: int = 4096) -> _Credential:
    name = HASHES[mechanism]
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac(name, password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", name).digest()
    server_key = hmac.new(salted, b"Server Key", name).digest()
    return _Credential(salt, iterations, hashlib.new(name, client_key).digest(), server_key)


def _uvarint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def _enc_uvarint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | 0x80 if value else byte)
        if not value:
            return bytes(out)


def _skip_tags(data: bytes, pos: int) -> int:
    count, pos = _uvarint(data, pos)
    for _ in range(count):
        _, pos = _uvarint(data, pos)
        size, pos = _uvarint(data, pos)
        pos += size
    return pos


def _string(value: str | None) -> bytes:
    if value is None:
        return struct.pack(">h", -1)
    raw = value.encode()
    return struct.pack(">h", len(raw)) + raw


class _Plain:
    """Server side of a PLAIN login: one message ``authzid NUL user NUL password``."""

    def __init__(self, passwords: dict[tuple[str, str], str]) -> None:
        self.passwords = passwords

    def step(self, message: bytes) -> tuple[bool | None, bytes]:
        """Return ``(True, b"")`` for a known user and password, else ``(False, b"")``."""
        parts = message.split(b"\0")
        if len(parts) != 3:
            return False, b""
        user, password = parts[1].decode(), parts[2].decode()
        expected = self.passwords.get((user, "PLAIN"))
        if expected is None or not hmac.compare_digest(expected.encode(), password.encode()):
            return False, b""
        return True, b""


class _Scram:
    """Server side of one SCRAM exchange."""

    def __init__(self, mechanism: str, users: dict[tuple[str, str], _Credential]) -> None:
        self.mechanism = mechanism
        self.hash = HASHES[mechanism]
        self.users = users
        self.first_bare = self.server_first = ""
        self.credential: _Credential | None = None

    def step(self, message: bytes) -> tuple[bool | None, bytes]:
        """Return ``(None, reply)`` mid-exchange, then ``(True, reply)`` or ``(False, b"")``."""
        text = message.decode()
        if self.credential is None:
            self.first_bare = text.split(",", 2)[2]
            attrs = dict(item.split("=", 1) for item in self.first_bare.split(","))
            credential = self.users.get((attrs.get("n", ""), self.mechanism))
            if credential is None:
                return False, b""
            self.credential = credential
            nonce = attrs["r"] + base64.b64encode(os.urandom(18)).decode()
            salt = base64.b64encode(credential.salt).decode()
            self.server_first = f"r={nonce},s={salt},i={credential.iterations}"
            return None, self.server_first.encode()
        without_proof, _, proof = text.rpartition(",p=")
        auth = f"{self.first_bare},{self.server_first},{without_proof}".encode()
        signature = hmac.new(self.credential.stored_key, auth, self.hash).digest()
        client_key = bytes(a ^ b for a, b in zip(base64.b64decode(proof), signature, strict=True))
        nonce = dict(item.split("=", 1) for item in without_proof.split(","))["r"]
        if not nonce.startswith(self.server_first[2:].split(",")[0]) or not hmac.compare_digest(
            hashlib.new(self.hash, client_key).digest(), self.credential.stored_key
        ):
            return False, b""
        server_signature = hmac.new(self.credential.server_key, auth, self.hash).digest()
        return True, b"v=" + base64.b64encode(server_signature)


@dataclass
class SecureFront:
    """TLS and SASL in front of a plain Kafka-compatible broker on 127.0.0.1.

    Attributes:
        port: Port the front listens on (the port the broker advertises).
        upstream_port: Port of the plain broker.
        certfile: Server certificate chain (PEM).
        keyfile: Server private key (PEM).
        users: SASL users as ``{(name, mechanism): password}``.
        tls: Terminate TLS (``SSL``, ``SASL_SSL``); false for ``SASL_PLAINTEXT``.
        sasl: Require a SASL login (``SASL_*``); false for ``SSL``.
        client_cafile: With TLS, require a client certificate signed by this CA.
        failed_logins: Logins refused so far.
        accepted: Connections that reached the broker so far.
    """

    port: int
    upstream_port: int
    certfile: str
    keyfile: str
    users: dict[tuple[str, str], str]
    tls: bool = True
    sasl: bool = True
    client_cafile: str | None = None
    failed_logins: int = 0
    accepted: int = 0
    _loop: asyncio.AbstractEventLoop | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)
    _server: asyncio.Server | None = field(default=None, repr=False)

    def start(self, timeout: float = 10.0) -> SecureFront:
        """Start listening in a daemon thread."""
        self._credentials = {
            key: _credential(key[1], pw) for key, pw in self.users.items() if key[1] in HASHES
        }
        context: ssl.SSLContext | None = None
        if self.tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self.certfile, self.keyfile)
            if self.client_cafile:
                context.verify_mode = ssl.CERT_REQUIRED
                context.load_verify_locations(self.client_cafile)
        ready = threading.Event()
        loop = self._loop = asyncio.new_event_loop()

        async def serve() -> None:
            self._server = await asyncio.start_server(
                self._handle, "127.0.0.1", self.port, ssl=context
            )
            ready.set()

        def run() -> None:
            loop.run_until_complete(serve())
            loop.run_forever()

        self._thread = threading.Thread(target=run, name="secure-front", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise RuntimeError(f"the secure front did not listen on port {self.port}")
        return self

    def stop(self) -> None:
        """Close the listener and every connection, and stop the thread."""
        loop, self._loop = self._loop, None
        if loop is None:
            return

        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), loop).result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
        loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader = up_writer = None
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            if not self.sasl or await self._authenticate(reader, writer, up_reader, up_writer):
                self.accepted += 1
                await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
            else:
                await writer.drain()
                await _delayed_close(reader)
        except (OSError, asyncio.IncompleteReadError, ValueError, KeyError, IndexError):
            pass
        finally:
            for w in (writer, up_writer):
                if w is not None:
                    w.close()
                    with contextlib.suppress(Exception):
                        await w.wait_closed()

    async def _authenticate(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        up_reader: asyncio.StreamReader,
        up_writer: asyncio.StreamWriter,
    ) -> bool:
        exchange: _Plain | _Scram | None = None
        while True:
            size = struct.unpack(">i", await reader.readexactly(4))[0]
            frame = await reader.readexactly(size)
            api_key, version, cid = struct.unpack(">hhi", frame[:8])
            if api_key == API_VERSIONS:
                up_writer.write(struct.pack(">i", size) + frame)
                size = struct.unpack(">i", await up_reader.readexactly(4))[0]
                writer.write(struct.pack(">i", size) + await up_reader.readexactly(size))
                continue
            (client_len,) = struct.unpack(">h", frame[8:10])
            pos = 10 + max(client_len, 0)
            if api_key == SASL_HANDSHAKE and version == 1:
                (length,) = struct.unpack(">h", frame[pos : pos + 2])
                mechanism = frame[pos + 2 : pos + 2 + length].decode()
                ok = mechanism in MECHANISMS
                if mechanism == "PLAIN":
                    exchange = _Plain(self.users)
                elif ok:
                    exchange = _Scram(mechanism, self._credentials)
                names = [mechanism] if ok else list(MECHANISMS)
                body = struct.pack(">hi", 0 if ok else UNSUPPORTED_SASL_MECHANISM, len(names))
                body += b"".join(_string(n) for n in names)
                _send(writer, cid, body)
                if not ok:
                    return False
                continue
            if api_key != SASL_AUTHENTICATE or exchange is None:
                return False
            if version >= 2:
                pos = _skip_tags(frame, pos)
                length, pos = _uvarint(frame, pos)
                token = frame[pos : pos + length - 1]
            else:
                (length,) = struct.unpack(">i", frame[pos : pos + 4])
                token = frame[pos + 4 : pos + 4 + length]
            done, reply = exchange.step(token)
            error = SASL_AUTHENTICATION_FAILED if done is False else 0
            message = "Authentication failed: invalid username or password" if error else None
            body = _auth_response(version, error, message, reply)
            _send(writer, cid, body, flexible=version >= 2)
            if done is False:
                self.failed_logins += 1
                return False  # the caller drains the refusal before the delayed close
            if done:
                await writer.drain()
                return True


async def _delayed_close(reader: asyncio.StreamReader) -> None:
    """Hold a refused connection open until the client closes it, for at most a second.

    A Kafka broker delays closing a connection whose login failed
    (``connection.failed.authentication.delay.ms``). Closing at once races the client:
    kafka-python 3 drops a response that arrives in the same read as the end of the
    stream, so a loaded client would see "socket disconnected" instead of the refusal.
    """
    with contextlib.suppress(asyncio.TimeoutError, OSError, asyncio.IncompleteReadError):
        await asyncio.wait_for(reader.read(), timeout=1.0)


def _auth_response(version: int, error: int, message: str | None, reply: bytes) -> bytes:
    if version >= 2:
        text = b"\x00" if message is None else _enc_uvarint(len(message) + 1) + message.encode()
        body = struct.pack(">h", error) + text + _enc_uvarint(len(reply) + 1) + reply
        return body + struct.pack(">q", 0) + b"\x00"
    body = struct.pack(">h", error) + _string(message) + struct.pack(">i", len(reply)) + reply
    return body + (struct.pack(">q", 0) if version == 1 else b"")


def _send(writer: asyncio.StreamWriter, cid: int, body: bytes, flexible: bool = False) -> None:
    header = struct.pack(">i", cid) + (b"\x00" if flexible else b"")
    writer.write(struct.pack(">i", len(header) + len(body)) + header + body)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()
