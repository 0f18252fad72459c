"""The typed slots of the steps added to the wizard (script, O.S., task, attachment, e-mail) and of the
protocol receipt, Qt-free: each capability keeps its data in its own field of `WizardState`
(`state.task`, `state.service_order`, ...), shaped as below, and Prim. Contato's option buttons say in
`state.options` which steps were asked for. The slots are plain dicts (JSON as they are, for the draft
and the outbox entry); every key is optional, the capability's `rules.data()` fills the defaults."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from .state import WizardState


class Assignee(TypedDict):
    kind: str          # "user" | "cargo"
    id: int
    name: str


class ScriptRunDraft(TypedDict, total=False):
    """desk_client/scripts/wizard_rules.py: the script run of Script Atend."""
    script_id: int
    version: int
    name: str
    tree: dict          # the version as GET /scripts/{id} gave it, so a resumed draft runs offline
    answers: list[dict]  # {"node_id", "option", "seconds", ...}
    finished: bool
    closed: bool        # Encerrar Script pressed or an end reached
    prefill: dict | None  # what the outcome filled in, to undo (desk_client/scripts/prefill.py)


class ServiceOrderDraft(TypedDict, total=False):
    """desk_client/service_orders/rules.py: the O.S. sent after the ticket."""
    technician_id: int
    type_id: int
    status: str
    date: str           # ISO day
    start: str          # HH:MM
    duration_minutes: int
    description: str
    busy: list[list]    # [id, start, end, label]: the technician's day as last loaded
    busy_for: list      # [technician_id, date] the busy slots belong to
    idempotency_key: str


class TaskDraft(TypedDict, total=False):
    """desk_client/tasks/rules.py: the task sent after the ticket."""
    title: str
    description: str
    assignee: Assignee | None
    due_date: str       # ISO day
    idempotency_key: str


class AttachedFile(TypedDict, total=False):
    """desk_client/attachments/files.py: a file copied into the outbox folder."""
    name: str
    size: int
    file: str           # the copy's path
    note: str
    key: str            # its upload's Idempotency-Key


class AttachmentDraft(TypedDict, total=False):
    files: list[AttachedFile]


class EmailDraft(TypedDict, total=False):
    """desk_client/mail/rules.py: the e-mail sent after the ticket."""
    template_id: int | None
    checked: list[str] | None  # the contacts' addresses ticked; None: never touched
    others: str
    cc: str
    subject: str
    body: str
    read_receipt: bool
    files: list[AttachedFile]
    key: str            # its Idempotency-Key


class ReceiptChoice(TypedDict, total=False):
    """desk_client/mail/rules.py: the protocol receipt sent at Finalizar."""
    send: bool | None   # the operator's choice; None: the default (sent when there is an address)
    key: str


# the slot fields of WizardState, which before draft version 2 lived in `extras` under these same keys
SLOTS = ("script", "service_order", "task", "attachment", "email", "receipt")


def requested(state: WizardState, key: str) -> bool:
    """The operator ticked the step's option on Prim. Contato."""
    return bool(state.options.get(key))


def clean_slots(state: WizardState) -> None:
    """Damaged slots (an edited or older draft) become empty, options become booleans."""
    for name in SLOTS:
        if not isinstance(getattr(state, name), dict):
            setattr(state, name, {})
    options: Any = state.options
    state.options = ({str(k): bool(v) for k, v in options.items() if v is not None}
                     if isinstance(options, dict) else {})


def migrated(data: dict) -> dict:
    """A draft or outbox entry written before version 2 kept the options and the slots in the free
    `extras` dict, under the same keys: they move to their fields (unknown keys there are dropped)."""
    extras = data.get("extras")
    if "extras" not in data:
        return data
    data = {k: v for k, v in data.items() if k != "extras"}
    if isinstance(extras, dict):
        for name in ("options", *SLOTS):
            if name in extras and name not in data:
                data[name] = extras[name]
    return data
