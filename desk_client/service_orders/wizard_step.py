"""Registers the "O.S. / Agenda" step in the wizard (after Prim. Contato), turned on by the
"Pedir O.S." option."""
from __future__ import annotations

from ..wizard.registry import Step, StepRegistry
from ..wizard.state import QT_TRANSLATE_NOOP
from . import rules


def step() -> Step:
    return Step(rules.KEY, QT_TRANSLATE_NOOP("Wizard", "O.S. / Agenda"),
                "desk_client.service_orders.wizard_page:ServiceOrderPage",
                applies=rules.requested, validate=rules.validate, follow_ups=rules.follow_ups)


def register(registry: StepRegistry) -> None:
    if rules.KEY not in registry:
        registry.register(step(), after="first_contact")
