"""E-mail: templates (GET for everyone, POST/PATCH for managers), the preview, the outbox of a ticket,
the undelivered list with Reenviar, and the protocol in writing (receipt e-mail and PDF).

  GET /email-variables, GET/POST /email-templates, GET/PATCH /email-templates/{id},
  POST /email-templates/render
  POST/GET /tickets/{id}/emails, GET /emails/undelivered, POST /emails/{id}/resend
  POST/GET /tickets/{id}/receipt, GET /tickets/{id}/receipt.pdf
"""
from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request, Response, status
from sqlalchemy.orm import Session

from ..domain.errors import Invalid, NotFound
from ..domain.protocols import format_protocol
from ..domain.roles import MANAGERS
from ..domain.rows import get_or_404
from ..domain.tickets import lifecycle
from ..mail import outbox, receipts, templates, variables
from ..models.emails import Email
from ..models.tickets import Ticket
from ..schemas.common import DbId, ItemList
from ..schemas.emails import (
    EmailIn,
    EmailOut,
    ReceiptIn,
    ReceiptOut,
    RenderIn,
    RenderOut,
    TemplateIn,
    TemplateOut,
    TemplateUpdate,
    VariableOut,
)
from ..schemas.files import PDF_RESPONSES
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles
from .idempotency import IdempotencyKey, create_once
from .routing import DeskRoute
from .tickets import ActionableTicket, Now

router = APIRouter(route_class=DeskRoute, tags=["emails"])


def email_out(e: Email, protocol: str) -> EmailOut:
    return EmailOut.from_row(e, protocol=protocol, next_attempt_at=e.next_attempt_at if e.status == "pending" else None)


def _wake_sender(request: Request) -> None:
    sender = getattr(request.app.state, "mail_sender", None)
    if sender is not None:
        sender.wake()


def _ticket(session: Session, ticket_id: int) -> Ticket:
    return get_or_404(session, Ticket, ticket_id, "Atendimento não encontrado.")


# -- templates ------------------------------------------------------------------------------------

@router.get("/email-variables", response_model=ItemList[VariableOut])
async def list_variables(_user: CurrentUser):
    return ItemList[VariableOut](items=[VariableOut(name=n, description=d) for n, d in variables.VARIABLES.items()])


@router.get("/email-templates", response_model=ItemList[TemplateOut])
def list_templates(session: SessionDep, user: CurrentUser, include_inactive: bool = False):
    return ItemList[TemplateOut](items=[TemplateOut.model_validate(t) for t in templates.listed_for(
        session, user, include_inactive=include_inactive and user.role in MANAGERS)])


@router.get("/email-templates/{template_id}", response_model=TemplateOut)
def get_template(template_id: DbId, session: SessionDep, user: CurrentUser):
    template = templates.get(session, template_id)
    if not templates.visible_to(template, user):
        raise NotFound("Modelo de e-mail não encontrado.")
    return TemplateOut.model_validate(template)


@router.post("/email-templates", response_model=TemplateOut, status_code=status.HTTP_201_CREATED,
             dependencies=[require_roles(*MANAGERS)])
def create_template(body: TemplateIn, session: SessionDep):
    template = templates.create(session, **body.model_dump())
    session.commit()
    return TemplateOut.model_validate(template)


@router.patch("/email-templates/{template_id}", response_model=TemplateOut, dependencies=[require_roles(*MANAGERS)])
def update_template(template_id: DbId, body: TemplateUpdate, session: SessionDep):
    template = templates.update(session, templates.get(session, template_id), body.model_dump(exclude_unset=True))
    session.commit()
    return TemplateOut.model_validate(template)


@router.post("/email-templates/render", response_model=RenderOut)
def render_preview(body: RenderIn, session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now):
    """The texts with their variables filled; `unresolved` names those without a value (never a 422
    here: the preview shows them, and sending refuses them)."""
    subject, text = body.subject or "", body.body or ""
    if body.template_id is not None:
        template = templates.usable(session, body.template_id, user)
        subject, text = template.subject, template.body
    if body.ticket_id is not None:
        sources = variables.sources_of_ticket(_ticket(session, body.ticket_id))
    else:
        sources = variables.Sources(protocol=_protocol_digits(body.protocol), client_id=body.client_id,
                                    subscription_id=body.subscription_id, contact_id=body.contact_id,
                                    ticket_type_id=body.ticket_type_id)
    values = variables.values_for(session, sources, user, now, settings.tz)
    subject_r, body_r = variables.render(subject, values), variables.render(text, values)
    unresolved = subject_r.unresolved + [n for n in body_r.unresolved if n not in subject_r.unresolved]
    return RenderOut(subject=subject_r.text, body=body_r.text, unresolved=unresolved,
                     message=variables.describe_unresolved(unresolved) if unresolved else None)


