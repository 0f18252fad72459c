"""The built-in steps of Novo Atendimento, in the seed's order. Pages are named as strings so this
module (and the registry) can be imported and tested without Qt."""
from __future__ import annotations

from . import validation
from .registry import Step
from .state import QT_TRANSLATE_NOOP

PAGES = "desk_client.wizard.pages"


def builtin_steps() -> list[Step]:
    return [
        Step("protocol", QT_TRANSLATE_NOOP("Wizard", "Protocolo"), f"{PAGES}.protocol:ProtocolPage",
             validate=validation.protocol_step),
        Step("locate", QT_TRANSLATE_NOOP("Wizard", "Localizar"), f"{PAGES}.locate:LocatePage",
             validate=validation.locate_step),
        Step("client", QT_TRANSLATE_NOOP("Wizard", "Dados do Cliente"), f"{PAGES}.client_data:ClientDataPage",
             applies=lambda s: s.kind == "client", validate=validation.client_step),
        Step("service", QT_TRANSLATE_NOOP("Wizard", "Dados Atend."), f"{PAGES}.service:ServicePage",
             validate=validation.service_step),
        Step("first_contact", QT_TRANSLATE_NOOP("Wizard", "Prim. Contato"),
             f"{PAGES}.first_contact:FirstContactPage", validate=validation.first_contact_step),
    ]
