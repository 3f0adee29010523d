"""Estonian."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "et",
    "estonian",
    punkt=True,
    months=words("jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember"),
)
