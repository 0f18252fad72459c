"""The Portuguese labels the API, the PDFs and the e-mails share, one table per wire code family.

Wire codes are English snake_case (see the README's Layout section); the words a person reads live
here only, so an answer's `status_label`, a PDF's column and an e-mail's line never disagree.
"""
from __future__ import annotations

TICKET_STATUS = {"open": "Aberto", "forwarded": "Encaminhado", "closed_done": "Concluído",
                 "closed_unsolved": "Sem solução"}
PROTOCOL_STATUS = {"reserved": "Reservado", "used": "Com atendimento", "abandoned": "Contato sem atendimento"}
TICKET_CATEGORY = {"open": "Aberto", "in_progress": "Em andamento", "waiting_customer": "Aguardando cliente",
                   "closed": "Fechado"}
TICKET_EVENT = {"opened": "Abertura", "forwarded": "Encaminhado", "commented": "Comentário", "closed": "Fechamento",
                "status_changed": "Mudança de status", "paused": "Pausado", "resumed": "Retomado", "taken": "Assumido",
                "cancelled": "Cancelado", "reopened": "Reaberto",
                "child_closed_by_parent": "Fechado com o atendimento pai", "linked_to_parent": "Vinculado",
                "linked_child": "Filho vinculado", "children_closed": "Filhos fechados"}
CHANNEL = {"phone": "Telefone", "email": "E-mail", "fax": "Fax", "visit": "Visita", "whatsapp": "WhatsApp",
           "chat": "Chat"}
SUBJECT_KIND = {"client": "Cliente", "prospect": "Prospecto", "access_point": "P. Acesso"}
RECEIPT_STATE = {"none": "Não enviado", "pending": "Pendente", "sent": "Enviado", "failed": "Falhou"}
EMAIL_STATUS = {"pending": "Pendente", "sending": "Enviando", "sent": "Enviado", "failed": "Não entregue"}
