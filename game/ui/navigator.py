"""Screens by name, asked for by intent; the stack changes only between frames.

A screen never makes another screen: it asks the navigator (`nav.push("history")`), the request
waits in a queue, and the app applies the queue once the frame's events are handled and the top
screen has updated (as Tuxemon's state queue does). So no screen ever runs against a stack that
changed under it in the middle of its own handle_event or update.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

MAX_CHAIN = 100  # requests one apply() may process (a screen's enter or resume may ask for more)


@dataclass(frozen=True)
class Push:
    """Open screen `name` over the current one."""

    name: str
    args: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class Replace:
    """Close the current screen and open `name` in its place."""

    name: str
    args: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class Reset:
    """Close every screen and open `name` alone."""

    name: str
    args: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class Pop:
    """Close the current screen; the one below resumes with `result` (what a vote decided, say)."""

    result: object = None


Request = Push | Replace | Reset | Pop


class UnknownScreen(LookupError):
    """A request named a screen nobody registered."""


class Navigator:
    """The screen stack, the registry of screens by name and the queue of requests."""

    def __init__(self, registry: Mapping[str, Callable]):
        self.registry = dict(registry)  # name -> factory(context, **args) -> screen
        self.stack: list = []
        self.pending: list[Request] = []
        self.context = None  # what every screen is made with; set once by the app

    def attach(self, context) -> None:
        self.context = context

    @property
    def top(self):
        return self.stack[-1] if self.stack else None

    # -- asking (any time; nothing changes until apply) -------------------------------
    def request(self, request: Request) -> None:
        if not isinstance(request, Pop) and request.name not in self.registry:
            known = ", ".join(sorted(self.registry))
            raise UnknownScreen(f"no screen named {request.name!r} (registered: {known})")
        self.pending.append(request)

    def push(self, name: str, /, **args) -> None:
        self.request(Push(name, args))

    def replace(self, name: str, /, **args) -> None:
        self.request(Replace(name, args))

    def reset(self, name: str, /, **args) -> None:
        self.request(Reset(name, args))

    def pop(self, result=None) -> None:
        self.request(Pop(result))

    # -- applying (the app, between frames) -------------------------------------------
    def apply(self) -> bool:
        """Apply the queued requests in order, and any they lead to; True when the stack changed."""
        changed = False
        for _ in range(MAX_CHAIN):
            if not self.pending:
                return changed
            self._apply(self.pending.pop(0))
            changed = True
        raise RuntimeError(f"screens kept asking for more screens: {self.pending[:5]}")

    def open(self, screen, alone: bool = False) -> None:
        """Put a ready-made screen on top now (tests and tools; screens ask by name)."""
        self.apply()
        if alone:
            self._close_all()
        self._enter(screen)

    def close(self) -> None:
        """Close every screen (the window is closing); queued requests are dropped."""
        self.pending.clear()
        self._close_all()

    def _apply(self, request: Request) -> None:
        if isinstance(request, Pop):
            if not self.stack:
                raise IndexError("Pop with no screen open")
            self.stack.pop().exit()
            if self.stack:
                self.stack[-1].resume(request.result)
            return
        if isinstance(request, Replace) and self.stack:
            self.stack.pop().exit()
        elif isinstance(request, Reset):
            self._close_all()
        self._enter(self.registry[request.name](self.context, **request.args))

    def _enter(self, screen) -> None:
        self.stack.append(screen)
        screen.enter()

    def _close_all(self) -> None:
        while self.stack:
            self.stack.pop().exit()
