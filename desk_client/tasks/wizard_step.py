"""Registers the "Tarefa" step in the wizard (after the O.S. step, or Prim. Contato), turned on by
the "Tarefa" option."""
from __future__ import annotations

from ..wizard.registry import Step, StepRegistry
from ..wizard.state import QT_TRANSLATE_NOOP
from . import rules


def step() -> Step:
    return Step(rules.KEY, QT_TRANSLATE_NOOP("Wizard", "Tarefa"), "desk_client.tasks.wizard_page:TaskPage",
                applies=rules.requested, validate=rules.validate, follow_ups=rules.follow_ups)


def register(registry: StepRegistry) -> None:
    if rules.KEY not in registry:
        registry.register(step(), after="service_order" if "service_order" in registry else "first_contact")
