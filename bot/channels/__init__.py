"""Channels: thin adapters between a transport (the website widget, staff tools, phone) and the engine."""
