"""One module per step page of the Novo Atendimento wizard."""
