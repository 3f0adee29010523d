"""Czech."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "cs",
    "czech",
    punkt=True,
    # "Fialy", "Novákovi" for "Fiala", "Novák"; "v Praze" for "Praha", "v Americe" for "Amerika".
    name_endings=3, support_prefix=5,
    stem_alternations=("hz", "kc", "rř", "eě"),
    months=words("ledna února března dubna května června července srpna září října listopadu prosince"),
)
