"""Slovene."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "sl",
    "slovene",
    punkt=True,
    months=words("januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra"),
)
