"""Novo Atendimento wizard: Qt-free state, step registry, drafts and outbox; Qt pages and window.

Qt-free (tested directly): state, registry, steps, validation, drafts (the outbox is desk_client.outbox).
Qt: context, page, pages/*, window, launcher, dialogs.
"""
