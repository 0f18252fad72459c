"""What the Enviar E-mail step keeps and checks, Qt-free (seed 001 §4.2.9–4.2.10), and the protocol
receipt sent at Finalizar."""
from __future__ import annotations

import re
import uuid

from ..api import mail
from ..attachments import files
from ..wizard import step_data
from ..wizard.state import QT_TRANSLATE_NOOP, WizardState
from ..wizard.step_data import EmailDraft

KEY = "email"
RECEIPT = "receipt"
PICK_RECIPIENT = QT_TRANSLATE_NOOP("Wizard", "Marque um contato ou digite um endereço em “Outros endereços”.")
WRITE_SUBJECT = QT_TRANSLATE_NOOP("Wizard", "Escreva o assunto do e-mail.")
WRITE_BODY = QT_TRANSLATE_NOOP("Wizard", "Escreva o conteúdo do e-mail.")
BAD_ADDRESS = "Endereço de e-mail inválido: {address} (falta o @ ou o domínio)."
UNRESOLVED = "Variável sem valor neste atendimento: {names}. Edite o texto antes de enviar."

VARIABLE = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+$")
_SPLIT = re.compile(r"[,;\s]+")


def requested(state: WizardState) -> bool:
    return step_data.requested(state, KEY)


def data(state: WizardState) -> EmailDraft:
    found = state.email
    for key, value in (("template_id", None), ("checked", None), ("others", ""), ("cc", ""), ("subject", ""),
                       ("body", ""), ("read_receipt", False), ("files", [])):
        found.setdefault(key, value)
    found.setdefault("key", str(uuid.uuid4()))
    return found


def split_addresses(text: str) -> list[str]:
    return [a for a in _SPLIT.split(text or "") if a]


def bad_address(addresses: list[str]) -> str | None:
    return next((a for a in addresses if not _ADDRESS.match(a)), None)


def unresolved(*texts: str) -> list[str]:
    names: list[str] = []
    for text in texts:
        for name in VARIABLE.findall(text or ""):
            if name not in names:
                names.append(name)
    return names


def contact_addresses(state: WizardState) -> list[tuple[str, str]]:
    """(label, address) of the client's contacts that have an e-mail (the chosen contact first), then
    the client's own address."""
    seen, out = set(), []
    client = state.client or {}
    contacts = list(client.get("contacts") or [])
    if state.contact:
        contacts.insert(0, state.contact)
    for contact in contacts:
        address = (contact.get("email") or "").strip()
        if address and address.lower() not in seen:
            seen.add(address.lower())
            out.append((contact.get("name") or address, address))
    own = (client.get("email") or "").strip()
    if own and own.lower() not in seen:
        out.append((client.get("name") or own, own))
    return out


def recipients(state: WizardState, d: EmailDraft) -> list[str]:
    checked = d.get("checked")
    if checked is None:  # never touched: the chosen contact's address is ticked
        checked = [a for _label, a in contact_addresses(state)[:1]]
    return [*checked, *split_addresses(d.get("others", ""))]


def validate(state: WizardState) -> list[str]:
    d = data(state)
    problems = []
    to = recipients(state, d)
    if not to:
        problems.append(PICK_RECIPIENT)
    wrong = bad_address(to + split_addresses(d.get("cc", "")))
    if wrong:
        problems.append(BAD_ADDRESS.format(address=wrong))
    if not d["subject"].strip():
        problems.append(WRITE_SUBJECT)
    if not d["body"].strip():
        problems.append(WRITE_BODY)
    names = unresolved(d["subject"], d["body"])
    if names:
        problems.append(UNRESOLVED.format(names=", ".join("{" + n + "}" for n in names)))
    return problems


def follow_ups(state: WizardState) -> list[dict]:
    """The e-mail's files first (each with its key), then the e-mail naming them by those keys."""
    d = data(state)
    uploads = [files.upload_follow_up(f) for f in d["files"]]
    body = {"to": recipients(state, d), "cc": split_addresses(d["cc"]), "subject": d["subject"].strip(),
            "body": d["body"], "read_receipt": bool(d["read_receipt"]),
            "attachment_keys": [f["key"] for f in d["files"]], "template_id": d.get("template_id")}
    return [*uploads, mail.send_later(body, d["key"])]


# -- the protocol in writing, at Finalizar ------------------------------------------------------------

def receipt_address(state: WizardState) -> str | None:
    """Where the receipt goes: the chosen contact's e-mail, else the client's."""
    for source in (state.contact, state.client):
        address = ((source or {}).get("email") or "").strip()
        if address and _ADDRESS.match(address):
            return address
    return None


def receipt_wanted(state: WizardState) -> bool:
    """Ticked by default whenever there is an address; the operator's choice is kept."""
    choice = state.receipt.get("send")
    return receipt_address(state) is not None and (choice is None or bool(choice))


def receipt_follow_ups(state: WizardState) -> list[dict]:
    if not receipt_wanted(state):
        return []
    key = state.receipt.setdefault("key", str(uuid.uuid4()))
    return [mail.receipt_later(receipt_address(state), key)]
