<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AbandonDialog</name>
    <message>
        <location filename="../../desk_client/wizard/abandon_dialog.py" line="27"/>
        <source>Abandonar este atendimento? O protocolo %s fica registrado como contato sem atendimento.</source>
        <translation>Abandon this ticket? Protocol %s will be recorded as a contact without a ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/abandon_dialog.py" line="30"/>
        <source>Abandonar este atendimento? Nada será registrado (nenhum protocolo foi reservado).</source>
        <translation>Abandon this ticket? Nothing will be recorded (no protocol was reserved).</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/abandon_dialog.py" line="37"/>
        <source>escolha ou escreva o motivo</source>
        <translation>choose or type the reason</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/abandon_dialog.py" line="73"/>
        <source>Informe o motivo do abandono.</source>
        <translation>Enter the reason for abandoning.</translation>
    </message>
</context>
<context>
    <name>AddPlanDialog</name>
    <message>
        <location filename="../../desk_client/clients/add_plan_dialog.py" line="33"/>
        <source>Cliente: %s — %s</source>
        <translation>Client: %s — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/add_plan_dialog.py" line="36"/>
        <source>(nenhum)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/add_plan_dialog.py" line="37"/>
        <source>(definir depois)</source>
        <translation>(set later)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="6"/>
        <source>Adicionar Plano</source>
        <translation>Add Plan</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="17"/>
        <source>&amp;Plano:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="26"/>
        <source>&amp;Forma de cobrança:</source>
        <translation>&amp;Billing method:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="35"/>
        <source>&amp;Dia de vencimento:</source>
        <translation>&amp;Due day:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="44"/>
        <source>&amp;Vendedor:</source>
        <translation>&amp;Salesperson:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="53"/>
        <source>&amp;Concentrador:</source>
        <translation>&amp;Concentrator:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="62"/>
        <source>&amp;Login PPPoE:</source>
        <translation>PPPoE &amp;login:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="71"/>
        <source>&amp;Senha PPPoE:</source>
        <translation>PPPoE pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_add_plan.ui" line="80"/>
        <source>&amp;Nº do contrato:</source>
        <translation>Contract &amp;no.:</translation>
    </message>
</context>
<context>
    <name>AgendaWindow</name>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="49"/>
        <source>Minha agenda</source>
        <translation>My schedule</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="107"/>
        <source>Semana de %s a %s</source>
        <translation>Week of %s to %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="108"/>
        <source>Minha agenda — %s</source>
        <translation>My schedule — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="130"/>
        <source>Agenda indisponível: %s</source>
        <translation>Schedule unavailable: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="167"/>
        <source>livre — Enter agenda aqui</source>
        <translation>free — Enter schedules here</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="173"/>
        <source>Protocolo %s — %s
%s</source>
        <translation>Protocol %s — %s
