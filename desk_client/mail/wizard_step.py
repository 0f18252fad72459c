"""Registers the "Enviar E-mail" step (the wizard's last, DESIGN §4 step 8), turned on by the
"Enviar E-mail" option of Prim. Contato."""
from __future__ import annotations

from ..wizard.registry import Step, StepRegistry
from ..wizard.state import QT_TRANSLATE_NOOP
from . import rules


def step() -> Step:
    return Step(rules.KEY, QT_TRANSLATE_NOOP("Wizard", "Enviar E-mail"), "desk_client.mail.wizard_page:EmailPage",
                applies=rules.requested, validate=rules.validate, follow_ups=rules.follow_ups)


def register(registry: StepRegistry) -> None:
    if rules.KEY not in registry:
        registry.register(step())
