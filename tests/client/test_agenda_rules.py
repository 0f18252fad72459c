"""The client's Qt-free O.S. rules: slots (touching allowed, one minute refused), nearest free slots,
the wizard step's checks and follow-up, the agenda grid and drag → PATCH."""
from __future__ import annotations

from datetime import date

from desk_client.service_orders import agenda_model, rules, slots
from desk_client.wizard.state import WizardState


def _order(id_, start, end, tech=1, day="2031-03-04", **extra):
    return {"id": id_, "technician_id": tech, "date": day, "start": start, "end": end, "status_category": "scheduled",
            "protocol_formatted": f"P{id_}", "client_name": f"Cliente {id_}", **extra}


def test_slots_overlap_and_nearest_free():
    assert slots.parse_hhmm("08:30") == 510 and slots.parse_hhmm("25:00") is None and slots.parse_hhmm("8h") is None
    busy = slots.busy_from_orders([_order(1, "09:00", "10:00"), _order(2, "13:00", "15:00"),
                                   _order(3, "10:00", "11:00", status_category="cancelled")])
    assert [b.id for b in busy] == [1, 2]
    assert slots.clash(busy, 10 * 60, 11 * 60) is None            # touching the end
    assert slots.clash(busy, 8 * 60, 9 * 60) is None              # touching the start
    assert slots.clash(busy, 9 * 60 + 59, 11 * 60).id == 1        # one minute in
    assert slots.gaps(busy) == [(480, 540), (600, 780), (900, 1080)]
    assert slots.nearest_free(busy, 9 * 60 + 30, 60) == [(600, 660), (480, 540), (660, 720)]


def test_wizard_step_checks_and_travels_with_its_key():
    state = WizardState()
    assert not rules.requested(state)
    state.options = {"service_order": True}
    assert rules.requested(state)
    assert rules.validate(state) == [rules.PICK_TECHNICIAN, rules.PICK_TYPE, rules.BAD_START]
    d = rules.data(state)
    d.update(technician_id=7, type_id=2, start="09:30", date="2031-03-04",
             busy=[[1, 540, 600, "P1"]], busy_for=[7, "2031-03-04"])
    assert rules.validate(state) == [rules.OCCUPIED]
    assert rules.offered(d)[0] == (600, 660)
    d["start"] = "10:00"
    assert rules.validate(state) == []
    d["start"], d["duration_minutes"] = "23:30", 60
    assert rules.validate(state) == [rules.PAST_MIDNIGHT]
    d["start"] = "10:00"
    (request,) = rules.follow_ups(state)
    assert request["path"] == "/tickets/{ticket_id}/service-orders"
    assert request["headers"] == {"Idempotency-Key": d["idempotency_key"]}
    assert request["json"]["start"] == "10:00" and request["json"]["technician_id"] == 7
    assert rules.follow_ups(state)[0]["headers"] == request["headers"]  # the same key on every retry


def test_agenda_grid_blocks_and_drops():
    techs = [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}]
    day = date(2031, 3, 4)
    grid = agenda_model.day_grid(day, techs, [_order(1, "09:00", "10:00"), _order(2, "13:00", "15:00", district="Centro"),
                                              _order(3, "09:00", "09:30", tech=2, day="2031-03-05")])
    nine, one_pm = slots.row_of(540), slots.row_of(780)
    assert grid.block_at(nine, 0).id == 1 and grid.block_at(nine + 1, 0).id == 1 and grid.block_at(nine + 2, 0) is None
    assert grid.block_at(one_pm, 0).span == 4 and "Centro" in grid.block_at(one_pm, 0).text()
    assert grid.block_at(nine, 1) is None and grid.is_free(nine, 1) and not grid.is_free(0, 1)  # 07:00: off hours
    block = grid.block_at(nine, 0)
    assert agenda_model.drop_change(grid, block, nine, slots.row_of(660), 1) == {"start": "11:00", "technician_id": 2}
    assert agenda_model.drop_change(grid, block, nine, nine, 0) is None
    long_block = grid.block_at(one_pm, 0)
    last = one_pm + 3
    assert agenda_model.drop_change(grid, long_block, last, last + 2, 0) == {"duration_minutes": 180}  # resize
    assert agenda_model.drop_change(grid, long_block, one_pm, one_pm + 2, 0) == {"start": "14:00"}     # move
    cells = agenda_model.week_cells(agenda_model.week_days(day), techs, [_order(1, "09:00", "10:00")])
    assert agenda_model.week_cell_text(cells[(1, 0)]).startswith("1 O.S. · livre 9h00")