%s</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="228"/>
        <source>Agendar O.S.</source>
        <translation>Schedule Service Order</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="229"/>
        <source>Protocolo do atendimento da O.S.:</source>
        <translation>Protocol of the service order&apos;s ticket:</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="242"/>
        <source>O protocolo %s não tem atendimento aberto.</source>
        <translation>Protocol %s has no open ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/agenda_window.py" line="292"/>
        <source>O.S. nº %d: %s, %s–%s com %s.</source>
        <translation>Service order no. %d: %s, %s–%s with %s.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="6"/>
        <source>Agenda dos técnicos</source>
        <translation>Technicians&apos; schedule</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="13"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="14"/>
        <source>Dia/semana anterior (Ctrl+←)</source>
        <translation>Previous day/week (Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="21"/>
        <source>&amp;Hoje</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="28"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="29"/>
        <source>Próximo dia/semana (Ctrl+→)</source>
        <translation>Next day/week (Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="47"/>
        <source>&amp;Dia</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="54"/>
        <source>&amp;Semana</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="60"/>
        <source>&amp;Atualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui_forms/agenda_window.ui" line="82"/>
        <source>Setas: mover entre horários e técnicos · Enter: abrir a O.S. ou agendar no horário livre · Ctrl+←/→: dia ou semana · arraste um bloco para remarcar, a borda de baixo para mudar a duração</source>
        <translation>Arrows: move between times and technicians · Enter: open the service order or schedule in the free slot · Ctrl+←/→: day or week · drag a block to reschedule, its bottom edge to change the duration</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../desk_client/api/errors.py" line="28"/>
        <source>Servidor indisponível: não foi possível conectar. Verifique o endereço do servidor e a rede, ou tente novamente em instantes.</source>
        <translation>Server unavailable: could not connect. Check the server address and the network, or try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="31"/>
        <source>Servidor indisponível: sem resposta em %s s. Tente novamente; se persistir, avise o suporte.</source>
        <translation>Server unavailable: no answer within %s s. Try again; if it persists, tell support.</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="34"/>
        <source>Operação cancelada.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="36"/>
        <source>Arquivo local inacessível: %s</source>
        <translation>Local file not accessible: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="38"/>
        <source>conteúdo não é JSON</source>
        <translation>the content is not JSON</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="39"/>
        <source>Resposta inválida do servidor: %s</source>
        <translation>Invalid answer from the server: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="41"/>
        <source>Sessão expirada: faça login novamente.</source>
        <translation>Session expired: please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="43"/>
        <source>Seu perfil não tem permissão para esta ação.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="45"/>
        <source>Registro não encontrado.</source>
        <translation>Record not found.</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="47"/>
        <source>Erro no servidor. Tente novamente; se persistir, avise o suporte.</source>
        <translation>Server error. Try again; if it persists, tell support.</translation>
    </message>
    <message>
        <location filename="../../desk_client/api/errors.py" line="48"/>
        <source>Erro %s.</source>
        <translation>Error %s.</translation>
    </message>
</context>
<context>
    <name>AttachmentPage</name>
    <message>
        <location filename="../../desk_client/attachments/wizard_page.py" line="37"/>
        <source>Arquivos anexados ao atendimento (até %1 MB cada). Eles seguem com o atendimento, mesmo se o servidor estiver fora do ar.</source>
        <translation>Files attached to the ticket (up to %1 MB each). They go with the ticket, even if the server is down.</translation>
    </message>
</context>
<context>
    <name>AttachmentStep</name>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>Arquivos anexados ao atendimento (até 20 MB cada). Eles seguem com o atendimento, mesmo se o servidor estiver fora do ar.</source>
        <translation>Files attached to the ticket (up to 20 MB each). They go with the ticket, even if the server is down.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>color: #616e7c;</source>
        <translation>color: #616e7c;</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>Arquivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>Tamanho</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>Observações</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>&amp;Anexar...</source>
        <translation>&amp;Attach...</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>Escolher um arquivo (Pesquisar ou Criar)</source>
        <translation>Choose a file (Browse or Create)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>&amp;Remover</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>Tirar o arquivo selecionado da lista</source>
        <translation>Take the selected file off the list</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>color: #b42318;</source>
        <translation>color: #b42318;</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>&amp;Observações:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/attachment_step.ui" line="4"/>
        <source>Observação sobre o arquivo selecionado</source>
        <translation>Note about the selected file</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../desk_client/attachments/picker.py" line="15"/>
        <source>Pesquisar ou Criar</source>
        <translation>Browse or Create</translation>
    </message>
</context>
<context>
    <name>CargoDialog</name>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="67"/>
        <source>Editar cargo</source>
        <translation>Edit team</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="67"/>
        <source>Novo cargo</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="105"/>
        <source>Informe o nome (pelo menos 2 letras).</source>
        <translation>Enter the name (at least 2 letters).</translation>
    </message>
</context>
<context>
    <name>CargoEditDialog</name>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="6"/>
        <source>Cargo</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="18"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="29"/>
        <source>&amp;Descrição:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="40"/>
        <source>&amp;Membros:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="46"/>
        <source>Membros do cargo</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="51"/>
        <source>A&amp;tivo</source>
        <translation>Ac&amp;tive</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="61"/>
        <source>Marque os membros com a barra de espaço.</source>
        <translation>Check the members with the space bar.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="87"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos_edit.ui" line="93"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>CargosWindow</name>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="31"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="31"/>
        <source>Descrição</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="31"/>
        <source>Membros</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="31"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="44"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="44"/>
        <source>Inativo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="46"/>
        <source>1 cargo</source>
        <translation>1 team</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="46"/>
        <source>%d cargos</source>
        <translation>%d teams</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="53"/>
        <source>“%s” salvo.</source>
        <translation>“%s” saved.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="6"/>
        <location filename="../../ui_forms/cargos.ui" line="16"/>
        <source>Cargos</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="23"/>
        <source>&amp;Novo…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="28"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="39"/>
        <source>Mostrar &amp;inativos</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="44"/>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>ClientDataPage</name>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="62"/>
        <source>Cadastro de contatos: em breve</source>
        <translation>Contact registration: coming soon</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="82"/>
        <source>Cliente SUSPENSO</source>
        <translation>Client SUSPENDED</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="84"/>
        <source>Cliente CANCELADO</source>
        <translation>Client CANCELLED</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="87"/>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="130"/>
        <source>1 fatura vencida</source>
        <translation>1 overdue invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="87"/>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="131"/>
        <source>%d faturas vencidas</source>
        <translation>%d overdue invoices</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="95"/>
        <source>carregando dados do cliente…</source>
        <translation>loading client data…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="98"/>
        <source>Não foi possível carregar os dados do cliente: %s &lt;a href=&apos;retry&apos;&gt;Tentar novamente&lt;/a&gt;</source>
        <translation>Could not load the client data: %s &lt;a href=&apos;retry&apos;&gt;Try again&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="116"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="116"/>
        <source>Suspenso</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="117"/>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="132"/>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="143"/>
        <source>%s em aberto</source>
        <translation>%s outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="134"/>
        <source>%s em aberto, nenhuma vencida</source>
        <translation>%s outstanding, none overdue</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="136"/>
        <source>Nenhuma fatura pendente</source>
        <translation>No pending invoices</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="159"/>
        <source>Nenhum</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="164"/>
        <source>1 atendimento aberto</source>
        <translation>1 open ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="164"/>
        <source>%d atendimentos abertos</source>
        <translation>%d open tickets</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="199"/>
        <source>(o próprio titular)</source>
        <translation>(the account holder)</translation>
    </message>
</context>
<context>
    <name>ClientDetailWindow</name>
    <message>
        <location filename="../../desk_client/clients/client_tickets_tab.py" line="31"/>
        <source>&lt; A&amp;nterior</source>
        <translation>&lt; Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_tickets_tab.py" line="32"/>
        <source>Página anterior (Alt+N)</source>
        <translation>Previous page (Alt+V)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_tickets_tab.py" line="33"/>
        <source>Pró&amp;xima &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_tickets_tab.py" line="34"/>
        <source>Próxima página (Alt+X)</source>
        <translation>Next page (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="174"/>
        <source>Carregando dados do cliente…</source>
        <translation>Loading client data…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="193"/>
        <source>Cliente não encontrado: ele pode ter sido removido. Feche esta janela e pesquise de novo.</source>
        <translation>Client not found: it may have been removed. Close this window and search again.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="208"/>
        <source>Cliente %s</source>
        <translation>Client %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="211"/>
        <source>%s — Cliente %s</source>
        <translation>%s — Client %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="214"/>
        <source>Código %s</source>
        <translation>Code %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="223"/>
        <source>1 atendimento aberto</source>
        <translation>1 open ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="223"/>
        <source>%s atendimentos abertos</source>
        <translation>%s open tickets</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="242"/>
        <source>CLIENTE SUSPENSO</source>
        <translation>CLIENT SUSPENDED</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="244"/>
        <source>CLIENTE CANCELADO: sem serviço ativo</source>
        <translation>CLIENT CANCELLED: no active service</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="247"/>
        <source>1 fatura vencida</source>
        <translation>1 overdue invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="249"/>
        <source>%s faturas vencidas</source>
        <translation>%s overdue invoices</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="251"/>
        <source>%s — %s em aberto</source>
        <translation>%s — %s outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="254"/>
        <source>. Sem internet? Confira o Financeiro antes de tratar como problema técnico.</source>
        <translation>. No internet? Check Financial before treating it as a technical problem.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="266"/>
        <source>Pessoa física</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="268"/>
        <source>Pessoa jurídica</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="276"/>
        <source>CNPJ:</source>
        <translation>CNPJ:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="276"/>
        <source>CPF:</source>
        <translation>CPF:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="277"/>
        <source>Inscr. estadual:</source>
        <translation>State registration:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="277"/>
        <source>RG:</source>
        <translation>RG:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="278"/>
        <source>Fundação:</source>
        <translation>Founded:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="278"/>
        <location filename="../../ui_forms/client_detail.ui" line="300"/>
        <source>Nascimento:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="289"/>
        <source>o mesmo do endereço</source>
        <translation>same as the address</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="297"/>
        <source>%s (%s vencida(s))</source>
        <translation>%s (%s overdue)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="300"/>
        <source>%s a vencer</source>
        <translation>%s not yet due</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="302"/>
        <source>nada em aberto</source>
        <translation>nothing outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="34"/>
        <source>Plano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="35"/>
        <source>Velocidade</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="37"/>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="88"/>
        <source>Valor</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="42"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="43"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="44"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="45"/>
        <source>Ponto de roteamento</source>
        <translation>Routing point</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="54"/>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="56"/>
        <source>Início</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="61"/>
        <source>Fim</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="63"/>
        <source>Principal</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="63"/>
        <source>Sim</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="77"/>
        <source>Boleto</source>
        <translation>Boleto</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="78"/>
        <source>NF</source>
        <translation>Tax invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="79"/>
        <source>Histórico</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="81"/>
        <source>Vencimento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="94"/>
        <source>Pago em</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="99"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="107"/>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="149"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="116"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="117"/>
        <source>Função</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="118"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="119"/>
        <source>Celular</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="120"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_tables.py" line="121"/>
        <source>Campos extras</source>
        <translation>Extra fields</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="313"/>
        <source>1 plano</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="313"/>
        <source>%s planos</source>
        <translation>%s plans</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="320"/>
        <source>Este cliente não tem planos ativos.</source>
        <translation>This client has no active plans.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="344"/>
        <source>Conexão — %s</source>
        <translation>Connection — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="344"/>
        <location filename="../../ui_forms/client_detail.ui" line="682"/>
        <source>Conexão</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="359"/>
        <source>nenhuma fatura no período</source>
        <translation>no invoices in the period</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="361"/>
        <source>1 fatura</source>
        <translation>1 invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="363"/>
        <source>%s faturas</source>
        <translation>%s invoices</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="365"/>
        <source>Total: %s</source>
        <translation>Total: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="366"/>
        <source>Pago: %s</source>
        <translation>Paid: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="367"/>
        <source>Em aberto: %s</source>
        <translation>Outstanding: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="370"/>
        <location filename="../../desk_client/clients/client_detail_window.py" line="374"/>
        <source>Vencido: %s</source>
        <translation>Overdue: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_contacts_tab.py" line="34"/>
        <source>nenhum contato</source>
        <translation>no contacts</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_contacts_tab.py" line="36"/>
        <source>1 contato</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_contacts_tab.py" line="38"/>
        <source>%s contatos</source>
        <translation>%s contacts</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_contacts_tab.py" line="42"/>
        <source>Nenhum contato cadastrado. Use Adicionar (Insert) para cadastrar.</source>
        <translation>No contacts registered. Use Add (Insert) to register one.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_contacts_tab.py" line="91"/>
        <source>Apagar o contato “%s”?</source>
        <translation>Delete the contact “%s”?</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_contacts_tab.py" line="107"/>
        <source>Confirmar</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="14"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="155"/>
        <source>&amp;Cadastro</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="180"/>
        <source>Código:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="200"/>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="220"/>
        <source>Nome / Razão social:</source>
        <translation>Name / Legal name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="240"/>
        <source>Nome fantasia:</source>
        <translation>Trade name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="260"/>
        <source>CPF/CNPJ:</source>
        <translation>CPF/CNPJ:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="280"/>
        <source>RG / Inscr. estadual:</source>
        <translation>RG / State registration:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="320"/>
        <source>Cliente desde:</source>
        <translation>Client since:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="353"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="366"/>
        <source>Financeiro em aberto:</source>
        <translation>Outstanding balance:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="379"/>
        <source>Atendimentos abertos:</source>
        <translation>Open tickets:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="399"/>
        <source>Telefone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="419"/>
        <source>Celular:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="439"/>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="459"/>
        <source>Contas de e-mail:</source>
        <translation>Email accounts:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="479"/>
        <source>Domínios:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="503"/>
        <source>Endereços e observações</source>
        <translation>Addresses and notes</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="518"/>
        <source>Endereço:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="538"/>
        <source>Endereço de instalação:</source>
        <translation>Installation address:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="558"/>
        <source>Referência:</source>
        <translation>Landmark:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="578"/>
        <source>Observações:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="597"/>
        <source>Sem observações.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="621"/>
        <source>&amp;Planos</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="697"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="717"/>
        <source>IP:</source>
        <translation>IP:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="737"/>
        <source>MAC:</source>
        <translation>MAC:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="757"/>
        <source>MAC2:</source>
        <translation>MAC2:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="777"/>
        <source>MAC ONU:</source>
        <translation>ONU MAC:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="797"/>
        <source>Ponto de roteamento:</source>
        <translation>Routing point:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="817"/>
        <source>Rede:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="837"/>
        <source>Plano:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="857"/>
        <source>Serial / Circuito:</source>
        <translation>Serial / Circuit:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="877"/>
        <source>Instalação:</source>
        <translation>Installation:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="902"/>
        <source>Contratos</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="945"/>
        <source>Dados do Servidor Mikrotik: disponíveis quando o roteador estiver configurado</source>
        <translation>MikroTik Server Data: available once the router is configured</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="966"/>
        <source>&amp;Financeiro</source>
        <translation>&amp;Financial</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="977"/>
        <source>D&amp;e:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="997"/>
        <source>A&amp;té:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1017"/>
        <source>Filt&amp;rar</source>
        <translation>Filt&amp;er</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1023"/>
        <source>Buscar as faturas com vencimento no período</source>
        <translation>Fetch the invoices due in the period</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1167"/>
        <source>C&amp;ontatos</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1219"/>
        <source>Adicio&amp;nar</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1225"/>
        <source>Novo contato (Insert)</source>
        <translation>New contact (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1232"/>
        <source>&amp;Editar</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1238"/>
        <source>Editar o contato selecionado (Enter)</source>
        <translation>Edit the selected contact (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1245"/>
        <source>Apa&amp;gar</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1251"/>
        <source>Apagar o contato selecionado (Delete)</source>
        <translation>Delete the selected contact (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1284"/>
        <source>Aten&amp;dimentos</source>
        <translation>Tic&amp;kets</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1380"/>
        <source>Rec&amp;arregar</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1386"/>
        <source>Buscar de novo os dados do cliente no servidor (F5)</source>
        <translation>Fetch the client data from the server again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_detail.ui" line="1393"/>
        <source>Fec&amp;har</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <location filename="../../desk_client/clients/client_edit_dialog.py" line="34"/>
        <source>Pessoa física (CPF)</source>
        <translation>Individual (CPF)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_edit_dialog.py" line="35"/>
        <source>Pessoa jurídica (CNPJ)</source>
        <translation>Company (CNPJ)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_edit_dialog.py" line="43"/>
        <source>Editar cliente %s</source>
        <translation>Edit client %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_edit_dialog.py" line="51"/>
        <source>Novo cliente</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="6"/>
        <source>Cadastro do cliente</source>
        <translation>Client record</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="13"/>
        <source>T&amp;ipo de pessoa:</source>
        <translation>Person t&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="23"/>
        <source>&amp;Nome / razão social:</source>
        <translation>&amp;Name / legal name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="33"/>
        <source>Nome f&amp;antasia:</source>
        <translation>&amp;Trade name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="43"/>
        <source>CP&amp;F / CNPJ:</source>
        <translation>CP&amp;F / CNPJ:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="53"/>
        <source>&amp;RG / IE:</source>
        <translation>&amp;RG / State reg.:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="63"/>
        <source>&amp;Situação:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="73"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="83"/>
        <source>&amp;Telefone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="93"/>
        <source>Ce&amp;lular:</source>
        <translation>Mo&amp;bile:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="103"/>
        <source>En&amp;dereço:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="113"/>
        <source>N&amp;úmero:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="123"/>
        <source>Comple&amp;mento:</source>
        <translation>Address line &amp;2:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="133"/>
        <source>&amp;Bairro:</source>
        <translation>Neighbour&amp;hood:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="143"/>
        <source>&amp;Cidade:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="153"/>
        <source>&amp;UF:</source>
        <translation>St&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="163"/>
        <source>CE&amp;P:</source>
        <translation>&amp;ZIP code (CEP):</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="173"/>
        <source>Refer&amp;ência:</source>
        <translation>&amp;Landmark:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_edit.ui" line="183"/>
        <source>&amp;Observações:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>ClientRecord</name>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="17"/>
        <source>Pós-pago</source>
        <translation>Postpaid</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="18"/>
        <source>Pré-pago</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="19"/>
        <location filename="../../desk_client/clients/record_rules.py" line="134"/>
        <source>Boleto</source>
        <translation>Boleto</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="20"/>
        <source>Pix</source>
        <translation>Pix</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="21"/>
        <source>Cartão de crédito</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="22"/>
        <source>Débito em conta</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="23"/>
        <source>Carnê</source>
        <translation>Payment booklet</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="24"/>
        <source>Dinâmico</source>
        <translation>Dynamic</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="25"/>
        <source>Fixo</source>
        <translation>Static</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="26"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="27"/>
        <source>Suspenso</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="28"/>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="29"/>
        <source>Senha</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="30"/>
        <source>Senha equipamento</source>
        <translation>Equipment password</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="46"/>
        <source>Tipo de faturamento</source>
        <translation>Billing type</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="47"/>
        <location filename="../../desk_client/clients/record_rules.py" line="133"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="48"/>
        <source>Vigência</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="49"/>
        <source>Valor</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="50"/>
        <source>Tipo de cobrança</source>
        <translation>Billing method</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="51"/>
        <source>Dia de vencimento</source>
        <translation>Due day</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="52"/>
        <source>Vendedor</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="53"/>
        <location filename="../../desk_client/clients/record_rules.py" line="74"/>
        <source>Endereço</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="57"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="59"/>
        <source>Tipo de IP</source>
        <translation>IP type</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="60"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="61"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="62"/>
        <source>Tipo de equipamento</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="63"/>
        <source>Concentrador</source>
        <translation>Concentrator</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="64"/>
        <source>Ponto de acesso</source>
        <translation>Access point</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="65"/>
        <source>Splitter</source>
        <translation>Splitter</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="66"/>
        <source>Slot OLT</source>
        <translation>OLT slot</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="67"/>
        <source>Porta OLT</source>
        <translation>OLT port</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="68"/>
        <source>Porta splitter</source>
        <translation>Splitter port</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="69"/>
        <source>Condomínio</source>
        <translation>Condominium</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="70"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="71"/>
        <source>Código etiqueta</source>
        <translation>Label code</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="72"/>
        <source>Descrição etiqueta</source>
        <translation>Label description</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="73"/>
        <source>Serviço</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="75"/>
        <source>Usuário equipamento</source>
        <translation>Equipment user</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="101"/>
        <source>Escolha o plano.</source>
        <translation>Choose the plan.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="105"/>
        <source>Informe o número do contrato.</source>
        <translation>Enter the contract number.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="120"/>
        <source>Paga</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="121"/>
        <source>Em aberto</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="122"/>
        <source>Vencida</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="128"/>
        <source>Data Venc.</source>
        <translation>Due Date</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="129"/>
        <source>Histórico</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="130"/>
        <source>V. Lançado</source>
        <translation>Amount Billed</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="131"/>
        <source>Dt. Baixa</source>
        <translation>Paid On</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="132"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="135"/>
        <source>Nota fiscal</source>
        <translation>Tax invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/record_rules.py" line="187"/>
        <source>Informe o nome do cliente.</source>
        <translation>Enter the client&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_record_hooks.py" line="69"/>
        <source>Ad&amp;icionar plano…</source>
        <translation>&amp;Add plan…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_record_hooks.py" line="72"/>
        <source>&amp;Editar cadastro…</source>
        <translation>&amp;Edit record…</translation>
    </message>
</context>
<context>
    <name>ClientRules</name>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="51"/>
        <source>Paga</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="52"/>
        <source>Em aberto</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="53"/>
        <source>Vencida</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="160"/>
        <source>Campo &apos;%s&apos; é obrigatório.</source>
        <translation>Field &apos;%s&apos; is required.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="164"/>
        <source>Campo &apos;%s&apos;: informe um número.</source>
        <translation>Field &apos;%s&apos;: enter a number.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="168"/>
        <location filename="../../desk_client/clients/rules.py" line="173"/>
        <source>Campo &apos;%s&apos;: data inválida, use dd/mm/aaaa.</source>
        <translation>Field &apos;%s&apos;: invalid date, use dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="175"/>
        <source>Campo &apos;%s&apos;: escolha uma das opções.</source>
        <translation>Field &apos;%s&apos;: choose one of the options.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="182"/>
        <source>Informe o nome do contato.</source>
        <translation>Enter the contact&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="185"/>
        <source>E-mail inválido: use nome@provedor.com.br.</source>
        <translation>Invalid email: use name@provider.com.br.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="189"/>
        <source>Telefone inválido: use DDD + número, ex. (11) 98765-4321.</source>
        <translation>Invalid phone: use area code + number, e.g. (11) 98765-4321.</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="66"/>
        <source>Nome, CPF/CNPJ, telefone, MAC, IP, protocolo…</source>
        <translation>Name, CPF/CNPJ, phone, MAC, IP, protocol…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="67"/>
        <source>O tipo do valor é detectado: CPF/CNPJ, MAC, IP, telefone e protocolo com ou sem pontuação.</source>
        <translation>The kind of value is detected: CPF/CNPJ, MAC, IP, phone and protocol, with or without punctuation.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="73"/>
        <source>Digite parte do texto</source>
        <translation>Type part of the text</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="74"/>
        <source>Maiúsculas e acentos não importam.</source>
        <translation>Case and accents don&apos;t matter.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="77"/>
        <source>Digite o código ou número</source>
        <translation>Type the code or number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="78"/>
        <source>Letras e números, como no documento do cliente.</source>
        <translation>Letters and numbers, as on the client&apos;s document.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="82"/>
        <source>Somente números</source>
        <translation>Numbers only</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="83"/>
        <source>Digite apenas os números.</source>
        <translation>Type only the digits.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="88"/>
        <source>nome@provedor.com.br</source>
        <translation>name@provider.com.br</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="89"/>
        <source>Endereço de e-mail ou parte dele.</source>
        <translation>Email address or part of it.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="94"/>
        <source>empresa.com.br</source>
        <translation>company.com.br</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="95"/>
        <source>Nome do domínio ou parte dele.</source>
        <translation>Domain name or part of it.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="100"/>
        <source>login PPPoE / Radius</source>
        <translation>PPPoE / Radius login</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="101"/>
        <source>Login de acesso ou parte dele.</source>
        <translation>Access login or part of it.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="106"/>
        <source>(11) 98765-4321</source>
        <translation>(11) 98765-4321</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="107"/>
        <source>Com ou sem DDD e pontuação; só o número também serve.</source>
        <translation>With or without area code and punctuation; just the number also works.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="112"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="113"/>
        <source>Um dia (dd/mm/aaaa), um mês (mm/aaaa) ou um ano (aaaa).</source>
        <translation>A day (dd/mm/yyyy), a month (mm/yyyy) or a year (yyyy).</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="119"/>
        <source>Pontuação opcional: 12345678909 ou 123.456.789-09.</source>
        <translation>Punctuation optional: 12345678909 or 123.456.789-09.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="127"/>
        <source>Pontuação opcional: 11222333000181 ou 11.222.333/0001-81.</source>
        <translation>Punctuation optional: 11222333000181 or 11.222.333/0001-81.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="135"/>
        <source>Endereço IP ou o começo dele (100.64.).</source>
        <translation>IP address or its beginning (100.64.).</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="141"/>
        <source>Os separadores são colocados automaticamente; qualquer separador serve.</source>
        <translation>Separators are added automatically; any separator works.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="152"/>
        <source>IP (100.64.0.1) ou MAC (AA-BB-CC-DD-EE-FF)</source>
        <translation>IP (100.64.0.1) or MAC (AA-BB-CC-DD-EE-FF)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="153"/>
        <source>IP ou MAC que o cliente já usou.</source>
        <translation>An IP or MAC the client has used before.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="159"/>
        <source>Com ou sem os traços: 20261122-000123-7.</source>
        <translation>With or without the dashes: 20261122-000123-7.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="184"/>
        <source>Todos os campos</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="185"/>
        <source>Nome Cliente</source>
        <translation>Client Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="186"/>
        <source>Código Cliente</source>
        <translation>Client Code</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="187"/>
        <source>Conta E-mail</source>
        <translation>Email Account</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="188"/>
        <source>Domínio</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="189"/>
        <source>Login Radius</source>
        <translation>Radius Login</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="190"/>
        <source>Nome Contato</source>
        <translation>Contact Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="191"/>
        <source>Nome Fantasia</source>
        <translation>Trade Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="192"/>
        <source>Endereço</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="193"/>
        <source>Endereço Instalação</source>
        <translation>Installation Address</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="194"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="195"/>
        <source>Data Início</source>
        <translation>Start Date</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="196"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="197"/>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="198"/>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="199"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="200"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="201"/>
        <source>MAC2</source>
        <translation>MAC2</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="202"/>
        <source>MAC ONU</source>
        <translation>ONU MAC</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="203"/>
        <source>Número Boleto</source>
        <translation>Boleto Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="204"/>
        <source>Nº de Circuito</source>
        <translation>Circuit No.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="205"/>
        <source>E-mail Contato</source>
        <translation>Contact Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="206"/>
        <source>Celular (contato)</source>
        <translation>Mobile (contact)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="207"/>
        <source>Celular (cliente)</source>
        <translation>Mobile (client)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="208"/>
        <source>Número do Contrato</source>
        <translation>Contract Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="209"/>
        <source>Terminal de Voz</source>
        <translation>Voice Terminal</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="210"/>
        <source>Referência</source>
        <translation>Landmark</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="211"/>
        <source>Número NF</source>
        <translation>Tax Invoice Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="212"/>
        <source>Email (Apagado)</source>
        <translation>Email (Deleted)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="213"/>
        <source>Login (Apagado)</source>
        <translation>Login (Deleted)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="214"/>
        <source>IP MAC (Apagado)</source>
        <translation>IP MAC (Deleted)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="215"/>
        <source>Terminal (Apagado)</source>
        <translation>Terminal (Deleted)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="216"/>
        <source>Smartcard</source>
        <translation>Smartcard</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="217"/>
        <source>CAS (Nro. Equip. TV)</source>
        <translation>CAS (TV Equipment No.)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="218"/>
        <source>Ordem de Serviço</source>
        <translation>Service Order</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="219"/>
        <source>Ocorrência (protocolo)</source>
        <translation>Occurrence (protocol)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="220"/>
        <source>Serial Number</source>
        <translation>Serial Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="226"/>
        <source>Contém</source>
        <translation>Contains</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="227"/>
        <source>Igual</source>
        <translation>Equals</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="228"/>
        <source>Começa com</source>
        <translation>Starts with</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="304"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="305"/>
        <source>Suspenso</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="306"/>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ClientSearchWidget</name>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="277"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="281"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="282"/>
        <source>Nome Fantasia</source>
        <translation>Trade Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="284"/>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="288"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="289"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="290"/>
        <source>Campo encontrado</source>
        <translation>Matched field</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="313"/>
        <source>Nenhum cliente encontrado para “%s” em %s. Confira o que foi digitado ou pesquise em outro campo.</source>
        <translation>No client found for “%s” in %s. Check what was typed or search in another field.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="322"/>
        <source>pesquisando…</source>
        <translation>searching…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="328"/>
        <source>nenhum cliente encontrado</source>
        <translation>no clients found</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="330"/>
        <source>1 cliente</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="332"/>
        <source>%s clientes</source>
        <translation>%s clients</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="334"/>
        <source> — há mais: refine a pesquisa ou aumente a quantidade</source>
        <translation> — there are more: refine the search or raise the limit</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="6"/>
        <source>Localizar Cliente</source>
        <translation>Find Client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="19"/>
        <source>&amp;Procurar:</source>
        <translation>&amp;Search for:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="29"/>
        <source>Digite o que procurar: a pesquisa começa enquanto você digita. Enter pesquisa na hora, ↓ vai para os resultados, Esc limpa.</source>
        <translation>Type what to look for: the search starts as you type. Enter searches immediately, ↓ goes to the results, Esc clears.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="38"/>
        <source>Pesquisando no servidor…</source>
        <translation>Searching on the server…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="43"/>
        <source>Pesquisar &amp;em:</source>
        <translation>Search &amp;in:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="56"/>
        <source>&amp;Condição:</source>
        <translation>&amp;Match:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="68"/>
        <source>&amp;Quantidade:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="79"/>
        <source>Quantos clientes trazer no máximo (1 a 500)</source>
        <translation>Maximum number of clients to fetch (1 to 500)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_search.ui" line="127"/>
        <source>↓ resultados · Enter escolhe · Esc limpa</source>
        <translation>↓ results · Enter selects · Esc clears</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <location filename="../../desk_client/mail/compose_dialog.py" line="34"/>
        <source>Enviar e-mail — atendimento %s</source>
        <translation>Send email — ticket %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/compose_dialog.py" line="44"/>
        <source>Envia&amp;r</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/compose_dialog.py" line="45"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="140"/>
        <source>Tráfego em tempo real</source>
        <translation>Real-time traffic</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="141"/>
        <source>Tráfego das últimas 24 h</source>
        <translation>Traffic over the last 24 h</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="177"/>
        <source>verificando…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="206"/>
        <source>Carregando o histórico…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="283"/>
        <source>consultado às %s</source>
        <translation>queried at %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="290"/>
        <source>sem resposta do roteador</source>
        <translation>no response from the router</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="291"/>
        <source>Não foi possível consultar o concentrador %s: %s. Os dados abaixo podem estar desatualizados; tente Atualizar em instantes.</source>
        <translation>Could not query concentrator %s: %s. The data below may be out of date; try Refresh in a moment.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="298"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="300"/>
        <source>Conectado desde %s</source>
        <translation>Connected since %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="305"/>
        <source>agora</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="310"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="312"/>
        <source>— (registrado: %s)</source>
        <translation>— (recorded: %s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="324"/>
        <source>diferente do cadastrado (%s): equipamento trocado ou MAC clonado?</source>
        <translation>differs from the registered one (%s): equipment replaced or MAC cloned?</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="327"/>
        <source>(confere com o cadastro)</source>
        <translation>(matches the record)</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="329"/>
        <source>— (cadastrado: %s)</source>
        <translation>— (registered: %s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="333"/>
        <source>sem registro</source>
        <translation>no record</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="342"/>
        <source>sem dados</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="344"/>
        <source>indisponível</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="363"/>
        <source>%d pontos do coletor do servidor (amostras a cada %s); pico de download %s.</source>
        <translation>%d points from the server collector (samples every %s); download peak %s.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="367"/>
        <source>Sem amostras de tráfego nas últimas 24 h (o coletor do servidor ainda não registrou este login).</source>
        <translation>No traffic samples in the last 24 h (the server collector has not recorded this login yet).</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="372"/>
        <source>Histórico indisponível: %s</source>
        <translation>History unavailable: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="395"/>
        <source>nenhum plano selecionado</source>
        <translation>no plan selected</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="6"/>
        <location filename="../../ui_forms/connection_panel.ui" line="18"/>
        <source>Dados do Servidor Mikrotik</source>
        <translation>MikroTik Server Data</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="23"/>
        <source>Situação da sessão PPPoE no concentrador</source>
        <translation>PPPoE session status on the concentrator</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="24"/>
        <location filename="../../ui_forms/connection_panel.ui" line="67"/>
        <location filename="../../ui_forms/connection_panel.ui" line="79"/>
        <location filename="../../ui_forms/connection_panel.ui" line="91"/>
        <location filename="../../ui_forms/connection_panel.ui" line="103"/>
        <location filename="../../ui_forms/connection_panel.ui" line="115"/>
        <location filename="../../ui_forms/connection_panel.ui" line="129"/>
        <location filename="../../ui_forms/connection_panel.ui" line="140"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="42"/>
        <source>Consultar o roteador agora</source>
        <translation>Query the router now</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="43"/>
        <source>At&amp;ualizar</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="61"/>
        <source>Tempo conectado:</source>
        <translation>Uptime:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="73"/>
        <source>Concentrador:</source>
        <translation>Concentrator:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="85"/>
        <source>IP:</source>
        <translation>IP:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="97"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="109"/>
        <source>MAC (caller-id):</source>
        <translation>MAC (caller-id):</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="123"/>
        <source>Tráfego agora:</source>
        <translation>Current traffic:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="134"/>
        <source>Visto por último:</source>
        <translation>Last seen:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="155"/>
        <source>Tráfego em &amp;tempo real</source>
        <translation>Real-&amp;time traffic</translation>
    </message>
    <message>
        <location filename="../../ui_forms/connection_panel.ui" line="169"/>
        <source>Histórico (&amp;24 h)</source>
        <translation>History (&amp;24 h)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="69"/>
        <source>Carregando campos extras…</source>
        <translation>Loading extra fields…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="141"/>
        <source>Salvando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="146"/>
        <source>Apagar o contato “%s”?</source>
        <translation>Delete the contact “%s”?</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="152"/>
        <source>Apagando…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="158"/>
        <source>Confirmar</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="193"/>
        <source>Editar Contato — %s</source>
        <translation>Edit Contact — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="193"/>
        <location filename="../../ui_forms/contact_dialog.ui" line="14"/>
        <source>Novo Contato</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="206"/>
        <source>Não foi possível carregar os campos extras: %s</source>
        <translation>Could not load the extra fields: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="245"/>
        <source>Nenhum campo extra cadastrado. Um supervisor pode criá-los na administração.</source>
        <translation>No extra fields registered. A supervisor can create them in administration.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="262"/>
        <source>número</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="265"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="295"/>
        <source>Contato salvo.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contact_dialog.py" line="305"/>
        <source>Contato apagado.</source>
        <translation>Contact deleted.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="39"/>
        <source>Dados do &amp;Contato</source>
        <translation>Contact &amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="56"/>
        <source>&amp;Nome: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="66"/>
        <source>Nome da pessoa de contato</source>
        <translation>Name of the contact person</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="76"/>
        <source>&amp;Função:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="86"/>
        <source>ex.: Responsável, Financeiro, Síndico</source>
        <translation>e.g. Person in charge, Finance, Building manager</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="96"/>
        <source>&amp;Telefone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="106"/>
        <source>(11) 3333-4444</source>
        <translation>(11) 3333-4444</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="116"/>
        <source>Ce&amp;lular:</source>
        <translation>Mo&amp;bile:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="126"/>
        <source>(11) 98765-4321</source>
        <translation>(11) 98765-4321</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="136"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="146"/>
        <source>nome@provedor.com.br</source>
        <translation>name@provider.com.br</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="158"/>
        <source>* campo obrigatório</source>
        <translation>* required field</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="182"/>
        <source>Campos E&amp;xtras</source>
        <translation>E&amp;xtra Fields</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="239"/>
        <source>No&amp;vo</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="245"/>
        <source>Limpar o formulário para cadastrar outro contato</source>
        <translation>Clear the form to register another contact</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="252"/>
        <source>Apa&amp;gar</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="258"/>
        <source>Apagar este contato</source>
        <translation>Delete this contact</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="300"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui_forms/contact_dialog.ui" line="310"/>
        <source>Fec&amp;har</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ContractPanel</name>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="58"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="59"/>
        <location filename="../../desk_client/clients/contract_panel.py" line="66"/>
        <source>Descrição</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="60"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="61"/>
        <source>Usuário</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="65"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="67"/>
        <source>Valor</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="84"/>
        <source>Mostrar</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="86"/>
        <source>Mostra a senha; cada consulta fica registrada com seu usuário e a hora.</source>
        <translation>Shows the password; every lookup is logged with your user and the time.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="101"/>
        <source>Escolha um plano para ver o contrato.</source>
        <translation>Choose a plan to see the contract.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="103"/>
        <source>Carregando contrato…</source>
        <translation>Loading contract…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/contract_panel.py" line="158"/>
        <source>(não cadastrada)</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_contract_panel.ui" line="20"/>
        <source>D&amp;etalhes</source>
        <translation>Detai&amp;ls</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_contract_panel.ui" line="24"/>
        <source>E&amp;ventos</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_contract_panel.ui" line="30"/>
        <source>&amp;Serviços</source>
        <translation>Ser&amp;vices</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_contract_panel.ui" line="36"/>
        <source>Cone&amp;xão</source>
        <translation>Co&amp;nnection</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../desk_client/prospects/convert_dialog.py" line="26"/>
        <source>Um cliente novo será criado com o nome, telefone, e-mail, endereço e contatos de “%s”.</source>
        <translation>A new client will be created with the name, phone, email, address and contacts of “%s”.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/convert_dialog.py" line="29"/>
        <source>Pessoa física (CPF)</source>
        <translation>Individual (CPF)</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/convert_dialog.py" line="30"/>
        <source>Pessoa jurídica (CNPJ)</source>
        <translation>Company (CNPJ)</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/convert_dialog.py" line="33"/>
        <source>&amp;Converter</source>
        <translation>&amp;Convert</translation>
    </message>
</context>
<context>
    <name>DisconnectFlow</name>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="40"/>
        <source>Derruba a sessão PPPoE para o cliente reconectar</source>
        <translation>Drops the PPPoE session so the client reconnects</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="41"/>
        <source>Escolha um plano com login PPPoE</source>
        <translation>Choose a plan with a PPPoE login</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="47"/>
        <source>Desconectar cliente</source>
        <translation>Disconnect client</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="48"/>
        <source>A sessão PPPoE será derrubada e o cliente ficará alguns segundos sem internet.
Motivo (fica registrado):</source>
        <translation>The PPPoE session will be dropped and the client will be without internet for a few seconds.
Reason (it is logged):</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="51"/>
        <source>&amp;Desconectar</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="52"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="61"/>
        <source>Desconexão não feita: informe o motivo.</source>
        <translation>Not disconnected: enter the reason.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="64"/>
        <source>Desconectando…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="85"/>
        <source>Sessão derrubada; aguardando o cliente reconectar (até %s s)…</source>
        <translation>Session dropped; waiting for the client to reconnect (up to %s s)…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="90"/>
        <source>Reconexão não verificada.</source>
        <translation>Reconnection not verified.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="94"/>
        <source>Desconexão: %s</source>
        <translation>Disconnection: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/disconnect.py" line="118"/>
        <source>Desco&amp;nectar…</source>
        <translation>D&amp;isconnect…</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../desk_client/wizard/duplicate_warning.py" line="18"/>
        <source>Possível ligação repetida</source>
        <translation>Possible repeat call</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/duplicate_warning.py" line="54"/>
        <source>Atenção — possível ligação repetida: %s</source>
        <translation>Attention — possible repeat call: %s</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../desk_client/mail/wizard_page.py" line="27"/>
        <source>(sem modelo)</source>
        <translation>(no template)</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/wizard_page.py" line="92"/>
        <source>(nenhum contato com e-mail: digite em “Outros endereços”)</source>
        <translation>(no contact has an email: type one in “Other addresses”)</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/wizard_page.py" line="125"/>
        <source>Preenchendo o modelo...</source>
        <translation>Filling in the template...</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/wizard_page.py" line="140"/>
        <source>Variável sem valor: %1. Edite o texto: o e-mail não sai com ela.</source>
        <translation>Variable without a value: %1. Edit the text: the email will not be sent with it.</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/wizard_page.py" line="144"/>
        <source>Variáveis preenchidas: o texto acima é o que o cliente recebe.</source>
        <translation>Variables filled in: the text above is what the client receives.</translation>
    </message>
</context>
<context>
    <name>EmailStep</name>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>&amp;Modelo de e-mail:</source>
        <translation>Email te&amp;mplate:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>&amp;Enviar para:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>&amp;Outros endereços:</source>
        <translation>&amp;Other addresses:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>endereços separados por vírgula</source>
        <translation>addresses separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>&amp;Cópia E-mail:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>quem recebe uma cópia</source>
        <translation>who receives a copy</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>A&amp;ssunto:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>Solicitar confirmação de &amp;leitura</source>
        <translation>Request a &amp;read receipt</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>Pede ao programa de e-mail do cliente que confirme a leitura (o cliente pode recusar: não é prova de leitura).</source>
        <translation>Asks the client&apos;s email program to confirm it was read (the client may decline: it is not proof of reading).</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>Conteú&amp;do do E-mail:</source>
        <translation>Email &amp;body:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>color: #616e7c;</source>
        <translation>color: #616e7c;</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>Anexos:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>A&amp;nexar arquivo...</source>
        <translation>&amp;Attach file...</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_step.ui" line="4"/>
        <source>Remo&amp;ver anexo</source>
        <translation>Remo&amp;ve attachment</translation>
    </message>
</context>
<context>
    <name>EmailTemplatesWindow</name>
    <message>
        <location filename="../../desk_client/mail/templates_window.py" line="21"/>
        <source>Modelos de E-mail</source>
        <translation>Email Templates</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/templates_window.py" line="46"/>
        <source>%1 (inativo)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/templates_window.py" line="119"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/templates_window.py" line="119"/>
        <source>Assunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/templates_window.py" line="120"/>
        <source>Conteúdo</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/templates_window.py" line="122"/>
        <source>Preencha: %1.</source>
        <translation>Fill in: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/templates_window.py" line="133"/>
        <source>Modelo “%1” salvo.</source>
        <translation>Template “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>&amp;Novo modelo</source>
        <translation>&amp;New template</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>No&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>Ass&amp;unto:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>&amp;Conteúdo:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>&amp;Variáveis:</source>
        <translation>&amp;Variables:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>Enter ou duplo clique insere a variável no conteúdo</source>
        <translation>Enter or double-click inserts the variable into the body</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>Visível para os car&amp;gos:</source>
        <translation>Visible to these te&amp;ams:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>Nenhum marcado: todos os cargos veem o modelo</source>
        <translation>None checked: every team sees the template</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>&amp;Ativo</source>
        <translation>Ac&amp;tive</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>color: #616e7c;</source>
        <translation>color: #616e7c;</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_templates.ui" line="4"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>EmailUndeliveredWindow</name>
    <message>
        <location filename="../../desk_client/mail/undelivered_window.py" line="19"/>
        <source>E-mails não entregues</source>
        <translation>Undelivered Emails</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/undelivered_window.py" line="33"/>
        <source>Carregando…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk_client/mail/undelivered_window.py" line="50"/>
        <source>%n e-mail(s) não entregue(s)</source>
        <translation>
            <numerusform>%n undelivered email</numerusform>
            <numerusform>%n undelivered emails</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/undelivered_window.py" line="73"/>
        <source>E-mail do protocolo %1 de volta à fila de envio.</source>
        <translation>Email for protocol %1 is back in the send queue.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>E-mails que o servidor SMTP recusou (também de atendimentos encerrados). Corrija o motivo e use Reenviar.</source>
        <translation>Emails the SMTP server rejected (also from closed tickets). Fix the cause and use Resend.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>color: #616e7c;</source>
        <translation>color: #616e7c;</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>Protocolo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>Para</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>Assunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>Tentativas</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>Criado em</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui_forms/email_undelivered.ui" line="4"/>
        <source>&amp;Reenviar</source>
        <translation>Re&amp;send</translation>
    </message>
</context>
<context>
    <name>FindClientWindow</name>
    <message>
        <location filename="../../ui_forms/client_find.ui" line="6"/>
        <location filename="../../ui_forms/client_find.ui" line="17"/>
        <source>Localizar Cliente</source>
        <translation>Find Client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_find.ui" line="43"/>
        <source>&amp;Abrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_find.ui" line="44"/>
        <source>Abrir o cadastro do cliente selecionado (Enter ou duplo clique)</source>
        <translation>Open the selected client&apos;s record (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/client_find.ui" line="51"/>
        <source>Fec&amp;har</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>FirstContactPage</name>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="213"/>
        <source>Em breve: esta opção chega numa próxima versão.</source>
        <translation>Coming soon: this option arrives in an upcoming version.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="111"/>
        <source>(escolha o tipo de atendimento)</source>
        <translation>(choose the ticket type)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="113"/>
        <source>(tipos indisponíveis: servidor não respondeu)</source>
        <translation>(types unavailable: the server did not respond)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="115"/>
        <source>(carregando tipos…)</source>
        <translation>(loading types…)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="145"/>
        <source>(escolha o usuário)</source>
        <translation>(choose the user)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="145"/>
        <source>(escolha o cargo)</source>
        <translation>(choose the team)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="157"/>
        <source> — sem membros: ninguém receberá</source>
        <translation> — no members: nobody will receive it</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="160"/>
        <source>Este cargo não tem membros.</source>
        <translation>This team has no members.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="167"/>
        <source>Destino padrão do tipo “%s”; pode ser alterado.</source>
        <translation>Default assignee for type “%s”; can be changed.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="209"/>
        <source>Pedir &amp;O.S.</source>
        <translation>Request service &amp;order</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="209"/>
        <source>Tar&amp;efa</source>
        <translation>Tas&amp;k</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="210"/>
        <source>Adicionar &amp;Anexo</source>
        <translation>Add &amp;Attachment</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="210"/>
        <source>Enviar E-&amp;mail</source>
        <translation>Send &amp;Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="217"/>
        <source>Marque para incluir a etapa “%s” no atendimento.</source>
        <translation>Check to include the “%s” step in the ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="307"/>
        <source>aberto em %s</source>
        <translation>opened on %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="310"/>
        <source>Este atendimento será vinculado ao atendimento pai %s</source>
        <translation>This ticket will be linked to parent ticket %s</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../desk_client/scripts/editor_analytics.py" line="40"/>
        <source>Nenhum atendimento usou esta versão ainda.</source>
        <translation>No ticket has used this version yet.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_analytics.py" line="42"/>
        <source>Atendimentos por pergunta: seguiram × pararam</source>
        <translation>Tickets per question: continued × stopped</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_analytics.py" line="43"/>
        <source>Seguiram</source>
        <translation>Continued</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_analytics.py" line="43"/>
        <source>Pararam aqui</source>
        <translation>Stopped here</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_analytics.py" line="85"/>
        <source>Fins alcançados</source>
        <translation>Endings reached</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_analytics.py" line="85"/>
        <source>Nó</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_analytics.py" line="86"/>
        <source>Resposta final</source>
        <translation>Final answer</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_analytics.py" line="86"/>
        <source>Vezes</source>
        <translation>Times</translation>
    </message>
</context>
<context>
    <name>HistoryRequestDialog</name>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="31"/>
        <source>Pedido de histórico — %s</source>
        <translation>History request — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="35"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="36"/>
        <source>Correio</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="42"/>
        <source>&amp;Canal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="43"/>
        <source>&amp;Endereço:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="44"/>
        <source>&amp;Observação:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="47"/>
        <source>&amp;Registrar pedido</source>
        <translation>&amp;Register request</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="65"/>
        <source>Informe o endereço para onde enviar o histórico.</source>
        <translation>Enter the address to send the history to.</translation>
    </message>
</context>
<context>
    <name>HistoryRequests</name>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="86"/>
        <source>Ped&amp;ido de histórico…</source>
        <translation>Request &amp;history…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="87"/>
        <source>Hi&amp;stórico em PDF</source>
        <translation>Histor&amp;y as PDF</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="88"/>
        <source>Marcar como &amp;enviado</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="98"/>
        <source>Reen&amp;viar e-mail</source>
        <translation>Resend e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="99"/>
        <source>Põe de novo na fila o e-mail do histórico que o servidor de e-mail recusou</source>
        <translation>Queues again the history e-mail that the mail server refused</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="123"/>
        <source>Histórico enviado em %s</source>
        <translation>History sent on %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="125"/>
        <source>Pedido de histórico ATRASADO: prazo era %s</source>
        <translation>History request OVERDUE: it was due on %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="127"/>
        <source>Pedido de histórico: enviar até %s</source>
        <translation>History request: send by %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="145"/>
        <source>Histórico enviado por e-mail em %s</source>
        <translation>History e-mailed on %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="149"/>
        <source>FORA DO PRAZO (era %s)</source>
        <translation>LATE (it was due on %s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="153"/>
        <source>Histórico por e-mail: enviar até %s</source>
        <translation>History by e-mail: send by %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="169"/>
        <source>e-mail NÃO ENTREGUE a %s: %s</source>
        <translation>e-mail NOT DELIVERED to %s: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="171"/>
        <source>enviando o e-mail a %s</source>
        <translation>sending the e-mail to %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="173"/>
        <source>e-mail a %s aguardando nova tentativa (%s)</source>
        <translation>e-mail to %s waiting for another attempt (%s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/history_requests.py" line="174"/>
        <source>e-mail na fila de envio a %s</source>
        <translation>e-mail queued for %s</translation>
    </message>
</context>
<context>
    <name>ImportWindow</name>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="38"/>
        <source>Clientes, contatos e planos de um arquivo CSV no formato descrito em docs/import-layout.md (um exemplo: docs/import-clients-sample.csv). Importar de novo o mesmo arquivo atualiza, nunca duplica: o cliente é identificado pelo código e o plano pelo login. Simule antes de importar.</source>
        <translation>Clients, contacts and plans from a CSV file in the format described in docs/import-layout.md (an example: docs/import-clients-sample.csv). Importing the same file again updates, never duplicates: the client is identified by its code and the plan by its login. Simulate before importing.</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="42"/>
        <source>Linha</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="44"/>
        <source>Motivo da recusa</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="65"/>
        <source>Arquivo de clientes</source>
        <translation>Client file</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="66"/>
        <source>CSV (*.csv *.txt);;Todos (*)</source>
        <translation>CSV (*.csv *.txt);;All (*)</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="76"/>
        <source>Enviando o arquivo…</source>
        <translation>Uploading the file…</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="92"/>
        <source>Arquivo enviado; o servidor está importando…</source>
        <translation>File uploaded; the server is importing…</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="102"/>
        <source>Mostrando as primeiras %s linhas recusadas de %s.</source>
        <translation>Showing the first %s rejected lines of %s.</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="121"/>
        <source>Salvar linhas recusadas</source>
        <translation>Save rejected lines</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/import_window.py" line="122"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/import_window.ui" line="6"/>
        <source>Importar clientes</source>
        <translation>Import Clients</translation>
    </message>
    <message>
        <location filename="../../ui_forms/import_window.ui" line="16"/>
        <source>&amp;Arquivo CSV:</source>
        <translation>CSV &amp;file:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/import_window.ui" line="18"/>
        <source>&amp;Escolher…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/import_window.ui" line="23"/>
        <source>&amp;Simular (não grava)</source>
        <translation>&amp;Simulate (saves nothing)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/import_window.ui" line="24"/>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui_forms/import_window.ui" line="26"/>
        <source>Salvar &amp;relatório…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/import_window.ui" line="44"/>
        <source>&amp;Fechar</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../desk_client/importer/rules.py" line="17"/>
        <source>Simulação: %s linhas lidas, %s aceitas, %s recusadas (nada gravado).</source>
        <translation>Simulation: %s lines read, %s accepted, %s rejected (nothing saved).</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/rules.py" line="18"/>
        <source>Importação: %s linhas lidas, %s aceitas, %s recusadas.</source>
        <translation>Import: %s lines read, %s accepted, %s rejected.</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/rules.py" line="21"/>
        <source>Clientes: %s novos, %s atualizados.</source>
        <translation>Clients: %s new, %s updated.</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/rules.py" line="23"/>
        <source>Planos: %s novos, %s atualizados; contatos gravados: %s.</source>
        <translation>Plans: %s new, %s updated; contacts saved: %s.</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailsDialog</name>
    <message>
        <location filename="../../ui_forms/client_invoice_details.ui" line="6"/>
        <source>Dados do débito</source>
        <translation>Invoice details</translation>
    </message>
</context>
<context>
    <name>ListsLoader</name>
    <message>
        <location filename="../../desk_client/ui/admin_list.py" line="76"/>
        <source>carregando…</source>
        <translation>loading…</translation>
    </message>
</context>
<context>
    <name>LocatePage</name>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="57"/>
        <location filename="../../desk_client/wizard/pages/locate.py" line="59"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="57"/>
        <location filename="../../desk_client/wizard/pages/locate.py" line="59"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="57"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="58"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="58"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="58"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="59"/>
        <source>Rede</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="143"/>
        <source>Cliente selecionado: %s</source>
        <translation>Selected client: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="145"/>
        <source>Prospecto selecionado: %s</source>
        <translation>Selected prospect: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="147"/>
        <source>Ponto de acesso selecionado: %s</source>
        <translation>Selected access point: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="165"/>
        <source>A pesquisa de clientes não está disponível nesta versão.</source>
        <translation>Client search is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="198"/>
        <source>carregando prospectos…</source>
        <translation>loading prospects…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="210"/>
        <source>Não foi possível carregar os prospectos: %s</source>
        <translation>Could not load the prospects: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="229"/>
        <source>1 prospecto</source>
        <translation>1 prospect</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="229"/>
        <source>%d prospectos</source>
        <translation>%d prospects</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="288"/>
        <source>Não foi possível carregar os pontos de acesso: %s</source>
        <translation>Could not load the access points: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="294"/>
        <source>carregando pontos de acesso…</source>
        <translation>loading access points…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="313"/>
        <source>1 ponto</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="313"/>
        <source>%d pontos</source>
        <translation>%d points</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="34"/>
        <source>versão %s</source>
        <translation>version %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="57"/>
        <location filename="../../ui_forms/login.ui" line="131"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="57"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="71"/>
        <source>Informe o endereço do servidor, ex.: http://servidor:8470</source>
        <translation>Enter the server address, e.g. http://server:8470</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="75"/>
        <source>Informe o usuário.</source>
        <translation>Enter the username.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="79"/>
        <source>Informe a senha.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="97"/>
        <source>Conexão cancelada.</source>
        <translation>Connection cancelled.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="118"/>
        <source>Usuário ou senha inválidos.</source>
        <translation>Invalid username or password.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="122"/>
        <source>Usuário bloqueado temporariamente. Aguarde alguns minutos.</source>
        <translation>User temporarily locked. Wait a few minutes.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="6"/>
        <source>ISP Desk — Entrar</source>
        <translation>ISP Desk — Sign in</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="28"/>
        <source>ISP Desk</source>
        <translation>ISP Desk</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="34"/>
        <source>Central de atendimento do provedor</source>
        <translation>Provider call center</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="52"/>
        <source>&amp;Servidor:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="58"/>
        <source>http://servidor:8470</source>
        <translation>http://server:8470</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="64"/>
        <source>&amp;Usuário:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="75"/>
        <source>Se&amp;nha:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="105"/>
        <source>Conectando ao servidor…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="137"/>
        <source>&amp;Entrar</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="38"/>
        <source>Definido pelo administrador (isp-desk.ini)</source>
        <translation>Set by the administrator (isp-desk.ini)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_client/main_window.py" line="53"/>
        <source>%s — ainda não disponível: chega numa próxima versão do ISP Desk.</source>
        <translation>%s — not available yet: it arrives in an upcoming version of ISP Desk.</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="67"/>
        <source>ISP Desk — %s</source>
        <translation>ISP Desk — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="68"/>
        <source>Olá, %s</source>
        <translation>Hello, %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="68"/>
        <location filename="../../ui_forms/main_window.ui" line="16"/>
        <source>Bem-vindo(a)</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="71"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="72"/>
        <source>Servidor: %s</source>
        <translation>Server: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="104"/>
        <source>verificando conexão…</source>
        <translation>checking connection…</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="106"/>
        <source>conectado</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="108"/>
        <source>sem conexão</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="111"/>
        <source>Conexão com o servidor: %s</source>
        <translation>Server connection: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="115"/>
        <source>Sobre o ISP Desk</source>
        <translation>About ISP Desk</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="116"/>
        <source>&lt;b&gt;ISP Desk&lt;/b&gt; %s&lt;br&gt;Central de atendimento para provedores de internet.</source>
        <translation>&lt;b&gt;ISP Desk&lt;/b&gt; %s&lt;br&gt;Call center for internet providers.</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="126"/>
        <source>Há um atendimento em andamento. Ele fica salvo como rascunho e será oferecido no próximo login.</source>
        <translation>A ticket is in progress. It is kept as a draft and will be offered at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="128"/>
        <source>Há uma edição aberta: o que não foi salvo será perdido.</source>
        <translation>An edit is open: anything not saved will be lost.</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="129"/>
        <source>Sair da sessão?</source>
        <translation>Sign out?</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="129"/>
        <source>Fechar o ISP Desk?</source>
        <translation>Close ISP Desk?</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="130"/>
        <source>Encerrar sessão</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="133"/>
        <source>&amp;Sim</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="134"/>
        <source>&amp;Não</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="6"/>
        <source>ISP Desk</source>
        <translation>ISP Desk</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="23"/>
        <source>Pressione F2 para um novo atendimento ou F3 para localizar um cliente.</source>
        <translation>Press F2 for a new ticket or F3 to find a client.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="45"/>
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="51"/>
        <source>At&amp;endimento</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="58"/>
        <source>A&amp;dministração</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="65"/>
        <source>A&amp;juda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="74"/>
        <source>Barra principal</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="90"/>
        <source>&amp;Novo Atendimento</source>
        <translation>&amp;New Ticket</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="91"/>
        <source>Abrir um novo atendimento (F2)</source>
        <translation>Open a new ticket (F2)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="92"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="96"/>
        <source>&amp;Localizar Cliente</source>
        <translation>Find &amp;Client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="97"/>
        <source>Localizar um cliente (F3)</source>
        <translation>Find a client (F3)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="98"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="102"/>
        <source>A&amp;tendimentos</source>
        <translation>T&amp;ickets</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="103"/>
        <source>Fila de atendimentos</source>
        <translation>Ticket queue</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="106"/>
        <source>A&amp;genda</source>
        <translation>Sch&amp;edule</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="107"/>
        <source>Agenda dos técnicos (O.S.)</source>
        <translation>Technicians&apos; schedule (service orders)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="110"/>
        <source>&amp;Scripts</source>
        <translation>&amp;Scripts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="111"/>
        <source>Scripts de atendimento</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="114"/>
        <source>Tipos de &amp;atendimento e cargos</source>
        <translation>Ticket &amp;types and teams</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="117"/>
        <source>&amp;Roteadores</source>
        <translation>&amp;Routers</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="118"/>
        <source>Concentradores MikroTik</source>
        <translation>MikroTik concentrators</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="121"/>
        <source>&amp;Usuários</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="124"/>
        <source>Sair da &amp;sessão</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="125"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="128"/>
        <source>Sai&amp;r</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="129"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="132"/>
        <source>&amp;Sobre o ISP Desk</source>
        <translation>&amp;About ISP Desk</translation>
    </message>
    <message>
        <location filename="../../desk_client/preferences_dialog.py" line="47"/>
        <source>&amp;Preferências…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/open_ticket_option.py" line="32"/>
        <source>Abrir Atendimento ao abrir o ca&amp;dastro do cliente</source>
        <translation>Open a ticket when opening a client&apos;s recor&amp;d</translation>
    </message>
    <message>
        <location filename="../../desk_client/importer/__init__.py" line="26"/>
        <source>&amp;Importar clientes…</source>
        <translation>&amp;Import clients…</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/__init__.py" line="22"/>
        <source>&amp;Prospectos…</source>
        <translation>&amp;Prospects…</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/install.py" line="28"/>
        <source>Modelos de &amp;E-mail</source>
        <translation>&amp;Email templates</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/install.py" line="32"/>
        <source>E-mails não &amp;entregues</source>
        <translation>&amp;Undelivered emails</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/new_client_action.py" line="17"/>
        <source>Novo &amp;cliente…</source>
        <translation>New c&amp;lient…</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/install.py" line="21"/>
        <source>Minha a&amp;genda</source>
        <translation>My sch&amp;edule</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/install.py" line="22"/>
        <source>Minhas ta&amp;refas</source>
        <translation>My &amp;tasks</translation>
    </message>
    <message>
        <source>Status de a&amp;tendimento</source>
        <translation>Tic&amp;ket statuses</translation>
    </message>
    <message>
        <source>&amp;Feriados municipais</source>
        <translation>&amp;Municipal holidays</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <location filename="../../desk_client/scripts/editor_node_form.py" line="48"/>
        <source>(não muda o tipo)</source>
        <translation>(type unchanged)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_node_form.py" line="64"/>
        <source>Nó %s%s</source>
        <translation>Node %s%s</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_node_form.py" line="64"/>
        <source> — pergunta inicial</source>
        <translation> — first question</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_node_form.py" line="65"/>
        <source>Selecione uma pergunta na árvore.</source>
        <translation>Select a question in the tree.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_node_form.py" line="85"/>
        <source>(encerra o script)</source>
        <translation>(ends the script)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_node_form.py" line="90"/>
        <source>%s (não existe)</source>
        <translation>%s (does not exist)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_node_form.py" line="112"/>
        <source>Só uma opção que encerra o script tem resultado.</source>
        <translation>Only an option that ends the script has an outcome.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_node_form.py" line="161"/>
        <source>Nova resposta</source>
        <translation>New answer</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="29"/>
        <source>1 atendimento aguardando envio</source>
        <translation>1 ticket waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="30"/>
        <source>%d atendimentos aguardando envio</source>
        <translation>%d tickets waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="32"/>
        <source>1 registro aguardando envio</source>
        <translation>1 record waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="33"/>
        <source>%d registros aguardando envio</source>
        <translation>%d records waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="35"/>
        <source>1 envio recusado pelo servidor</source>
        <translation>1 submission rejected by the server</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="36"/>
        <source>%d envios recusados pelo servidor</source>
        <translation>%d submissions rejected by the server</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="30"/>
        <source>&amp;Tentar enviar agora</source>
        <translation>&amp;Try sending now</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="32"/>
        <source>&amp;Detalhes…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="34"/>
        <source>&amp;Corrigir no assistente…</source>
        <translation>&amp;Fix in the wizard…</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="35"/>
        <source>Abre o atendimento recusado no assistente para corrigir e finalizar de novo (o protocolo é mantido).</source>
        <translation>Opens the rejected ticket in the wizard to fix it and finish it again (the protocol is kept).</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="58"/>
        <source>Atendimento</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="58"/>
        <source>Contato sem atendimento</source>
        <translation>Contact without a ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="59"/>
        <source>(protocolo a reservar)</source>
        <translation>(protocol to be reserved)</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="63"/>
        <source>recusado: %s</source>
        <translation>rejected: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="66"/>
        <source>%d tentativa(s); próxima em %d s</source>
        <translation>%d attempt(s); next in %d s</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="67"/>
        <source>enviando…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="86"/>
        <source>Envios pendentes</source>
        <translation>Pending submissions</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="87"/>
        <source>Estes registros estão guardados neste computador e serão enviados ao servidor automaticamente:</source>
        <translation>These records are stored on this computer and will be sent to the server automatically:</translation>
    </message>
    <message>
        <location filename="../../desk_client/outbox/indicator.py" line="89"/>
        <source>Nenhum envio pendente.</source>
        <translation>No pending submissions.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui_forms/preferences.ui" line="6"/>
        <source>Preferências</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui_forms/preferences.ui" line="12"/>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/preferences.ui" line="21"/>
        <source>Servidor:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/preferences.ui" line="35"/>
        <source>O novo idioma vale a partir da próxima vez que o ISP Desk for aberto.</source>
        <translation>The new language takes effect the next time ISP Desk is opened.</translation>
    </message>
</context>
<context>
    <name>ProspectConvertDialog</name>
    <message>
        <location filename="../../ui_forms/prospect_convert.ui" line="6"/>
        <source>Converter prospecto em cliente</source>
        <translation>Convert prospect to client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospect_convert.ui" line="11"/>
        <source>&amp;Tipo de pessoa:</source>
        <translation>Person &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospect_convert.ui" line="13"/>
        <source>CP&amp;F / CNPJ:</source>
        <translation>CP&amp;F / CNPJ:</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../desk_client/wizard/prospect_dialog.py" line="37"/>
        <source>Informe o nome do prospecto.</source>
        <translation>Enter the prospect&apos;s name.</translation>
    </message>
</context>
<context>
    <name>Prospects</name>
    <message>
        <location filename="../../desk_client/prospects/rules.py" line="9"/>
        <source>Empresarial</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/rules.py" line="10"/>
        <source>Condomínio</source>
        <translation>Condominium</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/rules.py" line="11"/>
        <source>Residente em Condomínio</source>
        <translation>Condominium resident</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/rules.py" line="12"/>
        <source>Residencial</source>
        <translation>Residential</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/rules.py" line="13"/>
        <source>Novo</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/rules.py" line="14"/>
        <source>Em negociação</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/rules.py" line="15"/>
        <source>Convertido</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/rules.py" line="16"/>
        <source>Perdido</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>ProspectsWindow</name>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="48"/>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="59"/>
        <location filename="../../desk_client/prospects/prospects_window.py" line="68"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="60"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="62"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="63"/>
        <location filename="../../desk_client/prospects/prospects_window.py" line="70"/>
        <location filename="../../ui_forms/prospects_window.ui" line="55"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="64"/>
        <source>Cadastro</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="69"/>
        <source>Função</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="71"/>
        <location filename="../../ui_forms/prospects_window.ui" line="56"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="88"/>
        <source>O envio pelo servidor (com modelos e anexos) é feito a partir de um atendimento. Para um prospecto sem atendimento, escreva no seu programa de e-mail: o endereço já vai preenchido.</source>
        <translation>Sending through the server (with templates and attachments) is done from a ticket. For a prospect without a ticket, write in your email program: the address is filled in for you.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="91"/>
        <source>Sem coordenadas, o mapa abre na busca pelo endereço; com elas, no ponto exato.</source>
        <translation>Without coordinates, the map opens on a search for the address; with them, on the exact spot.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="101"/>
        <source>Pesquisando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="110"/>
        <source>Nenhum prospecto encontrado.</source>
        <translation>No prospects found.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="111"/>
        <source>%s prospecto(s)</source>
        <translation>%s prospect(s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="139"/>
        <source>Nenhum prospecto escolhido</source>
        <translation>No prospect selected</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="141"/>
        <source>(sem endereço)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="177"/>
        <source>Informe o nome do contato.</source>
        <translation>Enter the contact&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="189"/>
        <source>Contato adicionado.</source>
        <translation>Contact added.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="197"/>
        <source>Coordenadas inválidas: latitude de -90 a 90, longitude de -180 a 180.</source>
        <translation>Invalid coordinates: latitude from -90 to 90, longitude from -180 to 180.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="207"/>
        <source>Coordenadas salvas.</source>
        <translation>Coordinates saved.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="218"/>
        <source>Sem endereço nem coordenadas para mostrar no mapa.</source>
        <translation>No address or coordinates to show on the map.</translation>
    </message>
    <message>
        <location filename="../../desk_client/prospects/prospects_window.py" line="250"/>
        <source>Cliente %s criado a partir do prospecto.</source>
        <translation>Client %s created from the prospect.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="6"/>
        <source>Prospectos</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="10"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="12"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="14"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="16"/>
        <source>Perío&amp;do:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="42"/>
        <source>Con&amp;verter em cliente…</source>
        <translation>Con&amp;vert to client…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="66"/>
        <source>Escrever no p&amp;rograma de e-mail</source>
        <translation>Write in your email &amp;program</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="77"/>
        <source>Lon&amp;gitude:</source>
        <translation>Lon&amp;gitude:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="81"/>
        <source>S&amp;alvar coordenadas</source>
        <translation>Save coor&amp;dinates</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="82"/>
        <source>A&amp;brir no mapa</source>
        <translation>Open in ma&amp;p</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="17"/>
        <location filename="../../ui_forms/prospects_window.ui" line="19"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="18"/>
        <source>até</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="20"/>
        <source>&amp;Pesquisar</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="21"/>
        <source>N&amp;ovo prospecto…</source>
        <translation>Ne&amp;w prospect…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="49"/>
        <source>&amp;Contatos</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="54"/>
        <source>Nome do contato</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="57"/>
        <source>&amp;Adicionar contato</source>
        <translation>&amp;Add contact</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="63"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="71"/>
        <source>&amp;Mapa</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="73"/>
        <source>Endereço:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="75"/>
        <source>&amp;Latitude:</source>
        <translation>L&amp;atitude:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="76"/>
        <source>ex. -20,8197</source>
        <translation>e.g. -20.8197</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="78"/>
        <source>ex. -49,3797</source>
        <translation>e.g. -49.3797</translation>
    </message>
    <message>
        <location filename="../../ui_forms/prospects_window.ui" line="97"/>
        <source>&amp;Fechar</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <location filename="../../desk_client/wizard/pages/protocol.py" line="52"/>
        <source>Número copiado: %s</source>
        <translation>Number copied: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/protocol.py" line="69"/>
        <source>reservando…</source>
        <translation>reserving…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/protocol.py" line="70"/>
        <source>sem número ainda</source>
        <translation>no number yet</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/protocol.py" line="77"/>
        <source>reservando protocolo…</source>
        <translation>reserving protocol…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/protocol.py" line="82"/>
        <source>Não foi possível reservar o protocolo: %s O atendimento pode ser preenchido mesmo assim; nada se perde e o número é reservado ao finalizar.</source>
        <translation>Could not reserve the protocol: %s The ticket can be filled in anyway; nothing is lost and the number is reserved on finishing.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/protocol.py" line="88"/>
        <source>Protocolo reservado.</source>
        <translation>Protocol reserved.</translation>
    </message>
</context>
<context>
    <name>ReceiptOption</name>
    <message>
        <location filename="../../desk_client/mail/receipt_option.py" line="27"/>
        <source>Enviar &amp;protocolo por e-mail</source>
        <translation>Email the &amp;protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/receipt_option.py" line="30"/>
        <source>O cliente recebe o protocolo, a data e a hora, o tipo e um comprovante em PDF.</source>
        <translation>The client receives the protocol, the date and time, the type and a PDF receipt.</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/receipt_option.py" line="31"/>
        <source>O contato não tem e-mail cadastrado.</source>
        <translation>The contact has no email on record.</translation>
    </message>
</context>
<context>
    <name>RouterDialog</name>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="351"/>
        <source>Editar roteador — %s</source>
        <translation>Edit router — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="351"/>
        <source>Novo roteador</source>
        <translation>New router</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="359"/>
        <source>(inalterada — digite para trocar)</source>
        <translation>(unchanged — type to change)</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="362"/>
        <source>senha do usuário da API</source>
        <translation>API user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="368"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="370"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="395"/>
        <source>Informe o nome do roteador (2 caracteres ou mais).</source>
        <translation>Enter the router&apos;s name (2 characters or more).</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="398"/>
        <source>Informe o endereço (IP ou nome) do roteador.</source>
        <translation>Enter the router&apos;s address (IP or name).</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="401"/>
        <source>Informe o usuário da API.</source>
        <translation>Enter the API user.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="404"/>
        <source>Informe a senha do usuário da API.</source>
        <translation>Enter the API user&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="427"/>
        <source>Não foi salvo: %s</source>
        <translation>Not saved: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="453"/>
        <source>Conectando…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="469"/>
        <source>Teste não realizado: %s</source>
        <translation>Test not performed: %s</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="6"/>
        <source>Roteador</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="14"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="21"/>
        <source>ex.: RB-Centro</source>
        <translation>e.g. RB-Downtown</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="26"/>
        <source>&amp;Endereço:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="33"/>
        <source>IP ou nome, ex.: 10.0.0.1</source>
        <translation>IP or name, e.g. 10.0.0.1</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="38"/>
        <source>&amp;Porta da API:</source>
        <translation>API &amp;port:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="53"/>
        <source>Usar API-SSL (porta padrão 8729)</source>
        <translation>Use API-SSL (default port 8729)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="54"/>
        <source>API-&amp;SSL</source>
        <translation>API-SS&amp;L</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="67"/>
        <source>&amp;Usuário:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="74"/>
        <source>usuário da API no RouterOS</source>
        <translation>API user on RouterOS</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="79"/>
        <source>Sen&amp;ha:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="91"/>
        <source>A&amp;tivo (consultado pelo servidor)</source>
        <translation>Ac&amp;tive (polled by the server)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="101"/>
        <source>A senha é guardada criptografada no servidor e nunca é exibida.</source>
        <translation>The password is stored encrypted on the server and is never displayed.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/router_dialog.ui" line="108"/>
        <source>Testar &amp;conexão</source>
        <translation>Test &amp;connection</translation>
    </message>
</context>
<context>
    <name>RoutersWindow</name>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="130"/>
        <source>Carregando roteadores…</source>
        <translation>Loading routers…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="160"/>
        <source>1 roteador sem resposta: veja a coluna Último erro.</source>
        <translation>1 router not responding: see the Last error column.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="161"/>
        <source>%d roteadores sem resposta: veja a coluna Último erro.</source>
        <translation>%d routers not responding: see the Last error column.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="168"/>
        <source>Não foi possível carregar os roteadores: %s</source>
        <translation>Could not load the routers: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="196"/>
        <source>Pontos de roteamento ligados a este roteador:
%s</source>
        <translation>Routing points linked to this router:
%s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="197"/>
        <source>Nenhum ponto de roteamento</source>
        <translation>No routing points</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="224"/>
        <source>1 roteador, %d online</source>
        <translation>1 router, %d online</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="225"/>
        <source>%d roteadores, %d online</source>
        <translation>%d routers, %d online</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="268"/>
        <source>Roteador %s salvo.</source>
        <translation>Router %s saved.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="275"/>
        <source>Testando conexão com %s…</source>
        <translation>Testing connection to %s…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="296"/>
        <source>Teste não realizado: %s</source>
        <translation>Test not performed: %s</translation>
    </message>
    <message>
        <location filename="../../ui_forms/routers_window.ui" line="6"/>
        <source>Roteadores — ISP Desk</source>
        <translation>Routers — ISP Desk</translation>
    </message>
    <message>
        <location filename="../../ui_forms/routers_window.ui" line="14"/>
        <source>Roteadores (concentradores MikroTik)</source>
        <translation>Routers (MikroTik concentrators)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/routers_window.ui" line="51"/>
        <source>&amp;Adicionar…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/routers_window.ui" line="56"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/routers_window.ui" line="61"/>
        <source>Conecta agora ao roteador selecionado e mostra identidade, versão e latência</source>
        <translation>Connects to the selected router now and shows its identity, version and latency</translation>
    </message>
    <message>
        <location filename="../../ui_forms/routers_window.ui" line="62"/>
        <source>&amp;Testar conexão</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui_forms/routers_window.ui" line="73"/>
        <source>Atuali&amp;zar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui_forms/routers_window.ui" line="78"/>
        <source>&amp;Fechar</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ScriptEditorWindow</name>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="100"/>
        <source>Servidor: %s</source>
        <translation>Server: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="111"/>
        <source> — inativo</source>
        <translation> — inactive</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="130"/>
        <source>Rascunho não publicado</source>
        <translation>Unpublished draft</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="131"/>
        <source>O rascunho tem alterações não publicadas. Descartar as alterações?</source>
        <translation>The draft has unpublished changes. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="133"/>
        <source>&amp;Descartar</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="134"/>
        <source>&amp;Continuar editando</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="177"/>
        <source>v%d — %s, %s — %d atendimento(s)</source>
        <translation>v%d — %s, %s — %d ticket(s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="191"/>
        <source>Versão %d: %d atendimento(s), %d concluído(s), %d encerrado(s) antes do fim.</source>
        <translation>Version %d: %d ticket(s), %d completed, %d ended before the end.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="198"/>
        <source>Novo script</source>
        <translation>New script</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="201"/>
        <source>Script ainda não publicado.</source>
        <translation>Script not published yet.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="225"/>
        <location filename="../../ui_forms/script_editor.ui" line="6"/>
        <source>Scripts de atendimento</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="295"/>
        <source>Nova pergunta</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="309"/>
        <source>%d opção(ões) levavam à pergunta excluída: veja os problemas.</source>
        <translation>%d option(s) led to the deleted question: see the problems.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="330"/>
        <source>novo caminho</source>
        <translation>new path</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="355"/>
        <location filename="../../desk_client/scripts/editor_window.py" line="409"/>
        <source>Não publicado: %s</source>
        <translation>Not published: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="357"/>
        <source>Sem problemas; %d caminho(s) de teste passam.</source>
        <translation>No problems; %d test path(s) pass.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="366"/>
        <source>Clique para ir à pergunta %s</source>
        <translation>Click to go to question %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="369"/>
        <source>%d problema(s) a corrigir antes de publicar.</source>
        <translation>%d problem(s) to fix before publishing.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="388"/>
        <source>Publicando…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="403"/>
        <source>Versão %d publicada.</source>
        <translation>Version %d published.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="415"/>
        <source>Importar script</source>
        <translation>Import script</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="415"/>
        <location filename="../../desk_client/scripts/editor_window.py" line="437"/>
        <source>Script (*.json)</source>
        <translation>Script (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="425"/>
        <source>Importação recusada: %s</source>
        <translation>Import rejected: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="432"/>
        <source>Importado como rascunho de um script novo: publique para criá-lo.</source>
        <translation>Imported as a draft of a new script: publish to create it.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="437"/>
        <source>Exportar script</source>
        <translation>Export script</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/editor_window.py" line="443"/>
        <source>Exportado para %s</source>
        <translation>Exported to %s</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="19"/>
        <source>&amp;Scripts</source>
        <translation>&amp;Scripts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="31"/>
        <source>&amp;Novo</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="36"/>
        <source>&amp;Importar…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="37"/>
        <source>Abre um script exportado (JSON) como rascunho</source>
        <translation>Opens an exported script (JSON) as a draft</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="42"/>
        <source>E&amp;xportar…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="43"/>
        <source>Salva o rascunho em um arquivo JSON</source>
        <translation>Saves the draft to a JSON file</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="50"/>
        <source>&amp;Versões publicadas</source>
        <translation>Pu&amp;blished versions</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="57"/>
        <source>Uma versão publicada nunca muda; abrir uma versão antiga cria um rascunho a partir dela</source>
        <translation>A published version never changes; opening an old version creates a draft from it</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="81"/>
        <source>&amp;Descrição:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="93"/>
        <source>Perguntas e respostas</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="100"/>
        <source>Nova &amp;pergunta</source>
        <translation>Ne&amp;w question</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="105"/>
        <source>Excluir pergunta</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="70"/>
        <source>No&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="110"/>
        <source>Perg&amp;unta inicial</source>
        <translation>&amp;First question</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="111"/>
        <source>O script começa pela pergunta selecionada</source>
        <translation>The script starts at the selected question</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="120"/>
        <source>Pergunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="129"/>
        <source>Per&amp;gunta:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="141"/>
        <source>Explicação para o &amp;cliente:</source>
        <translation>Explanation for the &amp;client:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="153"/>
        <source>Explicação para o op&amp;erador:</source>
        <translation>Guidance for the op&amp;erator:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="165"/>
        <source>Variáveis: {cliente.nome} {plano} {login} {ip} {protocolo}</source>
        <translation>Variables: {cliente.nome} {plano} {login} {ip} {protocolo}</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="171"/>
        <source>Opç&amp;ões de resposta:</source>
        <translation>Answer o&amp;ptions:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="181"/>
        <source>Resposta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="182"/>
        <source>Leva a</source>
        <translation>Leads to</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="183"/>
        <source>Condição ao vivo</source>
        <translation>Live condition</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="190"/>
        <source>&amp;Adicionar</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="195"/>
        <source>Remover</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="200"/>
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="205"/>
        <source>Descer</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="212"/>
        <source>Resultado da opção que encerra (preenche Prim. Contato)</source>
        <translation>Outcome of the ending option (fills in First Contact)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="216"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="225"/>
        <source>&amp;Resolvido</source>
        <translation>&amp;Resolved</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="230"/>
        <source>Pedir &amp;O.S.</source>
        <translation>Request service &amp;order</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="235"/>
        <source>So&amp;lução:</source>
        <translation>So&amp;lution:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="248"/>
        <source>Caminhos de teste</source>
        <translation>Test paths</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="253"/>
        <source>Cada caminho: as respostas dadas desde a primeira pergunta (texto da opção ou seu número a partir de 0, separados por →) e o nó onde deve terminar. Publicar roda todos e recusa a versão se algum falhar.</source>
        <translation>Each path: the answers given from the first question on (the option&apos;s text or its number counting from 0, separated by →) and the node where it must end. Publishing runs them all and rejects the version if any fails.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="260"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="261"/>
        <source>Respostas</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="262"/>
        <source>Termina em</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="269"/>
        <source>Novo caminho</source>
        <translation>New path</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="274"/>
        <source>Remover caminho</source>
        <translation>Remove path</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="284"/>
        <source>&amp;Testar agora</source>
        <translation>&amp;Test now</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="292"/>
        <source>Análise</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="316"/>
        <source>Problemas (clique para ir à pergunta):</source>
        <translation>Problems (click to go to the question):</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="338"/>
        <source>Pré-visuali&amp;zar</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="344"/>
        <source>Pu&amp;blicar</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="339"/>
        <source>Roda o rascunho no mesmo executor do assistente</source>
        <translation>Runs the draft in the same runner as the wizard</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_editor.ui" line="345"/>
        <source>Cria uma nova versão (imutável) depois de validar e rodar os caminhos de teste</source>
        <translation>Creates a new (immutable) version after validating and running the test paths</translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <location filename="../../ui_forms/script_page.ui" line="12"/>
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
</context>
<context>
    <name>ScriptReportStepPage</name>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="242"/>
        <source>Nenhum script foi usado.</source>
        <translation>No script was used.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="250"/>
        <source>Preenchido em Prim. Contato: %s</source>
        <translation>Filled in on First Contact: %s</translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="35"/>
        <source>Explicação para o &amp;cliente</source>
        <translation>Explanation for the &amp;client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="36"/>
        <source>Mostra ou esconde a explicação que o operador lê para o cliente</source>
        <translation>Shows or hides the explanation the operator reads to the client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="62"/>
        <source>Explicação para o &amp;operador</source>
        <translation>Guidance for the &amp;operator</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="63"/>
        <source>Mostra ou esconde a orientação para o operador enquanto o cliente aguarda</source>
        <translation>Shows or hides the guidance for the operator while the client waits</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="85"/>
        <source>Resposta do cliente (teclas 1 a 9, ou setas e Enter):</source>
        <translation>Client&apos;s answer (keys 1 to 9, or arrows and Enter):</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="107"/>
        <source>&amp;Anterior</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="108"/>
        <source>Volta à pergunta anterior para mudar a resposta (as respostas depois dela são descartadas)</source>
        <translation>Goes back to the previous question to change the answer (the answers after it are discarded)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="120"/>
        <source>&amp;Encerrar Script</source>
        <translation>&amp;End Script</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="121"/>
        <source>Encerra o script aqui e mostra o relatório (Rel. Script)</source>
        <translation>Ends the script here and shows the report (Script report)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="127"/>
        <source>&amp;Próximo</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../ui_forms/script_runner.ui" line="128"/>
        <source>Confirma a resposta marcada e vai para a próxima pergunta (Enter)</source>
        <translation>Confirms the selected answer and goes to the next question (Enter)</translation>
    </message>
</context>
<context>
    <name>ScriptRunnerWidget</name>
    <message>
        <location filename="../../desk_client/scripts/runner_widget.py" line="56"/>
        <source>Nenhum script escolhido.</source>
        <translation>No script chosen.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/runner_widget.py" line="60"/>
        <source>%d resposta(s)</source>
        <translation>%d answer(s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/runner_widget.py" line="61"/>
        <source>Fim do script.</source>
        <translation>End of the script.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/runner_widget.py" line="65"/>
        <source>Pergunta %d · %s, versão %d</source>
        <translation>Question %d · %s, version %d</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/runner_widget.py" line="68"/>
        <source>(sem explicação)</source>
        <translation>(no explanation)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/runner_widget.py" line="69"/>
        <source>(sem orientação)</source>
        <translation>(no guidance)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/runner_widget.py" line="78"/>
        <source>Sugerida pela sessão ao vivo: %s. Confirme com o cliente (Enter) ou escolha outra resposta.</source>
        <translation>Suggested by the live session: %s. Confirm with the client (Enter) or choose another answer.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/runner_widget.py" line="152"/>
        <source>Pré-visualização — %s</source>
        <translation>Preview — %s</translation>
    </message>
</context>
<context>
    <name>ScriptStepPage</name>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="84"/>
        <source>Carregando scripts…</source>
        <translation>Loading scripts…</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="95"/>
        <source>(escolha o script)</source>
        <translation>(choose the script)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="99"/>
        <source>Nenhum script ativo cadastrado.</source>
        <translation>No active script registered.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="102"/>
        <source>Alt+S troca o script</source>
        <translation>Alt+S changes the script</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="110"/>
        <source>Trocar de script descarta as respostas dadas até aqui.</source>
        <translation>Changing the script discards the answers given so far.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="123"/>
        <source>Carregando o script…</source>
        <translation>Loading the script…</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="141"/>
        <source>Scripts indisponíveis: %s. Desmarque “Criar Script Atendimento” para seguir sem script.</source>
        <translation>Scripts unavailable: %s. Uncheck “Create Call Script” to continue without a script.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="202"/>
        <source>Mudar esta resposta desfaz o que o script preencheu em Prim. Contato:</source>
        <translation>Changing this answer undoes what the script filled in on First Contact:</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="218"/>
        <source>Script de atendimento</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="220"/>
        <source>&amp;Desfazer e voltar</source>
        <translation>&amp;Undo and go back</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_pages.py" line="221"/>
        <source>&amp;Manter</source>
        <translation>&amp;Keep</translation>
    </message>
</context>
<context>
    <name>Scripts</name>
    <message>
        <location filename="../../desk_client/scripts/live.py" line="34"/>
        <source>sessão PPPoE online há %s</source>
        <translation>PPPoE session online for %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/live.py" line="35"/>
        <source>sessão PPPoE online</source>
        <translation>PPPoE session online</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/live.py" line="36"/>
        <source>sessão PPPoE offline há %s</source>
        <translation>PPPoE session offline for %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/live.py" line="37"/>
        <source>sessão PPPoE offline</source>
        <translation>PPPoE session offline</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/live.py" line="38"/>
        <source>MAC %s diferente do cadastrado (%s)</source>
        <translation>MAC %s differs from the registered one (%s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/prefill.py" line="42"/>
        <source>o tipo de atendimento “%s” (e o destino dele)</source>
        <translation>the ticket type “%s” (and its assignee)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/prefill.py" line="43"/>
        <source>“Atendimento Resolvido” com a solução do script</source>
        <translation>“Ticket Resolved” with the script&apos;s solution</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/prefill.py" line="44"/>
        <source>o pedido de O.S.</source>
        <translation>the service order request</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/report.py" line="9"/>
        <source>Script “%s” (versão %d): concluído, %d resposta(s)</source>
        <translation>Script “%s” (version %d): completed, %d answer(s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/report.py" line="10"/>
        <source>Script “%s” (versão %d): encerrado na pergunta %d, %d resposta(s)</source>
        <translation>Script “%s” (version %d): ended at question %d, %d answer(s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/report.py" line="11"/>
        <source>Explicação para o cliente</source>
        <translation>Explanation for the client</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/report.py" line="12"/>
        <source>Explicação para o operador</source>
        <translation>Guidance for the operator</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/report.py" line="13"/>
        <source>Resposta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/report.py" line="14"/>
        <source>Sem resposta (script encerrado aqui)</source>
        <translation>No answer (script ended here)</translation>
    </message>
</context>
<context>
    <name>ServiceOrderDialog</name>
    <message>
        <location filename="../../desk_client/service_orders/dialog.py" line="38"/>
        <source>O.S. nº %d</source>
        <translation>Service order no. %d</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/dialog.py" line="39"/>
        <source>O.S. nº %d — protocolo %s — %s</source>
        <translation>Service order no. %d — protocol %s — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/dialog.py" line="42"/>
        <source>Nova O.S.</source>
        <translation>New Service Order</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/dialog.py" line="43"/>
        <source>Nova O.S. do atendimento %s</source>
        <translation>New service order for ticket %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/dialog.py" line="74"/>
        <source>Salvando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/dialog.py" line="87"/>
        <location filename="../../ui_forms/service_order_dialog.ui" line="68"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_dialog.ui" line="6"/>
        <source>Ordem de Serviço</source>
        <translation>Service Order</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_dialog.ui" line="29"/>
        <source>&amp;Motivo da alteração:</source>
        <translation>Reason for &amp;change:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_dialog.ui" line="35"/>
        <source>opcional; vai para o histórico do atendimento</source>
        <translation>optional; goes into the ticket&apos;s history</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_dialog.ui" line="50"/>
        <source>&amp;Folha da O.S. (PDF)</source>
        <translation>Service order sheet (&amp;PDF)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_dialog.ui" line="62"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServiceOrderForm</name>
    <message>
        <location filename="../../desk_client/service_orders/form.py" line="72"/>
        <source>(escolha o técnico)</source>
        <translation>(choose the technician)</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/form.py" line="77"/>
        <source>(escolha o tipo de O.S.)</source>
        <translation>(choose the service order type)</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/form.py" line="189"/>
        <location filename="../../ui_forms/service_order_form.ui" line="116"/>
        <source>Agenda do técnico no dia</source>
        <translation>Technician&apos;s schedule for the day</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/form.py" line="197"/>
        <source>Agenda indisponível: %s</source>
        <translation>Schedule unavailable: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/form.py" line="206"/>
        <source>Agenda de %s em %s</source>
        <translation>Schedule of %s on %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/form.py" line="212"/>
        <source>livre</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/form.py" line="236"/>
        <source>Horário ocupado: %s–%s, %s. Livres mais próximos:</source>
        <translation>Time taken: %s–%s, %s. Nearest free times:</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/form.py" line="244"/>
        <source>Alt+%d: usar este horário</source>
        <translation>Alt+%d: use this time</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="21"/>
        <source>&amp;Técnico:</source>
        <translation>&amp;Technician:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="32"/>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="41"/>
        <source>Tipo de &amp;OS:</source>
        <translation>Service &amp;order type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="50"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="62"/>
        <source>&amp;Início:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="73"/>
        <source>D&amp;uração:</source>
        <translation>Duratio&amp;n:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="79"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="88"/>
        <source>D&amp;escrição:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="96"/>
        <source>O que o técnico vai fazer no local</source>
        <translation>What the technician will do on site</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="123"/>
        <source>A&amp;genda…</source>
        <translation>Sc&amp;hedule…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="125"/>
        <source>Abre a agenda da semana de todos os técnicos</source>
        <translation>Opens the week&apos;s schedule of all technicians</translation>
    </message>
    <message>
        <location filename="../../ui_forms/service_order_form.ui" line="133"/>
        <source>Enter num horário livre preenche o início</source>
        <translation>Enter on a free time fills in the start</translation>
    </message>
</context>
<context>
    <name>ServiceOrderSheet</name>
    <message>
        <location filename="../../desk_client/service_orders/sheet.py" line="19"/>
        <source>Folha da O.S.</source>
        <translation>Service Order Sheet</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/sheet.py" line="20"/>
        <source>Não foi possível baixar a folha: %s</source>
        <translation>Could not download the sheet: %s</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="78"/>
        <source>Plano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="78"/>
        <source>Ponto de acesso</source>
        <translation>Access point</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="98"/>
        <source>Ponto de acesso:</source>
        <translation>Access point:</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="99"/>
        <source>Ponto de Roteamento:</source>
        <translation>Routing Point:</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="111"/>
        <source>(escolha o plano)</source>
        <translation>(choose the plan)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="112"/>
        <source>(o cliente não tem planos ativos)</source>
        <translation>(the client has no active plans)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="113"/>
        <source>(carregando planos…)</source>
        <translation>(loading plans…)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="185"/>
        <source>Abre o script de atendimento na próxima etapa</source>
        <translation>Opens the call script in the next step</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="186"/>
        <source>Scripts de atendimento: disponível em breve</source>
        <translation>Call scripts: available soon</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="45"/>
        <source>a reservar quando o servidor responder</source>
        <translation>to be reserved when the server responds</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="48"/>
        <source>Atendimento — Protocolo %s</source>
        <translation>Ticket — Protocol %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="55"/>
        <source>vinculado ao atendimento pai %s</source>
        <translation>linked to parent ticket %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="65"/>
        <source>Enviando atendimento…</source>
        <translation>Sending ticket…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="66"/>
        <source>enviando ao servidor</source>
        <translation>sending to the server</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="71"/>
        <source>Atendimento registrado</source>
        <translation>Ticket recorded</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="75"/>
        <source>Usuário</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="75"/>
        <source>Cargo</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="83"/>
        <source>Informe o número do protocolo ao cliente.</source>
        <translation>Give the client the protocol number.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="87"/>
        <source>Atendimento guardado — aguardando o servidor</source>
        <translation>Ticket stored — waiting for the server</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="88"/>
        <source>aguardando envio</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="90"/>
        <source>%s
O atendimento está guardado neste computador e será enviado automaticamente quando o servidor responder (veja a barra de status). Nada foi perdido.</source>
        <translation>%s
The ticket is stored on this computer and will be sent automatically when the server responds (see the status bar). Nothing was lost.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desk_client/tasks/dialog.py" line="29"/>
        <source>Nova tarefa do atendimento %s</source>
        <translation>New task for ticket %s</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_dialog.ui" line="6"/>
        <source>Nova tarefa</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_dialog.ui" line="40"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_dialog.ui" line="46"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../desk_client/tasks/form.py" line="65"/>
        <source>(escolha o usuário)</source>
        <translation>(choose the user)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tasks/form.py" line="65"/>
        <source>(escolha o cargo)</source>
        <translation>(choose the team)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_form.ui" line="16"/>
        <source>T&amp;ítulo:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_form.ui" line="23"/>
        <source>O que precisa ser feito</source>
        <translation>What needs to be done</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_form.ui" line="28"/>
        <source>&amp;Para:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_form.ui" line="36"/>
        <source>Usuário</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_form.ui" line="41"/>
        <source>Cargo</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_form.ui" line="54"/>
        <source>P&amp;razo:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/task_form.ui" line="66"/>
        <source>Descri&amp;ção:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
</context>
<context>
    <name>TasksWindow</name>
    <message>
        <location filename="../../desk_client/tasks/tasks_window.py" line="75"/>
        <source>%d tarefa(s), %d atrasada(s)</source>
        <translation>%d task(s), %d overdue</translation>
    </message>
    <message>
        <location filename="../../desk_client/tasks/tasks_window.py" line="89"/>
        <source>Tarefa “%s” concluída.</source>
        <translation>Task “%s” done.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/tasks_window.ui" line="6"/>
        <source>Minhas tarefas</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../ui_forms/tasks_window.ui" line="23"/>
        <source>Mostrar &amp;concluídas</source>
        <translation>Show &amp;done</translation>
    </message>
    <message>
        <location filename="../../ui_forms/tasks_window.ui" line="28"/>
        <source>&amp;Atualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui_forms/tasks_window.ui" line="57"/>
        <source>Marcar como &amp;feita</source>
        <translation>&amp;Mark as done</translation>
    </message>
</context>
<context>
    <name>TicketActionDialog</name>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="70"/>
        <source>Fechar também os %d atendimento(s) &amp;filho(s) abertos, com o mesmo motivo</source>
        <translation>Also close the %d open &amp;child ticket(s), with the same reason</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="77"/>
        <source>Concluído</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="78"/>
        <source>Sem solução</source>
        <translation>Unsolved</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="90"/>
        <source>Ctrl+Enter envia</source>
        <translation>Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="112"/>
        <source>Escolha para quem encaminhar.</source>
        <translation>Choose who to forward it to.</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="115"/>
        <source>o comentário</source>
        <translation>the comment</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="115"/>
        <source>o motivo</source>
        <translation>the reason</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="116"/>
        <source>Informe %s.</source>
        <translation>Enter %s.</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/action_dialog.py" line="124"/>
        <source>Enviando…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_action.ui" line="32"/>
        <source>&amp;Destino:</source>
        <translation>&amp;Assign to:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_action.ui" line="45"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_action.ui" line="58"/>
        <source>&amp;Resultado:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_action.ui" line="71"/>
        <source>&amp;Tipo de fechamento:</source>
        <translation>Closing &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_action.ui" line="84"/>
        <source>Fechar também os atendimentos &amp;filhos abertos, com o mesmo motivo</source>
        <translation>Also close the open &amp;child tickets, with the same reason</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_action.ui" line="91"/>
        <source>M&amp;otivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>TicketCatalog</name>
    <message>
        <location filename="../../desk_client/tickets/controller.py" line="41"/>
        <source>Cargo: %s</source>
        <translation>Team: %s</translation>
    </message>
</context>
<context>
    <name>TicketList</name>
    <message>
        <location filename="../../ui_forms/ticket_list.ui" line="36"/>
        <source>&lt; A&amp;nterior</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_list.ui" line="37"/>
        <source>Página anterior (Alt+N)</source>
        <translation>Previous page (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_list.ui" line="42"/>
        <source>&amp;Próxima &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_list.ui" line="43"/>
        <source>Próxima página (Alt+P)</source>
        <translation>Next page (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="54"/>
        <source>Protocolo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="56"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="61"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="57"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="58"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="59"/>
        <source>Destino</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="60"/>
        <source>Aberto em</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="55"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>TicketListWidget</name>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="101"/>
        <source>Carregando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_list.py" line="146"/>
        <source>Não foi possível carregar: %s</source>
        <translation>Could not load: %s</translation>
    </message>
</context>
<context>
    <name>TicketSearchWindow</name>
    <message>
        <location filename="../../desk_client/tickets/search_window.py" line="46"/>
        <source>Protocolo por escrito atrasado (24 h)</source>
        <translation>Written protocol overdue (24 h)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/search_window.py" line="53"/>
        <source>Atendimentos — %d encontrados</source>
        <translation>Tickets — %d found</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/search_window.py" line="68"/>
        <source>Qualquer</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="14"/>
        <source>Atendimentos</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="20"/>
        <source>Filtros</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="36"/>
        <source>20261122-000123-7 ou nome do cliente</source>
        <translation>20261122-000123-7 or the client&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="46"/>
        <source>Situação:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="69"/>
        <source>Conc&amp;luído</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="76"/>
        <source>Sem sol&amp;ução</source>
        <translation>&amp;Unsolved</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="99"/>
        <source>Pe&amp;ríodo de abertura:</source>
        <translation>Opened &amp;between:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="111"/>
        <location filename="../../ui_forms/workspace_search.ui" line="131"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="118"/>
        <source>até</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="26"/>
        <source>Pr&amp;otocolo ou cliente:</source>
        <translation>Protocol or &amp;client:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="55"/>
        <source>Ab&amp;erto</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="62"/>
        <source>Encamin&amp;hado</source>
        <translation>&amp;Forwarded</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="83"/>
        <source>&amp;Cancelado</source>
        <translation>Cance&amp;lled</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="147"/>
        <source>&amp;SLA:</source>
        <translation>SL&amp;A:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="160"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="173"/>
        <source>&amp;Destino:</source>
        <translation>Assi&amp;gn to:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="186"/>
        <source>C&amp;idade:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="199"/>
        <source>Ponto de &amp;acesso:</source>
        <translation>Acc&amp;ess point:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="221"/>
        <source>Li&amp;mpar</source>
        <translation>Clea&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="228"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_search.ui" line="234"/>
        <source>Busca com os filtros (Enter)</source>
        <translation>Searches with the filters (Enter)</translation>
    </message>
</context>
<context>
    <name>TicketTypeDialog</name>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="112"/>
        <source>Editar tipo de atendimento</source>
        <translation>Edit ticket type</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="112"/>
        <source>Novo tipo de atendimento</source>
        <translation>New ticket type</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="164"/>
        <source>Informe o nome (pelo menos 2 letras).</source>
        <translation>Enter the name (at least 2 letters).</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="168"/>
        <source>Escolha o responsável padrão ou marque “Nenhum”.</source>
        <translation>Choose the default assignee or select “None”.</translation>
    </message>
</context>
<context>
    <name>TicketTypeEditDialog</name>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="6"/>
        <source>Tipo de Atendimento</source>
        <translation>Ticket Type</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="18"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="29"/>
        <source>&amp;Descrição:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="40"/>
        <source>Destino padrão:</source>
        <translation>Default assignee:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="48"/>
        <source>Nen&amp;hum</source>
        <translation>N&amp;one</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="54"/>
        <source>&amp;Usuário</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="59"/>
        <source>Car&amp;go</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="72"/>
        <source>&amp;Responsável:</source>
        <translation>Assi&amp;gnee:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="82"/>
        <source>SL&amp;A (horas):</source>
        <translation>SL&amp;A (hours):</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="95"/>
        <source>Permite &amp;vínculo (atendimento pai/filho na mesma rede)</source>
        <translation>Allows &amp;linking (parent/child ticket on the same network)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="100"/>
        <source>A&amp;tivo</source>
        <translation>A&amp;ctive</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="129"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types_edit.ui" line="135"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>TicketTypesWindow</name>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="62"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="62"/>
        <source>Destino padrão</source>
        <translation>Default assignee</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="62"/>
        <source>SLA (h)</source>
        <translation>SLA (h)</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="62"/>
        <source>Permite vínculo</source>
        <translation>Allows linking</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="63"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="63"/>
        <source>Descrição</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="72"/>
        <source>Sim</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="72"/>
        <source>Não</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="73"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="73"/>
        <source>Inativo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="76"/>
        <source>1 tipo de atendimento</source>
        <translation>1 ticket type</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="77"/>
        <source>%d tipos de atendimento</source>
        <translation>%d ticket types</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="84"/>
        <source>“%s” salvo.</source>
        <translation>“%s” saved.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="6"/>
        <source>Tipos de Atendimento</source>
        <translation>Ticket Types</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="16"/>
        <source>Tipos de atendimento</source>
        <translation>Ticket types</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="23"/>
        <source>&amp;Novo…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="28"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="33"/>
        <source>&amp;Cargos…</source>
        <translation>&amp;Teams…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="44"/>
        <source>Mostrar &amp;inativos</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="49"/>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>TicketWindow</name>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="57"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="58"/>
        <source>Evento</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="59"/>
        <source>Usuário</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="60"/>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="65"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="66"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="67"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="76"/>
        <source>Arquivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="77"/>
        <source>Tamanho</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="78"/>
        <source>Observação</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="103"/>
        <source>Des&amp;conectar…</source>
        <translation>Di&amp;sconnect…</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="134"/>
        <source>Atendimento %s</source>
        <translation>Ticket %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="136"/>
        <source>(sem cliente: %s)</source>
        <translation>(no client: %s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="143"/>
        <source>SLA: %s</source>
        <translation>SLA: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="158"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="158"/>
        <source>Aberto por</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="159"/>
        <source>Aberto em</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="160"/>
        <source>Prazo SLA</source>
        <translation>SLA deadline</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="161"/>
        <source>Prazo de resposta (7 dias)</source>
        <translation>Response deadline (7 days)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="162"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="162"/>
        <source>Verificações</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="163"/>
        <source>Solução</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="163"/>
        <source>Fechado em</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="164"/>
        <source>Motivo do fechamento</source>
        <translation>Closing reason</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="188"/>
        <source>Pai: %s</source>
        <translation>Parent: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="188"/>
        <source>Sem atendimento pai.</source>
        <translation>No parent ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="189"/>
        <source>%d filho(s).</source>
        <translation>%d child ticket(s).</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="197"/>
        <source>%d anexo(s).</source>
        <translation>%d attachment(s).</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="200"/>
        <source>Anexos indisponíveis neste servidor (%s).</source>
        <translation>Attachments unavailable on this server (%s).</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="215"/>
        <source>Também aberto por: %s</source>
        <translation>Also open by: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="222"/>
        <source>Este atendimento foi alterado por outra pessoa — atualizado.</source>
        <translation>This ticket was changed by someone else — refreshed.</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="237"/>
        <source>Somente supervisores cancelam</source>
        <translation>Only supervisors can cancel</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="237"/>
        <source>Somente supervisores reabrem</source>
        <translation>Only supervisors can reopen</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="262"/>
        <source>(detalhes no Histórico)</source>
        <translation>(details in History)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="263"/>
        <source>Atendimento alterado</source>
        <translation>Ticket changed</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="264"/>
        <source>Este atendimento mudou desde que você o abriu:

%s

Continuar com a ação?</source>
        <translation>This ticket has changed since you opened it:

%s

Go ahead with the action?</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="301"/>
        <source>Feito: %s.</source>
        <translation>Done: %s.</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/ticket_window.py" line="302"/>
        <source>Feito.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="14"/>
        <source>Atendimento</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="39"/>
        <source>Cliente:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="53"/>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="67"/>
        <source>Situação:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="77"/>
        <source>Destino:</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="98"/>
        <source>&amp;Encaminhar…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="101"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="111"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="118"/>
        <source>&amp;Pausar…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="121"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="128"/>
        <source>Re&amp;tomar</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="131"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="138"/>
        <source>A&amp;ssumir</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="141"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="108"/>
        <source>M&amp;udar status…</source>
        <translation>Chan&amp;ge status…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="148"/>
        <source>Co&amp;mentário…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="151"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="158"/>
        <source>&amp;Fechar atendimento…</source>
        <translation>Clos&amp;e ticket…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="161"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="168"/>
        <source>Cance&amp;lar…</source>
        <translation>Cance&amp;l…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="171"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="178"/>
        <source>&amp;Reabrir…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="181"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="205"/>
        <source>&amp;Dados</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="215"/>
        <source>&amp;Histórico</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="244"/>
        <source>C&amp;ontatos</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="267"/>
        <source>&amp;Vínculos</source>
        <translation>Lin&amp;ks</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_window.ui" line="297"/>
        <source>A&amp;nexos</source>
        <translation>Attach&amp;ments</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="47"/>
        <source>Ane&amp;xar arquivo...</source>
        <translation>Attach f&amp;ile...</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="48"/>
        <source>A&amp;brir</source>
        <translation>Ope&amp;n</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="50"/>
        <source>Remover anexo (Del)</source>
        <translation>Remove attachment (Del)</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="76"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="78"/>
        <source>Para</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="79"/>
        <source>Assunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="80"/>
        <source>Tentativas</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="81"/>
        <source>Confirmação de leitura</source>
        <translation>Read receipt</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="82"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="85"/>
        <source>Enviar protocolo por e-mail (Ctrl+Shift+E)</source>
        <translation>Email the protocol (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="99"/>
        <source>E-mails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="105"/>
        <source>Protocolo por escrito: %s</source>
        <translation>Written protocol: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="132"/>
        <source>Nenhum contato deste cliente tem e-mail.</source>
        <translation>No contact of this client has an email.</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="157"/>
        <source>Enviando %s…</source>
        <translation>Sending %s…</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/ticket_actions.py" line="158"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/ticket_actions.py" line="12"/>
        <source>&amp;Agendar O.S.</source>
        <translation>Schedule ser&amp;vice order</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/ticket_actions.py" line="13"/>
        <source>&amp;Incluir tarefa</source>
        <translation>&amp;Add task</translation>
    </message>
</context>
<context>
    <name>WindowChrome</name>
    <message>
        <location filename="../../desk_client/window_chrome.py" line="17"/>
        <source>&amp;Fechar</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="27"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="28"/>
        <source>Prospecto</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="29"/>
        <source>P. Acesso</source>
        <translation>Access Point</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="33"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="34"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="35"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="36"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="37"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="38"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="22"/>
        <source>Protocolo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="24"/>
        <source>Localizar</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="26"/>
        <source>Dados do Cliente</source>
        <translation>Client Data</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="28"/>
        <source>Dados Atend.</source>
        <translation>Ticket Data</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="38"/>
        <source>Script Atend.</source>
        <translation>Call Script</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="40"/>
        <source>Rel. Script</source>
        <translation>Script Report</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="30"/>
        <source>Prim. Contato</source>
        <translation>First Contact</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="19"/>
        <source>Escolha o tipo: Cliente, Prospecto ou P. Acesso.</source>
        <translation>Choose the type: Client, Prospect or Access Point.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="7"/>
        <source>Selecione um cliente na lista (pesquise e tecle Enter no resultado).</source>
        <translation>Select a client from the list (search and press Enter on the result).</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="27"/>
        <source>Selecione um prospecto da lista ou cadastre um novo.</source>
        <translation>Select a prospect from the list or register a new one.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="29"/>
        <source>Selecione um ponto de acesso da lista.</source>
        <translation>Select an access point from the list.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="35"/>
        <source>Nenhum cliente selecionado: volte a Localizar Cliente.</source>
        <translation>No client selected: go back to Find Client.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="8"/>
        <source>Escolha o plano do cliente.</source>
        <translation>Choose the client&apos;s plan.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="9"/>
        <source>Descreva o problema informado pelo cliente.</source>
        <translation>Describe the problem reported by the client.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="10"/>
        <source>Escolha o tipo de contato.</source>
        <translation>Choose the contact type.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="11"/>
        <source>Escolha o tipo de atendimento.</source>
        <translation>Choose the ticket type.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="12"/>
        <source>Escolha o destino: um usuário ou um cargo.</source>
        <translation>Choose who to assign it to: a user or a team.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="13"/>
        <source>Descreva a solução do atendimento resolvido.</source>
        <translation>Describe the solution for the resolved ticket.</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/rules.py" line="11"/>
        <source>Anexe ao menos um arquivo (Anexar...) ou desmarque “Adicionar Anexo”.</source>
        <translation>Attach at least one file (Attach...) or uncheck “Add Attachment”.</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/rules.py" line="12"/>
        <source>Um arquivo anexado não está mais na caixa de saída: remova-o e anexe de novo.</source>
        <translation>An attached file is no longer in the outbox: remove it and attach it again.</translation>
    </message>
    <message>
        <location filename="../../desk_client/attachments/wizard_step.py" line="10"/>
        <source>Anexo</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/rules.py" line="14"/>
        <source>Marque um contato ou digite um endereço em “Outros endereços”.</source>
        <translation>Check a contact or type an address in “Other addresses”.</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/rules.py" line="15"/>
        <source>Escreva o assunto do e-mail.</source>
        <translation>Write the email&apos;s subject.</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/rules.py" line="16"/>
        <source>Escreva o conteúdo do e-mail.</source>
        <translation>Write the email&apos;s body.</translation>
    </message>
    <message>
        <location filename="../../desk_client/mail/wizard_step.py" line="11"/>
        <source>Enviar E-mail</source>
        <translation>Send Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_rules.py" line="15"/>
        <source>Escolha o script de atendimento ou desmarque “Criar Script Atendimento”.</source>
        <translation>Choose the call script or uncheck “Create Call Script”.</translation>
    </message>
    <message>
        <location filename="../../desk_client/scripts/wizard_rules.py" line="16"/>
        <source>Responda o script até o fim ou clique em “Encerrar Script”.</source>
        <translation>Answer the script to the end or click “End Script”.</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/rules.py" line="18"/>
        <source>Escolha o técnico da O.S.</source>
        <translation>Choose the service order&apos;s technician.</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/rules.py" line="19"/>
        <source>Escolha o tipo de O.S.</source>
        <translation>Choose the service order type.</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/rules.py" line="20"/>
        <source>Início inválido: use HH:MM, por exemplo 08:30.</source>
        <translation>Invalid start: use HH:MM, for example 08:30.</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/rules.py" line="21"/>
        <source>Duração inválida: informe os minutos (maior que zero).</source>
        <translation>Invalid duration: enter the minutes (more than zero).</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/rules.py" line="22"/>
        <source>Data inválida.</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/rules.py" line="23"/>
        <source>Horário ocupado na agenda do técnico: escolha um horário livre.</source>
        <translation>That time is taken in the technician&apos;s schedule: choose a free time.</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/rules.py" line="24"/>
        <source>A O.S. passaria da meia-noite: comece mais cedo.</source>
        <translation>The service order would run past midnight: start earlier.</translation>
    </message>
    <message>
        <location filename="../../desk_client/service_orders/wizard_step.py" line="11"/>
        <source>O.S. / Agenda</source>
        <translation>Service Order / Schedule</translation>
    </message>
    <message>
        <location filename="../../desk_client/tasks/rules.py" line="11"/>
        <source>Escreva o título da tarefa.</source>
        <translation>Write the task&apos;s title.</translation>
    </message>
    <message>
        <location filename="../../desk_client/tasks/rules.py" line="12"/>
        <source>Escolha para quem é a tarefa (usuário ou cargo).</source>
        <translation>Choose who the task is for (user or team).</translation>
    </message>
    <message>
        <location filename="../../desk_client/tasks/wizard_step.py" line="11"/>
        <source>Tarefa</source>
        <translation>Task</translation>
    </message>
</context>
<context>
    <name>WizardAbandonDialog</name>
    <message>
        <location filename="../../ui_forms/wizard_abandon.ui" line="6"/>
        <source>Abandonar atendimento</source>
        <translation>Abandon ticket</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_abandon.ui" line="21"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_abandon.ui" line="53"/>
        <source>&amp;Continuar atendimento</source>
        <translation>&amp;Continue ticket</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_abandon.ui" line="59"/>
        <source>&amp;Abandonar atendimento</source>
        <translation>&amp;Abandon ticket</translation>
    </message>
</context>
<context>
    <name>WizardClientPage</name>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="15"/>
        <source>Alerta do cliente</source>
        <translation>Client alert</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="26"/>
        <source>Dados do Cliente</source>
        <translation>Client Data</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="31"/>
        <source>Nome:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="43"/>
        <source>Código:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="54"/>
        <source>CPF/CNPJ:</source>
        <translation>CPF/CNPJ:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="65"/>
        <source>Endereço:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="76"/>
        <source>Situação:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="87"/>
        <source>Faturas pendentes:</source>
        <translation>Pending invoices:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="98"/>
        <source>Atendimentos abertos:</source>
        <translation>Open tickets:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="112"/>
        <source>Contato</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="117"/>
        <source>Nome &amp;Contato:</source>
        <translation>&amp;Contact name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="130"/>
        <source>A&amp;dicionar…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="132"/>
        <source>Cadastrar um novo contato deste cliente (Novo Contato)</source>
        <translation>Register a new contact for this client (New Contact)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="145"/>
        <source>Telefone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="156"/>
        <source>Celular:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_client.ui" line="167"/>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
</context>
<context>
    <name>WizardFirstContactPage</name>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="15"/>
        <source>Atendimento pai</source>
        <translation>Parent ticket</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="21"/>
        <source>Tipo de Atendimento e Destino</source>
        <translation>Ticket Type and Assignment</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="26"/>
        <source>Tipo de &amp;contato:</source>
        <translation>&amp;Contact type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="36"/>
        <source>&amp;Tipo Atendimento:</source>
        <translation>&amp;Ticket type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="46"/>
        <source>Destino:</source>
        <translation>Assign to:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="54"/>
        <source>&amp;Usuário</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="59"/>
        <source>Car&amp;go</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="73"/>
        <source>&amp;Responsável:</source>
        <translation>Assi&amp;gnee:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="86"/>
        <source>Verificações realizadas &amp;neste contato:</source>
        <translation>Checks performed i&amp;n this contact:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="94"/>
        <source>O que foi verificado com o cliente (Ctrl+Enter avança)</source>
        <translation>What was checked with the client (Ctrl+Enter advances)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="101"/>
        <source>Atendimento Re&amp;solvido</source>
        <translation>Ticket Re&amp;solved</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="112"/>
        <source>Opções:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="118"/>
        <source>Adicionar Anexo</source>
        <translation>Add Attachment</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="121"/>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="129"/>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="137"/>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="145"/>
        <source>Em breve</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="126"/>
        <source>Pedir O.S.</source>
        <translation>Request Service Order</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="134"/>
        <source>Tarefa</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="142"/>
        <source>Enviar E-mail</source>
        <translation>Send Email</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="150"/>
        <source>(em breve)</source>
        <translation>(coming soon)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="158"/>
        <source>So&amp;lução:</source>
        <translation>So&amp;lution:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_first_contact.ui" line="167"/>
        <source>Como o problema foi resolvido</source>
        <translation>How the problem was solved</translation>
    </message>
</context>
<context>
    <name>WizardLauncher</name>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="165"/>
        <source>O servidor recusou este atendimento: %s</source>
        <translation>The server rejected this ticket: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="188"/>
        <source>Atendimento não finalizado</source>
        <translation>Unfinished ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="189"/>
        <source>sem protocolo</source>
        <translation>no protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="190"/>
        <source>cliente ainda não escolhido</source>
        <translation>client not chosen yet</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="191"/>
        <source>Há um atendimento não finalizado (protocolo %s — %s), alterado pela última vez em %s.

Deseja retomá-lo?</source>
        <translation>There is an unfinished ticket (protocol %s — %s), last changed on %s.

Do you want to resume it?</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="196"/>
        <source>Há mais 1 atendimento não finalizado; ele será oferecido em seguida.</source>
        <translation>There is 1 more unfinished ticket; it will be offered next.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="197"/>
        <source>Há mais %d atendimentos não finalizados; eles serão oferecidos em seguida.</source>
        <translation>There are %d more unfinished tickets; they will be offered next.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="198"/>
        <source>&amp;Retomar</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="199"/>
        <source>&amp;Descartar</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="200"/>
        <source>Agora &amp;não</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="202"/>
        <source>Registra o protocolo como contato sem atendimento e apaga o rascunho.</source>
        <translation>Records the protocol as a contact without a ticket and deletes the draft.</translation>
    </message>
</context>
<context>
    <name>WizardLocatePage</name>
    <message>
        <location filename="../../ui_forms/wizard_locate.ui" line="26"/>
        <source>Pesquise pelo nome, CPF/CNPJ, login, MAC, IP, telefone ou protocolo; escolha o cliente com as setas e tecle Enter.</source>
        <translation>Search by name, CPF/CNPJ, login, MAC, IP, phone or protocol; choose the client with the arrow keys and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_locate.ui" line="41"/>
        <source>&amp;Buscar prospecto:</source>
        <translation>Find p&amp;rospect:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_locate.ui" line="47"/>
        <source>nome, telefone ou e-mail</source>
        <translation>name, phone or email</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_locate.ui" line="53"/>
        <source>&amp;Novo prospecto…</source>
        <translation>&amp;New prospect…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_locate.ui" line="66"/>
        <source>Prospectos</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_locate.ui" line="86"/>
        <source>&amp;Filtrar pontos de acesso:</source>
        <translation>Filter access &amp;points:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_locate.ui" line="92"/>
        <source>nome do ponto ou da rede</source>
        <translation>point or network name</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_locate.ui" line="105"/>
        <source>Pontos de acesso</source>
        <translation>Access points</translation>
    </message>
</context>
<context>
    <name>WizardProspectDialog</name>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="6"/>
        <source>Novo Prospecto</source>
        <translation>New Prospect</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="18"/>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="29"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="39"/>
        <source>T&amp;elefone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="46"/>
        <source>(11) 98765-4321</source>
        <translation>(11) 98765-4321</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="51"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="62"/>
        <source>&amp;Cidade:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="96"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_prospect.ui" line="102"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>WizardProtocolPage</name>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="13"/>
        <source>Protocolo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="18"/>
        <source>Informe o número do protocolo ao cliente.</source>
        <translation>Give the client the protocol number.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="27"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="29"/>
        <source>Número do protocolo</source>
        <translation>Protocol number</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="35"/>
        <source>Copiar &amp;número</source>
        <translation>Copy &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="37"/>
        <source>Copia o número do protocolo para a área de transferência</source>
        <translation>Copies the protocol number to the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="66"/>
        <source>&amp;Tentar novamente</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="77"/>
        <source>Novo atendimento para</source>
        <translation>New ticket for</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="84"/>
        <source>&amp;Cliente</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="90"/>
        <source>&amp;Prospecto</source>
        <translation>&amp;Prospect</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="95"/>
        <source>P. &amp;Acesso</source>
        <translation>&amp;Access Point</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_protocol.ui" line="110"/>
        <source>Escolha com as setas ou Alt+letra sublinhada e tecle Enter para avançar.</source>
        <translation>Choose with the arrow keys or Alt+underlined letter and press Enter to continue.</translation>
    </message>
</context>
<context>
    <name>WizardServicePage</name>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="16"/>
        <source>Plano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="21"/>
        <source>&amp;Plano:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="31"/>
        <source>Ponto de Roteamento:</source>
        <translation>Routing Point:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="42"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="56"/>
        <source>Pro&amp;blema descrito pelo cliente:</source>
        <translation>Pro&amp;blem described by the client:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="63"/>
        <source>O que o cliente relata, com as palavras dele (Ctrl+Enter avança)</source>
        <translation>What the client reports, in their own words (Ctrl+Enter advances)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="68"/>
        <source>Criar &amp;Script Atendimento</source>
        <translation>Create Call &amp;Script</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="76"/>
        <source>Dados do Servidor Mikrotik</source>
        <translation>MikroTik Server Data</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_service.ui" line="93"/>
        <source>Sessão PPPoE e tráfego ao vivo do login: disponível em uma próxima versão.</source>
        <translation>The login&apos;s PPPoE session and live traffic: available in an upcoming version.</translation>
    </message>
</context>
<context>
    <name>WizardSummaryDialog</name>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="6"/>
        <source>Atendimento registrado</source>
        <translation>Ticket recorded</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="39"/>
        <source>Protocolo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="48"/>
        <source>Número do protocolo</source>
        <translation>Protocol number</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="53"/>
        <source>Copiar &amp;número</source>
        <translation>Copy &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="70"/>
        <source>Atendimento de:</source>
        <translation>Ticket for:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="81"/>
        <source>Tipo Atendimento:</source>
        <translation>Ticket type:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="92"/>
        <source>Destino:</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="103"/>
        <source>Situação:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="114"/>
        <source>Atendimento pai:</source>
        <translation>Parent ticket:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_summary.ui" line="141"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="210"/>
        <source>etapa concluída</source>
        <translation>step completed</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="216"/>
        <source>%d de %d — %s</source>
        <translation>%d of %d — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="250"/>
        <source>Novo Atendimento — Protocolo %s</source>
        <translation>New Ticket — Protocol %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="252"/>
        <source>reservando…</source>
        <translation>reserving…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="253"/>
        <source>sem protocolo</source>
        <translation>no protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="254"/>
        <location filename="../../ui_forms/wizard_window.ui" line="6"/>
        <location filename="../../ui_forms/wizard_window.ui" line="28"/>
        <source>Novo Atendimento</source>
        <translation>New Ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="353"/>
        <source>O servidor recusou o atendimento: %s</source>
        <translation>The server rejected the ticket: %s</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="51"/>
        <source>Protocolo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="58"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="61"/>
        <source>Número do protocolo</source>
        <translation>Protocol number</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="68"/>
        <source>Copiar o número do protocolo (Ctrl+Shift+C)</source>
        <translation>Copy the protocol number (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="69"/>
        <source>Copiar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="86"/>
        <source>Etapas do atendimento</source>
        <translation>Ticket steps</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="107"/>
        <source>Mensagens de validação</source>
        <translation>Validation messages</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="125"/>
        <source>Enviando atendimento…</source>
        <translation>Sending ticket…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="130"/>
        <source>Enter avança · Ctrl+Enter nos textos · Alt+← volta · Esc abandona</source>
        <translation>Enter advances · Ctrl+Enter in text fields · Alt+← goes back · Esc abandons</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="142"/>
        <source>Continuar em segundo plano</source>
        <translation>Continue in the background</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="144"/>
        <source>Fecha o assistente; o atendimento fica guardado e é enviado quando o servidor responder.</source>
        <translation>Closes the wizard; the ticket is stored and sent when the server responds.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="149"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="151"/>
        <source>Abandonar o atendimento (Esc)</source>
        <translation>Abandon the ticket (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="156"/>
        <source>Voltar</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="158"/>
        <source>Etapa anterior (Alt+←)</source>
        <translation>Previous step (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="163"/>
        <source>Avançar</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="165"/>
        <source>Próxima etapa (Enter ou Alt+→)</source>
        <translation>Next step (Enter or Alt+→)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="170"/>
        <source>&amp;Finalizar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_window.ui" line="172"/>
        <source>Registrar o atendimento (Enter)</source>
        <translation>Record the ticket (Enter)</translation>
    </message>
</context>
<context>
    <name>WorkspaceHome</name>
    <message>
        <location filename="../../desk_client/tickets/workspace_home.py" line="67"/>
        <source>&amp;Meus atendimentos (%d)</source>
        <translation>&amp;My tickets (%d)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/workspace_home.py" line="68"/>
        <source>Do meu &amp;cargo (%d)</source>
        <translation>My t&amp;eam (%d)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/workspace_home.py" line="69"/>
        <source>T&amp;odos (%d)</source>
        <translation>A&amp;ll (%d)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/workspace_home.py" line="72"/>
        <source>&amp;Meus atendimentos (%d, %d novos)</source>
        <translation>&amp;My tickets (%d, %d new)</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/workspace_home.py" line="77"/>
        <source>%d atrasado(s) — </source>
        <translation>%d late — </translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/workspace_home.py" line="78"/>
        <source>atualizado às %s</source>
        <translation>refreshed at %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/workspace_home.py" line="83"/>
        <source>Sem atualização: %s</source>
        <translation>Not refreshed: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/tickets/workspace_home.py" line="89"/>
        <source>Novo atendimento para você: %s — veja em Meus atendimentos.</source>
        <translation>New ticket for you: %s — see My tickets.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="21"/>
        <source>&amp;Meus atendimentos</source>
        <translation>&amp;My tickets</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="25"/>
        <source>Do meu &amp;cargo</source>
        <translation>My t&amp;eam</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="29"/>
        <source>T&amp;odos</source>
        <translation>A&amp;ll</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="38"/>
        <source>&amp;Abrir atendimento</source>
        <translation>&amp;Open ticket</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="39"/>
        <source>Abre o atendimento selecionado (Enter ou duplo clique)</source>
        <translation>Opens the selected ticket (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="44"/>
        <source>A&amp;ssumir</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="45"/>
        <source>Assume o atendimento enviado ao seu cargo (Ctrl+T)</source>
        <translation>Takes the ticket sent to your team (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="61"/>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui_forms/workspace_home.ui" line="62"/>
        <source>A lista se atualiza sozinha; F5 força agora</source>
        <translation>The list refreshes by itself; F5 refreshes now</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk_client/app.py" line="137"/>
        <source>Falha na sessão anterior</source>
        <translation>Previous session failed</translation>
    </message>
    <message>
        <location filename="../../desk_client/app.py" line="138"/>
        <source>O ISP Desk foi encerrado de forma inesperada na última vez. Os detalhes estão no log.</source>
        <translation>ISP Desk closed unexpectedly last time. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desk_client/crash.py" line="69"/>
        <source>Erro inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desk_client/crash.py" line="70"/>
        <source>Ocorreu um erro inesperado. O ISP Desk continua aberto, mas salve seu trabalho. Os detalhes foram gravados no arquivo de log.</source>
        <translation>An unexpected error occurred. ISP Desk is still open, but save your work. Details were written to the log file.</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Novo feriado municipal</source>
        <translation>New municipal holiday</translation>
    </message>
    <message>
        <source>Editar feriado municipal</source>
        <translation>Edit municipal holiday</translation>
    </message>
    <message>
        <source>Informe o nome do feriado (pelo menos 2 letras).</source>
        <translation>Enter the holiday&apos;s name (at least 2 letters).</translation>
    </message>
</context>
<context>
    <name>HolidayEditDialog</name>
    <message>
        <source>Feriado municipal</source>
        <translation>Municipal holiday</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Incluir, mudar a data ou desativar um feriado recalcula o prazo dos atendimentos abertos.</source>
        <translation>Adding, moving or deactivating a holiday recalculates the due time of open tickets.</translation>
    </message>
    <message>
        <source>A&amp;tivo (conta no prazo dos atendimentos)</source>
        <translation>Ac&amp;tive (counts in the tickets&apos; due times)</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>HolidaysWindow</name>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dia da semana</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>segunda-feira</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>terça-feira</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>quarta-feira</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>quinta-feira</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>sexta-feira</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>sábado</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>domingo</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>1 feriado</source>
        <translation>1 holiday</translation>
    </message>
    <message>
        <source>%d feriados</source>
        <translation>%d holidays</translation>
    </message>
    <message>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inativo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Feriado de %s salvo: os prazos dos atendimentos abertos foram recalculados.</source>
        <translation>Holiday of %s saved: the due times of open tickets were recalculated.</translation>
    </message>
    <message>
        <source>Feriados municipais</source>
        <translation>Municipal holidays</translation>
    </message>
    <message>
        <source>&amp;Novo…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Mostrar &amp;inativos</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>TicketStatusDialog</name>
    <message>
        <source>Editar status</source>
        <translation>Edit status</translation>
    </message>
    <message>
        <source>Novo status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Informe o nome (pelo menos 2 letras).</source>
        <translation>Enter the name (at least 2 letters).</translation>
    </message>
</context>
<context>
    <name>TicketStatusEditDialog</name>
    <message>
        <source>Status de atendimento</source>
        <translation>Ticket status</translation>
    </message>
    <message>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Categoria:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Ordem:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>A&amp;tivo</source>
        <translation>Ac&amp;tive</translation>
    </message>
    <message>
        <source>A categoria diz o que o status significa para o SLA: “Aguardando cliente” pausa o prazo.</source>
        <translation>The category tells the SLA what the status means: “Waiting on customer” pauses the clock.</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>TicketStatusesWindow</name>
    <message>
        <source>Aberto</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Em andamento</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Aguardando cliente</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <source>Fechado</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Categoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Ordem</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inativo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>1 status</source>
        <translation>1 status</translation>
    </message>
    <message>
        <source>%d status</source>
        <translation>%d statuses</translation>
    </message>
    <message>
        <source>“%s” salvo.</source>
        <translation>“%s” saved.</translation>
    </message>
    <message>
        <source>Status de atendimento</source>
        <translation>Ticket statuses</translation>
    </message>
    <message>
        <source>&amp;Novo…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Mostrar &amp;inativos</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Editar usuário</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Novo usuário</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>em branco: a senha não muda</source>
        <translation>blank: the password stays</translation>
    </message>
    <message>
        <source>pelo menos 6 caracteres</source>
        <translation>at least 6 characters</translation>
    </message>
    <message>
        <source>O login tem de 2 a 64 caracteres: letras sem acento, números, ponto, hífen ou sublinhado.</source>
        <translation>The login has 2 to 64 characters: unaccented letters, digits, dot, hyphen or underscore.</translation>
    </message>
    <message>
        <source>A senha precisa de pelo menos 6 caracteres.</source>
        <translation>The password needs at least 6 characters.</translation>
    </message>
    <message>
        <source>Informe o nome (pelo menos 2 letras).</source>
        <translation>Enter the name (at least 2 letters).</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Usuário</source>
        <translation>User</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Nome:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Perfil:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>S&amp;enha:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Cargos:</source>
        <translation>T&amp;eams:</translation>
    </message>
    <message>
        <source>Cargos do usuário</source>
        <translation>The user&apos;s teams</translation>
    </message>
    <message>
        <source>A&amp;tivo</source>
        <translation>Ac&amp;tive</translation>
    </message>
    <message>
        <source>Marque os cargos com a barra de espaço.</source>
        <translation>Check the teams with the space bar.</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <source>Libera o login de um usuário retido por senhas erradas</source>
        <translation>Lets a user held back by wrong passwords log in again</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Perfil</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Cargos</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operador</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrador</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inativo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>1 usuário</source>
        <translation>1 user</translation>
    </message>
    <message>
        <source>%d usuários</source>
        <translation>%d users</translation>
    </message>
    <message>
        <source>“%s” salvo.</source>
        <translation>“%s” saved.</translation>
    </message>
    <message>
        <source>desbloqueando “%s”…</source>
        <translation>unlocking “%s”…</translation>
    </message>
    <message>
        <source>“%s” não estava bloqueado: nada a liberar.</source>
        <translation>“%s” was not locked: nothing to release.</translation>
    </message>
    <message>
        <source>Usuário “%s” liberado: 1 bloqueio removido.</source>
        <translation>User “%s” released: 1 lock removed.</translation>
    </message>
    <message>
        <source>Usuário “%s” liberado: %d bloqueios removidos.</source>
        <translation>User “%s” released: %d locks removed.</translation>
    </message>
    <message>
        <source>Não foi possível desbloquear: %s</source>
        <translation>Could not unlock: %s</translation>
    </message>
    <message>
        <source>Usuários</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Novo…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Desbloquear</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Mostrar &amp;inativos</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
</TS>
