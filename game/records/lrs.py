"""Send xAPI statements to a Learning Record Store; keep what could not be sent.

    result = send_statements(url, statements, user, password, outbox=Path(".../xapi-outbox.json"),
                             ledger=Path(".../xapi-sent.json"))
    result.stored, result.earlier        # taken by the LRS now; acknowledged on an earlier run, not sent

A statement counts as stored only when the LRS says so in xAPI's own words: a
POST answered 200 with a JSON list of statement ids (those ids are stored), or a
PUT of one statement answered 204. Statements a POST answer does not list (an
LRS answers 204 or leaves out ids it holds already) and batches answered 409 are
put one by one; a PUT answered 409 is checked against what the LRS holds
(GET ?statementId=): the same statement is stored, a different one is a
conflict: reported as such, never as sent, and kept in the outbox. An HTML page
(a Wi-Fi login page, a proxy), an empty answer or anything else keeps the
statements in the outbox and says what came back.

Statements the LRS acknowledged are listed in the ledger (per LRS address), so a
later export sends only what is new or still waiting; `resend=True` sends all.

Plain standard library (no HTTP client is installed with the game, and records
must not cost the window's first frame anything): redirects are never followed
to another origin (scheme, host, port), so the Authorization header never goes
there; a POST is never turned into a GET; every connection has a connect and a
read timeout and the whole send a total deadline (a server that drips one byte
at a time cannot hold the export); answers are read up to a size limit; a
user:password@ in the URL is used as the credentials and never printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urljoin

from .lrs_client import Client, Deadline
from .lrs_outbox import clear, keep, read_ledger, read_outbox, remember, unique
from .lrs_wire import (
    BATCH,
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    TOTAL_TIMEOUT,
    LrsError,
    Target,
    equivalent,
    headers,
    origin,
    shown,
    statements_url,
    target,
)

__all__ = [  # the pieces live in lrs_wire (addresses, answers), lrs_client (HTTP), lrs_outbox (files)
    "LrsError",
    "Sent",
    "Target",
    "equivalent",
    "get_statements",
    "read_ledger",
    "read_outbox",
    "send_statements",
    "shown",
    "statements_url",
    "target",
]


@dataclass(frozen=True)
class Sent:
    stored: int  # statements the LRS took (or confirmed holding) in this call
    earlier: int = 0  # statements it acknowledged on an earlier run, not sent again
    note: str | None = None  # something to tell that lost nothing (the ledger could not be written)


# -- sending ------------------------------------------------------------------------


def send_statements(
    url: str,
    statements: Iterable[dict],
    user: str | None,
    password: str | None,
    outbox: Path,
    ledger: Path | None = None,
    resend: bool = False,
    total_timeout: float = TOTAL_TIMEOUT,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
) -> Sent:
    """Send the outbox, then the statements the LRS has not acknowledged yet (all with `resend`).

    Whatever is not stored is written to the outbox and LrsError says why and where; what is stored is
    added to the ledger (when given) so it is not sent again."""
    where = target(url)
    user = user if user is not None else where.user
    password = password if password is not None else where.password
    deadline = Deadline(total_timeout, connect_timeout, read_timeout)
    known = set() if (resend or ledger is None) else read_ledger(ledger, where.shown)
    pending = unique(read_outbox(outbox) + list(statements))
    earlier = sum(1 for s in pending if s["id"] in known)
    pending = [s for s in pending if s["id"] not in known]
    client = Client(where.endpoint, headers(user, password), deadline)
    stored: list[str] = []
    conflicts: list[str] = []
    problem: str | None = None
    for start in range(0, len(pending), BATCH):
        try:
            client.post(pending[start : start + BATCH], stored, conflicts)
        except LrsError as exc:
            problem = str(exc)
            break
    note = remember(ledger, where.shown, stored) if ledger is not None and stored else None
    done = set(stored)
    left = [s for s in pending if s["id"] not in done]
    if not left:
        clear(outbox)
        return Sent(len(stored), earlier, note)
    kept = keep(outbox, left)
    parts = [note + "."] if note else []
    if problem:
        parts.append(problem)
    if conflicts:
        parts.append(
            f"{len(conflicts)} statement(s) conflict with different statements the LRS holds under the "
            f"same id (409 Conflict; first: {', '.join(conflicts[:3])}): they were not sent."
        )
    parts.append(
        f"{len(stored)} statement(s) were stored; {len(left)} statement(s) were kept in {kept}; run the "
        f"same command again to send them."
    )
    raise LrsError(" ".join(parts))


def get_statements(
    url: str, user: str | None, password: str | None, total_timeout: float = TOTAL_TIMEOUT, **params
) -> list[dict]:
    """Statements the LRS holds (filters such as registration=... as keyword arguments), all pages."""
    where = target(url)
    user = user if user is not None else where.user
    password = password if password is not None else where.password
    client = Client(where.endpoint, headers(user, password), Deadline(total_timeout))
    query = urlencode(params)
    page_url = f"{where.endpoint}?{query}" if query else where.endpoint
    found: list[dict] = []
    while page_url:
        page = client.json("GET", page_url)
        if not isinstance(page, dict) or not isinstance(page.get("statements", []), list):
            raise LrsError(
                f"The LRS at {where.shown} answered with something that is not a page of statements."
            )
        found.extend(page.get("statements", []))
        more = page.get("more")
        page_url = urljoin(where.endpoint, more) if isinstance(more, str) and more else ""
        if page_url and origin(page_url) != origin(where.endpoint):
            raise LrsError(
                f"The LRS at {where.shown} pointed the next page to another address "
                f"({shown(page_url)}); it was not followed."
            )
    return found
