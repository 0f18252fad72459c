"""The Rel. Script model, no Qt: the whole path, question → answer, with the explanations shown,
as HTML for the wizard's page (and any window that shows a ticket's `script_report`)."""
from __future__ import annotations

from html import escape

from ..wizard.state import QT_TRANSLATE_NOOP

TITLE_DONE = QT_TRANSLATE_NOOP("Scripts", "Script “%s” (versão %d): concluído, %d resposta(s)")
TITLE_STOPPED = QT_TRANSLATE_NOOP("Scripts", "Script “%s” (versão %d): encerrado na pergunta %d, %d resposta(s)")
CLIENT = QT_TRANSLATE_NOOP("Scripts", "Explicação para o cliente")
OPERATOR = QT_TRANSLATE_NOOP("Scripts", "Explicação para o operador")
ANSWER = QT_TRANSLATE_NOOP("Scripts", "Resposta")
NOT_ANSWERED = QT_TRANSLATE_NOOP("Scripts", "Sem resposta (script encerrado aqui)")


def headline(report: dict, tr=lambda text: text) -> str:
    steps = len(report.get("steps") or [])
    if report.get("finished"):
        return tr(TITLE_DONE) % (report.get("name", ""), report.get("version", 0), steps)
    return tr(TITLE_STOPPED) % (report.get("name", ""), report.get("version", 0), steps + 1, steps)


def report_html(report: dict, tr=lambda text: text) -> str:
    """`report` has the server's script_report shape: name, version, finished, steps, stopped_at."""
    rows = []
    for number, step in enumerate(report.get("steps") or [], start=1):
        rows.append(_step_html(number, step["question"], step.get("answer"), step, tr))
    stopped = report.get("stopped_at")
    if not report.get("finished") and stopped:
        rows.append(_step_html(len(rows) + 1, stopped.get("question", ""), None, {}, tr))
    return "<html><body style='font-size:11pt'>" + "".join(rows) + "</body></html>"


def _step_html(number: int, question: str, answer: str | None, step: dict, tr) -> str:
    answer_html = (f"<span style='color:#1f7a3a; font-weight:600'>{escape(tr(ANSWER))}: {escape(answer)}</span>"
                   if answer is not None else f"<span style='color:#9a6700'>{escape(tr(NOT_ANSWERED))}</span>")
    extra = ""
    for key, label in (("client_explanation", CLIENT), ("operator_explanation", OPERATOR)):
        if step.get(key):
            extra += (f"<div style='color:#52606d; margin-left:18px'><i>{escape(tr(label))}:</i> "
                      f"{escape(step[key])}</div>")
    return (f"<p style='margin-bottom:8px'><b>{number}. {escape(question)}</b><br>"
            f"&nbsp;&nbsp;&nbsp;→ {answer_html}</p>{extra}")


def from_run(run, stopped: bool) -> dict:
    """The report of a run in progress (same shape as the server's)."""
    report = {"script_id": run.script_id, "name": run.script.get("name", ""), "version": run.version,
              "finished": run.finished, "steps": run.steps()}
    if not run.finished and run.node() is not None:
        report["stopped_at"] = {"node_id": run.current, "question": run.question()}
    return report
