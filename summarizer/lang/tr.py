"""Turkish."""

import re

from summarizer.lang import Language, words

# Number words, joined as Turkish writes a compound number ("yüzdokuz", 109; "onikinci", 12th).
_NUMBER = "(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin|milyon|milyar)"

LANGUAGE = Language(
    "tr",
    "turkish",
    punkt=True,
    # A name's suffixes follow an apostrophe ("Ankara'da"), but not those of a people's name or a
    # plural ("Evenlerin" for "Evenler").
    name_endings=3, support_prefix=5,
    # A number in words before a dot is an ordinal ("dokuz. yüzyıl", "yüzdokuz. madde"), as "9." is.
    ordinal_words=re.compile(f"{_NUMBER}+(?:[iıuü]?nc[iıuü])?"),
    months=words("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"),
)
