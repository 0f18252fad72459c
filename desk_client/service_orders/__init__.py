"""O.S. and the technicians' agenda on the client: Qt-free slots (slots.py), the wizard step
(wizard_step.py + wizard_page.py), the O.S. dialog and the agenda window."""
