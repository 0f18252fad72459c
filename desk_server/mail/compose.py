"""An outbox row as the bytes that go over SMTP: headers (Message-ID, the read-receipt request),
the text and its attachments read from the attachment store (the receipt's and the consumer history's
PDF made on the spot)."""
from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import utcnow
from ..models.attachments import Attachment
from ..models.emails import Email
from ..models.tickets import Ticket
from ..storage import AttachmentStore


class ComposeError(Exception):
    """The message cannot be built (a stored file is gone): a permanent failure, with the reason."""


def build(session: Session, email: Email, settings) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = ", ".join(email.to_addrs)
    if email.cc_addrs:
        message["Cc"] = ", ".join(email.cc_addrs)
    message["Subject"] = email.subject
    message["Date"] = format_datetime(email.created_at)
    message["Message-ID"] = email.message_id
    if email.read_receipt:
        message["Disposition-Notification-To"] = settings.smtp_from
    message.set_content(email.body, cte="quoted-printable")
    store = AttachmentStore.for_settings(settings)
    rows = {a.id: a for a in session.scalars(select(Attachment).where(Attachment.id.in_(email.attachment_ids)))} \
        if email.attachment_ids else {}
    for attachment_id in email.attachment_ids:
        attachment = rows.get(attachment_id)
        if attachment is None or not store.exists(attachment.sha256):
            raise ComposeError(f"Anexo {attachment.name if attachment else attachment_id} não encontrado no "
                               "armazenamento de anexos.")
        maintype, _, subtype = attachment.content_type.partition("/")
        message.add_attachment(store.read(attachment.sha256), maintype=maintype, subtype=subtype or "octet-stream",
                               filename=attachment.name)
    if email.kind == "receipt":
        from ..reports import receipt

        ticket = session.get(Ticket, email.ticket_id)
        message.add_attachment(receipt.render(session, ticket, settings), maintype="application", subtype="pdf",
                               filename=f"protocolo-{ticket.protocol}.pdf")
    if email.kind == "history":
        from . import history

        try:
            pdf, name = history.attachment(session, email, settings, utcnow())
        except Exception as exc:  # a message never stays `sending`: it fails, with the reason
            raise ComposeError(f"O histórico em PDF não pôde ser gerado: {exc}") from exc
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    return message


def recipients(email: Email) -> list[str]:
    return [*email.to_addrs, *email.cc_addrs]
