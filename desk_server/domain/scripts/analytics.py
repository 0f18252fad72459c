"""Analytics of one version from its runs: how many, where operators stopped, which ends were
reached (per option), median time on each question."""
from __future__ import annotations

from collections import Counter, defaultdict
from statistics import median

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.scripts import ScriptRun, ScriptVersion
from .tree import node_map


def version_analytics(session: Session, version: ScriptVersion) -> dict:
    nodes = node_map(version.nodes)
    reached: Counter[str] = Counter()
    stopped: Counter[str] = Counter()
    ends: Counter[tuple[str, int]] = Counter()
    times: dict[str, list[float]] = defaultdict(list)
    runs = finished = 0
    rows = session.execute(select(ScriptRun.finished, ScriptRun.last_node_id, ScriptRun.end_option,
                                  ScriptRun.answers).where(ScriptRun.version_id == version.id))
    for is_finished, last_node, end_option, answers in rows:
        runs += 1
        for answer in answers or []:
            reached[answer["node_id"]] += 1
            if answer.get("seconds") is not None:
                times[answer["node_id"]].append(float(answer["seconds"]))
        if is_finished:
            finished += 1
            ends[(last_node, end_option)] += 1
        else:
            reached[last_node] += 1
            stopped[last_node] += 1
    # nodes in the order a reader follows them: by how many runs reached them, then as written
    order = sorted(nodes, key=lambda nid: (-reached[nid], list(nodes).index(nid)))
    node_stats = [{"node_id": nid, "question": nodes[nid].get("question", ""), "reached": reached[nid],
                   "stopped": stopped[nid],
                   "median_seconds": round(median(times[nid]), 1) if times[nid] else None} for nid in order]
    end_stats = [{"node_id": nid, "option": opt, "label": nodes[nid]["options"][opt].get("label", ""),
                  "count": count} for (nid, opt), count in ends.most_common() if nid in nodes]
    return {"script_id": version.script_id, "name": version.script.name, "version": version.version,
            "runs": runs, "finished": finished, "stopped": runs - finished, "nodes": node_stats,
            "ends": end_stats}
