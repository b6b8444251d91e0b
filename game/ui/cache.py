"""A least-recently-used store of surfaces bounded by the bytes their pixels take, not by their count:
one wrapped paragraph at 1080p takes megabytes, a label a few kilobytes."""

from __future__ import annotations

from collections import OrderedDict


def surface_bytes(surface) -> int:
    return 0 if surface is None else surface.get_width() * surface.get_height() * surface.get_bytesize()


class ByteCache:
    def __init__(self, limit: int):
        self.limit, self.used, self.items = limit, 0, OrderedDict()

    def __contains__(self, key) -> bool:
        return key in self.items

    def __len__(self) -> int:
        return len(self.items)

    def get(self, key, default=None):
        if key not in self.items:
            return default
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, surface) -> None:
        if key in self.items:
            self.used -= surface_bytes(self.items.pop(key))
        self.items[key] = surface
        self.used += surface_bytes(surface)
        while self.used > self.limit and len(self.items) > 1:
            _, old = self.items.popitem(last=False)
            self.used -= surface_bytes(old)

    def clear(self) -> None:
        self.items.clear()
        self.used = 0


def return_freed_memory() -> None:
    """Large pictures (a wrapped paragraph, a background) get pages of their own that go back to the
    system when freed. glibc otherwise raises that threshold after the first such free, and the freed
    megabytes stay in the heap, scattered: resident memory grew by ~150 MB over a session. Elsewhere: no-op."""
    import ctypes  # noqa: PLC0415
    import ctypes.util  # noqa: PLC0415

    m_mmap_threshold = -3
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(m_mmap_threshold, 128 * 1024)
    except (OSError, AttributeError):
        pass


def trim_heap() -> None:
    """Give the heap's free pages back to the system (glibc's malloc_trim), after a large search has
    freed its states; a no-op where there is no glibc."""
    import ctypes  # noqa: PLC0415
    import ctypes.util  # noqa: PLC0415
    import sys  # noqa: PLC0415

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass
