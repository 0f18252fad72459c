"""The steps of Novo Atendimento, in the seed's order, listed here explicitly: the core steps, then
each capability's steps (script, O.S., task, attachment, e-mail) placed by its own `register()`.
Nothing registers itself by being imported. Pages are named as strings so this module (and the
registry) can be imported and tested without Qt."""
from __future__ import annotations

from ..attachments import wizard_step as attachment_step
from ..mail import wizard_step as mail_step
from ..scripts import wizard_rules as script_rules
from ..service_orders import wizard_step as service_order_step
from ..tasks import wizard_step as task_step
from . import validation
from .registry import Step, StepRegistry
from .state import QT_TRANSLATE_NOOP

PAGES = "desk_client.wizard.pages"
SCRIPTS = "desk_client.scripts.wizard_pages"


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


def script_steps() -> list[Step]:
    """Script Atend. and Rel. Script, shown when "Criar Script Atendimento" is ticked."""
    return [
        Step("script", QT_TRANSLATE_NOOP("Wizard", "Script Atend."), f"{SCRIPTS}:ScriptStepPage",
             applies=script_rules.applies, validate=script_rules.validate, contribute=script_rules.contribute),
        Step("script_report", QT_TRANSLATE_NOOP("Wizard", "Rel. Script"), f"{SCRIPTS}:ScriptReportStepPage",
             applies=script_rules.report_applies),
    ]


def wizard_steps() -> StepRegistry:
    """The whole wizard, built anew for each wizard that is launched."""
    registry = StepRegistry(builtin_steps())
    for step in reversed(script_steps()):
        registry.register(step, after="service")
    for capability in (service_order_step, task_step, attachment_step, mail_step):
        capability.register(registry)
    return registry
