"""The vote server: the phone page and the vote over HTTP, on the one address the facilitator gave.

aiohttp (a well-kept asyncio web server: 60 phones polling at once are a few hundred small requests a
minute for one thread) runs its own event loop in a background thread; it is imported there, only when
a class votes from phones (~0.3 s of imports the game's start never pays). The window talks to it
through plain calls guarded by one lock (open a vote, close it: the close is final the moment it
returns) and reads what changed from a thread-safe queue (`events`):

- ("ready", url): listening;
- ("failed", id_text, en_text): it could not listen there (why, in both languages);
- ("tally", vote_id, counts, voters): a vote was cast or changed.

Nothing about a phone is kept but its random token, and only for the open vote; the access log is off.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import errno
import json
import queue
import secrets
import threading
import time

from .address import Address
from .ballot import ACCEPTED, BAD_TOKEN, CLOSED, Ballot
from .page import page

MAX_BODY = 4096  # a vote is a few dozen bytes


class VoteServer:
    def __init__(self, address: Address):
        self.address = address
        self.events: queue.Queue = queue.Queue()
        self.state = "off"  # off, starting, ready, failed, stopped
        self._lock = threading.Lock()
        self._ballot: Ballot | None = None
        self._vote_id = ""
        self._question: dict | None = None
        self._closed_at = ""
        self._resumable = False  # the vote on show was left unplayed: the same question reopens it
        self._thread: threading.Thread | None = None
        self._loop = None
        self._runner = None
        self._started = threading.Event()
        self.problem = None  # (Indonesian, English): why it could not listen

    @property
    def closed_at(self) -> str:
        """When the vote on show was closed (the laptop's clock, HH:MM), "" while it is open."""
        with self._lock:
            return self._closed_at

    # -- the window's side -------------------------------------------------------------
    def start(self) -> None:
        """Listen in the background; `events` says ready or failed."""
        if self._thread is not None:
            return
        self.state = "starting"
        self._thread = threading.Thread(target=self._run, name="berdaya-votes", daemon=True)
        self._thread.start()

    def wait_started(self, timeout: float = 10.0) -> str:
        """Block until listening or failed (tests and tools); the state."""
        self._started.wait(timeout)
        return self.state

    def open_vote(self, question: dict) -> str:
        """A new vote on `question` ({"situation": [...], "options": [{"id", "n", "text"}]}); its id.
        The same question as a vote left unplayed (the facilitator went back) opens that vote again,
        the phones' votes standing."""
        with self._lock:
            if self._ballot is not None and self._resumable and question == self._question:
                self._ballot.is_open, self._closed_at, self._resumable = True, "", False
                return self._vote_id
            self._resumable = False
            self._vote_id = secrets.token_hex(4)
            self._ballot = Ballot(tuple(o["id"] for o in question["options"]))
            self._question = question
            self._closed_at = ""
            return self._vote_id

    def close_vote(self, resumable: bool = False) -> dict:
        """Close the open vote now; its tally (choice id -> votes). Later votes are refused. `resumable`:
        nothing was played with it, so the same question opens it again."""
        with self._lock:
            if self._ballot is None:
                return {}
            self._resumable = resumable
            if self._ballot.is_open:
                self._closed_at = time.strftime("%H:%M")
            return self._ballot.close()

    def reopen(self) -> None:
        """The facilitator took the close back (the phones' votes stand)."""
        with self._lock:
            if self._ballot is not None:
                self._ballot.is_open = True
                self._closed_at = ""

    def snapshot(self):
        """(vote id, counts in the options' order, voters, open)."""
        with self._lock:
            b = self._ballot
            if b is None:
                return "", [], 0, False
            return self._vote_id, b.counts(), b.voters, b.is_open

    def stop(self, timeout: float = 5.0) -> None:
        loop, thread = self._loop, self._thread
        if thread is None:
            self.state = "stopped"
            return
        self._started.wait(timeout)  # listening or failed: never stopped halfway through starting
        if self.state == "ready" and not loop.is_closed():
            try:
                asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout)
            except (RuntimeError, concurrent.futures.TimeoutError):  # the loop ended meanwhile: stopped
                pass
        thread.join(timeout)
        self.state = "stopped"

    # -- the server's thread -----------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._listen())
        except Exception as exc:  # noqa: BLE001 (told to the window, never a silent dead thread)
            self.problem = start_problem(exc, self.address)
            self.state = "failed"
            self.events.put(("failed", *self.problem))
            self._started.set()
            loop.close()
            return
        self.state = "ready"
        self.events.put(("ready", self.address.url))
        self._started.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _listen(self) -> None:
        import segno  # noqa: F401, PLC0415 (the QR code: missing, it is said here, not at the drawing)
        from aiohttp import web  # noqa: PLC0415 (only when a class votes from phones)

        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_get("/", self._page)
        app.router.add_get("/state", self._state)
        app.router.add_post("/vote", self._vote)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.address.host, self.address.port, backlog=256)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        asyncio.get_running_loop().call_soon(asyncio.get_running_loop().stop)

    def _json(self, data: dict, status: int = 200):
        from aiohttp import web  # noqa: PLC0415

        return web.json_response(data, status=status, headers={"Cache-Control": "no-store"})

    async def _page(self, request):
        from aiohttp import web  # noqa: PLC0415

        return web.Response(
            text=page(), content_type="text/html", charset="utf-8", headers={"Cache-Control": "no-store"}
        )

    async def _state(self, request):
        token = request.query.get("token", "")
        with self._lock:
            b = self._ballot
            if b is None:
                return self._json({"vote": "", "open": False, "question": None, "mine": None})
            return self._json(
                {
                    "vote": self._vote_id,
                    "open": b.is_open,
                    "question": self._question,
                    "mine": b.mine(token),
                    "closed_at": self._closed_at,
                }
            )

    async def _vote(self, request):
        try:
            data = json.loads(await request.text())
        except (ValueError, UnicodeDecodeError):
            return self._json({"ok": False, "error": "bad_request"}, 400)
        if not isinstance(data, dict):
            return self._json({"ok": False, "error": "bad_request"}, 400)
        with self._lock:
            b = self._ballot
            if b is None or data.get("vote") != self._vote_id:
                return self._json({"ok": False, "error": "stale"}, 409)
            result = b.cast(data.get("token"), data.get("choice"))
            if result in ACCEPTED:
                update = ("tally", self._vote_id, b.counts(), b.voters)
                mine = b.mine(data.get("token"))
            else:
                update = None
        if update is None:
            status = 409 if result == CLOSED else 400
            return self._json({"ok": False, "error": result if result != BAD_TOKEN else "bad_token"}, status)
        self.events.put(update)
        return self._json({"ok": True, "result": result, "mine": mine})


