"""Script tree rules one by one, test paths and variables: plain Python, no database."""
from __future__ import annotations

import copy

import pytest

from desk_server.demo.script_trees import DEMO_SCRIPTS
from desk_server.demo.scripts import resolve_types
from desk_server.domain.errors import Invalid
from desk_server.domain.scripts import test_paths, variables
from desk_server.domain.scripts.tree import MAX_NODES, check_tree, node_map, validate_tree


def node(nid, *options, question="Pergunta?"):
    return {"id": nid, "question": question, "client_explanation": "", "operator_explanation": "",
            "options": list(options)}


def to(target, label="Sim"):
    return {"label": label, "next_node_id": target}


def end(label="Fim", **outcome):
    return {"label": label, "next_node_id": None, "outcome": outcome or None}


def messages(start, nodes, exists=lambda _id: True):
    return [(p.node_id, p.message) for p in validate_tree(start, nodes, exists)]


def test_a_small_valid_tree_has_no_problems():
    assert messages("a", [node("a", to("b"), end()), node("b", end())]) == []


TYPE_IDS = {"Sem conexão": 1, "Lentidão": 2, "Alterar senha": 3}
NO_CONNECTION = resolve_types(DEMO_SCRIPTS[0], TYPE_IDS)


def test_every_demo_script_is_valid_and_its_test_paths_pass():
    for tree in (resolve_types(t, TYPE_IDS) for t in DEMO_SCRIPTS):
        assert messages(tree["start_node_id"], tree["nodes"]) == [], tree["name"]
        assert test_paths.failures(tree["start_node_id"], node_map(tree["nodes"]), tree["test_paths"]) == []


@pytest.mark.parametrize(("nodes", "start", "node_id", "words"), [
    ([node("a", to("zz"), end())], "a", "a", "leva ao nó zz, que não existe"),
    ([node("a", {"label": "Sim"}, end())], "a", "a", "sem destino"),
    ([node("a", end()), node("b", end())], "a", "b", "não é alcançado"),
    ([node("a", to("b")), node("b", to("a"))], "a", "b", "ciclo (a → b → a)"),
    ([node("a", to("a"), end())], "a", "a", "leva à própria pergunta"),
    ([node("a")], "a", "a", "sem opções"),
    ([node("a", *[end(f"o{i}") for i in range(13)])], "a", "a", "13 opções (máximo 12)"),
    ([node("a", end(), question="")], "a", "a", "pergunta vazia"),
    ([node("a", end(), question="x" * 501)], "a", "a", "501 caracteres (máximo 500)"),
    ([node("a", end(label=""))], "a", "a", "texto da opção vazio"),
    ([node("a", {**end(), "when": "chovendo"})], "a", "a", "condição 'chovendo' desconhecida"),
    ([node("a", {"label": "x", "next_node_id": "b", "outcome": {"resolve": True}}), node("b", end())], "a", "a",
     "só uma opção que encerra"),
    ([node("a", end(resolve=True))], "a", "a", "precisa do texto da solução"),
    ([node("a", end(), question="Olá {cliente.cpf}")], "a", "a", "variável desconhecida {cliente.cpf}"),
    ([node("a", end()), node("a", end())], "a", "a", "identificador repetido"),
    ([node("a b", end())], "a b", "a b", "identificador inválido"),
])
def test_each_rule_names_the_node(nodes, start, node_id, words):
    found = messages(start, nodes)
    assert any(nid == node_id and words in text and f"Nó {node_id}" in text for nid, text in found), found


def test_whole_tree_rules():
    assert "não existe entre os nós" in messages("x", [node("a", end())])[0][1]
    assert "não tem fim" in messages("a", [node("a", to("b")), node("b", to("c")), node("c", to("d")),
                                           node("d", to("b"))])[-2][1]
    too_many = [node(f"n{i}", to(f"n{i + 1}")) for i in range(MAX_NODES)] + [node(f"n{MAX_NODES}", end())]
    assert "máximo 200" in messages("n0", too_many)[0][1]
    assert "ao menos uma pergunta" in messages("a", [])[0][1]


def test_outcome_ticket_type_must_exist():
    found = messages("a", [node("a", end(ticket_type_id=99))], exists=lambda type_id: type_id == 1)
    assert found == [("a", "Nó a, opção 1 ('Fim'): tipo de atendimento 99 não existe ou está desativado.")]


def test_check_tree_raises_with_every_problem():
    with pytest.raises(Invalid) as caught:
        check_tree("a", [node("a", to("zz")), node("b", end())])
    assert "Nó a" in caught.value.message
    assert {e["node_id"] for e in caught.value.extra["errors"]} >= {"a", "b"}


def test_test_paths_pass_and_fail_naming_the_path():
    tree = NO_CONNECTION
    nodes = node_map(tree["nodes"])
    assert test_paths.failures(tree["start_node_id"], nodes, tree["test_paths"]) == []
    broken = copy.deepcopy(tree["test_paths"])
    broken[0]["expect_outcome"] = {"service_order": False}
    broken[1]["answers"] = ["Talvez"]
    broken[2]["answers"] = [0, "Todas as luzes apagadas"]
    broken[3]["end_node_id"] = "luzes"
    failed = [p.message for p in test_paths.failures(tree["start_node_id"], nodes, broken)]
    assert failed == [
        "Caminho de teste 'offline → LOS vermelha → pedir O.S.': resultado service_order = True, esperado False.",
        "Caminho de teste 'só um aparelho → resolvido': na pergunta todos não há a opção 'Talvez'.",
        ("Caminho de teste 'ONU desligada → religada → resolvido': não termina depois das 2 respostas "
         "(próxima pergunta: energia)."),
        "Caminho de teste 'reinício sem volta da sessão → O.S.': termina no nó reiniciar, esperado luzes.",
    ]
    too_long = [{"name": "longo", "answers": [1, 0]}]
    assert "já terminou" in test_paths.failures("todos", nodes, too_long)[0].message


def test_variables_are_filled_and_unknown_ones_stay_visible():
    values = {"cliente.nome": "Maria José", "plano": "Fibra 300", "login": "maria", "ip": None,
              "protocolo": "20261122-000123-7"}
    text = "{cliente.nome}, seu plano {plano} (login {login}, IP {ip}) — protocolo {protocolo} {outra}"
    assert variables.fill(text, values) == ("Maria José, seu plano Fibra 300 (login maria, IP {ip}) — "
                                            "protocolo 20261122-000123-7 {outra}")
    assert variables.unknown_variables(text) == ["outra"]
