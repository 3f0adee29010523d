"""Russian."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "ru",
    "russian",
    punkt=True,
    stemmer="snowball",
    name_endings=3,  # "Москвы", "Собянина" for "Москва", "Собянин"
    abbreviations=words("т е г им ул д др проф млн млрд тыс см пр"),
    # Units that Punkt's model learned as abbreviations but that end many news sentences
    # ("... 90 млрд руб. Первые ..."): taken out of the model so that Punkt may split there.
    can_end=words("руб долл год театр гг кг экз"),
    # "в 2028 г." (year) and "XVIII в." (century) end many sentences; the one-letter abbreviation
    # alone does not say so ("г. Москва" is a city), the number before it does; but a date that
    # opens a sentence or clause goes on ("В 2009 г. Россия ...").
    date_unit=re.compile(r"(?<!\w)(?:\d{3,4}\s?г|[IVXLC]+\s?вв?)\.$"),
    date_openers=words("в во с со до к ко на по от после около весной летом осенью зимой"),
    conjunctions=words("что когда а и но"),
    list_end=re.compile(r"(?:\bт\.\s?[дп]|\bи\s+др|\bн\.\s?э)\.$"),
)
