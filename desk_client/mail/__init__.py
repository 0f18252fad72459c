"""E-mail: the wizard's Enviar E-mail step, the protocol receipt option at Finalizar, the template
admin window and the "Não entregues" list."""
