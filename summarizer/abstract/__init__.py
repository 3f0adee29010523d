"""Abstraction: the model backends behind their registry, the model store and presets, the extract-then-abstract stage."""
