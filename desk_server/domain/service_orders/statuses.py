"""O.S. statuses: a fixed catalogue, each status in one category.

The category is what rules read: a cancelled O.S. frees its slot; a finished one is history; only
open ones (scheduled, on the way, in progress) may be rescheduled by a technician.
"""
from __future__ import annotations

from dataclasses import dataclass

SCHEDULED, ON_THE_WAY, IN_PROGRESS, DONE, CANCELLED = "scheduled", "on_the_way", "in_progress", "done", "cancelled"
CATEGORIES = {SCHEDULED: "Agendada", ON_THE_WAY: "Em deslocamento", IN_PROGRESS: "Em execução",
              DONE: "Concluída", CANCELLED: "Cancelada"}


@dataclass(frozen=True)
class Status:
    code: str
    label: str
    category: str

    @property
    def blocks_slot(self) -> bool:
        return self.category != CANCELLED

    @property
    def finished(self) -> bool:
        return self.category in (DONE, CANCELLED)


STATUSES: tuple[Status, ...] = (
    Status("scheduled", "Agendada", SCHEDULED),
    Status("confirmed", "Confirmada com o cliente", SCHEDULED),
    Status("on_the_way", "Em deslocamento", ON_THE_WAY),
    Status("in_progress", "Em execução", IN_PROGRESS),
    Status("waiting_parts", "Aguardando material", IN_PROGRESS),
    Status("done", "Concluída", DONE),
    Status("client_absent", "Cliente ausente", CANCELLED),
    Status("cancelled", "Cancelada", CANCELLED),
)
BY_CODE = {s.code: s for s in STATUSES}
CODES = tuple(BY_CODE)
BLOCKING_CODES = tuple(s.code for s in STATUSES if s.blocks_slot)
DEFAULT = "scheduled"


def get(code: str) -> Status:
    return BY_CODE[code]
