"""Where the phones' page is served: the address the facilitator gives (`--phones 192.168.1.10[:port]`),
never every interface by default, and the machine's own addresses to choose from."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

DEFAULT_PORT = 8765


@dataclass(frozen=True)
class Address:
    host: str
    port: int = DEFAULT_PORT

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def short(self) -> str:
        """What the projector says under the QR code (no scheme, no slash)."""
        return self.url.removeprefix("http://").rstrip("/")


class AddressError(ValueError):
    """A bad --phones value: `what` in both languages, for the command line and the window."""

    def __init__(self, id_text: str, en_text: str):
        super().__init__(en_text)
        self.id_text, self.en_text = id_text, en_text


def parse(text: str) -> Address:
    """'192.168.1.10', '192.168.1.10:8080', '[fe80::1]:8080' or 'localhost' -> Address."""
    raw = (text or "").strip()
    host, port = raw, DEFAULT_PORT
    if raw.startswith("["):  # [IPv6]:port
        host, _, rest = raw[1:].partition("]")
        if rest:
            if not rest.startswith(":"):
                raise _bad(raw)
            port = _port(rest[1:], raw)
    elif raw.count(":") == 1:
        host, _, given = raw.partition(":")
        port = _port(given, raw)
    if host == "localhost":
        host = "127.0.0.1"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        raise _bad(raw) from None
    if ip.is_unspecified:
        raise AddressError(
            f"'{raw}' membuka suara untuk semua jaringan. Berikan alamat laptop ini di jaringan ruangan, "
            "mis. 192.168.1.10 (lihat ipconfig / ip addr).",
            f"'{raw}' would open the vote to every network. Give this laptop's address on the room's "
            "network, e.g. 192.168.1.10 (see ipconfig / ip addr).",
        )
    return Address(str(ip), port)


def _port(text: str, raw: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise AddressError(
            f"'{raw}': port harus bilangan 1-65535, mis. 192.168.1.10:{DEFAULT_PORT}.",
            f"'{raw}': the port must be a number from 1 to 65535, e.g. 192.168.1.10:{DEFAULT_PORT}.",
        )
    return int(text)


def _bad(raw: str) -> AddressError:
    return AddressError(
        f"'{raw}' bukan alamat IP. Berikan alamat laptop ini di jaringan ruangan, mis. 192.168.1.10 "
        f"atau 192.168.1.10:{DEFAULT_PORT} (lihat ipconfig / ip addr).",
        f"'{raw}' is not an IP address. Give this laptop's address on the room's network, e.g. "
        f"192.168.1.10 or 192.168.1.10:{DEFAULT_PORT} (see ipconfig / ip addr).",
    )


def local_addresses() -> list:
    """This machine's IPv4 addresses a phone in the room could reach, the likeliest first (no packet is
    sent: a UDP socket 'connected' to a private address only asks the system which interface it uses)."""
    found = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 1))
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    found += [info[4][0] for info in infos]
    seen = []
    for host in found:
        ip = ipaddress.ip_address(host)
        if not (ip.is_loopback or ip.is_unspecified or ip.is_link_local) and host not in seen:
            seen.append(host)
    return seen
