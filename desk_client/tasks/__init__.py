"""Tasks on the client: Qt-free rules (rules.py), the wizard step, the task form and Minhas tarefas."""
