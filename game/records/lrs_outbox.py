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


def _ledger(ledger: Path) -> dict:
    try:
        data = json.loads(Path(ledger).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _ids(data: dict, table: str, lrs: str) -> list:
    found = data.get(table)
    ids = found.get(lrs) if isinstance(found, dict) else None
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def read_ledger(ledger: Path, lrs: str) -> set:
    """Ids the LRS at `lrs` acknowledged on earlier runs (empty when the ledger is missing or unreadable:
    everything is then sent again, which an LRS stores once)."""
    return set(_ids(_ledger(ledger), "lrs", lrs))


def read_conflicts(ledger: Path, lrs: str) -> set:
    """Ids the LRS at `lrs` holds a different statement under (found on earlier runs)."""
    return set(_ids(_ledger(ledger), "conflicts", lrs))


def remember(ledger: Path, lrs: str, ids: list, conflicts: list = ()) -> str | None:
    """Add `ids` to what `lrs` acknowledged (and `conflicts` to its conflicts; an id acknowledged now is no
    conflict any more); a message when the ledger cannot be written, else None. One small JSON file
    beside the records database, written atomically (game.safefiles), one list per LRS address."""
    ledger = Path(ledger)
    data = _ledger(ledger)
    tables = {}
    for table in ("lrs", "conflicts"):
        found = data.get(table)
        tables[table] = (
            {k: v for k, v in found.items() if isinstance(v, list)} if isinstance(found, dict) else {}
        )
    known = _ids(data, "lrs", lrs)
    seen = set(known)
    tables["lrs"][lrs] = known + [i for i in dict.fromkeys(ids) if i not in seen]
    acknowledged = set(tables["lrs"][lrs])
    clashing = [
        i for i in dict.fromkeys(_ids(data, "conflicts", lrs) + list(conflicts)) if i not in acknowledged
    ]
    if clashing:
        tables["conflicts"][lrs] = clashing
    else:
        tables["conflicts"].pop(lrs, None)
    try:
        safefiles.write_json(ledger, {"format": LEDGER_FORMAT, "version": 2, **tables})
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
