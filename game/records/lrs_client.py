"""The HTTP side of sending to an LRS: one client, redirects within the same origin only, every wait
bounded (a connect and a read timeout, and a deadline for the whole export). Plain standard library."""

from __future__ import annotations

import http.client
import io
import socket
import ssl
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode, urljoin

from .lrs_wire import (
    CONNECT_TIMEOUT,
    MAX_HOPS,
    READ_TIMEOUT,
    TOTAL_TIMEOUT,
    LrsError,
    TooLarge,
    body_of,
    describe,
    equivalent,
    http_problem,
    origin,
    parse,
    read_answer,
    shown,
)


class _TimeUp(TimeoutError):
    pass


class Client:
    """Requests to one LRS under one deadline, with the checks described at the top of this module."""

    def __init__(self, endpoint: str, headers: dict, deadline: Deadline):
        self.endpoint, self.headers, self.deadline = endpoint, headers, deadline
        self.opener = _opener(deadline)

    def post(self, batch: list, stored: list) -> list:
        """Send one batch; the ids the answer lists as stored are added to `stored`, and the statements it
        does not confirm are returned (a 204 or a 409 confirms none). LrsError when the LRS does not
        answer as an LRS."""
        status, body, kind = self.call("POST", self.endpoint, body_of(batch))
        if status == 200:
            answer = parse(body)
            if not (isinstance(answer, list) and all(isinstance(i, str) for i in answer)):
                raise LrsError(
                    f"The LRS at {shown(self.endpoint)} answered the statements with "
                    f"{describe(body, kind)}, not the list of stored statement ids an LRS gives: "
                    "nothing was counted as sent."
                )
            listed = set(answer)
        elif status in (204, 409):  # 204: it held them all already (Ralph); 409: some differ (or are held)
            listed = set()
        else:
            raise LrsError(
                f"The LRS at {shown(self.endpoint)} answered HTTP {status} with {describe(body, kind)}, "
                "which does not say the statements were stored."
            )
        stored += [s["id"] for s in batch if s["id"] in listed]
        return [s for s in batch if s["id"] not in listed]

    def put(self, statement: dict) -> str:
        """ "stored" (204), "held" (409, the same statement is there) or "conflict" (409, another one is)
        for one statement put under its own id."""
        where = f"{self.endpoint}?{urlencode({'statementId': statement['id']})}"
        status, body, kind = self.call("PUT", where, body_of(statement))
        if status == 204:
            return "stored"
        if status == 409:  # the same statement (some LRSs answer 409 for that too) or a different one
            there = self.json("GET", where)
            return "held" if isinstance(there, dict) and equivalent(statement, there) else "conflict"
        raise LrsError(
            f"The LRS at {shown(self.endpoint)} answered a statement with HTTP {status} and "
            f"{describe(body, kind)}, not 204 No Content: it was not counted as sent."
        )

    def json(self, method: str, url: str):
        status, body, kind = self.call(method, url)
        if status != 200:
            raise LrsError(f"The LRS at {shown(url)} answered HTTP {status} with {describe(body, kind)}.")
        answer = parse(body)
        if answer is None:
            raise LrsError(f"The LRS at {shown(url)} answered with {describe(body, kind)}, not JSON.")
        return answer

    def call(self, method: str, url: str, data: bytes | None = None) -> tuple[int, bytes, str]:
        """(status, body, content type) of a 2xx or 409 answer; LrsError for anything else, said plainly.

        Redirects within the same origin are followed (307/308 keep the method and body; a POST or PUT
        is never turned into a GET); a redirect to another origin is refused, never followed."""
        for _ in range(MAX_HOPS + 1):
            request = urllib.request.Request(url, data=data, headers=self.headers, method=method)
            try:
                with self.opener.open(
                    request, timeout=self.deadline.timeout(self.deadline.connect)
                ) as response:
                    return response.status, read_answer(response), response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as exc:
                with exc:
                    if exc.code == 409:
                        return 409, read_answer(exc), exc.headers.get("Content-Type", "")
                    if exc.code == 413:
                        raise TooLarge(http_problem(url, exc)) from None
                    if exc.code in (301, 302, 303, 307, 308):
                        url = self._redirect(url, method, exc)
                        continue
                    raise LrsError(http_problem(url, exc)) from None
            except _TimeUp:
                raise LrsError(self._too_slow(url)) from None
            except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, _TimeUp):
                    raise LrsError(self._too_slow(url)) from None
                if isinstance(reason, (socket.timeout, TimeoutError)):
                    reason = "no answer in time"
                raise LrsError(f"Could not reach the LRS at {shown(url)} ({reason}).") from None
        raise LrsError(f"The LRS at {shown(url)} redirected more than {MAX_HOPS} times; nothing was sent.")

    def _redirect(self, url: str, method: str, exc: urllib.error.HTTPError) -> str:
        location = exc.headers.get("Location", "")
        new = urljoin(url, location)
        if not location or origin(new) != origin(self.endpoint):
            raise LrsError(
                f"The LRS at {shown(url)} redirected to another address ({shown(new) or 'none'}); "
                "it was not followed, so neither the statements nor the password went there. If "
                "that is the LRS's real address, give it with --lrs."
            ) from None
        if method != "GET" and exc.code not in (307, 308):
            raise LrsError(
                f"The LRS at {shown(url)} answered {exc.code} {exc.reason}, which would turn the "
                f"statements into a GET and lose them; give its address as {shown(new)} with --lrs."
            ) from None
        return new

    def _too_slow(self, url: str) -> str:
        return (
            f"The LRS at {shown(url)} was too slow: the export gave up after {self.deadline.total:g} s "
            "(--lrs-timeout)."
        )


