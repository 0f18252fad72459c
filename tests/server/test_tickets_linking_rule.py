"""The parent/child linking rule as a pure function (no database)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desk_server.domain.tickets.linking import Candidate, NewTicket, choose_parent, is_possible_parent

T0 = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def cand(id, *, network=1, status="open", linking=True, minutes=0, parent=None):
    return Candidate(id=id, status=status, network_id=network, type_allows_linking=linking,
                     opened_at=T0 + timedelta(minutes=minutes), parent_id=parent)


def test_same_network_open_linkable_ticket_is_the_parent():
    assert choose_parent(NewTicket(network_id=1), [cand(7)]).id == 7


def test_no_candidates_or_no_network_means_no_parent():
    assert choose_parent(NewTicket(network_id=1), []) is None
    assert choose_parent(NewTicket(network_id=None), [cand(7, network=None)]) is None
    assert choose_parent(NewTicket(network_id=None), [cand(7)]) is None


def test_other_network_is_not_a_parent():
    assert choose_parent(NewTicket(network_id=2), [cand(7, network=1)]) is None


def test_type_must_allow_linking():
    assert choose_parent(NewTicket(network_id=1), [cand(7, linking=False)]) is None


def test_closed_tickets_are_not_parents_but_forwarded_ones_are():
    assert choose_parent(NewTicket(network_id=1), [cand(7, status="closed_done"),
                                                   cand(8, status="closed_unsolved")]) is None
    assert choose_parent(NewTicket(network_id=1), [cand(9, status="forwarded")]).id == 9


def test_the_oldest_matching_parent_wins_and_ties_go_to_the_lowest_id():
    candidates = [cand(5, minutes=30), cand(6, minutes=-10), cand(4, minutes=-10), cand(3, network=2, minutes=-99)]
    assert choose_parent(NewTicket(network_id=1), candidates).id == 4


def test_children_are_not_parents_and_a_ticket_is_not_its_own_parent():
    assert choose_parent(NewTicket(network_id=1), [cand(7, parent=3)]) is None
    assert choose_parent(NewTicket(network_id=1, id=7), [cand(7)]) is None
    assert is_possible_parent(NewTicket(network_id=1, id=8), cand(7))


def test_mixed_candidates_pick_only_the_eligible_one():
    candidates = [cand(1, linking=False, minutes=-60), cand(2, status="closed_done", minutes=-50),
                  cand(3, network=9, minutes=-40), cand(4, parent=1, minutes=-30), cand(5, minutes=-20),
                  cand(6, minutes=-10)]
    assert choose_parent(NewTicket(network_id=1), candidates).id == 5
