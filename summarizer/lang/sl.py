"""Slovene."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "sl",
    "slovene",
    punkt=True,
    name_endings=3, support_prefix=5,  # "Ljubljani", "Golobu" for "Ljubljana", "Golob"
    months=words("januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra"),
)
