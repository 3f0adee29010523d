"""Turkish."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "tr",
    "turkish",
    punkt=True,
    months=words("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"),
)
