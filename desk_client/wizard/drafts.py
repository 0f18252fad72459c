"""Local drafts of the wizard: one JSON file per open attendance, per operator, written atomically.

    drafts/<username>__<draft id>.json

Saving runs on the wizard's one background disk thread (jsonfiles.disk_queue: ordered, so the last
save wins and a discard after a save removes the file), so typing never waits on the disk.
`flush()` waits for the queue (on close and in tests).
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import Future
from pathlib import Path

from ..outbox.jsonfiles import disk_queue, flush_disk_queue, read_json, safe_name, write_json
from .state import WizardState

log = logging.getLogger("desk_client.wizard.drafts")


class DraftStore:
    def __init__(self, directory: Path, username: str):
        self.directory = Path(directory)
        self.username = username
        self._prefix = f"{safe_name(username)}__"
        self.errors: list[str] = []

    def path_for(self, draft_id: str) -> Path:
        return self.directory / f"{self._prefix}{safe_name(draft_id)}.json"

    # -- writing ------------------------------------------------------------------------------------
    def save(self, state: WizardState) -> Future:
        """Queue a save of the state as it is now (the dict is taken on the caller's thread)."""
        state.username = state.username or self.username
        data = state.to_dict()
        path = self.path_for(state.draft_id)
        return disk_queue().submit(self._write, path, data)

    def save_now(self, state: WizardState) -> None:
        self.save(state).result()

    def discard(self, draft_id: str) -> Future:
        return disk_queue().submit(self._remove, self.path_for(draft_id))

    @staticmethod
    def flush(timeout: float | None = 10) -> None:
        flush_disk_queue(timeout)

    def _write(self, path: Path, data: dict) -> None:
        try:
            write_json(path, data)
        except OSError as exc:  # a full disk must not take the wizard down; it is logged and shown
            log.error("could not save draft %s: %s", path, exc)
            self.errors.append(str(exc))

    @staticmethod
    def _remove(path: Path) -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass

    # -- reading ------------------------------------------------------------------------------------
    def load(self, draft_id: str) -> WizardState:
        return WizardState.from_dict(read_json(self.path_for(draft_id)))

    def drafts(self) -> list[WizardState]:
        """This operator's drafts, newest first. Unreadable files are set aside (renamed .bad)."""
        found = []
        if not self.directory.is_dir():
            return found
        for path in self.directory.glob(f"{self._prefix}*.json"):
            try:
                found.append(WizardState.from_dict(read_json(path)))
            except (OSError, ValueError, TypeError) as exc:
                log.error("unreadable draft %s (%s): set aside", path, exc)
                try:
                    os.replace(path, path.with_suffix(".bad"))
                except OSError:
                    pass
        found.sort(key=lambda s: s.updated_at, reverse=True)
        return found
