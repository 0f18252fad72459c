"""The wizard's step registry: ordered step descriptors, no Qt and no page indices.

A step is a `Step(key, title, page, applies, validate, contribute)`:

- `key`       unique name ("protocol", "locate", ...); other steps position themselves relative to it.
- `title`     Portuguese label shown in the step list (translated by the window).
- `page`      factory `page(ctx, parent) -> StepPage` (a QWidget); called lazily, once per wizard, so
              this module never imports Qt. A "module:Class" string is imported on first use.
- `applies`   `applies(state) -> bool`: the step is part of this attendance (e.g. the script step only
              when "Criar Script Atendimento" is checked). Steps that do not apply are skipped by
              Avançar/Voltar and hidden from the list.
- `validate`  `validate(state) -> list[str]`: messages (Portuguese) that keep the operator on the step.
- `contribute` optional `contribute(state, body) -> None`: adds the step's fields to the
              POST /tickets body (e.g. "script_report").
- `follow_ups` optional `follow_ups(state) -> list[dict]`: requests to send once the ticket exists
              (O.S., e-mail, task...), each `{"method", "path", "json"}`; "{ticket_id}" in the path is
              replaced by the new ticket's id. They go through the outbox with the ticket.

A capability adds its steps with a `register(registry)` function in its own module, which
`steps.wizard_steps()` calls explicitly when a wizard is launched:

    def register(registry: StepRegistry) -> None:
        registry.register(Step("service_order", "O.S.", "desk_client.service_orders.wizard_page:Page",
                               applies=lambda s: s.wants_service_order, ...), after="first_contact")
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .state import WizardState

Validator = Callable[[WizardState], list[str]]


def _always(_state: WizardState) -> bool:
    return True


def _nothing(_state: WizardState) -> list[str]:
    return []


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    page: Callable[..., Any] | str
    applies: Callable[[WizardState], bool] = _always
    validate: Validator = _nothing
    contribute: Callable[[WizardState, dict], None] | None = None
    follow_ups: Callable[[WizardState], list[dict]] | None = None

    def page_factory(self) -> Callable[..., Any]:
        """The page class, its module imported on first use."""
        factory = self.page
        if isinstance(factory, str):
            module, _, attr = factory.partition(":")
            factory = getattr(importlib.import_module(module), attr)
        return factory

    def make_page(self, *args, **kwargs):
        return self.page_factory()(*args, **kwargs)


class StepRegistry:
    def __init__(self, steps: Iterable[Step] = ()):
        self._steps: list[Step] = []
        for step in steps:
            self.register(step)

    # -- editing ------------------------------------------------------------------------------------
    def register(self, step: Step, *, after: str | None = None, before: str | None = None,
                 replace: bool = False) -> Step:
        """Add a step at the end, or right after/before another one. `replace=True` swaps a step of
        the same key in place (its position is kept unless after/before is given)."""
        if after and before:
            raise ValueError("use after= ou before=, não os dois")
        existing = self.index(step.key)
        if existing is not None:
            if not replace:
                raise ValueError(f"etapa '{step.key}' já registrada")
            if not (after or before):
                self._steps[existing] = step
                return step
            del self._steps[existing]
        anchor = after or before
        if anchor is None:
            self._steps.append(step)
            return step
        position = self.index(anchor)
        if position is None:
            raise KeyError(f"etapa '{anchor}' não existe")
        self._steps.insert(position + 1 if after else position, step)
        return step

    def unregister(self, key: str) -> None:
        position = self.index(key)
        if position is None:
            raise KeyError(f"etapa '{key}' não existe")
        del self._steps[position]

    def copy(self) -> StepRegistry:
        return StepRegistry(self._steps)

    # -- reading ------------------------------------------------------------------------------------
    def index(self, key: str) -> int | None:
        for i, step in enumerate(self._steps):
            if step.key == key:
                return i
        return None

    def get(self, key: str) -> Step:
        position = self.index(key)
        if position is None:
            raise KeyError(f"etapa '{key}' não existe")
        return self._steps[position]

    def __contains__(self, key: str) -> bool:
        return self.index(key) is not None

    def __iter__(self):
        return iter(list(self._steps))

    def __len__(self) -> int:
        return len(self._steps)

    def keys(self) -> list[str]:
        return [s.key for s in self._steps]

    def applicable(self, state: WizardState) -> list[Step]:
        return [s for s in self._steps if s.applies(state)]

    def first(self, state: WizardState) -> Step:
        steps = self.applicable(state)
        if not steps:
            raise LookupError("nenhuma etapa se aplica")
        return steps[0]

    def next(self, state: WizardState, key: str) -> Step | None:
        """The next applicable step after `key` (in registry order), or None at the end."""
        position = self._require(key)
        for step in self._steps[position + 1:]:
            if step.applies(state):
                return step
        return None

    def previous(self, state: WizardState, key: str) -> Step | None:
        position = self._require(key)
        for step in reversed(self._steps[:position]):
            if step.applies(state):
                return step
        return None

    def is_last(self, state: WizardState, key: str) -> bool:
        return self.next(state, key) is None

    def resume_step(self, state: WizardState) -> Step:
        """Where a (resumed) wizard opens: the saved step if it still applies; a new wizard at the
        first step; else the first step whose validation fails, else the last one."""
        if state.current_step is None:
            return self.first(state)
        if state.current_step in self and self.get(state.current_step).applies(state):
            return self.get(state.current_step)
        steps = self.applicable(state)
        for step in steps:
            if step.validate(state):
                return step
        return steps[-1]

    def problems(self, state: WizardState, upto: str | None = None) -> list[tuple[Step, list[str]]]:
        """Validation messages of every applicable step (through `upto`, inclusive), in order."""
        found = []
        for step in self.applicable(state):
            messages = step.validate(state)
            if messages:
                found.append((step, messages))
            if step.key == upto:
                break
        return found

    def ticket_body(self, state: WizardState) -> dict:
        body = state.ticket_body()
        for step in self.applicable(state):
            if step.contribute is not None:
                step.contribute(state, body)
        return body

    def follow_ups(self, state: WizardState) -> list[dict]:
        requests: list[dict] = []
        for step in self.applicable(state):
            if step.follow_ups is not None:
                requests.extend(step.follow_ups(state))
        return requests

    def _require(self, key: str) -> int:
        position = self.index(key)
        if position is None:
            raise KeyError(f"etapa '{key}' não existe")
        return position
