"""Registers the "Anexo" step (after Prim. Contato), turned on by the "Adicionar Anexo" option."""
from __future__ import annotations

from ..wizard.registry import Step, StepRegistry
from ..wizard.state import QT_TRANSLATE_NOOP
from . import rules


def step() -> Step:
    return Step(rules.KEY, QT_TRANSLATE_NOOP("Wizard", "Anexo"), "desk_client.attachments.wizard_page:AttachmentPage",
                applies=rules.requested, validate=rules.validate, follow_ups=rules.follow_ups)


def register(registry: StepRegistry) -> None:
    if rules.KEY not in registry:
        registry.register(step(), after="first_contact")
