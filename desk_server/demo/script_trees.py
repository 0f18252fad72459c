"""The three demo call scripts, as a supervisor would write them. Outcomes name their ticket type
by name ("type"); demo/scripts.py turns it into the id of this database."""
from __future__ import annotations


def _end(label, *, when=None, type=None, solution=None, resolve=False, service_order=False):
    outcome = None
    if type or solution or resolve or service_order:
        outcome = {"type": type, "solution": solution, "resolve": resolve, "service_order": service_order}
    return {"label": label, "next_node_id": None, "outcome": outcome, "when": when}


def _to(label, target, *, when=None):
    return {"label": label, "next_node_id": target, "outcome": None, "when": when}


def _node(nid, question, client, operator, options):
    return {"id": nid, "question": question, "client_explanation": client, "operator_explanation": operator,
            "options": options}


NO_CONNECTION = {
    "name": "Sem conexão (PPPoE)",
    "description": "Sem internet, sem conexão, caiu: luz vermelha (LOS) na ONU, cabo e energia, reinício dos "
                   "equipamentos, sessão PPPoE offline.",
    "type": "Sem conexão",
    "start_node_id": "todos",
    "nodes": [
        _node("todos", "Todos os aparelhos da casa estão sem internet?",
              "{cliente.nome}, vamos verificar juntos. Tente abrir um site no celular pelo Wi-Fi e, se puder, "
              "em outro aparelho (computador, TV).",
              "Confira o painel Dados do Servidor Mikrotik: a sessão PPPoE do login {login} está online ou "
              "offline? Online com um aparelho só sem internet indica problema no aparelho ou no Wi-Fi.",
              [_to("Sim, nenhum aparelho navega", "luzes", when="session_offline"),
               _end("Só um aparelho está sem internet", when="session_online", type="Sem conexão", resolve=True,
                    solution="Sessão PPPoE online; orientado a esquecer a rede Wi-Fi e conectar de novo o "
                             "aparelho. Demais aparelhos navegando.")]),
        _node("luzes", "Como estão as luzes da ONU (o aparelho onde chega a fibra)?",
              "Olhe o aparelho onde chega o cabo fino de fibra e me diga as luzes: POWER, PON e LOS.",
              "LOS vermelha é falta de sinal óptico (fibra rompida ou conector solto): reiniciar não resolve, "
              "peça O.S. Tudo apagado: verifique energia.",
              [_end("LOS vermelha (acesa ou piscando)", type="Sem conexão", service_order=True),
               _to("Todas as luzes apagadas", "energia"),
               _to("POWER e PON verdes, LOS apagada", "reiniciar")]),
        _node("energia", "A ONU está ligada na tomada e a fonte está firme?",
              "Verifique se a fonte da ONU está bem encaixada na tomada e no aparelho. Se puder, teste outra "
              "tomada.",
              "Depois de religar, a ONU leva cerca de 2 minutos para sincronizar: aguarde com o cliente.",
              [_end("Estava desligada; religada, voltou a navegar", type="Sem conexão", resolve=True,
                    solution="ONU estava desligada da tomada; religada com o cliente na linha e conexão "
                             "normalizada."),
               _to("Ligou, mas continua sem internet", "reiniciar"),
               _end("Não liga em nenhuma tomada", type="Sem conexão", service_order=True)]),
        _node("reiniciar", "Depois de reiniciar a ONU e o roteador, a internet voltou?",
              "Desligue a ONU e o roteador Wi-Fi da tomada, aguarde 30 segundos, ligue primeiro a ONU e depois o "
              "roteador. Em 2 minutos tente abrir um site.",
              "Enquanto o cliente reinicia, clique em Atualizar no painel Mikrotik e acompanhe se a sessão do "
              "login {login} volta (IP do plano: {ip}).",
              [_end("Sim, voltou a navegar", when="session_online", type="Sem conexão", resolve=True,
                    solution="Equipamentos reiniciados com o cliente; sessão PPPoE restabelecida."),
               _end("Não, a sessão continua offline", when="session_offline", type="Sem conexão",
                    service_order=True),
               _end("Voltou com outro roteador (MAC diferente do cadastro)", when="mac_changed",
                    type="Sem conexão",
                    solution=None)]),
    ],
    "test_paths": [
        {"name": "offline → LOS vermelha → pedir O.S.", "answers": ["Sim, nenhum aparelho navega",
                                                                   "LOS vermelha (acesa ou piscando)"],
         "end_node_id": "luzes", "expect_outcome": {"service_order": True}},
        {"name": "só um aparelho → resolvido", "answers": ["Só um aparelho está sem internet"],
         "end_node_id": "todos", "expect_outcome": {"resolve": True}},
        {"name": "ONU desligada → religada → resolvido",
         "answers": [0, "Todas as luzes apagadas", "Estava desligada; religada, voltou a navegar"],
         "expect_outcome": {"resolve": True}},
        {"name": "reinício sem volta da sessão → O.S.",
         "answers": [0, "POWER e PON verdes, LOS apagada", "Não, a sessão continua offline"],
         "end_node_id": "reiniciar", "expect_outcome": {"service_order": True}},
    ],
}

