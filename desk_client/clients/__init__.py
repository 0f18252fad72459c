"""Clients area of the desktop client: Localizar Cliente (search widget and window), the client
window (Cadastro, Planos, Financeiro, Contatos, Atendimentos) and the Novo Contato dialog.

Public pieces (the Novo Atendimento wizard reuses the first two):
- search_widget.ClientSearchWidget(api, parent)
- contact_dialog.ContactDialog(api, client_id, contact, parent)
- find_client_window.FindClientWindow / ClientWindows (F3 from the main window)
- client_detail_window.ClientDetailWindow(api, client_id, settings, parent)
"""