def _protocol_digits(text: str | None) -> str | None:
    if not text:
        return None
    from ..domain.protocols import InvalidProtocol, parse_protocol

    try:
        return parse_protocol(text)
    except InvalidProtocol as exc:
        raise Invalid(str(exc)) from None


# -- the outbox of a ticket -------------------------------------------------------------------------

@router.post("/tickets/{ticket_id}/emails", response_model=EmailOut, status_code=status.HTTP_202_ACCEPTED)
def queue_email(ticket: ActionableTicket, body: EmailIn, request: Request, response: Response, session: SessionDep,
                user: CurrentUser, settings: SettingsDep, now: Now, idempotency_key: IdempotencyKey = None):
    if body.template_id is not None:
        templates.usable(session, body.template_id, user)

    def make(key: str | None) -> int:
        return outbox.queue(session, ticket, user, settings, to=body.to, cc=body.cc, subject=body.subject,
                            body=body.body, read_receipt=body.read_receipt, attachment_ids=body.attachment_ids,
                            attachment_keys=body.attachment_keys, template_id=body.template_id, now=now,
                            idempotency_key=key).id

    email_id = create_once(session, response, idempotency_key, make,
                           lambda key: outbox.find_by_idempotency_key(session, user.id, key))
    _wake_sender(request)
    return email_out(outbox.get(session, email_id), ticket.protocol)


@router.get("/tickets/{ticket_id}/emails", response_model=ItemList[EmailOut])
def list_emails(ticket_id: DbId, session: SessionDep, _user: CurrentUser):
    ticket = _ticket(session, ticket_id)
    return ItemList[EmailOut](items=[email_out(e, ticket.protocol) for e in outbox.for_ticket(session, ticket_id)])


@router.get("/emails/undelivered", response_model=ItemList[EmailOut])
def undelivered(session: SessionDep, _user: CurrentUser):
    """"Não entregues": failed messages of every ticket (closed ones too), newest first."""
    return ItemList[EmailOut](items=[email_out(e, t.protocol) for e, t in outbox.undelivered(session)])


@router.post("/emails/{email_id}/resend", response_model=EmailOut)
def resend(email_id: DbId, request: Request, session: SessionDep, user: CurrentUser, now: Now):
    email = outbox.get(session, email_id)
    ticket = lifecycle.lock_ticket(session, email.ticket_id)
    lifecycle.ensure_can_act(session, user, ticket)
    outbox.resend(session, email, user, ticket, now)
    session.commit()
    _wake_sender(request)
    return email_out(email, ticket.protocol)


# -- the protocol in writing -------------------------------------------------------------------------

@router.post("/tickets/{ticket_id}/receipt", response_model=EmailOut, status_code=status.HTTP_202_ACCEPTED)
def queue_receipt(ticket: ActionableTicket, body: ReceiptIn, request: Request, response: Response,
                  session: SessionDep, user: CurrentUser, settings: SettingsDep, now: Now,
                  idempotency_key: IdempotencyKey = None):
    email_id = create_once(session, response, idempotency_key,
                           lambda key: receipts.queue(session, ticket, user, settings, to=body.to, now=now,
                                                      idempotency_key=key).id,
                           lambda key: outbox.find_by_idempotency_key(session, user.id, key))
    _wake_sender(request)
    return email_out(outbox.get(session, email_id), ticket.protocol)


@router.get("/tickets/{ticket_id}/receipt", response_model=ReceiptOut)
def receipt_state(ticket_id: DbId, session: SessionDep, _user: CurrentUser, now: Now):
    return ReceiptOut(**receipts.state(session, _ticket(session, ticket_id), now))


@router.get("/tickets/{ticket_id}/receipt.pdf", response_class=Response,
            responses=PDF_RESPONSES)
def receipt_pdf(ticket_id: DbId, session: SessionDep, _user: CurrentUser, settings: SettingsDep):
    from ..reports import receipt

    ticket = _ticket(session, ticket_id)
    return Response(receipt.render(session, ticket, settings), media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="protocolo-{ticket.protocol}.pdf"'})


def receipt_for(session: Session, ticket: Ticket, now: datetime) -> dict:
    """For GET /tickets/{id}: the "receipt" field of §5.2."""
    return receipts.state(session, ticket, now)


__all__ = ["format_protocol", "receipt_for", "router"]
