"""Broker credentials from settings, for faust and for our own aiokafka clients.

The password is a SecretStr: it is unwrapped only here, into the client objects, and never
formatted into a message (faust's SASLCredentials repr shows the user name only).
"""

from __future__ import annotations

import ssl
from typing import Any

import faust

from pipeline.settings import Settings


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A verifying TLS context for SSL / SASL_SSL, else None."""
    if not settings.broker_security_protocol.endswith("SSL"):
        return None
    cafile = str(settings.broker_ssl_cafile) if settings.broker_ssl_cafile else None
    return ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH, cafile=cafile)


def _password(settings: Settings) -> str | None:
    secret = settings.broker_sasl_password
    return secret.get_secret_value() if secret is not None else None


def faust_credentials(settings: Settings) -> Any:
    """The App's broker_credentials: None for PLAINTEXT."""
    protocol = settings.broker_security_protocol
    context = ssl_context(settings)
    if protocol.startswith("SASL"):
        return faust.SASLCredentials(username=settings.broker_sasl_username,
                                     password=_password(settings), ssl_context=context,
                                     mechanism=settings.broker_sasl_mechanism)
    if protocol == "SSL":
        return faust.SSLCredentials(context)
    return None


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for AIOKafkaProducer / AIOKafkaConsumer / AIOKafkaAdminClient."""
    protocol = settings.broker_security_protocol
    options: dict[str, Any] = {"security_protocol": protocol}
    context = ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
    if protocol.startswith("SASL"):
        options.update(sasl_mechanism=settings.broker_sasl_mechanism,
                       sasl_plain_username=settings.broker_sasl_username,
                       sasl_plain_password=_password(settings))
    return options