# -- time limits ---------------------------------------------------------------------


class Deadline:
    """A total time for everything, and a connect and a read timeout for each wait within it."""

    def __init__(
        self, total: float = TOTAL_TIMEOUT, connect: float = CONNECT_TIMEOUT, read: float = READ_TIMEOUT
    ):
        self.total, self.connect, self.read = total, connect, read
        self.end = time.monotonic() + total

    def timeout(self, each: float) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise _TimeUp("the total time for the export is over")
        return min(each, left)


class _Reader(socket.SocketIO):
    """The socket as a file whose every read waits at most the read timeout, and never past the deadline."""

    def __init__(self, sock, deadline: Deadline):
        super().__init__(sock, "rb")
        self.deadline = deadline

    def readinto(self, buffer) -> int:
        self._sock.settimeout(self.deadline.timeout(self.deadline.read))
        return super().readinto(buffer)


class _Socket:
    """What http.client uses of a socket (sendall, makefile, close...), each wait bounded by the deadline."""

    def __init__(self, sock, deadline: Deadline):
        self._sock, self._deadline = sock, deadline

    def sendall(self, data) -> None:
        view = memoryview(data)
        for start in range(0, len(view), 65536):
            self._sock.settimeout(self._deadline.timeout(self._deadline.read))
            self._sock.sendall(view[start : start + 65536])

    def makefile(self, mode="rb", *args, **kwargs):
        self._sock._io_refs += 1  # as socket.makefile: the socket stays open until this file closes too
        return io.BufferedReader(_Reader(self._sock, self._deadline))

    def __getattr__(self, name):
        return getattr(self._sock, name)


def _bounded(base):
    class Connection(base):
        def __init__(self, *args, deadline: Deadline, **kwargs):
            self._deadline = deadline
            super().__init__(*args, **kwargs)

        def connect(self):
            self.timeout = self._deadline.timeout(self._deadline.connect)
            super().connect()
            self.sock = _Socket(self.sock, self._deadline)

    return Connection


_HTTPConnection = _bounded(http.client.HTTPConnection)
_HTTPSConnection = _bounded(http.client.HTTPSConnection)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(_HTTPConnection, req, deadline=self.deadline)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline):
        super().__init__(context=ssl.create_default_context())
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(_HTTPSConnection, req, context=self._context, deadline=self.deadline)


def _opener(deadline: Deadline) -> urllib.request.OpenerDirector:
    """http and https (through the proxies the environment names) and nothing else: no redirect handler
    (redirects are decided in Client.call), no file:// or ftp://."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener
