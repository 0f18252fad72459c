"""Attachments: the wizard's Adicionar Anexo step and the ticket's attachment list."""