def start_problem(exc: Exception, address: Address) -> tuple:
    """Why the server could not start, in Indonesian and English."""
    if isinstance(exc, ImportError):
        name = exc.name or "aiohttp"
        return (
            f"Suara dari ponsel memerlukan pustaka {name}, yang belum terpasang. Pasang ulang Berdaya "
            "(pip install -e . atau jalankan Berdaya.bat lagi).",
            f"Phone votes need the {name} library, which is not installed. Install Berdaya again "
            "(pip install -e . or run Berdaya.bat again).",
        )
    if isinstance(exc, OSError):
        return bind_problem(exc, address)
    return (
        f"Suara dari ponsel tidak dapat dibuka di {address.short}: {exc}.",
        f"Phone votes could not be opened at {address.short}: {exc}.",
    )


def bind_problem(exc: OSError, address: Address) -> tuple:
    """Why the server could not listen at `address`, in Indonesian and English."""
    where = address.short
    code = exc.errno
    if code in (errno.EADDRINUSE, 10048):
        return (
            f"Alamat {where} sedang dipakai program lain. Pilih port lain, mis. --phones "
            f"{address.host}:{address.port + 1}.",
            f"{where} is in use by another program. Choose another port, e.g. --phones "
            f"{address.host}:{address.port + 1}.",
        )
    if code in (errno.EADDRNOTAVAIL, 10049):
        return (
            f"{address.host} bukan alamat laptop ini. Periksa alamatnya (ipconfig / ip addr) dan "
            "apakah laptop tersambung ke jaringan ruangan.",
            f"{address.host} is not this laptop's address. Check the address (ipconfig / ip addr) and "
            "that the laptop is on the room's network.",
        )
    if code in (errno.EACCES, 10013):
        return (
            f"Port {address.port} tidak diizinkan. Pakai port di atas 1024, mis. {address.host}:8765.",
            f"Port {address.port} is not allowed. Use a port above 1024, e.g. {address.host}:8765.",
        )
    return (
        f"Suara dari ponsel tidak dapat dibuka di {where}: {exc.strerror or exc}.",
        f"Phone votes could not be opened at {where}: {exc.strerror or exc}.",
    )
