<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="34" />
        <source>versão %s</source>
        <translation>version %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="54" />
        <location filename="../../ui_forms/login.ui" line="131" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="54" />
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="68" />
        <source>Informe o endereço do servidor, ex.: http://servidor:8470</source>
        <translation>Enter the server address, e.g. http://server:8470</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="72" />
        <source>Informe o usuário.</source>
        <translation>Enter the username.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="76" />
        <source>Informe a senha.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="94" />
        <source>Conexão cancelada.</source>
        <translation>Connection cancelled.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="115" />
        <source>Usuário ou senha inválidos.</source>
        <translation>Invalid username or password.</translation>
    </message>
    <message>
        <location filename="../../desk_client/login_dialog.py" line="119" />
        <source>Usuário bloqueado temporariamente. Aguarde alguns minutos.</source>
        <translation>User temporarily locked. Wait a few minutes.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="6" />
        <source>ISP Desk — Entrar</source>
        <translation>ISP Desk — Sign in</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="28" />
        <source>ISP Desk</source>
        <translation>ISP Desk</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="34" />
        <source>Central de atendimento do provedor</source>
        <translation>Provider call center</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="52" />
        <source>&amp;Servidor:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="58" />
        <source>http://servidor:8470</source>
        <translation>http://server:8470</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="64" />
        <source>&amp;Usuário:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="75" />
        <source>S&amp;enha:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="105" />
        <source>Conectando ao servidor…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../ui_forms/login.ui" line="137" />
        <source>&amp;Entrar</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_client/main_window.py" line="61" />
        <source>ISP Desk — %s</source>
        <translation>ISP Desk — %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="62" />
        <source>Olá, %s</source>
        <translation>Hello, %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="62" />
        <location filename="../../ui_forms/main_window.ui" line="16" />
        <source>Bem-vindo(a)</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="65" />
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="66" />
        <source>Servidor: %s</source>
        <translation>Server: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="97" />
        <source>verificando conexão…</source>
        <translation>checking connection…</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="99" />
        <source>conectado</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="101" />
        <source>sem conexão</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="104" />
        <source>Conexão com o servidor: %s</source>
        <translation>Server connection: %s</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="108" />
        <source>Sobre o ISP Desk</source>
        <translation>About ISP Desk</translation>
    </message>
    <message>
        <location filename="../../desk_client/main_window.py" line="109" />
        <source>&lt;b&gt;ISP Desk&lt;/b&gt; %s&lt;br&gt;Central de atendimento para provedores de internet.</source>
        <translation>&lt;b&gt;ISP Desk&lt;/b&gt; %s&lt;br&gt;Call center for internet providers.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="6" />
        <source>ISP Desk</source>
        <translation>ISP Desk</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="23" />
        <source>Pressione F2 para um novo atendimento ou F3 para localizar um cliente.</source>
        <translation>Press F2 for a new ticket or F3 to find a client.</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="45" />
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="51" />
        <source>A&amp;tendimento</source>
        <translation>A&amp;ttendance</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="58" />
        <source>A&amp;dministração</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="65" />
        <source>Aj&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="74" />
        <source>Barra principal</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="90" />
        <source>&amp;Novo Atendimento</source>
        <translation>&amp;New Ticket</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="91" />
        <source>Abrir um novo atendimento (F2)</source>
        <translation>Open a new ticket (F2)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="92" />
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="96" />
        <source>&amp;Localizar Cliente</source>
        <translation>&amp;Find Client</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="97" />
        <source>Localizar um cliente (F3)</source>
        <translation>Find a client (F3)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="98" />
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="102" />
        <source>A&amp;tendimentos</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="103" />
        <source>Fila de atendimentos</source>
        <translation>Ticket queue</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="106" />
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="107" />
        <source>Agenda dos técnicos (O.S.)</source>
        <translation>Technicians' agenda (service orders)</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="110" />
        <source>&amp;Scripts</source>
        <translation>&amp;Scripts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="111" />
        <source>Scripts de atendimento</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="114" />
        <source>Tipos de &amp;atendimento e cargos</source>
        <translation>Ticket &amp;types and teams</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="117" />
        <source>&amp;Roteadores</source>
        <translation>&amp;Routers</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="118" />
        <source>Concentradores MikroTik</source>
        <translation>MikroTik concentrators</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="121" />
        <source>&amp;Usuários</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="124" />
        <source>Sair da &amp;sessão</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="125" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="128" />
        <source>Sai&amp;r</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="129" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui_forms/main_window.ui" line="132" />
        <source>&amp;Sobre o ISP Desk</source>
        <translation>&amp;About ISP Desk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk_client/app.py" line="128" />
        <source>Falha na sessão anterior</source>
        <translation>Previous session failed</translation>
    </message>
    <message>
        <location filename="../../desk_client/app.py" line="129" />
        <source>O ISP Desk foi encerrado de forma inesperada na última vez. Os detalhes estão no log.</source>
        <translation>ISP Desk closed unexpectedly last time. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../desk_client/crash.py" line="69" />
        <source>Erro inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desk_client/crash.py" line="70" />
        <source>Ocorreu um erro inesperado. O ISP Desk continua aberto, mas salve seu trabalho. Os detalhes foram gravados no arquivo de log.</source>
        <translation>An unexpected error occurred. ISP Desk is still open, but save your work. Details were written to the log file.</translation>
    </message>
</context>
</TS>