"""Send xAPI statements to a Learning Record Store, only what it lacks; keep what could not be sent.

    result = send_statements(url, statements, user, password, outbox=Path(".../xapi-outbox.json"),
                             ledger=Path(".../xapi-sent.json"))
    result.stored        # sent now: a POST answered 200 listing the id, or a PUT answered 204
    result.earlier       # acknowledged on an earlier run (the ledger): not sent again
    result.held          # the LRS held the same statement already (found by registration, or 409 + GET)
    result.conflicts     # ids the LRS holds a DIFFERENT statement under (409 Conflict): not sent
    print(summary(result, shown(url)))                 # the bilingual summary line pair

A statement counts as sent only when the LRS says so in xAPI's own words. Statements a POST answer
does not list (an LRS answers 204 or leaves out ids it holds already) and batches answered 409 are
looked up: the session's statements the LRS holds (GET ?registration=..., one request per session,
all pages) say which are there already and which conflict; the rest are put one by one (a PUT
answered 409 is checked with GET ?statementId=). A conflict is never counted as sent and never sent
again (xAPI statements are immutable, so resending cannot resolve it): it is reported with its id and
listed in the ledger (--lrs-resend tries again). An HTML page (a Wi-Fi login page, a proxy), an empty
answer or anything else keeps the statements in the outbox and says what came back.

The ledger lists, per LRS address, the ids it acknowledged, so a later export sends only what is new or
still waiting; `resend=True` sends all. Statements are taken from `statements` lazily (an iterator of
44,000 statements is never held as a list unless the LRS cannot be reached).

Plain standard library (no HTTP client is installed with the game, and records must not cost the
window's first frame anything): redirects are never followed to another origin (scheme, host, port), so
the Authorization header never goes there; a POST is never turned into a GET; every connection has a
connect and a read timeout and the whole send a total deadline; answers are read up to a size limit; a
user:password@ in the URL is used as the credentials and never printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urljoin

from .lrs_client import Client, Deadline
from .lrs_outbox import clear, keep, read_conflicts, read_ledger, read_outbox, remember
from .lrs_wire import (
    BATCH,
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    TOTAL_TIMEOUT,
    LrsError,
    Target,
    TooLarge,
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
    "iter_statements",
    "read_conflicts",
    "read_ledger",
    "read_outbox",
    "send_statements",
    "shown",
    "statements_url",
    "summary",
    "target",
]


@dataclass(frozen=True)
class Sent:
    stored: int  # sent in this call: the LRS said 200 listing the id, or 204 to its PUT
    earlier: int = 0  # acknowledged on an earlier run (the ledger), not sent again
    note: str | None = None  # something to tell that lost nothing (the ledger could not be written)
    held: int = 0  # the LRS held the same statement already
    conflicts: tuple = ()  # ids the LRS holds a different statement under, found in this call
    known_conflicts: tuple = ()  # conflicts found on an earlier run (in the ledger), not sent again

    @property
    def already(self) -> int:
        return self.earlier + self.held


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

    Whatever is not sent for want of an answer is written to the outbox and LrsError says why and where;
    what is sent or found held is added to the ledger (when given) so it is not sent again; conflicts
    are in the result (and the ledger), not in the outbox."""
    where = target(url)
    user = user if user is not None else where.user
    password = password if password is not None else where.password
    client = Client(
        where.endpoint, headers(user, password), Deadline(total_timeout, connect_timeout, read_timeout)
    )
    use_ledger = ledger is not None and not resend
    known = read_ledger(ledger, where.shown) if use_ledger else set()
    old_conflicts = read_conflicts(ledger, where.shown) if use_ledger else set()
    skipped = {"earlier": 0, "conflicts": []}
    pending = _pending(read_outbox(outbox), statements, known, old_conflicts, skipped)
    stored: list[str] = []
    held: list[str] = []
    conflicts: list[str] = []
    problem, left = None, []
    try:
        for batch in _batches(pending):
            try:
                _send_batch(client, batch, stored, held, conflicts)
            except LrsError as exc:
                problem = str(exc)
                done = set(stored) | set(held) | set(conflicts)
                left = [s for s in batch if s["id"] not in done] + list(pending)
                break
    except BaseException:  # the records could not be read on (said by the caller): keep what was sent
        if ledger is not None and (stored or held or conflicts):
            remember(ledger, where.shown, stored + held, conflicts)
        raise
    note = None
    if ledger is not None and (stored or held or conflicts):
        note = remember(ledger, where.shown, stored + held, conflicts)
    result = Sent(
        len(stored), skipped["earlier"], note, len(held), tuple(conflicts), tuple(skipped["conflicts"])
    )
    if not left:
        clear(outbox)
        return result
    kept = keep(outbox, left)
    parts = [note + "."] if note else []
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