SLOWNESS = {
    "name": "Lentidão",
    "description": "Internet lenta, lentidão, travando: velocidade abaixo do contratado, cabo × Wi-Fi, teste de "
                   "velocidade, horário.",
    "type": "Lentidão",
    "start_node_id": "meio",
    "nodes": [
        _node("meio", "O cliente está usando a internet pelo cabo ou pelo Wi-Fi?",
              "{cliente.nome}, para medir direito precisamos saber como o aparelho está conectado.",
              "O Wi-Fi perde muita velocidade com distância e paredes; o teste que vale é pelo cabo.",
              [_to("Wi-Fi", "distancia"), _to("Cabo de rede", "teste")]),
        _node("distancia", "Perto do roteador a velocidade melhora?",
              "Fique a um ou dois metros do roteador, sem paredes no meio, e repita o que estava fazendo.",
              "Se perto do roteador fica normal, é cobertura do Wi-Fi e não da rede do provedor.",
              [_end("Sim, perto do roteador fica normal", type="Lentidão", resolve=True,
                    solution="Lentidão causada pela cobertura do Wi-Fi; orientado a posicionar o roteador em local "
                             "central e elevado."),
               _to("Não, continua lento mesmo perto", "teste")]),
        _node("teste", "Qual o resultado do teste de velocidade?",
              "Acesse o site de teste de velocidade com o cabo conectado (ou bem perto do roteador) e me diga o "
              "valor do download.",
              "Plano contratado: {plano}. Abaixo de 70% do contratado pelo cabo indica problema na rede.",
              [_end("Acima de 70% do contratado", type="Lentidão", resolve=True,
                    solution="Teste dentro do contratado; orientado sobre o uso simultâneo de vários aparelhos."),
               _to("Abaixo de 70% do contratado", "horario")]),
        _node("horario", "A lentidão acontece em algum horário específico?",
              "Me diga se a lentidão é o dia todo ou em algum horário, por exemplo à noite.",
              "Só à noite: possível saturação do ponto de acesso, encaminhe ao Suporte N2 com o protocolo "
              "{protocolo}. O dia todo: peça O.S. para medir o sinal no local.",
              [_end("Só à noite (horário de pico)", type="Lentidão"),
               _end("O dia todo", type="Lentidão", service_order=True)]),
    ],
    "test_paths": [
        {"name": "Wi-Fi longe → resolvido", "answers": ["Wi-Fi", "Sim, perto do roteador fica normal"],
         "expect_outcome": {"resolve": True}},
        {"name": "cabo → teste baixo → o dia todo → O.S.",
         "answers": ["Cabo de rede", "Abaixo de 70% do contratado", "O dia todo"],
         "end_node_id": "horario", "expect_outcome": {"service_order": True}},
        {"name": "cabo → teste bom → resolvido", "answers": ["Cabo de rede", "Acima de 70% do contratado"],
         "end_node_id": "teste", "expect_outcome": {"resolve": True}},
    ],
}

WIFI = {
    "name": "Wi-Fi / senha",
    "description": "Trocar ou esqueceu a senha do Wi-Fi, rede sem fio que não aparece.",
    "type": "Alterar senha",
    "start_node_id": "pedido",
    "nodes": [
        _node("pedido", "O que o cliente precisa?",
              "{cliente.nome}, vou ajudar com o seu Wi-Fi. Me conte o que está acontecendo.",
              "Troca de senha só com o titular confirmado.",
              [_to("Trocar a senha do Wi-Fi", "titular"), _to("Esqueceu a senha do Wi-Fi", "etiqueta"),
               _to("A rede Wi-Fi não aparece", "roteador")]),
        _node("etiqueta", "A senha está na etiqueta embaixo do roteador?",
              "Vire o roteador e procure uma etiqueta com 'Senha', 'Password' ou 'WPA Key'.",
              "Se a senha já foi trocada antes, a etiqueta não vale: siga para a troca com o titular.",
              [_end("Sim, encontrou e conectou", type="Alterar senha", resolve=True,
                    solution="Cliente encontrou a senha na etiqueta do roteador e conectou."),
               _to("Não, a senha foi trocada", "titular")]),
        _node("titular", "O titular confirmou nome completo e CPF?",
              "Por segurança, preciso confirmar o nome completo e o CPF do titular do contrato.",
              "Titular do cadastro: {cliente.nome}. Nunca troque a senha de outra pessoa.",
              [_end("Sim, titular confirmado; senha trocada", type="Alterar senha", resolve=True,
                    solution="Titular confirmado; senha do Wi-Fi alterada remotamente com o cliente na linha."),
               _end("Não é o titular", type="Alterar senha")]),
        _node("roteador", "As luzes do roteador Wi-Fi estão acesas?",
              "Olhe o roteador (o aparelho com antenas) e me diga se as luzes estão acesas.",
              "Roteador apagado: energia. Aceso e sem rede: provável defeito, peça O.S.",
              [_end("Apagadas; religado, a rede apareceu", type="Alterar senha", resolve=True,
                    solution="Roteador estava desligado; religado com o cliente e a rede Wi-Fi voltou."),
               _end("Acesas, mas a rede não aparece", type="Sem conexão", service_order=True)]),
    ],
    "test_paths": [
        {"name": "troca com titular → resolvido", "answers": ["Trocar a senha do Wi-Fi",
                                                             "Sim, titular confirmado; senha trocada"],
         "expect_outcome": {"resolve": True}},
        {"name": "esqueceu → etiqueta trocada → titular", "answers": [1, "Não, a senha foi trocada", 0],
         "end_node_id": "titular"},
        {"name": "rede não aparece → O.S.", "answers": ["A rede Wi-Fi não aparece", "Acesas, mas a rede não aparece"],
         "expect_outcome": {"service_order": True}},
    ],
}

DEMO_SCRIPTS = (NO_CONNECTION, SLOWNESS, WIFI)
