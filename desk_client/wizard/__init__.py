"""Novo Atendimento wizard: Qt-free state, step registry, drafts and outbox; Qt pages and window.

Qt-free (tested directly): state, registry, steps, validation, drafts, outbox, jsonfiles.
Qt: context, page, pages/*, window, launcher, outbox_sender, outbox_indicator, dialogs.
"""
