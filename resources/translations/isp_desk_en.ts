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
        <location filename="../../desk_client/wizard/abandon_dialog.py" line="68"/>
        <source>Informe o motivo do abandono.</source>
        <translation>Enter the reason for abandoning.</translation>
    </message>
</context>
<context>
    <name>CargoDialog</name>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="119"/>
        <source>Editar cargo</source>
        <translation>Edit team</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="119"/>
        <source>Novo cargo</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="169"/>
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
        <location filename="../../desk_client/admin/cargos.py" line="32"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="32"/>
        <source>Descrição</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="32"/>
        <source>Membros</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="33"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="53"/>
        <source>carregando…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="86"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="86"/>
        <source>Inativo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="89"/>
        <source>1 cargo</source>
        <translation>1 team</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="89"/>
        <source>%d cargos</source>
        <translation>%d teams</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/cargos.py" line="105"/>
        <source>“%s” salvo.</source>
        <translation>“%s” saved.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="6"/>
        <source>Cargos</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="17"/>
        <source>&amp;Novo…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="22"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="33"/>
        <source>Mostrar &amp;inativos</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <location filename="../../ui_forms/cargos.ui" line="38"/>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>ClientDataPage</name>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="54"/>
        <source>Cadastro de contatos: em breve</source>
        <translation>Contact registration: coming soon</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="74"/>
        <source>Cliente SUSPENSO</source>
        <translation>Client SUSPENDED</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="76"/>
        <source>Cliente CANCELADO</source>
        <translation>Client CANCELLED</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="79"/>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="122"/>
        <source>1 fatura vencida</source>
        <translation>1 overdue invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="79"/>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="123"/>
        <source>%d faturas vencidas</source>
        <translation>%d overdue invoices</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="87"/>
        <source>carregando dados do cliente…</source>
        <translation>loading client data…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="90"/>
        <source>Não foi possível carregar os dados do cliente: %s &lt;a href=&apos;retry&apos;&gt;Tentar novamente&lt;/a&gt;</source>
        <translation>Could not load the client data: %s &lt;a href=&apos;retry&apos;&gt;Try again&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="108"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="108"/>
        <source>Suspenso</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="109"/>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="124"/>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="135"/>
        <source>%s em aberto</source>
        <translation>%s outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="126"/>
        <source>%s em aberto, nenhuma vencida</source>
        <translation>%s outstanding, none overdue</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="128"/>
        <source>Nenhuma fatura pendente</source>
        <translation>No pending invoices</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="151"/>
        <source>Nenhum</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="156"/>
        <source>1 atendimento aberto</source>
        <translation>1 open ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="156"/>
        <source>%d atendimentos abertos</source>
        <translation>%d open tickets</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/client_data.py" line="188"/>
        <source>(o próprio titular)</source>
        <translation>(the account holder)</translation>
    </message>
