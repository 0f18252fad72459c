"""The Novo Atendimento wizard's state: plain data, no Qt, no HTTP.

Everything the operator enters lives here, so the draft file, the outbox entry and the ticket body are
all made from one object. Snapshots of what was chosen (client, contact, subscription, ticket type,
destination) are kept as the dicts the API returned, so a resumed wizard can show them again without
asking the server first.
"""
from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from ..ui.formats import format_protocol
from . import step_data
from .step_data import (
    AttachmentDraft,
    EmailDraft,
    ReceiptChoice,
    ScriptRunDraft,
    ServiceOrderDraft,
    TaskDraft,
)

# Texts of this Qt-free model are marked for lupdate and translated where they are shown:
# QCoreApplication.translate(CONTEXT, text).
CONTEXT = "Wizard"


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # the name lupdate looks for
    return text


KINDS = ("client", "prospect", "access_point")
KIND_LABELS = {"client": QT_TRANSLATE_NOOP("Wizard", "Cliente"),
               "prospect": QT_TRANSLATE_NOOP("Wizard", "Prospecto"),
               "access_point": QT_TRANSLATE_NOOP("Wizard", "P. Acesso")}

# (API value, label) in the order the operator sees them
CHANNELS = (
    ("phone", QT_TRANSLATE_NOOP("Wizard", "Telefone")),
    ("email", QT_TRANSLATE_NOOP("Wizard", "E-mail")),
    ("fax", QT_TRANSLATE_NOOP("Wizard", "Fax")),
    ("visit", QT_TRANSLATE_NOOP("Wizard", "Visita")),
    ("whatsapp", QT_TRANSLATE_NOOP("Wizard", "WhatsApp")),
    ("chat", QT_TRANSLATE_NOOP("Wizard", "Chat")),
)
CHANNEL_LABELS = dict(CHANNELS)