def _pending(outbox: list, statements: Iterable[dict], known: set, old_conflicts: set, skipped: dict):
    """The outbox, then `statements`, each id once, without those acknowledged or known to conflict."""
    seen: set = set()
    for source in (outbox, statements):
        for statement in source:
            key = statement.get("id")
            if key in seen:
                continue
            seen.add(key)
            if key in known:
                skipped["earlier"] += 1
            elif key in old_conflicts:
                skipped["conflicts"].append(key)
            else:
                yield statement


def _batches(pending: Iterator[dict]) -> Iterator[list]:
    batch = []
    for statement in pending:
        batch.append(statement)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _send_batch(client: Client, batch: list, stored: list, held: list, conflicts: list) -> None:
    """POST the batch (in halves while the LRS finds it too large); what its answer does not confirm is
    looked up by session, then put one by one."""
    try:
        unconfirmed = client.post(batch, stored)
    except TooLarge:
        if len(batch) == 1:
            raise
        half = len(batch) // 2
        _send_batch(client, batch[:half], stored, held, conflicts)
        _send_batch(client, batch[half:], stored, held, conflicts)
        return
    by_session: dict = {}
    for statement in unconfirmed:
        registration = (statement.get("context") or {}).get("registration")
        by_session.setdefault(registration, []).append(statement)
    for registration, group in by_session.items():
        there = _held_by_registration(client, registration) if registration else {}
        for statement in group:
            found = there.get(statement["id"])
            if found is None:
                verdict = client.put(statement)
            else:
                verdict = "held" if equivalent(statement, found) else "conflict"
            {"stored": stored, "held": held, "conflict": conflicts}[verdict].append(statement["id"])


def _held_by_registration(client: Client, registration: str) -> dict:
    """id -> statement of what the LRS holds for one session; {} when it cannot say (each is then put)."""
    try:
        return {s.get("id"): s for s in _pages(client, {"registration": registration}) if isinstance(s, dict)}
    except LrsError:
        return {}


# -- reading back ------------------------------------------------------------------------------------


def get_statements(
    url: str, user: str | None, password: str | None, total_timeout: float = TOTAL_TIMEOUT, **params
) -> list[dict]:
    """Statements the LRS holds (filters such as registration=... as keyword arguments), all pages."""
    return list(iter_statements(url, user, password, total_timeout, **params))


def iter_statements(
    url: str, user: str | None, password: str | None, total_timeout: float = TOTAL_TIMEOUT, **params
) -> Iterator[dict]:
    """As get_statements, a page at a time (the LRS's `more` link followed within its own origin)."""
    where = target(url)
    user = user if user is not None else where.user
    password = password if password is not None else where.password
    client = Client(where.endpoint, headers(user, password), Deadline(total_timeout))
    yield from _pages(client, params)


def _pages(client: Client, params: dict) -> Iterator[dict]:
    endpoint = client.endpoint
    query = urlencode(params)
    page_url = f"{endpoint}?{query}" if query else endpoint
    while page_url:
        page = client.json("GET", page_url)
        if not isinstance(page, dict) or not isinstance(page.get("statements", []), list):
            raise LrsError(
                f"The LRS at {shown(endpoint)} answered with something that is not a page of statements."
            )
        yield from page.get("statements", [])
        more = page.get("more")
        page_url = urljoin(endpoint, more) if isinstance(more, str) and more else ""
        if page_url and origin(page_url) != origin(endpoint):
            raise LrsError(
                f"The LRS at {shown(endpoint)} pointed the next page to another address "
                f"({shown(page_url)}); it was not followed."
            )


# -- what to tell ------------------------------------------------------------------------------------

LISTED = 10  # conflicting ids written out in the summary (all are in the ledger)


def summary(sent: Sent, lrs: str, ledger: Path | None = None) -> tuple[str, str]:
    """(id, en): sent N, already there M, conflicts K with their ids."""
    ids = list(sent.conflicts) + list(sent.known_conflicts)
    listed = ", ".join(ids[:LISTED]) + (f", … (+{len(ids) - LISTED})" if len(ids) > LISTED else "")
    where = f" ({ledger})" if ledger is not None and ids else ""
    id_ = (
        f"ke {lrs}: {sent.stored} pernyataan dikirim; {sent.already} sudah ada di LRS "
        f"({sent.earlier} menurut daftar kiriman sebelumnya, {sent.held} ditemukan di LRS); "
        f"{len(ids)} konflik"
    )
    en = (
        f"to {lrs}: sent {sent.stored} statement(s); {sent.already} already there "
        f"({sent.earlier} acknowledged before, {sent.held} found in the LRS); {len(ids)} conflict(s)"
    )
    if ids:
        id_ += (
            f" (LRS menyimpan pernyataan lain dengan id yang sama, tidak dikirim; daftar di buku kiriman"
            f"{where}; --lrs-resend mencoba lagi): {listed}"
        )
        en += (
            f" (the LRS holds a different statement under the same id; not sent; listed in the ledger"
            f"{where}; --lrs-resend tries again): {listed}"
        )
    return id_, en
