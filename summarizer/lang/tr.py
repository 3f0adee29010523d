"""Turkish."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "tr",
    "turkish",
    punkt=True,
    # A name's suffixes follow an apostrophe ("Ankara'da"), but not those of a people's name or a
    # plural ("Evenlerin" for "Evenler").
    name_endings=3, support_prefix=5,
    months=words("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"),
)
