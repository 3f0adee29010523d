"""Model files shared by the stages that run models: presets, the local store, and loading.

The abstractive stage loads summarisers from here and the verify stage its optional
fact-checking model; neither stage imports the other for it.
"""
