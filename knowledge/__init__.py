"""Reviewed content: the taxonomy, the knowledge-base articles and the sociale kaart."""
