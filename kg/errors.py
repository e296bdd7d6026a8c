"""The exception tree of kg-builder.

Library code raises these; only the edges (CLI, HTTP) turn them into exit codes or
problem+json responses::

    KGError                      base; exit code 1, HTTP 500
    ├── InputError               a file, a text or a request body we cannot use (exit 2, HTTP 400/422)
    │   ├── DocumentError        a document that cannot be read or holds no text
    │   └── QueryError           malformed SPARQL or a query we refuse (exit 2, HTTP 400)
    ├── NotFoundError            an entity, a document or a format that does not exist (exit 3, HTTP 404)
    ├── LimitError               a body, a result or a run over a configured cap (exit 2, HTTP 413)
    │   └── QueryTimeoutError    a query stopped by the timeout (HTTP 503)
    ├── ConfigError              bad settings or a broken component config (exit 4)
    ├── StoreError               the store cannot be opened or written (exit 5, HTTP 503)
    └── AuthError                a write without a valid token (HTTP 401/403)
"""

from __future__ import annotations


class KGError(Exception):
    """Base of every error kg-builder raises on purpose."""

    exit_code = 1
    http_status = 500
    title = "Internal error"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(KGError):
    exit_code = 2
    http_status = 400
    title = "Bad input"


class DocumentError(InputError):
    title = "Unusable document"


class QueryError(InputError):
    title = "Malformed or refused query"


class NotFoundError(KGError):
    exit_code = 3
    http_status = 404
    title = "Not found"


class LimitError(KGError):
    exit_code = 2
    http_status = 413
    title = "Limit exceeded"


class QueryTimeoutError(LimitError):
    http_status = 503
    title = "Query timed out"


class ConfigError(KGError):
    exit_code = 4
    http_status = 500
    title = "Configuration error"


class StoreError(KGError):
    exit_code = 5
    http_status = 503
    title = "Store unavailable"


class AuthError(KGError):
    exit_code = 2
    http_status = 401
    title = "Unauthorized"