</context>
<context>
    <name>ClientDetailWindow</name>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="149"/>
        <source>Carregando atendimentos…</source>
        <translation>Loading tickets…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="180"/>
        <source>Carregando dados do cliente…</source>
        <translation>Loading client data…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="199"/>
        <source>Cliente não encontrado: ele pode ter sido removido. Feche esta janela e pesquise de novo.</source>
        <translation>Client not found: it may have been removed. Close this window and search again.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="214"/>
        <source>Cliente %s</source>
        <translation>Client %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="217"/>
        <source>%s — Cliente %s</source>
        <translation>%s — Client %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="220"/>
        <source>Código %s</source>
        <translation>Code %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="229"/>
        <source>1 atendimento aberto</source>
        <translation>1 open ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="229"/>
        <source>%s atendimentos abertos</source>
        <translation>%s open tickets</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="248"/>
        <source>CLIENTE SUSPENSO</source>
        <translation>CLIENT SUSPENDED</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="250"/>
        <source>CLIENTE CANCELADO: sem serviço ativo</source>
        <translation>CLIENT CANCELLED: no active service</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="253"/>
        <source>1 fatura vencida</source>
        <translation>1 overdue invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="255"/>
        <source>%s faturas vencidas</source>
        <translation>%s overdue invoices</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="257"/>
        <source>%s — %s em aberto</source>
        <translation>%s — %s outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="260"/>
        <source>. Sem internet? Confira o Financeiro antes de tratar como problema técnico.</source>
        <translation>. No internet? Check Financial before treating it as a technical problem.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="272"/>
        <source>Pessoa física</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="274"/>
        <source>Pessoa jurídica</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="282"/>
        <source>CNPJ:</source>
        <translation>CNPJ:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="282"/>
        <source>CPF:</source>
        <translation>CPF:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="283"/>
        <source>Inscr. estadual:</source>
        <translation>State registration:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="283"/>
        <source>RG:</source>
        <translation>RG:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="284"/>
        <source>Fundação:</source>
        <translation>Founded:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="284"/>
        <location filename="../../ui_forms/client_detail.ui" line="300"/>
        <source>Nascimento:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="295"/>
        <source>o mesmo do endereço</source>
        <translation>same as the address</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="303"/>
        <source>%s (%s vencida(s))</source>
        <translation>%s (%s overdue)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="306"/>
        <source>%s a vencer</source>
        <translation>%s not yet due</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="308"/>
        <source>nada em aberto</source>
        <translation>nothing outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="318"/>
        <source>Plano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="319"/>
        <source>Velocidade</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="321"/>
        <location filename="../../desk_client/clients/client_detail_window.py" line="372"/>
        <source>Valor</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="326"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="327"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="328"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="329"/>
        <source>Ponto de roteamento</source>
        <translation>Routing point</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="330"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="338"/>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="340"/>
        <source>Início</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="345"/>
        <source>Fim</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="347"/>
        <source>Principal</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="347"/>
        <source>Sim</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="361"/>
        <source>Boleto</source>
        <translation>Boleto</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="362"/>
        <source>NF</source>
        <translation>Tax invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="363"/>
        <source>Histórico</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="365"/>
        <source>Vencimento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="378"/>
        <source>Pago em</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="383"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="391"/>
        <location filename="../../desk_client/clients/client_detail_window.py" line="433"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="400"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="401"/>
        <source>Função</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="402"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="403"/>
        <source>Celular</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="404"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="405"/>
        <source>Campos extras</source>
        <translation>Extra fields</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="424"/>
        <source>Protocolo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="428"/>
        <source>Aberto em</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="432"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="434"/>
        <source>Destino</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="435"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="448"/>
        <source>1 plano</source>
        <translation>1 plan</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="448"/>
        <source>%s planos</source>
        <translation>%s plans</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="455"/>
        <source>Este cliente não tem planos ativos.</source>
        <translation>This client has no active plans.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="479"/>
        <source>Conexão — %s</source>
        <translation>Connection — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="479"/>
        <location filename="../../ui_forms/client_detail.ui" line="682"/>
        <source>Conexão</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="494"/>
        <source>nenhuma fatura no período</source>
        <translation>no invoices in the period</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="496"/>
        <source>1 fatura</source>
        <translation>1 invoice</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="498"/>
        <source>%s faturas</source>
        <translation>%s invoices</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="500"/>
        <source>Total: %s</source>
        <translation>Total: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="501"/>
        <source>Pago: %s</source>
        <translation>Paid: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="502"/>
        <source>Em aberto: %s</source>
        <translation>Outstanding: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="505"/>
        <location filename="../../desk_client/clients/client_detail_window.py" line="509"/>
        <source>Vencido: %s</source>
        <translation>Overdue: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="532"/>
        <source>nenhum contato</source>
        <translation>no contacts</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="534"/>
        <source>1 contato</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="536"/>
        <source>%s contatos</source>
        <translation>%s contacts</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="540"/>
        <source>Nenhum contato cadastrado. Use Adicionar (Insert) para cadastrar.</source>
        <translation>No contacts registered. Use Add (Insert) to register one.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="589"/>
        <source>Apagar o contato “%s”?</source>
        <translation>Delete the contact “%s”?</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="605"/>
        <source>Confirmar</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="620"/>
        <source>Nenhum atendimento deste cliente.</source>
        <translation>No tickets for this client.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="623"/>
        <source>nenhum atendimento</source>
        <translation>no tickets</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="625"/>
        <source>1 atendimento</source>
        <translation>1 ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/client_detail_window.py" line="627"/>
        <source>%s atendimentos</source>
        <translation>%s tickets</translation>
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
    <name>ClientRules</name>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="59"/>
        <source>Paga</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="60"/>
        <source>Em aberto</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="61"/>
        <source>Vencida</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="101"/>
        <source>Aberto</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="102"/>
        <source>Encaminhado</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="103"/>
        <source>Concluído</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="104"/>
        <source>Sem solução</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="106"/>
        <source>atrasado</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="168"/>
        <source>Campo &apos;%s&apos; é obrigatório.</source>
        <translation>Field &apos;%s&apos; is required.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="172"/>
        <source>Campo &apos;%s&apos;: informe um número.</source>
        <translation>Field &apos;%s&apos;: enter a number.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="176"/>
        <location filename="../../desk_client/clients/rules.py" line="181"/>
        <source>Campo &apos;%s&apos;: data inválida, use dd/mm/aaaa.</source>
        <translation>Field &apos;%s&apos;: invalid date, use dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="183"/>
        <source>Campo &apos;%s&apos;: escolha uma das opções.</source>
        <translation>Field &apos;%s&apos;: choose one of the options.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="190"/>
        <source>Informe o nome do contato.</source>
        <translation>Enter the contact&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="193"/>
        <source>E-mail inválido: use nome@provedor.com.br.</source>
        <translation>Invalid email: use name@provider.com.br.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/rules.py" line="197"/>
        <source>Telefone inválido: use DDD + número, ex. (11) 98765-4321.</source>
        <translation>Invalid phone: use area code + number, e.g. (11) 98765-4321.</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="64"/>
        <source>Nome, CPF/CNPJ, telefone, MAC, IP, protocolo…</source>
        <translation>Name, CPF/CNPJ, phone, MAC, IP, protocol…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="65"/>
        <source>O tipo do valor é detectado: CPF/CNPJ, MAC, IP, telefone e protocolo com ou sem pontuação.</source>
        <translation>The kind of value is detected: CPF/CNPJ, MAC, IP, phone and protocol, with or without punctuation.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="71"/>
        <source>Digite parte do texto</source>
        <translation>Type part of the text</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="72"/>
        <source>Maiúsculas e acentos não importam.</source>
        <translation>Case and accents don&apos;t matter.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="75"/>
        <source>Digite o código ou número</source>
        <translation>Type the code or number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="76"/>
        <source>Letras e números, como no documento do cliente.</source>
        <translation>Letters and numbers, as on the client&apos;s document.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="80"/>
        <source>Somente números</source>
        <translation>Numbers only</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="81"/>
        <source>Digite apenas os números.</source>
        <translation>Type only the digits.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="86"/>
        <source>nome@provedor.com.br</source>
        <translation>name@provider.com.br</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="87"/>
        <source>Endereço de e-mail ou parte dele.</source>
        <translation>Email address or part of it.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="92"/>
        <source>empresa.com.br</source>
        <translation>company.com.br</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="93"/>
        <source>Nome do domínio ou parte dele.</source>
        <translation>Domain name or part of it.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="98"/>
        <source>login PPPoE / Radius</source>
        <translation>PPPoE / Radius login</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="99"/>
        <source>Login de acesso ou parte dele.</source>
        <translation>Access login or part of it.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="104"/>
        <source>(11) 98765-4321</source>
        <translation>(11) 98765-4321</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="105"/>
        <source>Com ou sem DDD e pontuação; só o número também serve.</source>
        <translation>With or without area code and punctuation; just the number also works.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="110"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="111"/>
        <source>Um dia (dd/mm/aaaa), um mês (mm/aaaa) ou um ano (aaaa).</source>
        <translation>A day (dd/mm/yyyy), a month (mm/yyyy) or a year (yyyy).</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="117"/>
        <source>Pontuação opcional: 12345678909 ou 123.456.789-09.</source>
        <translation>Punctuation optional: 12345678909 or 123.456.789-09.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="125"/>
        <source>Pontuação opcional: 11222333000181 ou 11.222.333/0001-81.</source>
        <translation>Punctuation optional: 11222333000181 or 11.222.333/0001-81.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="133"/>
        <source>Endereço IP ou o começo dele (100.64.).</source>
        <translation>IP address or its beginning (100.64.).</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="139"/>
        <source>Os separadores são colocados automaticamente; qualquer separador serve.</source>
        <translation>Separators are added automatically; any separator works.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="150"/>
        <source>IP (100.64.0.1) ou MAC (AA-BB-CC-DD-EE-FF)</source>
        <translation>IP (100.64.0.1) or MAC (AA-BB-CC-DD-EE-FF)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="151"/>
        <source>IP ou MAC que o cliente já usou.</source>
        <translation>An IP or MAC the client has used before.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="157"/>
        <source>Com ou sem os traços: 20261122-000123-7.</source>
        <translation>With or without the dashes: 20261122-000123-7.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="182"/>
        <source>Todos os campos</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="183"/>
        <source>Nome Cliente</source>
        <translation>Client Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="184"/>
        <source>Código Cliente</source>
        <translation>Client Code</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="185"/>
        <source>Conta E-mail</source>
        <translation>Email Account</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="186"/>
        <source>Domínio</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="187"/>
        <source>Login Radius</source>
        <translation>Radius Login</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="188"/>
        <source>Nome Contato</source>
        <translation>Contact Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="189"/>
        <source>Nome Fantasia</source>
        <translation>Trade Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="190"/>
        <source>Endereço</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="191"/>
        <source>Endereço Instalação</source>
        <translation>Installation Address</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="192"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="193"/>
        <source>Data Início</source>
        <translation>Start Date</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="194"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="195"/>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="196"/>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="197"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="198"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="199"/>
        <source>MAC2</source>
        <translation>MAC2</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="200"/>
        <source>MAC ONU</source>
        <translation>ONU MAC</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="201"/>
        <source>Número Boleto</source>
        <translation>Boleto Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="202"/>
        <source>Nº de Circuito</source>
        <translation>Circuit No.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="203"/>
        <source>E-mail Contato</source>
        <translation>Contact Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="204"/>
        <source>Celular (contato)</source>
        <translation>Mobile (contact)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="205"/>
        <source>Celular (cliente)</source>
        <translation>Mobile (client)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="206"/>
        <source>Número do Contrato</source>
        <translation>Contract Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="207"/>
        <source>Terminal de Voz</source>
        <translation>Voice Terminal</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="208"/>
        <source>Referência</source>
        <translation>Landmark</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="209"/>
        <source>Número NF</source>
        <translation>Tax Invoice Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="210"/>
        <source>Email (Apagado)</source>
        <translation>Email (Deleted)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="211"/>
        <source>Login (Apagado)</source>
        <translation>Login (Deleted)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="212"/>
        <source>IP MAC (Apagado)</source>
        <translation>IP MAC (Deleted)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="213"/>
        <source>Terminal (Apagado)</source>
        <translation>Terminal (Deleted)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="214"/>
        <source>Smartcard</source>
        <translation>Smartcard</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="215"/>
        <source>CAS (Nro. Equip. TV)</source>
        <translation>CAS (TV Equipment No.)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="216"/>
        <source>Ordem de Serviço</source>
        <translation>Service Order</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="217"/>
        <source>Ocorrência (protocolo)</source>
        <translation>Occurrence (protocol)</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="218"/>
        <source>Serial Number</source>
        <translation>Serial Number</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="224"/>
        <source>Contém</source>
        <translation>Contains</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="225"/>
        <source>Igual</source>
        <translation>Equals</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="226"/>
        <source>Começa com</source>
        <translation>Starts with</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="361"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="362"/>
        <source>Suspenso</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_fields.py" line="363"/>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ClientSearchWidget</name>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="269"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="273"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="274"/>
        <source>Nome Fantasia</source>
        <translation>Trade Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="276"/>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="280"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="281"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="282"/>
        <source>Campo encontrado</source>
        <translation>Matched field</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="305"/>
        <source>Nenhum cliente encontrado para “%s” em %s. Confira o que foi digitado ou pesquise em outro campo.</source>
        <translation>No client found for “%s” in %s. Check what was typed or search in another field.</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="314"/>
        <source>pesquisando…</source>
        <translation>searching…</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="320"/>
        <source>nenhum cliente encontrado</source>
        <translation>no clients found</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="322"/>
        <source>1 cliente</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="324"/>
        <source>%s clientes</source>
        <translation>%s clients</translation>
    </message>
    <message>
        <location filename="../../desk_client/clients/search_widget.py" line="326"/>
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
    <name>ConnectionPanel</name>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="137"/>
        <source>Tráfego em tempo real</source>
        <translation>Real-time traffic</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="138"/>
        <source>Tráfego das últimas 24 h</source>
        <translation>Traffic over the last 24 h</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="170"/>
        <source>verificando…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="199"/>
        <source>Carregando o histórico…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="276"/>
        <source>consultado às %s</source>
        <translation>queried at %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="283"/>
        <source>sem resposta do roteador</source>
        <translation>no response from the router</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="284"/>
        <source>Não foi possível consultar o concentrador %s: %s. Os dados abaixo podem estar desatualizados; tente Atualizar em instantes.</source>
        <translation>Could not query concentrator %s: %s. The data below may be out of date; try Refresh in a moment.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="291"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="293"/>
        <source>Conectado desde %s</source>
        <translation>Connected since %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="298"/>
        <source>agora</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="303"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="305"/>
        <source>— (registrado: %s)</source>
        <translation>— (recorded: %s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="317"/>
        <source>diferente do cadastrado (%s): equipamento trocado ou MAC clonado?</source>
        <translation>differs from the registered one (%s): equipment replaced or MAC cloned?</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="320"/>
        <source>(confere com o cadastro)</source>
        <translation>(matches the record)</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="322"/>
        <source>— (cadastrado: %s)</source>
        <translation>— (registered: %s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="326"/>
        <source>sem registro</source>
        <translation>no record</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="335"/>
        <source>sem dados</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="337"/>
        <source>indisponível</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="356"/>
        <source>%d pontos do coletor do servidor (amostras a cada %s); pico de download %s.</source>
        <translation>%d points from the server collector (samples every %s); download peak %s.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="360"/>
        <source>Sem amostras de tráfego nas últimas 24 h (o coletor do servidor ainda não registrou este login).</source>
        <translation>No traffic samples in the last 24 h (the server collector has not recorded this login yet).</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="365"/>
        <source>Histórico indisponível: %s</source>
        <translation>History unavailable: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/connection_panel.py" line="388"/>
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
        <source>&amp;Atualizar</source>
        <translation>&amp;Refresh</translation>
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
        <source>&amp;Histórico (24 h)</source>
        <translation>&amp;History (24 h)</translation>
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
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="40"/>
        <source>Em breve: esta opção chega numa próxima versão.</source>
        <translation>Coming soon: this option arrives in an upcoming version.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="92"/>
        <source>(escolha o tipo de atendimento)</source>
        <translation>(choose the ticket type)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="94"/>
        <source>(tipos indisponíveis: servidor não respondeu)</source>
        <translation>(types unavailable: the server did not respond)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="96"/>
        <source>(carregando tipos…)</source>
        <translation>(loading types…)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="126"/>
        <source>(escolha o usuário)</source>
        <translation>(choose the user)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="126"/>
        <source>(escolha o cargo)</source>
        <translation>(choose the team)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="142"/>
        <source>Destino padrão do tipo “%s”; pode ser alterado.</source>
        <translation>Default assignee for type “%s”; can be changed.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="239"/>
        <source>aberto em %s</source>
        <translation>opened on %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/first_contact.py" line="242"/>
        <source>Este atendimento será vinculado ao atendimento pai %s</source>
        <translation>This ticket will be linked to parent ticket %s</translation>
    </message>
</context>
<context>
    <name>LocatePage</name>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="56"/>
        <location filename="../../desk_client/wizard/pages/locate.py" line="58"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="56"/>
        <location filename="../../desk_client/wizard/pages/locate.py" line="58"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="56"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="57"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="57"/>
        <source>Cidade</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="57"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="58"/>
        <source>Rede</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="140"/>
        <source>Cliente selecionado: %s</source>
        <translation>Selected client: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="142"/>
        <source>Prospecto selecionado: %s</source>
        <translation>Selected prospect: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="144"/>
        <source>Ponto de acesso selecionado: %s</source>
        <translation>Selected access point: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="162"/>
        <source>A pesquisa de clientes não está disponível nesta versão.</source>
        <translation>Client search is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="195"/>
        <source>carregando prospectos…</source>
        <translation>loading prospects…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="207"/>
        <source>Não foi possível carregar os prospectos: %s</source>
        <translation>Could not load the prospects: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="225"/>
        <source>1 prospecto</source>
        <translation>1 prospect</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="225"/>
        <source>%d prospectos</source>
        <translation>%d prospects</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="284"/>
        <source>Não foi possível carregar os pontos de acesso: %s</source>
        <translation>Could not load the access points: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="290"/>
        <source>carregando pontos de acesso…</source>
        <translation>loading access points…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="308"/>
        <source>1 ponto</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/locate.py" line="308"/>
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
        <location filename="../../desk_client/login_dialog.py" line="54"/>
        <location filename="../../ui_forms/login.ui" line="131"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="54"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="68"/>
        <source>Informe o endereço do servidor, ex.: http://servidor:8470</source>
        <translation>Enter the server address, e.g. http://server:8470</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="72"/>
        <source>Informe o usuário.</source>
        <translation>Enter the username.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="76"/>
        <source>Informe a senha.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="94"/>
        <source>Conexão cancelada.</source>
        <translation>Connection cancelled.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="115"/>
        <source>Usuário ou senha inválidos.</source>
        <translation>Invalid username or password.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="119"/>
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
        <source>S&amp;enha:</source>
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
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_client/main_window.py" line="61"/>
        <source>ISP Desk — %s</source>
        <translation>ISP Desk — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="62"/>
        <source>Olá, %s</source>
        <translation>Hello, %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="62"/>
        <location filename="../../ui_forms/main_window.ui" line="16"/>
        <source>Bem-vindo(a)</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="65"/>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="66"/>
        <source>Servidor: %s</source>
        <translation>Server: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="97"/>
        <source>verificando conexão…</source>
        <translation>checking connection…</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="99"/>
        <source>conectado</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="101"/>
        <source>sem conexão</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="104"/>
        <source>Conexão com o servidor: %s</source>
        <translation>Server connection: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="108"/>
        <source>Sobre o ISP Desk</source>
        <translation>About ISP Desk</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="109"/>
        <source>&lt;b&gt;ISP Desk&lt;/b&gt; %s&lt;br&gt;Central de atendimento para provedores de internet.</source>
        <translation>&lt;b&gt;ISP Desk&lt;/b&gt; %s&lt;br&gt;Call center for internet providers.</translation>
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
        <source>A&amp;tendimento</source>
        <translation>A&amp;ttendance</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="58"/>
        <source>A&amp;dministração</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="65"/>
        <source>Aj&amp;uda</source>
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
        <translation>&amp;Find Client</translation>
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
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="103"/>
        <source>Fila de atendimentos</source>
        <translation>Ticket queue</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="106"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="107"/>
        <source>Agenda dos técnicos (O.S.)</source>
        <translation>Technicians&apos; agenda (service orders)</translation>
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
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="30"/>
        <source>&amp;Tentar enviar agora</source>
        <translation>&amp;Try sending now</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="32"/>
        <source>&amp;Detalhes…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="34"/>
        <source>&amp;Corrigir no assistente…</source>
        <translation>&amp;Fix in the wizard…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="35"/>
        <source>Abre o atendimento recusado no assistente para corrigir e finalizar de novo (o protocolo é mantido).</source>
        <translation>Opens the rejected ticket in the wizard to fix it and finish it again (the protocol is kept).</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="58"/>
        <source>Atendimento</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="58"/>
        <source>Contato sem atendimento</source>
        <translation>Contact without a ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="59"/>
        <source>(protocolo a reservar)</source>
        <translation>(protocol to be reserved)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="63"/>
        <source>recusado: %s</source>
        <translation>rejected: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="66"/>
        <source>%d tentativa(s); próxima em %d s</source>
        <translation>%d attempt(s); next in %d s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="67"/>
        <source>enviando…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="86"/>
        <source>Envios pendentes</source>
        <translation>Pending submissions</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="87"/>
        <source>Estes registros estão guardados neste computador e serão enviados ao servidor automaticamente:</source>
        <translation>These records are stored on this computer and will be sent to the server automatically:</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/outbox_indicator.py" line="89"/>
        <source>Nenhum envio pendente.</source>
        <translation>No pending submissions.</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../desk_client/wizard/prospect_dialog.py" line="44"/>
        <source>Informe o nome do prospecto.</source>
        <translation>Enter the prospect&apos;s name.</translation>
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
        <location filename="../../desk_client/wizard/pages/protocol.py" line="74"/>
        <source>reservando protocolo…</source>
        <translation>reserving protocol…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/protocol.py" line="79"/>
        <source>Não foi possível reservar o protocolo: %s O atendimento pode ser preenchido mesmo assim; nada se perde e o número é reservado ao finalizar.</source>
        <translation>Could not reserve the protocol: %s The ticket can be filled in anyway; nothing is lost and the number is reserved on finishing.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/protocol.py" line="85"/>
        <source>Protocolo reservado.</source>
        <translation>Protocol reserved.</translation>
    </message>
</context>
<context>
    <name>RouterDialog</name>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="344"/>
        <source>Editar roteador — %s</source>
        <translation>Edit router — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="344"/>
        <source>Novo roteador</source>
        <translation>New router</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="352"/>
        <source>(inalterada — digite para trocar)</source>
        <translation>(unchanged — type to change)</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="355"/>
        <source>senha do usuário da API</source>
        <translation>API user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="361"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="363"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="388"/>
        <source>Informe o nome do roteador (2 caracteres ou mais).</source>
        <translation>Enter the router&apos;s name (2 characters or more).</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="391"/>
        <source>Informe o endereço (IP ou nome) do roteador.</source>
        <translation>Enter the router&apos;s address (IP or name).</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="394"/>
        <source>Informe o usuário da API.</source>
        <translation>Enter the API user.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="397"/>
        <source>Informe a senha do usuário da API.</source>
        <translation>Enter the API user&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="420"/>
        <source>Não foi salvo: %s</source>
        <translation>Not saved: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="446"/>
        <source>Conectando…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="462"/>
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
        <source>Se&amp;nha:</source>
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
        <location filename="../../desk_client/routers/routers_window.py" line="126"/>
        <source>Carregando roteadores…</source>
        <translation>Loading routers…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="156"/>
        <source>%d roteador(es) sem resposta: veja a coluna Último erro.</source>
        <translation>%d router(s) not responding: see the Last error column.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="163"/>
        <source>Não foi possível carregar os roteadores: %s</source>
        <translation>Could not load the routers: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="191"/>
        <source>Pontos de roteamento ligados a este roteador:
%s</source>
        <translation>Routing points linked to this router:
%s</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="192"/>
        <source>Nenhum ponto de roteamento</source>
        <translation>No routing points</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="219"/>
        <source>%d roteador(es), %d online</source>
        <translation>%d router(s), %d online</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="262"/>
        <source>Roteador %s salvo.</source>
        <translation>Router %s saved.</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="269"/>
        <source>Testando conexão com %s…</source>
        <translation>Testing connection to %s…</translation>
    </message>
    <message>
        <location filename="../../desk_client/routers/routers_window.py" line="289"/>
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
    <name>ServicePage</name>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="65"/>
        <source>Plano</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="65"/>
        <source>Ponto de acesso</source>
        <translation>Access point</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="84"/>
        <source>Ponto de acesso:</source>
        <translation>Access point:</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="85"/>
        <source>Ponto de Roteamento:</source>
        <translation>Routing Point:</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="97"/>
        <source>(escolha o plano)</source>
        <translation>(choose the plan)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="98"/>
        <source>(o cliente não tem planos ativos)</source>
        <translation>(the client has no active plans)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="99"/>
        <source>(carregando planos…)</source>
        <translation>(loading plans…)</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="159"/>
        <source>Abre o script de atendimento na próxima etapa</source>
        <translation>Opens the ticket script in the next step</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/pages/service.py" line="160"/>
        <source>Scripts de atendimento: disponível em breve</source>
        <translation>Ticket scripts: available soon</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="43"/>
        <source>a reservar quando o servidor responder</source>
        <translation>to be reserved when the server responds</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="46"/>
        <source>Atendimento — Protocolo %s</source>
        <translation>Ticket — Protocol %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="53"/>
        <source>vinculado ao atendimento pai %s</source>
        <translation>linked to parent ticket %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="63"/>
        <source>Enviando atendimento…</source>
        <translation>Sending ticket…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="64"/>
        <source>enviando ao servidor</source>
        <translation>sending to the server</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="69"/>
        <source>Atendimento registrado</source>
        <translation>Ticket recorded</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="73"/>
        <source>Usuário</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="73"/>
        <source>Cargo</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="81"/>
        <source>Informe o número do protocolo ao cliente.</source>
        <translation>Give the client the protocol number.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="85"/>
        <source>Atendimento guardado — aguardando o servidor</source>
        <translation>Ticket stored — waiting for the server</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="86"/>
        <source>aguardando envio</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/summary_dialog.py" line="88"/>
        <source>%s
O atendimento está guardado neste computador e será enviado automaticamente quando o servidor responder (veja a barra de status). Nada foi perdido.</source>
        <translation>%s
The ticket is stored on this computer and will be sent automatically when the server responds (see the status bar). Nothing was lost.</translation>
    </message>
</context>
<context>
    <name>TicketTypeDialog</name>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="160"/>
        <source>Editar tipo de atendimento</source>
        <translation>Edit ticket type</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="160"/>
        <source>Novo tipo de atendimento</source>
        <translation>New ticket type</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="224"/>
        <source>Informe o nome (pelo menos 2 letras).</source>
        <translation>Enter the name (at least 2 letters).</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="228"/>
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
        <source>Ne&amp;nhum</source>
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
        <location filename="../../desk_client/admin/ticket_types.py" line="59"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="59"/>
        <source>Destino padrão</source>
        <translation>Default assignee</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="59"/>
        <source>SLA (h)</source>
        <translation>SLA (h)</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="60"/>
        <source>Permite vínculo</source>
        <translation>Allows linking</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="60"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="60"/>
        <source>Descrição</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="81"/>
        <source>carregando…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="111"/>
        <source>Sim</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="111"/>
        <source>Não</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="112"/>
        <source>Ativo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="112"/>
        <source>Inativo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="116"/>
        <source>1 tipo de atendimento</source>
        <translation>1 ticket type</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="117"/>
        <source>%d tipos de atendimento</source>
        <translation>%d ticket types</translation>
    </message>
    <message>
        <location filename="../../desk_client/admin/ticket_types.py" line="133"/>
        <source>“%s” salvo.</source>
        <translation>“%s” saved.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="6"/>
        <source>Tipos de Atendimento</source>
        <translation>Ticket Types</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="17"/>
        <source>&amp;Novo…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="22"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="27"/>
        <source>&amp;Cargos…</source>
        <translation>&amp;Teams…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="38"/>
        <source>Mostrar &amp;inativos</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <location filename="../../ui_forms/ticket_types.ui" line="43"/>
        <source>A&amp;tualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="25"/>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="26"/>
        <source>Prospecto</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="27"/>
        <source>P. Acesso</source>
        <translation>Access Point</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="31"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="32"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="33"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="34"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="35"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/state.py" line="36"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="14"/>
        <source>Protocolo</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="16"/>
        <source>Localizar</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="18"/>
        <source>Dados do Cliente</source>
        <translation>Client Data</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="20"/>
        <source>Dados Atend.</source>
        <translation>Ticket Data</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/steps.py" line="22"/>
        <source>Prim. Contato</source>
        <translation>First Contact</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="10"/>
        <source>Escolha o tipo: Cliente, Prospecto ou P. Acesso.</source>
        <translation>Choose the type: Client, Prospect or Access Point.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="16"/>
        <source>Selecione um cliente na lista (pesquise e tecle Enter no resultado).</source>
        <translation>Select a client from the list (search and press Enter on the result).</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="19"/>
        <source>Selecione um prospecto da lista ou cadastre um novo.</source>
        <translation>Select a prospect from the list or register a new one.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="21"/>
        <source>Selecione um ponto de acesso da lista.</source>
        <translation>Select an access point from the list.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="27"/>
        <source>Nenhum cliente selecionado: volte a Localizar Cliente.</source>
        <translation>No client selected: go back to Find Client.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="40"/>
        <source>Escolha o plano do cliente.</source>
        <translation>Choose the client&apos;s plan.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="42"/>
        <source>Descreva o problema informado pelo cliente.</source>
        <translation>Describe the problem reported by the client.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="49"/>
        <source>Escolha o tipo de contato.</source>
        <translation>Choose the contact type.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="51"/>
        <source>Escolha o tipo de atendimento.</source>
        <translation>Choose the ticket type.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="53"/>
        <source>Escolha o destino: um usuário ou um cargo.</source>
        <translation>Choose who to assign it to: a user or a team.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/validation.py" line="55"/>
        <source>Descreva a solução do atendimento resolvido.</source>
        <translation>Describe the solution for the resolved ticket.</translation>
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
        <location filename="../../ui_forms/wizard_abandon.ui" line="47"/>
        <source>&amp;Continuar atendimento</source>
        <translation>&amp;Continue ticket</translation>
    </message>
    <message>
        <location filename="../../ui_forms/wizard_abandon.ui" line="53"/>
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
        <location filename="../../desk_client/wizard/launcher.py" line="158"/>
        <source>O servidor recusou este atendimento: %s</source>
        <translation>The server rejected this ticket: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="181"/>
        <source>Atendimento não finalizado</source>
        <translation>Unfinished ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="182"/>
        <source>sem protocolo</source>
        <translation>no protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="183"/>
        <source>cliente ainda não escolhido</source>
        <translation>client not chosen yet</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="184"/>
        <source>Há um atendimento não finalizado (protocolo %s — %s), alterado pela última vez em %s.

Deseja retomá-lo?</source>
        <translation>There is an unfinished ticket (protocol %s — %s), last changed on %s.

Do you want to resume it?</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="187"/>
        <source>Há mais %d atendimento(s) não finalizado(s); eles serão oferecidos em seguida.</source>
        <translation>There are %d more unfinished ticket(s); they will be offered next.</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="189"/>
        <source>&amp;Retomar</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="190"/>
        <source>&amp;Descartar</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="191"/>
        <source>Agora &amp;não</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/launcher.py" line="193"/>
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
        <translation>Create Ticket &amp;Script</translation>
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
        <location filename="../../desk_client/wizard/window.py" line="202"/>
        <source>etapa concluída</source>
        <translation>step completed</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="208"/>
        <source>%d de %d — %s</source>
        <translation>%d of %d — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="227"/>
        <source>Novo Atendimento — Protocolo %s</source>
        <translation>New Ticket — Protocol %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="229"/>
        <source>reservando…</source>
        <translation>reserving…</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="230"/>
        <source>sem protocolo</source>
        <translation>no protocol</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="231"/>
        <location filename="../../ui_forms/wizard_window.ui" line="6"/>
        <location filename="../../ui_forms/wizard_window.ui" line="28"/>
        <source>Novo Atendimento</source>
        <translation>New Ticket</translation>
    </message>
    <message>
        <location filename="../../desk_client/wizard/window.py" line="326"/>
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
        <location filename="../../ui_forms/wizard_window.ui" line="103"/>
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
    <name>app</name>
    <message>
        <location filename="../../desk_client/app.py" line="134"/>
        <source>Falha na sessão anterior</source>
        <translation>Previous session failed</translation>
    </message>
    <message>
        <location filename="../../desk_client/app.py" line="135"/>
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
</TS>
