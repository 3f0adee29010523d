"""Estonian."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "et",
    "estonian",
    punkt=True,
    name_endings=4, support_prefix=5,  # "Tallinnas", "Tartust" for "Tallinn", "Tartu"
    months=words("jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember"),
)
