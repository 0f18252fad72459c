"""Wires each capability's window into the main window. Each feature gets only what it needs
(the API client and the settings), never the main window or a god object."""
from __future__ import annotations

from .api import ApiClient
from .main_window import MainWindow
from .settings import ClientSettings


def install(window: MainWindow, api: ApiClient, settings: ClientSettings) -> None:
    """Called once per main window; later issues add their windows here."""
    # Preferências (Arquivo menu): interface language
    from .preferences_dialog import install as install_preferences
    window.preferences_action = install_preferences(window, settings)
    from .clients.find_client_window import ClientWindows  # Localizar Cliente (F3) and client windows
    window.client_windows = ClientWindows(api, settings, window)
    window.enable_feature("find_client", window.client_windows.open_find)
    # Atendimentos (Ctrl+L) and the workspace home: queues, ticket windows, the change bus
    from .tickets import install as install_tickets
    install_tickets(window, api, settings)
    # Novo Atendimento (F2): wizard, outbox indicator in the status bar, resume a draft left behind
    from .wizard.launcher import install as install_wizard
    window.wizard_launcher = install_wizard(window, api, settings)
    # Administration: ticket types (and cargos) for supervisors and admins
    from .admin import install as install_admin
    install_admin(window, api, settings)
    # Scripts de atendimento (supervisors and admins): editor, versions, test paths, analytics
    from .scripts.editor_controller import install as install_scripts
    install_scripts(window, api, settings)
    # Roteadores (supervisors and admins): MikroTik concentrators, status, "Testar conexão"
    from .routers import install as install_routers
    install_routers(window, api, settings)
    # Agenda (Atendimento → Agenda; "Minha agenda" for technicians) and Minhas tarefas (issue 11)
    from .service_orders.install import install as install_agenda
    install_agenda(window, api, settings)
    # E-mail (issue 12): Administração → Modelos de E-mail, Atendimento → E-mails não entregues
    from .mail.install import install as install_mail
    install_mail(window, api, settings)
    # Client record (issue 13): Prospectos, Novo cliente, Importar clientes (admins) and the per-user
    # "Abrir Atendimento ao abrir o cadastro do cliente" (after client windows and the wizard exist)
    from .clients.new_client_action import install as install_new_client
    from .clients.open_ticket_option import install as install_open_ticket_option
    from .importer import install as install_importer
    from .prospects import install as install_prospects
    install_prospects(window, api, settings)
    window.new_client_action = install_new_client(window, api, settings)
    install_importer(window, api, settings)
    window.open_ticket_option = install_open_ticket_option(window, api, settings)
