"""Send xAPI statements to a Learning Record Store; keep what could not be sent.

    sent = send_statements(url, statements, user, password, outbox=Path(".../xapi-outbox.json"))

Statements waiting in the outbox are sent first, together with the new ones.
When the LRS cannot be reached or refuses them, every statement not yet stored
is written to the outbox and LrsError says so, with the file's name: running
the same command later retries. Statement ids are stable, so a statement sent
twice is stored once.
"""
from __future__ import annotations

import base64
import json
import os
import socket
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import urlencode, urljoin

XAPI_VERSION = "1.0.3"
BATCH = 50
TIMEOUT = 15

Opener = Callable[..., object]  # urllib.request.urlopen's shape: (request, timeout=...) -> response


class LrsError(Exception):
    """The LRS did not take the statements; the message says why and where they were kept."""


def statements_url(url: str) -> str:
    """The LRS's statements resource from its base URL (or the resource itself)."""
    url = url.rstrip("/")
    return url if url.endswith("/statements") else url + "/statements"


def send_statements(url: str, statements: Iterable[dict], user: Optional[str], password: Optional[str],
                    outbox: Path, opener: Opener = urllib.request.urlopen) -> int:
    """Send the outbox, then `statements`; return how many the LRS now holds from this call."""
    pending = _unique(read_outbox(outbox) + list(statements))
    endpoint = statements_url(url)
    headers = _headers(user, password)
    sent = 0
    while sent < len(pending):
        batch = pending[sent:sent + BATCH]
        try:
            _post(endpoint, batch, headers, opener)
        except LrsError as exc:
            left = pending[sent:]
            where = _keep(outbox, left)
            raise LrsError(f"{exc} {len(left)} statement(s) were kept in {where}; "
                           f"run the same command again to send them.") from None
        sent += len(batch)
    _clear(outbox)
    return sent


def get_statements(url: str, user: Optional[str], password: Optional[str],
                   opener: Opener = urllib.request.urlopen, **params) -> list[dict]:
    """Statements the LRS holds (filters such as registration=... as keyword arguments), all pages."""
    endpoint = statements_url(url)
    headers = _headers(user, password)
    query = urlencode(params)
    target = f"{endpoint}?{query}" if query else endpoint
    found: list[dict] = []
    while target:
        body = _call(urllib.request.Request(target, headers=headers, method="GET"), opener)
        page = json.loads(body or b"{}")
        found.extend(page.get("statements", []))
        more = page.get("more")
        target = urljoin(endpoint, more) if more else ""
    return found


def read_outbox(outbox: Path) -> list[dict]:
    try:
        data = json.loads(Path(outbox).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise LrsError(f"the statements outbox {outbox} cannot be read ({exc}); "
                       f"move it aside to start a new one") from None
    return data if isinstance(data, list) else []


def _post(endpoint: str, batch: list, headers: dict, opener: Opener) -> None:
    data = json.dumps(batch, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(endpoint, data=data, headers=headers, method="POST")
    try:
        _call(request, opener)
    except _Conflict:
        for statement in batch:  # some are stored already: send the rest one by one
            _put_one(endpoint, statement, headers, opener)


def _put_one(endpoint: str, statement: dict, headers: dict, opener: Opener) -> None:
    data = json.dumps(statement, ensure_ascii=False).encode("utf-8")
    target = f"{endpoint}?{urlencode({'statementId': statement['id']})}"
    try:
        _call(urllib.request.Request(target, data=data, headers=headers, method="PUT"), opener)
    except _Conflict:
        pass  # the LRS holds a statement with this id already


class _Conflict(Exception):
    pass


def _call(request: urllib.request.Request, opener: Opener) -> bytes:
    where = request.full_url
    try:
        with opener(request, timeout=TIMEOUT) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 409:
            raise _Conflict() from None
        raise LrsError(_http_problem(where, exc)) from None
    except (urllib.error.URLError, socket.timeout, ConnectionError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise LrsError(f"Could not reach the LRS at {where} ({reason}).") from None


def _http_problem(where: str, exc: urllib.error.HTTPError) -> str:
    try:
        detail = exc.read().decode("utf-8", "replace")[:300].strip()
    except OSError:
        detail = ""
    if exc.code in (401, 403):
        why = "refused the user name or password (check --lrs-user and --lrs-password)"
    elif exc.code >= 500:
        why = "had a problem of its own"
    else:
        why = "refused the statements"
    return f"The LRS at {where} {why}: HTTP {exc.code} {exc.reason}" + (f" ({detail})." if detail else ".")


def _headers(user: Optional[str], password: Optional[str]) -> dict:
    headers = {"Content-Type": "application/json", "X-Experience-API-Version": XAPI_VERSION}
    if user is not None or password is not None:
        token = base64.b64encode(f"{user or ''}:{password or ''}".encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    return headers


def _unique(statements: list) -> list:
    seen, out = set(), []
    for statement in statements:
        key = statement.get("id") or json.dumps(statement, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(statement)
    return out


def _keep(outbox: Path, statements: list) -> Path:
    outbox = Path(outbox)
    try:
        outbox.parent.mkdir(parents=True, exist_ok=True)
        temporary = outbox.with_name(outbox.name + ".tmp")
        temporary.write_text(json.dumps(statements, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, outbox)
    except OSError as exc:
        raise LrsError(f"The statements could not be sent, and could not be kept in {outbox} either "
                       f"({exc}); export them with --format xapi -o FILE.") from None
    return outbox


def _clear(outbox: Path) -> None:
    try:
        Path(outbox).unlink()
    except FileNotFoundError:
        pass
