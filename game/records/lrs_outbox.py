"""What waits to be sent (the outbox) and what an LRS has acknowledged (the ledger), kept on disk."""

from __future__ import annotations

import json
from pathlib import Path

from game import safefiles

from .lrs_wire import LEDGER_FORMAT, LrsError


def read_outbox(outbox: Path) -> list[dict]:
    try:
        data = json.loads(Path(outbox).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise LrsError(
            f"the statements outbox {outbox} cannot be read ({exc}); move it aside to start a new one"
        ) from None
    if not isinstance(data, list) or not all(
        isinstance(s, dict) and isinstance(s.get("id"), str) for s in data
    ):
        raise LrsError(
            f"the statements outbox {outbox} is not a list of statements; move it aside to start a "
            "new one (the records database still holds everything)"
        )
    return data


def read_ledger(ledger: Path, lrs: str) -> set:
    """Ids the LRS at `lrs` acknowledged on earlier runs (empty when the ledger is missing or unreadable:
    everything is then sent again, which an LRS stores once)."""
    try:
        data = json.loads(Path(ledger).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    ids = (
        data.get("lrs", {}).get(lrs) if isinstance(data, dict) and isinstance(data.get("lrs"), dict) else None
    )
    return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else set()


def remember(ledger: Path, lrs: str, ids: list) -> str | None:
    """Add `ids` to what `lrs` acknowledged; a message when the ledger cannot be written, else None."""
    ledger = Path(ledger)
    try:
        data = json.loads(ledger.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict) or not isinstance(data.get("lrs"), dict):
        data = {}
    table = data.get("lrs", {})
    known = table.get(lrs) if isinstance(table.get(lrs), list) else []
    seen = set(known)
    table[lrs] = known + [i for i in ids if i not in seen]
    try:
        safefiles.write_json(ledger, {"format": LEDGER_FORMAT, "version": 1, "lrs": table})
    except OSError as exc:
        return f"the list of statements sent ({ledger}) could not be written ({exc}); they will be sent again"
    return None


def unique(statements: list) -> list:
    seen, out = set(), []
    for statement in statements:
        key = statement.get("id") or json.dumps(statement, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(statement)
    return out


def keep(outbox: Path, statements: list) -> Path:
    outbox = Path(outbox)
    try:
        safefiles.write_json(outbox, statements)
    except OSError as exc:
        raise LrsError(
            f"The statements could not be sent, and could not be kept in {outbox} either "
            f"({exc}); export them with --format xapi -o FILE."
        ) from None
    return outbox


def clear(outbox: Path) -> None:
    try:
        Path(outbox).unlink()
    except FileNotFoundError:
        pass
