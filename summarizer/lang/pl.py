"""Polish."""

import re

from summarizer.lang import Language, words

LANGUAGE = Language(
    "pl",
    "polish",
    punkt=True,
    # "Warszawie", "Trzaskowskiego" for "Warszawa", "Trzaskowski"; "Krakowie" for "Kraków".
    name_endings=4, support_prefix=5,
    stem_alternations=("oó", "kc"),
    # Also law references (art., ust.), "ur./zm." (born/died), "tel.", "woj." and the military and
    # police ranks that precede names in news ("kpt.", "asp.", "podkom.").
    abbreviations=words(
        "dr prof ul np tzw tys mln mld ok godz im św al pl inż mgr r "
        "art ust ur zm tel woj pow ks gen kpt por asp podkom nadkom insp mł st"
    ),
    can_end=words("proc zł"),
    months=words("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    # "w 1979 r." (year) and "XVIII w." (century) end many sentences, unless the date opens one.
    date_unit=re.compile(r"(?<!\w)(?:\d{3,4}\s?r|[IVXLC]+\s?w)\.$"),
    date_openers=words("w we od do po na przed z ze około wiosną latem jesienią zimą"),
    conjunctions=words("że gdy kiedy a i ale"),
    list_end=re.compile(r"\b(?:itd|itp|i\s+in)\.$"),
)