DRAFT_VERSION = 2  # 2: the added steps' typed slots instead of the free `extras` dict


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class WizardState:
    # identity of this attendance (the idempotency key is made once, when the wizard opens)
    draft_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    idempotency_key: str = field(default_factory=lambda: str(uuid.uuid4()))
    username: str = ""
    started_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    current_step: str | None = None

    # 1 Protocolo
    protocol: str | None = None
    kind: str = "client"

    # 2 Localizar / 3 Dados do Cliente
    client: dict | None = None            # search result, then the full record once loaded
    contact: dict | None = None
    prospect: dict | None = None
    access_point: dict | None = None

    # 4 Dados Atend.
    subscription: dict | None = None
    problem: str = ""
    create_script: bool = False

    # 5 Prim. Contato
    channel: str = "phone"
    ticket_type: dict | None = None
    destination: dict | None = None       # {"kind": "user"|"cargo", "id": int, "name": str}
    destination_from_type: bool = False   # filled by the ticket type, not chosen by hand
    checks: str = ""
    resolved: bool = False
    solution: str = ""
    parent: dict | None = None            # link candidate announced: {"id", "protocol", "formatted", ...}

    # the steps added to the wizard, each in its own slot (shapes: step_data.py); `options` says which
    # of Prim. Contato's option buttons (step key -> ticked) turned a step on
    options: dict[str, bool] = field(default_factory=dict)
    script: ScriptRunDraft = field(default_factory=dict)            # Script Atend. / Rel. Script
    service_order: ServiceOrderDraft = field(default_factory=dict)  # Pedir O.S.
    task: TaskDraft = field(default_factory=dict)                   # Tarefa
    attachment: AttachmentDraft = field(default_factory=dict)       # Adicionar Anexo
    email: EmailDraft = field(default_factory=dict)                 # Enviar E-mail
    receipt: ReceiptChoice = field(default_factory=dict)            # the protocol receipt at Finalizar

    # -- derived ------------------------------------------------------------------------------------
    @property
    def client_id(self) -> int | None:
        return _id(self.client)

    @property
    def contact_id(self) -> int | None:
        return _id(self.contact)

    @property
    def subscription_id(self) -> int | None:
        return _id(self.subscription)

    @property
    def prospect_id(self) -> int | None:
        return _id(self.prospect)

    @property
    def access_point_id(self) -> int | None:
        return _id(self.access_point)

    @property
    def ticket_type_id(self) -> int | None:
        return _id(self.ticket_type)

    @property
    def protocol_formatted(self) -> str:
        return format_protocol(self.protocol)

    @property
    def subject_name(self) -> str:
        """Who/what the attendance is about, for titles and summaries."""
        chosen = {"client": self.client, "prospect": self.prospect, "access_point": self.access_point}[self.kind]
        return str((chosen or {}).get("name") or "")

    def set_kind(self, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"tipo desconhecido: {kind}")
        if kind != self.kind:
            self.kind = kind
            # what was chosen for another kind no longer applies
            self.client = self.contact = self.subscription = None
            self.prospect = self.access_point = None
            self.parent = None

    def set_client(self, client: dict | None) -> None:
        if _id(client) != self.client_id:
            self.contact = self.subscription = None
            self.parent = None
        self.client = client

    def set_destination(self, kind: str | None, ident: int | None, name: str = "", *,
                        from_type: bool = False) -> None:
        if kind is None or ident is None:
            self.destination = None
        else:
            if kind not in ("user", "cargo"):
                raise ValueError(f"destino desconhecido: {kind}")
            self.destination = {"kind": kind, "id": int(ident), "name": name}
        self.destination_from_type = from_type and self.destination is not None

    def apply_ticket_type(self, ticket_type: dict | None) -> None:
        """Choose a ticket type: its default destination (user or cargo) fills in, unless the operator
        already chose a destination by hand."""
        self.ticket_type = ticket_type
        if ticket_type is None:
            return
        if self.destination is not None and not self.destination_from_type:
            return
        if ticket_type.get("default_user_id"):
            self.set_destination("user", ticket_type["default_user_id"], ticket_type.get("default_user_name") or "",
                                 from_type=True)
        elif ticket_type.get("default_cargo_id"):
            self.set_destination("cargo", ticket_type["default_cargo_id"],
                                 ticket_type.get("default_cargo_name") or "", from_type=True)
        elif self.destination_from_type:
            self.set_destination(None, None)

    def touch(self) -> None:
        self.updated_at = now_iso()

    # -- the ticket ---------------------------------------------------------------------------------
    def ticket_body(self) -> dict:
        """The POST /api/v1/tickets body (DESIGN §5): ids that do not apply are left out."""
        body: dict[str, Any] = {
            "protocol": self.protocol,
            "kind": self.kind,
            "ticket_type_id": self.ticket_type_id,
            "channel": self.channel,
            "destination": ({"user_id": self.destination["id"]} if self.destination and
                            self.destination["kind"] == "user" else
                            {"cargo_id": self.destination["id"]} if self.destination else None),
            "problem": self.problem.strip() or None,
            "checks": self.checks.strip() or None,
            "resolved": bool(self.resolved),
            "solution": (self.solution.strip() or None) if self.resolved else None,
        }
        if self.kind == "client":
            body.update(client_id=self.client_id, subscription_id=self.subscription_id,
                        contact_id=self.contact_id)
        elif self.kind == "prospect":
            body["prospect_id"] = self.prospect_id
        else:
            body["access_point_id"] = self.access_point_id
        return {k: v for k, v in body.items() if v is not None or k in ("protocol",)}

    # -- serialisation ------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        data = asdict(self)
        data["version"] = DRAFT_VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict) -> WizardState:
        """Rebuild from a draft or an outbox entry; unknown keys (a newer client) are ignored, missing
        ones defaulted, an older draft's `extras` moved to the typed slots."""
        if not isinstance(data, dict):
            raise ValueError("rascunho inválido")  # noqa: TRY004 - a bad file, reported like bad JSON
        data = step_data.migrated(data)
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        state = cls(**values)
        if state.kind not in KINDS:
            raise ValueError(f"rascunho com tipo desconhecido: {state.kind!r}")
        if state.channel not in CHANNEL_LABELS:
            state.channel = "phone"
        step_data.clean_slots(state)
        return state


def _id(record: dict | None) -> int | None:
    if not record:
        return None
    value = record.get("id")
    return int(value) if value is not None else None
